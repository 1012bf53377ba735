/* psl-company-list.h — the firms of the network as a list model, with filters */
#pragma once

#include "psl-fold.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_ROW (psl_company_row_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyRow, psl_company_row, PSL, COMPANY_ROW, GObject)

typedef struct
{
  const char *text;          /* words that must all appear in name, commune or postcode */
  const char *sector;        /* codes; NULL for any */
  const char *commune;
  const char *level;
  const char *referent_id;
  const char *antenna_id;    /* its referent's antenna; NULL for any */
  const char *status;        /* "active", "dormant" or NULL */
  gboolean    to_relaunch;
  gboolean    to_check;      /* only those with values an import kept to check */
  const char *today;         /* YYYY-MM-DD, for "to relaunch" */
} PslCompanyFilter;

/* A firm with no contact for this many days is to relaunch. */
#define PSL_COMPANY_RELAUNCH_DAYS 180

const char *psl_company_row_get_id            (PslCompanyRow *self);
const char *psl_company_row_get_name          (PslCompanyRow *self);
const char *psl_company_row_get_commune       (PslCompanyRow *self);
const char *psl_company_row_get_sector        (PslCompanyRow *self);
const char *psl_company_row_get_sector_label  (PslCompanyRow *self);
const char *psl_company_row_get_size_label    (PslCompanyRow *self);
const char *psl_company_row_get_level         (PslCompanyRow *self);
gboolean    psl_company_row_get_to_check      (PslCompanyRow *self);
const char *psl_company_row_get_level_label   (PslCompanyRow *self);
const char *psl_company_row_get_antenna_name  (PslCompanyRow *self);
const char *psl_company_row_get_referent_id   (PslCompanyRow *self);
const char *psl_company_row_get_referent_name (PslCompanyRow *self);
const char *psl_company_row_get_status        (PslCompanyRow *self);
const char *psl_company_row_get_last_contact  (PslCompanyRow *self);
const char *psl_company_row_get_next_action   (PslCompanyRow *self);
gboolean    psl_company_row_matches           (PslCompanyRow          *self,
                                               const PslCompanyFilter *filter,
                                               char * const           *folded_words);

/* Every firm, as PslCompanyRow objects in the order of their names. */
GPtrArray  *psl_company_list_load             (PslStore   *store,
                                               GError    **error);

G_END_DECLS
