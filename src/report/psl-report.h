/* psl-report.h — what every report shares: its errors and its page furniture */
#pragma once

#include "psl-document.h"
#include "psl-activity.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_REPORT_ERROR (psl_report_error_quark ())

typedef enum
{
  PSL_REPORT_ERROR_NOT_FOUND,
  PSL_REPORT_ERROR_NO_CONSENT,
} PslReportError;

GQuark       psl_report_error_quark  (void);
/* A document with the structure's name at the top of each page, the
 * funders' footer and the date of the day at the foot. */
PslDocument *psl_report_document_new (PslStore   *store,
                                      const char *title,
                                      GError    **error);
/* The same for figures of one antenna (NULL: the whole structure), named
 * after the structure at the top of each page. */
PslDocument *psl_report_document_new_for_antenna (PslStore   *store,
                                                  const char *title,
                                                  const char *antenna_id,
                                                  GError    **error);
/* "Jean Dupont", "15/03/2026", "—" for nothing: a text for a cell. */
const char  *psl_report_or_dash      (const char *text);
char        *psl_report_period       (const char *from,
                                      const char *to);
/* A key figure that is a count. */
void         psl_report_add_count    (PslDocument *doc,
                                      gint64       value,
                                      const char  *label);
/* "42 %", or "—" when whole is 0. */
char        *psl_report_share        (gint64      part,
                                      gint64      whole);
/* A table of tallies: the label, then n_values counts under headers
 * (n_values + 1 of them); with total, a last row of the sums. */
PslDocumentTable *psl_report_add_tallies (PslDocument        *doc,
                                          const char * const *headers,
                                          guint               n_values,
                                          GPtrArray          *rows,
                                          gboolean            total);

G_END_DECLS
