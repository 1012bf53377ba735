/* psl-company.h — a firm of the employer network */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *legal_name;
  char  *trade_name;
  char  *identifier;
  char  *identifier_kind;
  char  *naf_code;
  char  *sector;
  char  *size_band;
  gint64 headcount;          /* -1 when unknown */
  char  *address;
  char  *postcode;
  char  *commune;
  char  *website;
  char  *phone;
  char  *email;
  char  *seasonality;
  char  *hiring_needs;
  char  *csr_commitments;
  char  *referent_id;
  char  *first_contact_origin;
  char  *relationship_start;
  char  *status;
  char  *dormant_reason;
  char  *partnership_level;
  char  *notes;
  char  *deleted_at;
} PslCompany;

extern const PslField psl_company_fields[];

void        psl_company_free        (PslCompany  *company);
PslCompany *psl_company_load        (PslStore    *store,
                                     const char  *id,
                                     GError     **error);
char       *psl_company_create      (PslStore    *store,
                                     const char  *legal_name,
                                     const char  *identifier,
                                     const char  *postcode,
                                     GError     **error);
gboolean    psl_company_set         (PslStore    *store,
                                     const char  *id,
                                     const char  *column,
                                     const char  *value,
                                     GError     **error);
char       *psl_company_find_duplicate (PslStore   *store,
                                        const char *identifier,
                                        const char *legal_name,
                                        const char *postcode);
char       *psl_company_find_other_duplicate (PslStore   *store,
                                              const char *except_id,
                                              const char *identifier,
                                              const char *legal_name,
                                              const char *postcode);
const char *psl_company_size_band_for_headcount (gint64 headcount);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCompany, psl_company_free)

/* A trade (métier) of a firm, and whether it hires for it. */
typedef struct
{
  char     *id;
  char     *label;
  char     *rome_code;
  gboolean  hiring;
} PslTrade;

extern const PslField psl_trade_fields[];

void       psl_trade_free              (PslTrade           *trade);
GPtrArray *psl_company_trades          (PslStore           *store,
                                        const char         *company_id,
                                        GError            **error);
char      *psl_trade_create_from_form  (PslStore           *store,
                                        const char         *company_id,
                                        const char * const *columns,
                                        const char * const *values,
                                        GError            **error);

G_END_DECLS
