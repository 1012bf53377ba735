/* psl-immersion-convention.h — the PMSMP convention of an immersion and its one-month rule */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* The last day a period starting on start_iso may reach: one month, the
 * day before the same date of the next month; NULL when not a date. */
char     *psl_immersion_last_day     (const char  *start_iso);
/* At most one month, renewed once for at most one month more (Code du
 * travail, D. 5135-2); says why in French when the dates break it.
 * renewed_until may be NULL. */
gboolean  psl_immersion_check_period (const char  *start_iso,
                                      const char  *planned_end_iso,
                                      const char  *renewed_until_iso,
                                      GError     **error);
/* Renews the immersion until until_iso: once only, a month at most. */
gboolean  psl_immersion_renew        (PslStore    *store,
                                      const char  *placement_id,
                                      const char  *until_iso,
                                      GError     **error);

typedef struct
{
  char   *person_id;
  char   *person_name;
  char   *birth_date;
  char   *person_address;
  char   *company_name;
  char   *company_identifier;
  char   *company_address;
  char   *tutor_name;
  char   *tutor_role;
  char   *structure_name;
  char   *structure_address;
  char   *referent_name;
  char   *immersion_type;    /* "discovery" or "skills" */
  char   *objectives;
  char   *trade;
  char   *start_date;
  char   *planned_end;
  char   *renewed_until;     /* or NULL */
  double  weekly_hours;      /* 0 when not given */
} PslImmersionConvention;

void                    psl_immersion_convention_free (PslImmersionConvention *convention);
/* What the convention needs; refused, with the reason, for a placement
 * that is not an immersion, has no dates, or breaks the one-month rule. */
PslImmersionConvention *psl_immersion_convention_load (PslStore               *store,
                                                       const char             *placement_id,
                                                       GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImmersionConvention, psl_immersion_convention_free)

G_END_DECLS
