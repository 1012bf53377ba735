/* psl-company-timeline.h — every dated fact of the relationship with a firm */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_COMPANY_FACT_CONTACT,        /* interaction.occurred_at */
  PSL_COMPANY_FACT_OPPORTUNITY,    /* opportunity.proposed_on */
  PSL_COMPANY_FACT_INTRODUCED,     /* placement.proposed_on, never started */
  PSL_COMPANY_FACT_IMMERSION,      /* placement start .. end: a span */
  PSL_COMPANY_FACT_CONTRACT,       /* placement start .. end: a span */
  PSL_COMPANY_FACT_EVALUATION,     /* evaluation.evaluated_on */
  PSL_COMPANY_FACT_LEVEL,          /* partnership_level_history.set_on */
} PslCompanyFactKind;

typedef struct
{
  char               *date;        /* YYYY-MM-DD */
  char               *end_date;    /* spans: the end, else the planned end; NULL when open */
  PslCompanyFactKind  kind;
  char               *label;
  char               *ref_id;
} PslCompanyFact;

void       psl_company_fact_free      (PslCompanyFact *fact);
/* PslCompanyFact, oldest first; deleted rows left out.  People started
 * or introduced are named by their first name and initial only. */
GPtrArray *psl_company_timeline       (PslStore       *store,
                                       const char     *company_id,
                                       GError        **error);

G_END_DECLS
