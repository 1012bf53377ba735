/* psl-summaries.h — the counts the writes keep, made again from the rows and checked against them */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Every kept summary emptied and counted again from the rows (after a
 * repair, or to be sure); one transaction. */
gboolean psl_summaries_rebuild     (PslStore  *store,
                                    GError   **error);
/* The triggers that keep the summaries, as a condition on the names in
 * sqlite_master: a writer of many rows (the large demonstration file)
 * sets them aside and calls psl_summaries_rebuild () once at the end. */
const char *psl_summaries_triggers (void);
/* How many rows of the kept summaries differ from a full recount (0 when
 * the triggers kept them right), or -1 on error. */
gint64   psl_summaries_differences (PslStore  *store,
                                    GError   **error);

G_END_DECLS
