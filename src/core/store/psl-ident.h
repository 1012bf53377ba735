/* psl-ident.h — company identifiers: French SIRET and Belgian BCE/KBO numbers */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PSL_IDENT_INVALID,
  PSL_IDENT_SIRET,
  PSL_IDENT_BCE,
} PslIdentKind;

char        *psl_ident_normalize   (const char *text);
gboolean     psl_ident_siret_valid (const char *digits);
gboolean     psl_ident_bce_valid   (const char *digits);
PslIdentKind psl_ident_check       (const char *text,
                                    char      **normalized,
                                    GError    **error);
char         psl_ident_luhn_digit  (const char *digits_without_check);

G_END_DECLS
