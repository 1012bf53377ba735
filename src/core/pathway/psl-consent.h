/* psl-consent.h — what a person agreed to share, with whom, from when to when */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

/* One consent, for a list or a check. */
typedef struct
{
  char *id;
  char *scope;          /* ref_item consent_scope */
  char *scope_label;
  char *company_id;     /* NULL: any firm */
  char *company_name;
  char *partner_id;     /* NULL: any partner */
  char *partner_name;
  char *given_on;       /* YYYY-MM-DD */
  char *expires_on;     /* or NULL */
  char *withdrawn_on;   /* or NULL */
} PslConsent;

extern const PslField psl_consent_fields[];

char      *psl_consent_create_from_form (PslStore           *store,
                                         const char         *person_id,
                                         const char * const *columns,
                                         const char * const *values,
                                         GError            **error);
GPtrArray *psl_consent_lines            (PslStore           *store,
                                         const char         *person_id,
                                         GError            **error);
void       psl_consent_free             (PslConsent         *consent);
/* PslConsent, those in force first, then the latest given first. */
GPtrArray *psl_consent_list             (PslStore           *store,
                                         const char         *person_id,
                                         GError            **error);
/* on_date: YYYY-MM-DD, or NULL for today. */
gboolean   psl_consent_withdraw         (PslStore           *store,
                                         const char         *id,
                                         const char         *on_date,
                                         GError            **error);
/* company_id may be NULL (no firm in particular); on_date: YYYY-MM-DD, or
 * NULL for today.  FALSE with why_not set (when not NULL) if sharing is
 * not allowed; FALSE with error set if on_date is not a date or the
 * database could not be read. */
gboolean   psl_consent_allows           (PslStore           *store,
                                         const char         *person_id,
                                         const char         *scope,
                                         const char         *company_id,
                                         const char         *on_date,
                                         char              **why_not,
                                         GError            **error);

G_END_DECLS
