/* psl-company-evaluation.h — the Évaluation tab of a firm: level, engagement, quality, form A */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_EVALUATION (psl_company_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyEvaluation, psl_company_evaluation, PSL, COMPANY_EVALUATION, GtkWidget)

void psl_company_evaluation_set_company (PslCompanyEvaluation *self,
                                         PslStore             *store,
                                         const char           *company_id);
void psl_company_evaluation_reload      (PslCompanyEvaluation *self);

G_END_DECLS
