/* psl-summaries.h — the counts the writes keep, made again from the rows and checked against them */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Every kept summary emptied and counted again from the rows (after a
 * repair, or to be sure); one transaction. */
gboolean psl_summaries_rebuild     (PslStore  *store,
                                    GError   **error);
/* How many rows of the kept summaries differ from a full recount (0 when
 * the triggers kept them right), or -1 on error. */
gint64   psl_summaries_differences (PslStore  *store,
                                    GError   **error);

G_END_DECLS
