/* psl-placement-list.c — every placement (mise en relation) of the structure as a list model, with filters
 *
 * As for the people, every placement is read once into memory with a
 * folded search key, so that the filters and the counts by stage are
 * scans in memory (200,000 placements take a few tens of megabytes).  A
 * placement counts for its counsellor, or for the person's referent when
 * nobody was named, and for the person's antenna.  Its last move is the
 * day its record last changed: a proposal nobody answered for three weeks
 * is one to chase.
 */

#define G_LOG_DOMAIN "psl-placement-list"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company-list.h"
#include "psl-placement.h"
#include "psl-placement-list.h"
#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-store-private.h"
#include "psl-text-pool.h"

static const char *const stage_codes[PSL_N_STAGES] = {
  "proposed", "presented", "meeting", "immersion", "contract", "ended", "refused", "withdrawn"
};

const char *
psl_stage_code (PslStage stage)
{
  return stage < PSL_N_STAGES ? stage_codes[stage] : NULL;
}

const char *
psl_stage_label (PslStage stage)
{
  return psl_placement_stage_label (psl_stage_code (stage));
}

PslStage
psl_stage_from_code (const char *code)
{
  for (guint i = 0; i < PSL_N_STAGES; i++)
    if (g_strcmp0 (stage_codes[i], code) == 0)
      return i;
  return PSL_N_STAGES;
}

/* What rows take from their person, their firm, their opportunity: one
 * record each, kept by the list, rather than copies in every row, since a
 * large file has 200,000 placements of 100,000 people. */
typedef struct
{
  const char *id;
  const char *name;        /* a person "Last First", as the people's list sorts them */
  const char *key;         /* name folded, to sort by */
  const char *folded;      /* what is searched, folded (key itself when it is the name) */
  const char *staff_id;    /* a person's referent, interned */
  const char *antenna_id;
  guint index;             /* in the list's parties */
} Party;

/* What the rows of one reading share, and which goes with the last of
 * them: their texts, their parties, and what a key typed searches.  The
 * latter holds every party's folded text side by side, one after the
 * other, and which words of the last pass each holds, one bit a word.  A
 * pass searches each text once, in the order they lie in memory, then each
 * row looks up its three parties' bits by index, rather than follows three
 * pointers to texts scattered over the heap: on 200,000 rows, the
 * difference between a key typed in a few milliseconds and in tens. */
typedef struct
{
  PslTextPool *texts;
  GPtrArray   *parties;
  GString     *searched;
  GArray      *offsets;    /* guint: where each party's text starts in searched */
  guint8      *found;      /* a byte a party: the words are at most MAX_SEARCHED_WORDS */
} Shared;

static void
shared_clear (Shared *shared)
{
  psl_text_pool_unref (shared->texts);
  g_ptr_array_unref (shared->parties);
  g_string_free (shared->searched, TRUE);
  g_array_unref (shared->offsets);
  g_free (shared->found);
}

static Shared *
shared_new (void)
{
  Shared *shared = g_atomic_rc_box_new0 (Shared);

  shared->texts = psl_text_pool_new ();
  shared->parties = g_ptr_array_new_with_free_func (g_free);
  shared->searched = g_string_sized_new (1 << 16);
  shared->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  return shared;
}

static void
shared_release (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, (GDestroyNotify) shared_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Shared, shared_release)

#define NO_PARTY G_MAXUINT

struct _PslPlacementRow
{
  GObject     parent_instance;

  Shared     *shared;        /* with the other rows of its reading */
  const char *id;
  Party      *person;
  Party      *firm;
  Party      *opportunity;   /* or NULL */
  guint       person_index;
  guint       firm_index;
  guint       opportunity_index;  /* NO_PARTY for none */
  PslStage    stage;
  const char *what;          /* the opportunity's title, or a label: not owned */
  const char *staff_id;      /* interned */
  const char *staff_name;    /* interned */
  const char *proposed_on;
  const char *start_date;
  const char *end_date;      /* the actual end, else the planned one */
  const char *moved_on;
};

G_DEFINE_FINAL_TYPE (PslPlacementRow, psl_placement_row, G_TYPE_OBJECT)

static void
psl_placement_row_finalize (GObject *object)
{
  PslPlacementRow *self = (PslPlacementRow *) object;

  g_clear_pointer (&self->shared, shared_release);

  G_OBJECT_CLASS (psl_placement_row_parent_class)->finalize (object);
}

static void
psl_placement_row_class_init (PslPlacementRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = psl_placement_row_finalize;
}

static void
psl_placement_row_init (PslPlacementRow *self)
{
}

const char *psl_placement_row_get_id           (PslPlacementRow *self) { return self->id; }
const char *psl_placement_row_get_person_id    (PslPlacementRow *self) { return self->person->id; }
const char *psl_placement_row_get_person_name  (PslPlacementRow *self) { return self->person->name; }
const char *psl_placement_row_get_company_id   (PslPlacementRow *self) { return self->firm->id; }
const char *psl_placement_row_get_company_name (PslPlacementRow *self) { return self->firm->name; }
const char *psl_placement_row_get_person_key   (PslPlacementRow *self) { return self->person->key; }
const char *psl_placement_row_get_company_key  (PslPlacementRow *self) { return self->firm->key; }
PslStage    psl_placement_row_get_stage        (PslPlacementRow *self) { return self->stage; }
const char *psl_placement_row_get_stage_label  (PslPlacementRow *self) { return psl_stage_label (self->stage); }
const char *psl_placement_row_get_what         (PslPlacementRow *self) { return self->what; }
const char *psl_placement_row_get_staff_name   (PslPlacementRow *self) { return self->staff_name; }
const char *psl_placement_row_get_proposed_on  (PslPlacementRow *self) { return self->proposed_on; }
const char *psl_placement_row_get_start_date   (PslPlacementRow *self) { return self->start_date; }
const char *psl_placement_row_get_end_date     (PslPlacementRow *self) { return self->end_date; }
const char *psl_placement_row_get_moved_on     (PslPlacementRow *self) { return self->moved_on; }

/* Whether a placement awaiting an answer has not moved since the day
 * given. */
static gboolean
waits (PslStage                  stage,
       const char               *moved_on,
       const PslPlacementFilter *filter)
{
  return PSL_STAGE_IS_PENDING (stage) && filter->waiting_since != NULL
         && g_strcmp0 (moved_on, filter->waiting_since) < 0;
}

static gboolean
is_waiting (PslPlacementRow          *self,
            const PslPlacementFilter *filter)
{
  return waits (self->stage, self->moved_on, filter);
}

/* Whether a stage is among those the filter's scope shows. */
static gboolean
in_scope (PslStage                  stage,
          const PslPlacementFilter *filter)
{
  switch (filter->scope)
    {
    case PSL_PLACEMENTS_UNDER_WAY:
      return PSL_STAGE_IS_OPEN (stage);
    case PSL_PLACEMENTS_ONE_STAGE:
      return stage == filter->stage;
    case PSL_PLACEMENTS_CLOSED:
      return !PSL_STAGE_IS_OPEN (stage);
    case PSL_PLACEMENTS_ALL:
    default:
      return TRUE;
    }
}

gboolean
psl_placement_row_matches_people (PslPlacementRow          *self,
                                  const PslPlacementFilter *filter,
                                  char * const             *folded_words)
{
  if (filter->staff_id != NULL && g_strcmp0 (filter->staff_id, self->staff_id) != 0)
    return FALSE;
  if (filter->antenna_id != NULL && g_strcmp0 (filter->antenna_id, self->person->antenna_id) != 0)
    return FALSE;
  if (filter->waiting && !is_waiting (self, filter))
    return FALSE;

  /* Each word in the person's name, the firm's or the opportunity's. */
  for (guint i = 0; folded_words != NULL && folded_words[i] != NULL; i++)
    if (strstr (self->person->folded, folded_words[i]) == NULL
        && strstr (self->firm->folded, folded_words[i]) == NULL
        && (self->opportunity == NULL || strstr (self->opportunity->folded, folded_words[i]) == NULL))
      return FALSE;
  return TRUE;
}

gboolean
psl_placement_row_matches (PslPlacementRow          *self,
                           const PslPlacementFilter *filter,
                           char * const             *folded_words)
{
  return in_scope (self->stage, filter) && psl_placement_row_matches_people (self, filter, folded_words);
}

#define TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))

/* Which of the words each party holds, for this pass. */
static void
search_parties (Shared       *shared,
                char * const *folded_words,
                guint         n_words)
{
  for (guint p = 0; p < shared->offsets->len; p++)
    {
      const char *text = shared->searched->str + g_array_index (shared->offsets, guint, p);
      guint8 found = 0;

      for (guint w = 0; w < n_words; w++)
        if (strstr (text, folded_words[w]) != NULL)
          found |= 1u << w;
      shared->found[p] = found;
    }
}

static guint8
found_in (const Shared *shared,
          guint         index)
{
  return index == NO_PARTY ? 0 : shared->found[index];
}

/* One row as a pass reads it: what every key typed looks at, side by
 * side in the list's order.  The row objects lie over the heap in another
 * order (that of their reading): on 400,000 rows, going from one to the
 * next for each key typed waited on the memory more than it filtered.
 * 16 bytes: what a filter looks at only when it is set (a counsellor, an
 * antenna) or for some stages (the day a placement last moved) lies in
 * Seldom, beside, so that the rows read at every key take 6 MB of memory
 * for 400,000 rows rather than 16 and stay longer in the processor's
 * caches. */
typedef struct
{
  guint32     person;        /* parties' indexes in the row's reading */
  guint32     firm;
  guint32     opportunity;   /* NO_PARTY for none */
  guint16     reading;       /* in the pass's readings */
  guint8      stage;
} Compact;

typedef struct
{
  const char *moved_on;
  const char *staff_id;
  const char *antenna_id;
} Seldom;

struct _PslPlacementPass
{
  GPtrArray *rows;       /* those compacted, held: never taken for others made since at their places */
  gpointer  *order;      /* the rows' order then */
  guint      n;
  Compact   *compact;
  Seldom    *seldom;     /* beside compact, at the same places */
  GPtrArray *readings;   /* Shared: each row's, held by the row */
};

PslPlacementPass *
psl_placement_pass_new (void)
{
  PslPlacementPass *pass = g_new0 (PslPlacementPass, 1);

  pass->readings = g_ptr_array_new ();
  return pass;
}

static void
pass_forget (PslPlacementPass *pass)
{
  g_clear_pointer (&pass->rows, g_ptr_array_unref);
  g_clear_pointer (&pass->order, g_free);
  g_clear_pointer (&pass->compact, g_free);
  g_clear_pointer (&pass->seldom, g_free);
  g_ptr_array_set_size (pass->readings, 0);
  pass->n = 0;
}

void
psl_placement_pass_free (PslPlacementPass *pass)
{
  if (pass == NULL)
    return;
  pass_forget (pass);
  g_ptr_array_unref (pass->readings);
  g_free (pass);
}

/* Whether the pass's rows are rows, in the same order. */
static gboolean
pass_holds (PslPlacementPass *pass,
            GPtrArray        *rows)
{
  return pass->rows == rows && pass->n == rows->len
         && memcmp (pass->order, rows->pdata, rows->len * sizeof (gpointer)) == 0;
}

static void
pass_compact (PslPlacementPass *pass,
              GPtrArray        *rows)
{
  pass_forget (pass);
  pass->rows = g_ptr_array_ref (rows);
  pass->n = rows->len;
  pass->order = g_memdup2 (rows->pdata, rows->len * sizeof (gpointer));
  pass->compact = g_new (Compact, MAX (rows->len, 1));
  pass->seldom = g_new (Seldom, MAX (rows->len, 1));
  G_STATIC_ASSERT (sizeof (Compact) == 16);
  for (guint i = 0; i < rows->len; i++)
    {
      PslPlacementRow *row = g_ptr_array_index (rows, i);
      guint reading;

      if (!g_ptr_array_find (pass->readings, row->shared, &reading))
        {
          reading = pass->readings->len;
          g_ptr_array_add (pass->readings, row->shared);
        }
      pass->compact[i] = (Compact) { row->person_index, row->firm_index, row->opportunity_index, reading,
                                     row->stage };
      pass->seldom[i] = (Seldom) { row->moved_on, row->staff_id, row->person->antenna_id };
    }
}

/* Words beyond this many are searched row by row.  Eight, so that which
 * words each party holds is a byte: for 400,000 rows the rows look up
 * 220,000 parties' bytes in no particular order, and in 220 KB they stay
 * in the processor's nearest caches, where 880 KB of 32-bit words did
 * not, and twice as many rows cost more than twice as much. */
#define MAX_SEARCHED_WORDS 8

void
psl_placement_pass_filter (PslPlacementPass         *pass,
                           GPtrArray                *rows,
                           const PslPlacementFilter *filter,
                           char * const             *folded_words,
                           GPtrArray                *kept,
                           guint                     counts[PSL_N_STAGES],
                           guint                    *n_waiting)
{
  guint n_words = folded_words != NULL ? g_strv_length ((char **) folded_words) : 0;
  guint32 all = n_words > MAX_SEARCHED_WORDS ? 0 : (1u << n_words) - 1;
  gboolean by_party = n_words <= MAX_SEARCHED_WORDS;

  memset (counts, 0, sizeof (guint) * PSL_N_STAGES);
  *n_waiting = 0;
  if (rows == NULL)
    return;
  if (!pass_holds (pass, rows))
    pass_compact (pass, rows);
  /* Each person, firm and opportunity searched once for the pass. */
  for (guint r = 0; by_party && n_words > 0 && r < pass->readings->len; r++)
    search_parties (g_ptr_array_index (pass->readings, r), folded_words, n_words);

  for (guint i = 0; i < pass->n; i++)
    {
      const Compact *one = &pass->compact[i];
      gboolean waiting;

      if (one->stage >= PSL_N_STAGES
          || (filter->staff_id != NULL && g_strcmp0 (filter->staff_id, pass->seldom[i].staff_id) != 0)
          || (filter->antenna_id != NULL && g_strcmp0 (filter->antenna_id, pass->seldom[i].antenna_id) != 0))
        continue;
      if (n_words > 0 && by_party)
        {
          const Shared *shared = g_ptr_array_index (pass->readings, one->reading);

          if ((found_in (shared, one->person) | found_in (shared, one->firm)
               | found_in (shared, one->opportunity)) != all)
            continue;
        }
      else if (n_words > 0)
        {
          PslPlacementFilter words_only = { PSL_PLACEMENTS_ALL };

          if (!psl_placement_row_matches_people (rows->pdata[i], &words_only, folded_words))
            continue;
        }
      /* The counts ignore the stage chosen and the waiting: what waits
       * is among the rest. */
      counts[one->stage]++;
      waiting = waits (one->stage, pass->seldom[i].moved_on, filter);
      *n_waiting += waiting;
      if (kept != NULL && in_scope (one->stage, filter) && (!filter->waiting || waiting))
        g_ptr_array_add (kept, rows->pdata[i]);
    }
}

void
psl_placement_list_filter (GPtrArray                *rows,
                           const PslPlacementFilter *filter,
                           char * const             *folded_words,
                           GPtrArray                *kept,
                           guint                     counts[PSL_N_STAGES],
                           guint                    *n_waiting)
{
  PslPlacementPass *pass = psl_placement_pass_new ();

  psl_placement_pass_filter (pass, rows, filter, folded_words, kept, counts, n_waiting);
  psl_placement_pass_free (pass);
}

/* What the person was introduced for: the opportunity's title, else the
 * contract's type, else the immersion's purpose. */
static const char *
what_of (const Party *opportunity,
         const char  *contract,
         const char  *immersion,
         GHashTable  *contract_labels)
{
  if (opportunity != NULL)
    return opportunity->name;
  if (contract != NULL && g_hash_table_contains (contract_labels, contract))
    return g_hash_table_lookup (contract_labels, contract);
  if (g_strcmp0 (immersion, "discovery") == 0)
    return _("Discovering a trade");
  if (g_strcmp0 (immersion, "skills") == 0)
    return _("Confirming skills");
  return NULL;
}

/* The parties of one kind (people, firms, opportunities) a reading's
 * placements name: each id, numbered once, its number its place in slots,
 * where the party goes once read; the rows then find theirs by place, with
 * no lookup.  Looked up in hash tables of their texts, 200,000 rows cost
 * more than reading the tables, and more than twice as much for twice as
 * many: PslIdTable reads one slot for an id. */
typedef struct
{
  PslIdTable *ids;
  GPtrArray  *slots;   /* Party, or NULL for one not read (deleted since) */
  GPtrArray  *few;     /* the ids while they are at most FEW_PARTIES, else NULL */
} Named;

/* Parties this few are looked up one by one by their ids; more, and
 * their table is scanned. */
#define FEW_PARTIES 2000

#define NO_PLACE PSL_ID_NONE

static void
named_init (Named *named)
{
  named->ids = psl_id_table_new ();
  named->slots = g_ptr_array_new ();
  named->few = g_ptr_array_new_with_free_func (g_free);
}

static void
named_clear (Named *named)
{
  g_clear_pointer (&named->ids, psl_id_table_free);
  g_clear_pointer (&named->slots, g_ptr_array_unref);
  g_clear_pointer (&named->few, g_ptr_array_unref);
}

/* The place of id, given one the first time it is named; NO_PLACE for
 * none. */
static guint
named_place (Named      *named,
             const char *id)
{
  guint place = psl_id_table_number (named->ids, id, TRUE);

  if (place != NO_PLACE && place >= named->slots->len)
    {
      g_ptr_array_set_size (named->slots, place + 1);
      /* Named for the first time. */
      if (named->few != NULL && named->few->len < FEW_PARTIES)
        g_ptr_array_add (named->few, g_strdup (id));
      else
        g_clear_pointer (&named->few, g_ptr_array_unref);
    }
  return place;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Named, named_clear)

static Party *
named_party (Named *named,
             guint  place)
{
  return place == NO_PLACE ? NULL : g_ptr_array_index (named->slots, place);
}

/* Which rows of a party's table named names, as SQL: a few, by their
 * ids; more, the table scanned whole (a scan costs less than looking
 * thousands up, and psl_in () skips the others before their columns are
 * made). */
static char *
named_condition (Named *named)
{
  GString *sql;

  if (named->few == NULL)
    return g_strdup ("psl_in (?1, id)");
  sql = g_string_new ("id IN (");
  for (guint i = 0; i < named->few->len; i++)
    {
      char *quoted = sqlite3_mprintf ("%s%Q", i > 0 ? ", " : "", (const char *) named->few->pdata[i]);

      g_string_append (sql, quoted);
      sqlite3_free (quoted);
    }
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

/* Each row of the statement (format, whose %s is the rows named) into
 * its place: id, name, text to search (NULL: the name), then the
 * referent and the antenna when the statement has them. */
static gboolean
read_parties (PslStore   *store,
              const char *format,
              Named      *named,
              Shared     *shared,
              GError    **error)
{
  g_autofree char *condition = named_condition (named);
  g_autofree char *sql = g_strdup_printf (format, condition);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (named->few == NULL)
    psl_bind_id_table (stmt, 1, named->ids);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint place = psl_id_table_number (named->ids, (const char *) sqlite3_column_text (stmt, 0), FALSE);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *searched = (const char *) sqlite3_column_text (stmt, 2);
      Party *party;
      g_autofree char *folded = NULL;

      party = g_new0 (Party, 1);
      folded = psl_fold (searched != NULL ? searched : name);
      party->id = psl_text_pool_keep (shared->texts, (const char *) sqlite3_column_text (stmt, 0));
      party->name = psl_text_pool_keep (shared->texts, name);
      party->folded = psl_text_pool_keep (shared->texts, folded);
      /* Sorted by its name folded once here, not at every sort. */
      if (searched == NULL)
        party->key = party->folded;
      else
        {
          g_autofree char *key = psl_fold (name);

          party->key = psl_text_pool_keep (shared->texts, key);
        }
      party->index = shared->parties->len;
      g_ptr_array_add (shared->parties, party);
      g_array_append_val (shared->offsets, shared->searched->len);
      g_string_append_len (shared->searched, folded, strlen (folded) + 1);
      if (sqlite3_column_count (stmt) > 3)
        {
          party->staff_id = g_intern_string ((const char *) sqlite3_column_text (stmt, 3));
          party->antenna_id = psl_text_pool_share (shared->texts, (const char *) sqlite3_column_text (stmt, 4));
        }
      g_ptr_array_index (named->slots, place) = party;
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the placements"));
      return FALSE;
    }
  return TRUE;
}

/* code → label of a few reference items, both interned, so that rows
 * point at them rather than copy them. */
static GHashTable *
interned_labels (GPtrArray *items)
{
  GHashTable *labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);

      g_hash_table_insert (labels, (gpointer) g_intern_string (item->code), (gpointer) g_intern_string (item->label));
    }
  return labels;
}


/* Which placements a part of the list holds, as SQL. */
static const char *
part_condition (PslPlacementScope part)
{
  switch (part)
    {
    case PSL_PLACEMENTS_UNDER_WAY:
      return "stage IN ('proposed', 'presented', 'meeting', 'immersion', 'contract')";
    case PSL_PLACEMENTS_CLOSED:
      return "stage NOT IN ('proposed', 'presented', 'meeting', 'immersion', 'contract')";
    case PSL_PLACEMENTS_ALL:
    case PSL_PLACEMENTS_ONE_STAGE:
    default:
      return "1";
    }
}

/* The few codes the rows name (contract, immersion, staff), each kept
 * once, until the rows are joined to their labels.  The first few are
 * found by comparing them, before any hashing: a team has a handful of
 * members and a handful of contract types, named by 200,000 rows. */
typedef struct
{
  GStringChunk *chunk;
  const char   *seen[16];
  guint         n_seen;
} Codes;

static void
codes_clear (Codes *codes)
{
  g_clear_pointer (&codes->chunk, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Codes, codes_clear)

static const char *
codes_keep (Codes      *codes,
            const char *code)
{
  const char *kept;

  if (code == NULL)
    return NULL;
  for (guint i = 0; i < codes->n_seen; i++)
    if (strcmp (codes->seen[i], code) == 0)
      return codes->seen[i];
  kept = g_string_chunk_insert_const (codes->chunk, code);
  if (codes->n_seen < G_N_ELEMENTS (codes->seen))
    codes->seen[codes->n_seen++] = kept;
  return kept;
}

/* A placement read, waiting for its parties. */
typedef struct
{
  PslPlacementRow *row;
  gint64           rowid;
  guint            person;       /* places among the parties named */
  guint            firm;
  guint            opportunity;  /* NO_PLACE for none */
  /* In the reading's scratch chunk, freed once the rows are joined. */
  const char      *contract;
  const char      *immersion;
  const char      *staff_id;
} Pending;

static void
pending_clear (gpointer data)
{
  Pending *one = data;

  g_clear_object (&one->row);
}

static int
compare_rowids (gconstpointer a,
                gconstpointer b)
{
  gint64 x = ((const Pending *) a)->rowid, y = ((const Pending *) b)->rowid;

  return (x > y) - (x < y);
}

/* Rowids are dense (a table's rows numbered as they were written), so
 * each row goes straight to its place among those of its range: time in
 * proportion to the rows, where a sort by comparisons grows faster.  A
 * sparse range (most rows deleted) is sorted by comparisons. */
static void
sort_by_rowid (GArray *pending)
{
  const Pending *given = (const Pending *) pending->data;
  guint n = pending->len;
  gint64 first = G_MAXINT64, last = G_MININT64;
  g_autofree guint *at = NULL;
  g_autofree Pending *sorted = NULL;
  guint64 range;
  guint j = 0;

  if (n < 2)
    return;
  for (guint i = 0; i < n; i++)
    {
      first = MIN (first, given[i].rowid);
      last = MAX (last, given[i].rowid);
    }
  range = (guint64) (last - first) + 1;
  if (range > 8 * (guint64) n + 4096)
    {
      g_array_sort (pending, compare_rowids);
      return;
    }
  at = g_new (guint, range);
  memset (at, 0xff, range * sizeof (guint));
  for (guint i = 0; i < n; i++)
    at[given[i].rowid - first] = i;
  sorted = g_new (Pending, n);
  for (guint64 r = 0; r < range; r++)
    if (at[r] != G_MAXUINT)
      sorted[j++] = given[at[r]];
  g_assert (j == n);  /* rowids are unique */
  memcpy (pending->data, sorted, n * sizeof (Pending));
}

/* The placements of part, each waiting for the parties it names. */
static GArray *
read_placements (PslStore          *store,
                 const char        *condition,
                 PslIdTable        *bound,
                 Shared            *shared,
                 Codes             *codes,
                 Named             *people,
                 Named             *firms,
                 Named             *opportunities,
                 GError           **error)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_autofree char *sql = g_strdup_printf (
    "SELECT id, person_id, company_id, opportunity_id, stage, contract_type, immersion_type, staff_id,"
    "       proposed_on, start_date, coalesce(end_date, planned_end), substr(updated_at, 1, 10), rowid"
    "  FROM placement WHERE deleted_at IS NULL AND %s;", condition);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (bound != NULL)
    psl_bind_id_table (stmt, 1, bound);
  g_array_set_clear_func (pending, pending_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslPlacementRow *row = g_object_new (PSL_TYPE_PLACEMENT_ROW, NULL);
      Pending one = { row, sqlite3_column_int64 (stmt, 12) };

      row->id = psl_text_pool_keep (shared->texts, TEXT (0));
      row->stage = psl_stage_from_code ((const char *) sqlite3_column_text (stmt, 4));
      row->proposed_on = psl_text_pool_share (shared->texts, TEXT (8));
      row->start_date = psl_text_pool_share (shared->texts, TEXT (9));
      row->end_date = psl_text_pool_share (shared->texts, TEXT (10));
      row->moved_on = psl_text_pool_share (shared->texts, TEXT (11));
      one.person = named_place (people, TEXT (1));
      one.firm = named_place (firms, TEXT (2));
      one.opportunity = named_place (opportunities, TEXT (3));
      one.contract = codes_keep (codes, TEXT (5));
      one.immersion = codes_keep (codes, TEXT (6));
      one.staff_id = codes_keep (codes, TEXT (7));
      g_array_append_val (pending, one);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the placements"));
      return NULL;
    }
  /* In the order they were written, sorted here: SQLite would sort the
   * whole rows read from the index in a temporary table, five times as
   * long as the reading itself. */
  sort_by_rowid (pending);
  return g_steal_pointer (&pending);
}

/* The placements are read first, then the people, the firms and the
 * opportunities they name, each table once, in order, and joined here: on
 * a large file, 200,000 placements looking up their person and firm one
 * by one wait on the disk for seconds.  A part of the list keeps only the
 * parties its placements name.  The rows are left in the file's order
 * (the index is read in stage order, sorted back by rowid): the order of
 * the rows written keeps a person's placements in the order they were made
 * when the table sorts them by person. */
static GPtrArray *
load_where (PslStore    *store,
            const char  *condition,
            PslIdTable  *bound,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) team = psl_portfolio_team (store, NULL);
  g_autoptr(GPtrArray) contracts = psl_ref_list (store, "contract_type", NULL, NULL);
  g_autoptr(GHashTable) staff_names = interned_labels (team);
  g_autoptr(GHashTable) contract_labels = interned_labels (contracts);
  g_auto(Named) people = { NULL };
  g_auto(Named) firms = { NULL };
  g_auto(Named) opportunities = { NULL };
  g_autoptr(Shared) shared = shared_new ();
  g_auto(Codes) codes = { g_string_chunk_new (1 << 12) };
  g_autoptr(GArray) pending = NULL;

  named_init (&people);
  named_init (&firms);
  named_init (&opportunities);
  pending = read_placements (store, condition, bound, shared, &codes, &people, &firms, &opportunities, error);
  if (pending == NULL
      || !read_parties (store,
                        "SELECT id, last_name || ' ' || first_name, NULL, referent_id, antenna_id"
                        "  FROM person WHERE deleted_at IS NULL AND %s;", &people, shared, error)
      || !read_parties (store,
                        "SELECT id, coalesce(trade_name, legal_name), legal_name || ' ' || coalesce(trade_name, '')"
                        "  FROM company WHERE deleted_at IS NULL AND %s;", &firms, shared, error)
      || !read_parties (store, "SELECT id, title, NULL FROM opportunity WHERE %s;",
                        &opportunities, shared, error))
    return NULL;
  shared->found = g_new0 (guint8, MAX (shared->offsets->len, 1));

  rows = g_ptr_array_new_full (pending->len, g_object_unref);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *one = &g_array_index (pending, Pending, i);
      PslPlacementRow *row = one->row;
      Party *person = named_party (&people, one->person);
      Party *firm = named_party (&firms, one->firm);
      Party *opportunity = named_party (&opportunities, one->opportunity);
      const char *staff = one->staff_id != NULL ? one->staff_id : person != NULL ? person->staff_id : NULL;

      /* Of a person or firm deleted since: not shown. */
      if (person == NULL || firm == NULL)
        continue;
      row->shared = g_atomic_rc_box_acquire (shared);
      row->person = person;
      row->firm = firm;
      row->opportunity = opportunity;
      row->person_index = person->index;
      row->firm_index = firm->index;
      row->opportunity_index = opportunity != NULL ? opportunity->index : NO_PARTY;
      row->what = what_of (opportunity, one->contract, one->immersion, contract_labels);
      if (staff != NULL
          && !g_hash_table_lookup_extended (staff_names, staff, (gpointer *) &row->staff_id,
                                            (gpointer *) &row->staff_name))
        row->staff_id = g_intern_string (staff);   /* someone no longer in the team */
      g_ptr_array_add (rows, g_steal_pointer (&one->row));
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
psl_placement_list_load (PslStore          *store,
                         PslPlacementScope  part,
                         GError           **error)
{
  return load_where (store, part_condition (part), NULL, error);
}

/* The people walked in the order of their names' index, each one's
 * placements looked up, until there are enough: a few hundred rows read,
 * whatever the size of the file. */
GPtrArray *
psl_placement_list_load_first (PslStore  *store,
                               guint      n_rows,
                               GError   **error)
{
  g_autofree char *condition = g_strdup_printf (
    "id IN (SELECT pl.id FROM person p INDEXED BY person_name CROSS JOIN placement pl ON pl.person_id = p.id"
    "        WHERE p.deleted_at IS NULL AND pl.deleted_at IS NULL AND pl.%s"
    "        ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE LIMIT %u)",
    part_condition (PSL_PLACEMENTS_UNDER_WAY), n_rows);

  return load_where (store, condition, NULL, error);
}

GPtrArray *
psl_placement_list_load_rest (PslStore           *store,
                              PslPlacementScope   part,
                              GPtrArray          *earlier,
                              GError            **error)
{
  PslIdTable *read = psl_id_table_new ();
  g_autofree char *condition = g_strdup_printf ("%s AND NOT psl_in (?1, id)", part_condition (part));
  GPtrArray *rows;

  for (guint i = 0; earlier != NULL && i < earlier->len; i++)
    psl_id_table_number (read, psl_placement_row_get_id (g_ptr_array_index (earlier, i)), TRUE);
  rows = load_where (store, condition, read, error);
  psl_id_table_free (read);
  return rows;
}
