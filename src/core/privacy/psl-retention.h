/* psl-retention.h — how long people's data are kept, and erasure on request
 *
 * Two rules, set by direction, in months after a person's exit: people
 * with no activity since are anonymised (24 by default); the confidential
 * part is erased (6 by default).  Consents end on their own date.
 * Anonymising keeps what the statistics count — sex, age band at entry,
 * antenna, referent, dates, phases, outcomes, placements with their firm,
 * follow-ups with their dates — and drops what names or describes the
 * person, so that every report over a past period gives the same figures
 * before and after. */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_RETENTION_ANONYMISE,      /* the person's identity goes */
  PSL_RETENTION_CONFIDENTIAL,   /* only the confidential part goes */
} PslRetentionKind;

typedef struct
{
  char            *person_id;
  char            *name;
  char            *exited_on;
  PslRetentionKind kind;
  char            *reason;      /* in the user's language */
} PslRetentionItem;

#define PSL_RETENTION_INACTIVE_DEFAULT 24
#define PSL_RETENTION_CONFIDENTIAL_DEFAULT 6
/* How often the window proposes the run, in days. */
#define PSL_RETENTION_EVERY_DAYS 7

int         psl_retention_months       (PslStore    *store,
                                        const char  *kind);
/* kind is "inactive_person" or "confidential"; months from 1 to 600,
 * set by direction. */
gboolean    psl_retention_set_months   (PslStore    *store,
                                        const char  *kind,
                                        int          months,
                                        GError     **error);

/* Who the rules reach on today (YYYY-MM-DD), and why. */
GPtrArray  *psl_retention_preview      (PslStore    *store,
                                        const char  *today,
                                        GError     **error);
/* Applies them, all or nothing, and journals the run; returns how many
 * people were anonymised and how many confidential parts erased. */
gboolean    psl_retention_run          (PslStore    *store,
                                        const char  *today,
                                        guint       *n_anonymised,
                                        guint       *n_erased,
                                        GError     **error);
/* Whether the weekly run is due (never run, or a week ago). */
gboolean    psl_retention_due          (PslStore    *store,
                                        const char  *today);

/* What an erasure takes away and what it keeps, to confirm it; NULL with
 * error when it would be refused (a contract in progress). */
char       *psl_erasure_summary        (PslStore    *store,
                                        const char  *person_id,
                                        const char  *today,
                                        GError     **error);
/* Anonymises the person on their request, all or nothing, journaled. */
gboolean    psl_erasure_run            (PslStore    *store,
                                        const char  *person_id,
                                        const char  *today,
                                        GError     **error);

void        psl_retention_item_free    (PslRetentionItem *item);

G_END_DECLS
