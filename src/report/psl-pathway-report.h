/* psl-pathway-report.h — a person's pathway on paper, for the team (internal) */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

PslDocument *psl_pathway_report_new (PslStore    *store,
                                     const char  *person_id,
                                     GError     **error);

G_END_DECLS
