/* psl-person-list.c — the people accompanied as a list model, with filters
 *
 * As for the firms, every person is read once into memory with a folded
 * search key (100,000 people take a few tens of megabytes) so that the
 * filter as the user types is a scan in memory.  The next date due is the
 * earliest follow-up not done or commitment review not held: both read
 * once, grouped by person along their indexes, rather than looked up
 * person by person (two lookups for each of 100,000 people cost more than
 * reading the people), and met as the people are read, all in the order
 * of the ids.
 */

#define G_LOG_DOMAIN "psl-person-list"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company-list.h"
#include "psl-format.h"
#include "psl-outcome.h"
#include "psl-installation.h"
#include "psl-person-list.h"
#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-store-private.h"
#include "psl-text-pool.h"

struct _PslPersonRow
{
  GObject     parent_instance;

  PslTextPool *texts;        /* where the texts below are kept */
  const char *id;
  const char *name;
  const char *age_band;      /* a translated label */
  const char *commune;
  const char *referent_id;
  const char *referent_name;
  const char *situation;
  const char *phase;
  const char *phase_label;
  const char *antenna_id;
  const char *antenna_name;
  const char *entered_on;
  const char *exited_on;
  const char *next_due;
  gboolean    to_check;      /* an import kept values of it for checking */
  const char *search_key;    /* folded names, commune and postcode */
};

G_DEFINE_FINAL_TYPE (PslPersonRow, psl_person_row, G_TYPE_OBJECT)

static void
psl_person_row_finalize (GObject *object)
{
  PslPersonRow *self = (PslPersonRow *) object;

  g_clear_pointer (&self->texts, psl_text_pool_unref);

  G_OBJECT_CLASS (psl_person_row_parent_class)->finalize (object);
}

static void
psl_person_row_class_init (PslPersonRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = psl_person_row_finalize;
}

static void
psl_person_row_init (PslPersonRow *self)
{
}

const char *psl_person_row_get_id            (PslPersonRow *self) { return self->id; }
const char *psl_person_row_get_name          (PslPersonRow *self) { return self->name; }
const char *psl_person_row_get_age_band      (PslPersonRow *self) { return self->age_band; }
const char *psl_person_row_get_commune       (PslPersonRow *self) { return self->commune; }
const char *psl_person_row_get_referent_name (PslPersonRow *self) { return self->referent_name; }
const char *psl_person_row_get_situation     (PslPersonRow *self) { return self->situation; }
const char *psl_person_row_get_phase_label   (PslPersonRow *self) { return self->phase_label; }
const char *psl_person_row_get_antenna_name  (PslPersonRow *self) { return self->antenna_name; }
const char *psl_person_row_get_entered_on    (PslPersonRow *self) { return self->entered_on; }
const char *psl_person_row_get_exited_on     (PslPersonRow *self) { return self->exited_on; }
const char *psl_person_row_get_next_due      (PslPersonRow *self) { return self->next_due; }
gboolean    psl_person_row_get_to_check      (PslPersonRow *self) { return self->to_check; }

gboolean
psl_person_row_matches (PslPersonRow          *self,
                        const PslPeopleFilter *filter,
                        char * const          *folded_words)
{
  if (filter->status == PSL_PEOPLE_IN_PATHWAY && self->exited_on != NULL)
    return FALSE;
  if (filter->status == PSL_PEOPLE_EXITED && self->exited_on == NULL)
    return FALSE;
  if (filter->referent_id != NULL && g_strcmp0 (filter->referent_id, self->referent_id) != 0)
    return FALSE;
  if (filter->phase != NULL && g_strcmp0 (filter->phase, self->phase) != 0)
    return FALSE;
  if (filter->antenna_id != NULL && g_strcmp0 (filter->antenna_id, self->antenna_id) != 0)
    return FALSE;
  if (filter->no_referent && self->referent_id != NULL)
    return FALSE;
  if (filter->overdue && (self->next_due == NULL || strcmp (self->next_due, filter->today) >= 0))
    return FALSE;
  if (filter->to_check && !self->to_check)
    return FALSE;

  for (guint i = 0; folded_words != NULL && folded_words[i] != NULL; i++)
    if (strstr (self->search_key, folded_words[i]) == NULL)
      return FALSE;
  return TRUE;
}

#define TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))

static const char *
label_for (PslTextPool  *texts,
           GHashTable   *labels,
           sqlite3_stmt *stmt,
           int           column)
{
  const char *code = TEXT (column);

  return code != NULL ? psl_text_pool_share (texts, g_hash_table_lookup (labels, code)) : NULL;
}

/* The earliest date still due of one kind (a follow-up not done, a
 * review not held) for each person, read in the order of their ids as the
 * people are read: each person's is found by moving forward, without a
 * table of tens of thousands of ids to look them up in. */
typedef struct
{
  sqlite3_stmt *stmt;
  int           rc;      /* of the last step: SQLITE_ROW while rows are left */
} DueCursor;

static const char *const due_sql[] = {
  "SELECT person_id, min(due_on) FROM followup WHERE done_on IS NULL AND deleted_at IS NULL"
  " GROUP BY person_id ORDER BY person_id;",
  "SELECT person_id, min(review_on) FROM commitment WHERE review_outcome IS NULL AND deleted_at IS NULL"
  " GROUP BY person_id ORDER BY person_id;",
};

static const char *
due_for (DueCursor  *cursor,
         const char *person_id)
{
  while (cursor->rc == SQLITE_ROW)
    {
      int order = strcmp ((const char *) sqlite3_column_text (cursor->stmt, 0), person_id);

      if (order == 0)
        return (const char *) sqlite3_column_text (cursor->stmt, 1);
      if (order > 0)
        return NULL;
      cursor->rc = sqlite3_step (cursor->stmt);
    }
  return NULL;
}

/* The earlier of two ISO dates, either NULL. */
static const char *
earlier_date (const char *a,
              const char *b)
{
  return a == NULL ? b : b == NULL || strcmp (a, b) <= 0 ? a : b;
}

/* The age band on today (parsed once) from a birth date "YYYY-MM-DD", as
 * psl_age_band() gives it, without a GDate for each of 100,000 people. */
static PslAgeBand
age_band_on (const char *birth_date,
             const char *today,
             int         year,
             int         month,
             int         day)
{
  int y, m, d, age;

  /* Digits read by hand: sscanf () for each of 100,000 people was a
   * twentieth of the reading. */
  if (birth_date == NULL || strlen (birth_date) != 10 || birth_date[4] != '-' || birth_date[7] != '-'
      || !g_ascii_isdigit (birth_date[0]) || !g_ascii_isdigit (birth_date[1]) || !g_ascii_isdigit (birth_date[2])
      || !g_ascii_isdigit (birth_date[3]) || !g_ascii_isdigit (birth_date[5]) || !g_ascii_isdigit (birth_date[6])
      || !g_ascii_isdigit (birth_date[8]) || !g_ascii_isdigit (birth_date[9]))
    return psl_age_band (birth_date, today);
  y = (birth_date[0] - '0') * 1000 + (birth_date[1] - '0') * 100 + (birth_date[2] - '0') * 10 + (birth_date[3] - '0');
  m = (birth_date[5] - '0') * 10 + (birth_date[6] - '0');
  d = (birth_date[8] - '0') * 10 + (birth_date[9] - '0');
  if (!g_date_valid_dmy (d, m, y))
    return psl_age_band (birth_date, today);
  if (y > year || (y == year && (m > month || (m == month && d > day))))
    return PSL_AGE_UNKNOWN;
  age = year - y - (month < m || (month == m && day < d));
  return age < 25 ? PSL_AGE_UNDER_25 : age < 55 ? PSL_AGE_25_TO_54 : PSL_AGE_55_AND_OVER;
}

/* What the rows of one reading share: the labels of the codes they
 * name, translated once (a translation is looked up under a lock, and
 * 100,000 of them were a tenth of the reading), the day, and the pool
 * their texts are kept in. */
typedef struct
{
  PslTextPool *texts;
  GPtrArray   *team, *situations, *phases, *sites;
  GHashTable  *staff_names, *situation_labels, *phase_labels, *site_names;
  const char  *today;
  GDate       *on;
  const char  *band_labels[PSL_AGE_55_AND_OVER + 1];
} Reading;

static void
reading_init (Reading    *r,
              PslStore   *store,
              const char *today)
{
  r->texts = psl_text_pool_new ();
  r->team = psl_portfolio_team (store, NULL);
  r->situations = psl_ref_list (store, "situation", NULL, NULL);
  r->phases = psl_ref_list (store, "phase", NULL, NULL);
  r->sites = psl_installation_sites (store, NULL);
  r->staff_names = psl_ref_labels (r->team);
  r->situation_labels = psl_ref_labels (r->situations);
  r->phase_labels = psl_ref_labels (r->phases);
  r->site_names = psl_ref_labels (r->sites);
  r->today = today;
  r->on = psl_date_parse (today);
  for (PslAgeBand band = PSL_AGE_UNKNOWN; band <= PSL_AGE_55_AND_OVER; band++)
    r->band_labels[band] = psl_age_band_label (band);
}

static void
reading_clear (Reading *r)
{
  psl_text_pool_unref (r->texts);
  g_hash_table_unref (r->staff_names);
  g_hash_table_unref (r->situation_labels);
  g_hash_table_unref (r->phase_labels);
  g_hash_table_unref (r->site_names);
  g_ptr_array_unref (r->team);
  g_ptr_array_unref (r->situations);
  g_ptr_array_unref (r->phases);
  g_ptr_array_unref (r->sites);
  g_clear_pointer (&r->on, g_date_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

/* What every reading selects, in this order; a reading adds its own
 * columns after them. */
#define PERSON_COLUMNS \
  "SELECT p.id, p.last_name || ' ' || p.first_name, p.birth_date, p.commune, p.referent_id," \
  "       p.situation, p.phase, p.entered_on, p.exited_on, NULL," \
  "       p.first_name || ' ' || p.last_name || ' ' || coalesce(p.commune, '') || ' ' || coalesce(p.postcode, '')," \
  "       p.antenna_id," \
  "       EXISTS (SELECT 1 FROM import_review r WHERE r.record_table = 'person' AND r.record_id = p.id)"

/* The row of the statement's person, who has next_due still to come
 * (NULL for nothing); those who left have nothing due, whatever is
 * left open of theirs. */
static PslPersonRow *
make_row (Reading      *r,
          sqlite3_stmt *stmt,
          const char   *next_due)
{
  PslPersonRow *row = g_object_new (PSL_TYPE_PERSON_ROW, NULL);
  const char *birth = TEXT (2);
  g_autofree char *search_key = psl_fold (TEXT (10));

  row->texts = psl_text_pool_ref (r->texts);
  row->id = psl_text_pool_keep (r->texts, TEXT (0));
  row->name = psl_text_pool_keep (r->texts, TEXT (1));
  row->age_band = r->band_labels[r->on != NULL ? age_band_on (birth, r->today, g_date_get_year (r->on),
                                                              g_date_get_month (r->on), g_date_get_day (r->on))
                                               : psl_age_band (birth, r->today)];
  row->commune = psl_text_pool_share (r->texts, TEXT (3));
  row->referent_id = psl_text_pool_share (r->texts, TEXT (4));
  row->referent_name = label_for (r->texts, r->staff_names, stmt, 4);
  row->situation = label_for (r->texts, r->situation_labels, stmt, 5);
  row->phase = psl_text_pool_share (r->texts, TEXT (6));
  row->phase_label = label_for (r->texts, r->phase_labels, stmt, 6);
  row->entered_on = psl_text_pool_share (r->texts, TEXT (7));
  row->exited_on = psl_text_pool_share (r->texts, TEXT (8));
  row->next_due = row->exited_on == NULL ? psl_text_pool_share (r->texts, next_due) : NULL;
  row->search_key = psl_text_pool_keep (r->texts, search_key);
  row->antenna_id = psl_text_pool_share (r->texts, TEXT (11));
  row->antenna_name = label_for (r->texts, r->site_names, stmt, 11);
  row->to_check = sqlite3_column_int (stmt, 12);
  return row;
}

static gboolean
failed (PslStore  *store,
        GError   **error)
{
  psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the people"));
  return FALSE;
}

/* The people of part but those of earlier (NULL for none). */
static GPtrArray *
load_part (PslStore        *store,
           PslPeopleStatus  part,
           GPtrArray       *earlier,
           const char      *today,
           GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(Reading) r = { NULL };
  g_autoptr(GHashTable) read_before = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(sqlite3_stmt) followups_due = NULL;
  g_autoptr(sqlite3_stmt) reviews_due = NULL;
  DueCursor due[2] = { { NULL, SQLITE_DONE }, { NULL, SQLITE_DONE } };
  g_autofree char *sql = g_strdup_printf (
    PERSON_COLUMNS
    "  FROM person p"
    " WHERE p.deleted_at IS NULL%s"
    /* The order of the list's index: those in their pathway first, by
     * id, as the dates due are read. */
    " ORDER BY p.exited_on, p.id;",
    part == PSL_PEOPLE_IN_PATHWAY ? " AND p.exited_on IS NULL"
    : part == PSL_PEOPLE_EXITED ? " AND p.exited_on IS NOT NULL" : "");
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  reading_init (&r, store, today);
  for (guint i = 0; earlier != NULL && i < earlier->len; i++)
    g_hash_table_add (read_before, (gpointer) psl_person_row_get_id (g_ptr_array_index (earlier, i)));
  /* Those who left have nothing due. */
  if (part != PSL_PEOPLE_EXITED)
    {
      if ((followups_due = psl_store_prepare (store, due_sql[0], error)) == NULL
          || (reviews_due = psl_store_prepare (store, due_sql[1], error)) == NULL)
        return NULL;
      due[0] = (DueCursor) { followups_due, sqlite3_step (followups_due) };
      due[1] = (DueCursor) { reviews_due, sqlite3_step (reviews_due) };
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = TEXT (0);

      if (g_hash_table_contains (read_before, id))
        continue;
      g_ptr_array_add (rows, make_row (&r, stmt, earlier_date (due_for (&due[0], id), due_for (&due[1], id))));
    }

  if (rc != SQLITE_DONE
      || (due[0].rc != SQLITE_ROW && due[0].rc != SQLITE_DONE)
      || (due[1].rc != SQLITE_ROW && due[1].rc != SQLITE_DONE))
    {
      failed (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
psl_person_list_load (PslStore        *store,
                      PslPeopleStatus  part,
                      const char      *today,
                      GError         **error)
{
  return load_part (store, part, NULL, today, error);
}

/* The accented letters of French names, which SQLite's lower () leaves
 * as they are, taken for the letter psl_fold () makes of them: the order
 * of the index person_name_folded (data/migrations/0034-person-name-folded.sql),
 * made of the same expression (a test compares them).  Capitals are those
 * that begin names.  SQLite's parser takes some twenty-six calls nested
 * at most: rarer letters (ñ, å, æ…) keep their place after z, and a name
 * holding one may move when the rest of the list comes in. */
static const char *const folded_letters[][2] = {
  { "é", "e" }, { "è", "e" }, { "ê", "e" }, { "ë", "e" }, { "à", "a" }, { "â", "a" }, { "î", "i" },
  { "ï", "i" }, { "ô", "o" }, { "ö", "o" }, { "ù", "u" }, { "û", "u" }, { "ü", "u" }, { "ç", "c" },
  { "œ", "oe" },
  { "É", "e" }, { "È", "e" }, { "Ê", "e" }, { "À", "a" }, { "Â", "a" }, { "Ç", "c" }, { "Î", "i" },
  { "Ô", "o" }, { "Œ", "oe" },
};

char *
psl_person_folded_name_sql (const char *text)
{
  GString *sql = g_string_new ("lower(");

  for (guint i = 0; i < G_N_ELEMENTS (folded_letters); i++)
    g_string_append (sql, "replace(");
  g_string_append (sql, text);
  for (guint i = 0; i < G_N_ELEMENTS (folded_letters); i++)
    g_string_append_printf (sql, ", '%s', '%s')", folded_letters[i][0], folded_letters[i][1]);
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

/* The first people in their pathway by name, walked in the index of
 * their names folded (person_name_folded): what a screen shows, whatever
 * the size of the file, and the first of the list once it is whole.
 * Their dates due are looked up person by person, which for a screen of
 * them costs less than reading every date due. */
GPtrArray *
psl_person_list_load_first (PslStore    *store,
                            guint        n_rows,
                            const char  *today,
                            GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(Reading) r = { NULL };
  g_autofree char *folded = psl_person_folded_name_sql ("p.last_name || ' ' || p.first_name");
  g_autofree char *sql = g_strdup_printf (
    PERSON_COLUMNS ","
    "       (SELECT min(f.due_on) FROM followup f"
    "         WHERE f.person_id = p.id AND f.done_on IS NULL AND f.deleted_at IS NULL),"
    "       (SELECT min(c.review_on) FROM commitment c"
    "         WHERE c.person_id = p.id AND c.review_outcome IS NULL AND c.deleted_at IS NULL)"
    "  FROM person p INDEXED BY person_name_folded"
    " WHERE p.deleted_at IS NULL AND p.exited_on IS NULL"
    " ORDER BY %s LIMIT ?1;", folded);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  reading_init (&r, store, today);
  sqlite3_bind_int64 (stmt, 1, n_rows);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, make_row (&r, stmt, earlier_date (TEXT (13), TEXT (14))));
  if (rc != SQLITE_DONE)
    {
      failed (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
psl_person_list_load_rest (PslStore    *store,
                           GPtrArray   *earlier,
                           const char  *today,
                           GError     **error)
{
  return load_part (store, PSL_PEOPLE_IN_PATHWAY, earlier, today, error);
}
