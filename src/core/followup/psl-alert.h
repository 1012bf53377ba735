/* psl-alert.h — alerts on a job at risk: who raised it, how serious, what was done, how it ended */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_alert_fields[];

char      *psl_alert_create_from_form (PslStore           *store,
                                       const char         *person_id,
                                       const char * const *columns,
                                       const char * const *values,
                                       GError            **error);
/* The rules between fields: resolved after opened, with a resolution;
 * values as typed, by column.  FALSE with the column to blame. */
gboolean   psl_alert_check            (GHashTable         *values,
                                       const char        **refused_column,
                                       GError            **error);
/* PslRecordLine: the open ones first, the most serious first. */
GPtrArray *psl_alert_lines            (PslStore           *store,
                                       const char         *person_id,
                                       GError            **error);
/* PslRecordLine: the alerts still open about a firm's jobs, the person named. */
GPtrArray *psl_alert_open_for_company (PslStore           *store,
                                       const char         *company_id,
                                       GError            **error);
const char *psl_alert_risk_label      (int                 risk_level);
/* "raised by the tutor"… for person, tutor, company, counsellor. */
const char *psl_alert_raiser_label    (const char         *code);

G_END_DECLS
