/* psl-company-list.c — the firms of the network as a list model, with filters
 *
 * All firms are read once into memory with a folded search key, so that
 * filtering as the user types is a scan of short strings in memory rather
 * than a query per key press.  Their texts are kept in one pool for the
 * reading (labels, communes, referents and dates once each): 20,000 rows
 * that owned seventeen small strings each took 16 MB.
 */

#define G_LOG_DOMAIN "psl-company-list"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company-list.h"
#include "psl-format.h"
#include "psl-store-private.h"
#include "psl-text-pool.h"

struct _PslCompanyRow
{
  GObject parent_instance;

  PslTextPool *texts;   /* where the texts below are kept */
  const char *id;
  const char *name;
  const char *commune;
  const char *sector;
  const char *sector_label;
  const char *size_label;
  const char *level;
  const char *level_label;
  const char *referent_id;
  const char *referent_name;
  const char *antenna_id;   /* its referent's antenna: whose firm it is, across sites */
  const char *antenna_name;
  const char *status;
  const char *last_contact;
  const char *next_action;
  const char *search_key;   /* folded name, commune and postcode */
  gboolean to_check;        /* an import kept values of it for checking */
};

G_DEFINE_FINAL_TYPE (PslCompanyRow, psl_company_row, G_TYPE_OBJECT)

static void
psl_company_row_finalize (GObject *object)
{
  PslCompanyRow *self = (PslCompanyRow *) object;

  g_clear_pointer (&self->texts, psl_text_pool_unref);

  G_OBJECT_CLASS (psl_company_row_parent_class)->finalize (object);
}

static void
psl_company_row_class_init (PslCompanyRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = psl_company_row_finalize;
}

static void
psl_company_row_init (PslCompanyRow *self)
{
}

const char *psl_company_row_get_id            (PslCompanyRow *self) { return self->id; }
const char *psl_company_row_get_name          (PslCompanyRow *self) { return self->name; }
const char *psl_company_row_get_commune       (PslCompanyRow *self) { return self->commune; }
const char *psl_company_row_get_sector        (PslCompanyRow *self) { return self->sector; }
const char *psl_company_row_get_sector_label  (PslCompanyRow *self) { return self->sector_label; }
const char *psl_company_row_get_size_label    (PslCompanyRow *self) { return self->size_label; }
const char *psl_company_row_get_level         (PslCompanyRow *self) { return self->level; }
gboolean    psl_company_row_get_to_check      (PslCompanyRow *self) { return self->to_check; }
const char *psl_company_row_get_level_label   (PslCompanyRow *self) { return self->level_label; }
const char *psl_company_row_get_referent_id   (PslCompanyRow *self) { return self->referent_id; }
const char *psl_company_row_get_antenna_name  (PslCompanyRow *self) { return self->antenna_name; }
const char *psl_company_row_get_referent_name (PslCompanyRow *self) { return self->referent_name; }
const char *psl_company_row_get_status        (PslCompanyRow *self) { return self->status; }
const char *psl_company_row_get_last_contact  (PslCompanyRow *self) { return self->last_contact; }
const char *psl_company_row_get_next_action   (PslCompanyRow *self) { return self->next_action; }

static gboolean
is_due_for_relaunch (PslCompanyRow *self,
                     const char    *today)
{
  g_autoptr(GDate) date = NULL;
  char limit[11];

  if (self->next_action != NULL && strncmp (self->next_action, today, 10) <= 0)
    return TRUE;
  if (g_strcmp0 (self->status, "dormant") == 0)
    return TRUE;
  if (self->last_contact == NULL)
    return TRUE;

  date = psl_date_parse (today);
  if (date == NULL)
    return FALSE;
  g_date_subtract_days (date, PSL_COMPANY_RELAUNCH_DAYS);
  g_snprintf (limit, sizeof limit, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));

  return strncmp (self->last_contact, limit, 10) < 0;
}

gboolean
psl_company_row_matches (PslCompanyRow          *self,
                         const PslCompanyFilter *filter,
                         char * const           *folded_words)
{
  if (filter->sector != NULL && g_strcmp0 (filter->sector, self->sector) != 0)
    return FALSE;
  if (filter->commune != NULL && g_strcmp0 (filter->commune, self->commune) != 0)
    return FALSE;
  if (filter->level != NULL && g_strcmp0 (filter->level, self->level) != 0)
    return FALSE;
  if (filter->referent_id != NULL && g_strcmp0 (filter->referent_id, self->referent_id) != 0)
    return FALSE;
  if (filter->status != NULL && g_strcmp0 (filter->status, self->status) != 0)
    return FALSE;
  if (filter->antenna_id != NULL && g_strcmp0 (filter->antenna_id, self->antenna_id) != 0)
    return FALSE;
  if (filter->to_relaunch && !is_due_for_relaunch (self, filter->today))
    return FALSE;
  if (filter->to_check && !self->to_check)
    return FALSE;

  for (guint i = 0; folded_words != NULL && folded_words[i] != NULL; i++)
    if (strstr (self->search_key, folded_words[i]) == NULL)
      return FALSE;

  return TRUE;
}

#define TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))

GPtrArray *
psl_company_list_load (PslStore *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PslTextPool) texts = psl_text_pool_new ();
  /* The last contact and the next reminder as the writes keep them
   * (company_contact, data/migrations/0030-company-contact.sql): probed
   * in the contacts' indexes for each firm, they grew faster than the
   * file. */
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT c.id, coalesce(c.trade_name, c.legal_name), c.commune, c.sector, s.label,"
    "       z.label, c.partnership_level, l.label, c.referent_id,"
    "       st.first_name || ' ' || st.last_name, c.status,"
    "       cc.last_contact, cc.next_due,"
    "       coalesce(c.trade_name, '') || ' ' || c.legal_name || ' ' || coalesce(c.commune, '')"
    "         || ' ' || coalesce(c.postcode, ''),"
    "       EXISTS (SELECT 1 FROM import_review r WHERE r.record_table = 'company' AND r.record_id = c.id)"
    "       OR EXISTS (SELECT 1 FROM contact k JOIN import_review r ON r.record_table = 'contact'"
    "                   AND r.record_id = k.id WHERE k.company_id = c.id AND k.deleted_at IS NULL)"
    "       OR EXISTS (SELECT 1 FROM interaction i JOIN import_review r ON r.record_table = 'interaction'"
    "                   AND r.record_id = i.id WHERE i.company_id = c.id AND i.deleted_at IS NULL),"
    "       st.antenna_id, a.name"
    "  FROM company c"
    "  LEFT JOIN ref_item s ON s.list_code = 'sector' AND s.code = c.sector"
    "  LEFT JOIN ref_item z ON z.list_code = 'company_size' AND z.code = c.size_band"
    "  LEFT JOIN ref_item l ON l.list_code = 'partnership_level' AND l.code = c.partnership_level"
    "  LEFT JOIN staff st ON st.id = c.referent_id"
    "  LEFT JOIN site a ON a.id = st.antenna_id"
    "  LEFT JOIN company_contact cc ON cc.company_id = c.id"
    " WHERE c.deleted_at IS NULL"
    " ORDER BY coalesce(c.trade_name, c.legal_name) COLLATE NOCASE;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslCompanyRow *row = g_object_new (PSL_TYPE_COMPANY_ROW, NULL);

      g_autofree char *search_key = psl_fold (TEXT (13));

      row->texts = psl_text_pool_ref (texts);
      row->id = psl_text_pool_keep (texts, TEXT (0));
      row->name = psl_text_pool_keep (texts, TEXT (1));
      row->commune = psl_text_pool_share (texts, TEXT (2));
      row->sector = psl_text_pool_share (texts, TEXT (3));
      row->sector_label = psl_text_pool_share (texts, TEXT (4));
      row->size_label = psl_text_pool_share (texts, TEXT (5));
      row->level = psl_text_pool_share (texts, TEXT (6));
      row->level_label = psl_text_pool_share (texts, TEXT (7));
      row->referent_id = psl_text_pool_share (texts, TEXT (8));
      row->referent_name = psl_text_pool_share (texts, TEXT (9));
      row->status = psl_text_pool_share (texts, TEXT (10));
      row->last_contact = psl_text_pool_share (texts, TEXT (11));
      row->next_action = psl_text_pool_share (texts, TEXT (12));
      row->search_key = psl_text_pool_keep (texts, search_key);
      row->to_check = sqlite3_column_int (stmt, 14);
      row->antenna_id = psl_text_pool_share (texts, TEXT (15));
      row->antenna_name = psl_text_pool_share (texts, TEXT (16));
      g_ptr_array_add (rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the firms"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}
