/* psl-import-match.h — matching the values a file writes to a list's items */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One item a value may be matched to: several may share a code (a staff
 * member as "Prénom Nom" and as "Nom Prénom"). */
typedef struct
{
  char *code;
  char *label;
} PslMatchItem;

GPtrArray *psl_match_items_new   (void);
void       psl_match_items_add   (GPtrArray  *items,
                                  const char *code,
                                  const char *label);
char      *psl_match_normalize   (const char *text);
char      *psl_match_value       (GPtrArray  *items,
                                  const char *value);

G_END_DECLS
