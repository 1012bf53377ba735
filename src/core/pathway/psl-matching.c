/* psl-matching.c — who fits an opportunity, and which opportunities fit a person, with the reasons
 *
 * A score out of 100 adds what the counsellor weighs (psl-matching.h):
 * the phase the person is ready for against the opportunity's, the
 * project against the job (its ROME code, else its words), the
 * competence grid of the person against the job's (seed 000), and being
 * free on the start date; each barrier still open takes a little off.
 * A mobility barrier with a firm in another département rules the
 * person out for now: they are listed last, with the reason.  Diplomas
 * are never weighed: matching is on skills.
 *
 * Every candidate is scored from one pass over a single query, with the
 * barriers, the placements under way and the grids read beforehand into
 * hash tables; the sentences are made for the first ones only, by the
 * same scoring function, so that what is said is what was counted.
 */

#define G_LOG_DOMAIN "psl-matching"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company-list.h"
#include "psl-competence.h"
#include "psl-format.h"
#include "psl-matching.h"
#include "psl-ref.h"
#include "psl-store-private.h"

/* The job side. */
typedef struct
{
  char              *id;
  char              *label;
  char              *company_id;
  int                phase;
  char              *rome;
  char             **words;      /* folded words of the title and trade */
  char              *start;      /* the start date, or today */
  char              *postcode;
  char              *commune;
  gboolean           has_grid;
  PslCompetenceGrid  grid;
  char              *grid_source;
} Job;

/* The person side, as read from a row of PERSON_SCAN or PERSON_ONE. */
typedef struct
{
  const char *id;
  const char *label;
  int         phase;             /* 0 when not set */
  const char *rome;
  const char *project;
  const char *available_from;
  const char *postcode;
  const char *commune;
  gboolean    licence;
} Candidate;

/* What is known of everyone at once. */
typedef struct
{
  GHashTable *barriers;    /* person id → barriers still open × 2, + 1 with a mobility one */
  GHashTable *barrier_labels;
  sqlite3_stmt *barrier_codes;  /* a person's open barriers, for the sentences */
  GStringChunk *ids;       /* the keys of the tables above */
  GHashTable *busy;        /* person id → "immersion" or "contract" */
  GHashTable *grids;       /* person id → PslCompetenceGrid */
  GPtrArray  *items;       /* PslCompetenceItem, for the names in the reasons */
  GHashTable *projects;    /* project text → whether its words name the job; many share one */
} Known;

/* Everyone still followed, read from the covering index person_followed
 * (migration 7), named: with the statistics of a large file, the planner
 * would rather search person_period by exited_on and read every row, six
 * times slower.  The name is read for the best only (PERSON_ONE). */
#define PERSON_SCAN \
  "SELECT id, NULL, coalesce(phase, 0), project_rome, project, available_from," \
  "       postcode, commune, coalesce(driving_licence, 0) FROM person INDEXED BY person_followed" \
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND exited_on IS NULL"
#define PERSON_ONE \
  "SELECT id, last_name || ' ' || first_name, coalesce(phase, 0), project_rome, project, available_from," \
  "       postcode, commune, coalesce(driving_licence, 0) FROM person" \
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND exited_on IS NULL"

static void
read_candidate (sqlite3_stmt *stmt,
                Candidate    *c)
{
  c->id = (const char *) sqlite3_column_text (stmt, 0);
  c->label = (const char *) sqlite3_column_text (stmt, 1);
  c->phase = sqlite3_column_int (stmt, 2);
  c->rome = (const char *) sqlite3_column_text (stmt, 3);
  c->project = (const char *) sqlite3_column_text (stmt, 4);
  c->available_from = (const char *) sqlite3_column_text (stmt, 5);
  c->postcode = (const char *) sqlite3_column_text (stmt, 6);
  c->commune = (const char *) sqlite3_column_text (stmt, 7);
  c->licence = sqlite3_column_int (stmt, 8);
}

void
psl_match_free (PslMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->id);
  g_free (match->label);
  g_free (match->company_id);
  g_clear_pointer (&match->reasons, g_ptr_array_unref);
  g_free (match);
}

static void
job_clear (Job *job)
{
  g_free (job->id);
  g_free (job->label);
  g_free (job->company_id);
  g_free (job->rome);
  g_strfreev (job->words);
  g_free (job->start);
  g_free (job->postcode);
  g_free (job->commune);
  g_free (job->grid_source);
}

static void
known_clear (Known *known)
{
  g_clear_pointer (&known->barriers, g_hash_table_unref);
  g_clear_pointer (&known->barrier_labels, g_hash_table_unref);
  g_clear_pointer (&known->barrier_codes, sqlite3_finalize);
  g_clear_pointer (&known->ids, g_string_chunk_free);
  g_clear_pointer (&known->busy, g_hash_table_unref);
  g_clear_pointer (&known->grids, g_hash_table_unref);
  g_clear_pointer (&known->items, g_ptr_array_unref);
  g_clear_pointer (&known->projects, g_hash_table_unref);
}

static void
say_to (GPtrArray  *reasons,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
say_to (GPtrArray  *reasons,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (reasons, g_strdup_vprintf (format, args));
  va_end (args);
}

/* A reason, written only when the reasons are asked for: ranking tens of
 * thousands of people, neither the translation of the text nor its
 * arguments are even worked out. */
#define say(reasons, ...) G_STMT_START { if ((reasons) != NULL) say_to ((reasons), __VA_ARGS__); } G_STMT_END

/* The département of a postcode: two characters, three overseas. */
static gboolean
same_departement (const char *a,
                  const char *b)
{
  gsize n;

  if (a == NULL || b == NULL || strlen (a) < 3 || strlen (b) < 3)
    return TRUE;   /* unknown: not presumed distant */
  n = g_str_has_prefix (a, "97") ? 3 : 2;
  return strncmp (a, b, n) == 0;
}

static int
score_phase (const Job       *job,
             const Candidate *c,
             GPtrArray       *reasons)
{
  if (c->phase == 0)
    {
      say (reasons, _("Pathway phase not set"));
      return 0;
    }
  if (c->phase == job->phase)
    {
      say (reasons, _("Ready for this phase"));
      return PSL_MATCH_PHASE_SAME;
    }
  if (ABS (c->phase - job->phase) == 1)
    {
      say (reasons, c->phase < job->phase ? _("One phase short of this one") : _("Already past this phase"));
      return PSL_MATCH_PHASE_NEAR;
    }
  say (reasons, _("At another phase of the pathway"));
  return 0;
}

static gboolean
words_meet (char * const *words,
            const char   *text)
{
  g_auto(GStrv) others = psl_fold_words (text);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    for (guint j = 0; strlen (words[i]) >= 4 && others[j] != NULL; j++)
      if (strcmp (words[i], others[j]) == 0)
        return TRUE;
  return FALSE;
}

/* Folding words is the dearest part of scoring a person: done once per
 * different project. */
static gboolean
project_names_job (const Job   *job,
                   const Known *known,
                   const char  *project)
{
  gpointer cached;

  if (g_hash_table_lookup_extended (known->projects, project, NULL, &cached))
    return GPOINTER_TO_INT (cached);
  cached = GINT_TO_POINTER (words_meet (job->words, project));
  g_hash_table_insert (known->projects, g_strdup (project), cached);
  return GPOINTER_TO_INT (cached);
}

static int
score_project (const Job       *job,
               const Candidate *c,
               const Known     *known,
               GPtrArray       *reasons)
{
  if (job->rome != NULL && c->rome != NULL && g_ascii_strcasecmp (job->rome, c->rome) == 0)
    {
      say (reasons, _("The project is this trade (%s)"), job->rome);
      return PSL_MATCH_PROJECT_SAME;
    }
  if (job->rome != NULL && c->rome != NULL && strlen (job->rome) >= 3 && g_ascii_strncasecmp (job->rome, c->rome, 3) == 0)
    {
      say (reasons, _("The project is in the same field (%s, the job %s)"), c->rome, job->rome);
      return PSL_MATCH_PROJECT_DOMAIN;
    }
  if (c->project != NULL && project_names_job (job, known, c->project))
    {
      say (reasons, _("The project (“%s”) names this job"), c->project);
      return PSL_MATCH_PROJECT_WORDS;
    }
  say (reasons, _("Another project"));
  return 0;
}

static int
score_competence (const Job       *job,
                  const Candidate *c,
                  const Known     *known,
                  GPtrArray       *reasons)
{
  const PslCompetenceGrid *grid = g_hash_table_lookup (known->grids, c->id);
  PslCompetenceGap gap;
  double fit;

  if (!job->has_grid)
    {
      say (reasons, _("No competence grid for this job"));
      return 0;
    }
  if (grid == NULL)
    {
      say (reasons, _("The person's competences are not rated yet"));
      return 0;
    }
  psl_competence_gap (grid, &job->grid, &gap);
  fit = psl_competence_fit (&gap);
  if (fit < 0)
    {
      say (reasons, _("Nothing to compare between the two grids"));
      return 0;
    }
  if (gap.n_short == 0)
    say (reasons, _("Meets every level the job asks (%u items)"), gap.n_compared);
  else if (known->items != NULL && gap.worst_item >= 0 && (guint) gap.worst_item < known->items->len)
    say (reasons, _("Meets %u of %u levels asked; most to gain in “%s”"), gap.n_compared - gap.n_short,
         gap.n_compared, ((PslCompetenceItem *) g_ptr_array_index (known->items, gap.worst_item))->label);
  return (int) (PSL_MATCH_COMPETENCE * fit + 0.5);
}

static int
score_availability (const Job       *job,
                    const Candidate *c,
                    const Known     *known,
                    GPtrArray       *reasons)
{
  const char *busy = g_hash_table_lookup (known->busy, c->id);

  if (busy != NULL)
    {
      say (reasons, g_strcmp0 (busy, "contract") == 0 ? _("Already in a contract") : _("Already in an immersion"));
      return 0;
    }
  if (c->available_from != NULL && strcmp (c->available_from, job->start) > 0)
    {
      g_autofree char *date = psl_format_date_short (c->available_from);
      say (reasons, _("Available from %s only"), date);
      return 0;
    }
  return PSL_MATCH_AVAILABLE;
}

static void
say_barriers (const Job       *job,
              const Candidate *c,
              const Known     *known,
              gboolean         distant,
              GPtrArray       *reasons)
{
  sqlite3_reset (known->barrier_codes);
  sqlite3_bind_text (known->barrier_codes, 1, c->id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (known->barrier_codes) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (known->barrier_codes, 0);
      const char *label = g_hash_table_lookup (known->barrier_labels, code);

      if (strcmp (code, "mobilite") == 0 && g_strcmp0 (job->commune, c->commune) != 0)
        say (reasons, distant ? _("Mobility barrier, and the firm is in another département (%s)")
                              : _("Mobility barrier, and the firm is in another commune (%s)"),
             job->commune != NULL ? job->commune : "?");
      else
        say (reasons, _("Barrier still open: %s"), label != NULL ? label : code);
    }
}

/* Barriers take off; a mobility barrier with a distant firm rules out. */
static int
score_barriers (const Job       *job,
                const Candidate *c,
                const Known     *known,
                gboolean        *blocked,
                GPtrArray       *reasons)
{
  int open = GPOINTER_TO_INT (g_hash_table_lookup (known->barriers, c->id));
  gboolean distant = !same_departement (job->postcode, c->postcode);

  *blocked = (open & 1) && distant;
  if (reasons != NULL)
    say_barriers (job, c, known, distant, reasons);
  if (!c->licence && distant)
    say (reasons, _("No driving licence, and the firm is in another département"));
  return MIN ((open / 2) * PSL_MATCH_BARRIER_EACH, PSL_MATCH_BARRIER_MAX);
}

/* The score of one candidate for one job; reasons (may be NULL) gets the
 * sentences, the strongest first. */
static int
score (const Job       *job,
       const Candidate *c,
       const Known     *known,
       gboolean        *blocked,
       GPtrArray       *reasons)
{
  int total = 0;

  *blocked = FALSE;
  total += score_project (job, c, known, reasons);
  total += score_phase (job, c, reasons);
  total += score_competence (job, c, known, reasons);
  total += score_availability (job, c, known, reasons);
  total -= score_barriers (job, c, known, blocked, reasons);
  return CLAMP (total, 0, 100);
}

/* How many barriers each person has still open, and whether one is about
 * mobility: counted from the index alone (barrier_open).  Which ones is
 * read again for the few people whose ranking is put in words. */
static gboolean
read_barriers (PslStore   *store,
               const char *person_id,
               Known      *known,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT person_id, count(*) * 2 + max(code = 'mobilite') FROM barrier"
    " WHERE status <> 'lifted' AND deleted_at IS NULL AND (?1 IS NULL OR person_id = ?1)"
    " GROUP BY person_id;", error);
  g_autoptr(GPtrArray) labels = psl_ref_list (store, "barrier", NULL, NULL);

  if (stmt == NULL ||
      (known->barrier_codes = psl_store_prepare (store,
         "SELECT code FROM barrier WHERE person_id = ?1 AND status <> 'lifted' AND deleted_at IS NULL"
         " ORDER BY code <> 'mobilite', code;", error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  known->barriers = g_hash_table_new (g_str_hash, g_str_equal);
  known->barrier_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (labels, i);

      g_hash_table_insert (known->barrier_labels, g_strdup (item->code), g_strdup (item->label));
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (known->barriers,
                         g_string_chunk_insert (known->ids, (const char *) sqlite3_column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  return TRUE;
}

static gboolean
read_busy (PslStore   *store,
           const char *person_id,
           const char *today,
           Known      *known,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT person_id, stage FROM placement"
    " WHERE stage IN ('immersion', 'contract') AND deleted_at IS NULL"
    "   AND coalesce(end_date, planned_end, '9999') >= ?2 AND (?1 IS NULL OR person_id = ?1);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  known->busy = g_hash_table_new (g_str_hash, g_str_equal);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (known->busy,
                         g_string_chunk_insert (known->ids, (const char *) sqlite3_column_text (stmt, 0)),
                         (gpointer) (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "contract") == 0
                                     ? "contract" : "immersion"));
  return TRUE;
}

/* The latest grid of every person (or of one). */
static gboolean
read_grids (PslStore   *store,
            const char *person_id,
            Known      *known,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "WITH latest AS (SELECT e.person_id, e.id FROM competence_evaluation e"
    "                 WHERE e.person_id IS NOT NULL AND e.deleted_at IS NULL AND (?1 IS NULL OR e.person_id = ?1)"
    "                   AND e.id = (SELECT x.id FROM competence_evaluation x"
    "                                WHERE x.person_id = e.person_id AND x.deleted_at IS NULL"
    "                                ORDER BY x.evaluated_on DESC, x.created_at DESC LIMIT 1))"
    "SELECT latest.person_id, r.item_code, r.level FROM latest"
    "  JOIN competence_rating r ON r.evaluation_id = latest.id;", error);
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);

  if (stmt == NULL || (known->items = psl_competence_items (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < known->items->len; i++)
    g_hash_table_insert (positions, ((PslCompetenceItem *) g_ptr_array_index (known->items, i))->code,
                         GUINT_TO_POINTER (i + 1));
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  known->grids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, sqlite3_column_text (stmt, 1)));
      PslCompetenceGrid *grid = g_hash_table_lookup (known->grids, id);

      if (grid == NULL)
        {
          grid = g_new (PslCompetenceGrid, 1);
          psl_competence_grid_init (grid, MIN (known->items->len, PSL_COMPETENCE_MAX_ITEMS));
          g_hash_table_insert (known->grids, g_strdup (id), grid);
        }
      if (position > 0 && position <= grid->n_items)
        grid->levels[position - 1] = sqlite3_column_int (stmt, 2);
    }
  return TRUE;
}

/* The grids of everyone are read only when the job has one to compare
 * with: they are the bulk of the reading. */
static gboolean
read_known (PslStore   *store,
            const char *person_id,
            const char *today,
            gboolean    with_grids,
            Known      *known,
            GError    **error)
{
  known->projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known->ids = g_string_chunk_new (64 * 1024);
  if (!with_grids)
    {
      known->grids = g_hash_table_new (g_str_hash, g_str_equal);
      known->items = psl_competence_items (store, NULL);
    }
  return read_barriers (store, person_id, known, error) &&
         read_busy (store, person_id, today, known, error) &&
         (!with_grids || read_grids (store, person_id, known, error));
}

#define JOB_SELECT \
  "SELECT o.id, o.title || ' — ' || coalesce(c.trade_name, c.legal_name), o.company_id, o.phase," \
  "       coalesce(o.rome_code, (SELECT t.rome_code FROM company_trade t WHERE t.company_id = o.company_id" \
  "                               AND t.label = o.trade COLLATE NOCASE AND t.deleted_at IS NULL LIMIT 1))," \
  "       o.title || ' ' || coalesce(o.trade, ''), coalesce(o.start_date, ?2), c.postcode, c.commune" \
  "  FROM opportunity o JOIN company c ON c.id = o.company_id"

static void
read_job (sqlite3_stmt *stmt,
          const char   *today,
          Job          *job)
{
  job->id = psl_column_dup (stmt, 0);
  job->label = psl_column_dup (stmt, 1);
  job->company_id = psl_column_dup (stmt, 2);
  job->phase = sqlite3_column_int (stmt, 3);
  job->rome = psl_column_dup (stmt, 4);
  job->words = psl_fold_words ((const char *) sqlite3_column_text (stmt, 5));
  /* An opportunity that has begun is taken from today. */
  job->start = g_strdup (strcmp ((const char *) sqlite3_column_text (stmt, 6), today) > 0
                         ? (const char *) sqlite3_column_text (stmt, 6) : today);
  job->postcode = psl_column_dup (stmt, 7);
  job->commune = psl_column_dup (stmt, 8);
}

static PslMatch *
make_match (const char *id,
            const char *label,
            const char *company_id,
            int         points,
            gboolean    blocked,
            GPtrArray  *reasons)
{
  PslMatch *match = g_new0 (PslMatch, 1);

  match->id = g_strdup (id);
  match->label = g_strdup (label);
  match->company_id = g_strdup (company_id);
  match->score = points;
  match->blocked = blocked;
  match->reasons = reasons != NULL ? g_ptr_array_ref (reasons) : NULL;
  return match;
}

/* Not blocked first, then the best, then by name. */
static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const PslMatch *x = *(PslMatch **) a;
  const PslMatch *y = *(PslMatch **) b;

  if (x->blocked != y->blocked)
    return x->blocked - y->blocked;
  if (x->score != y->score)
    return y->score - x->score;
  return g_utf8_collate (x->label, y->label);
}

/* The same order, with names compared byte by byte: collating tens of
 * thousands of names costs more than all the scoring. */
static int
compare_matches_fast (gconstpointer a,
                      gconstpointer b)
{
  const PslMatch *x = *(PslMatch **) a;
  const PslMatch *y = *(PslMatch **) b;

  if (x->blocked != y->blocked)
    return x->blocked - y->blocked;
  if (x->score != y->score)
    return y->score - x->score;
  return strcmp (x->label, y->label);
}

static void
keep_best (GPtrArray *matches,
           guint      limit)
{
  g_ptr_array_sort (matches, compare_matches_fast);
  if (limit > 0 && matches->len > limit)
    g_ptr_array_remove_range (matches, limit, matches->len - limit);
  g_ptr_array_sort (matches, compare_matches);
}

/* A person's score before the sentences; the id lives in a chunk.  The
 * name is read with the sentences, for the few kept: among equals at the
 * edge of the limit, the choice goes by id. */
typedef struct
{
  const char *id;
  int         score;
  gboolean    blocked;
} Scored;

/* Best first: not blocked, then by score; 0 to 201. */
static guint
rank_of (const Scored *scored)
{
  return (scored->blocked ? 101 : 0) + (guint) (100 - scored->score);
}

/* The limit best of all, in order, without sorting all of them: a count
 * by rank finds the last rank kept, and only what is kept is sorted. */
static void
select_best (GArray    *all,
             guint      limit,
             GPtrArray *matches)
{
  guint counts[202] = { 0 };
  guint last = 201, kept = 0;

  for (guint i = 0; i < all->len; i++)
    counts[rank_of (&g_array_index (all, Scored, i))]++;
  if (limit > 0)
    for (last = 0; last < 201; last++)
      if ((kept += counts[last]) >= limit)
        break;
  for (guint i = 0; i < all->len; i++)
    {
      const Scored *scored = &g_array_index (all, Scored, i);

      if (rank_of (scored) <= last)
        g_ptr_array_add (matches, make_match (scored->id, scored->id, NULL, scored->score, scored->blocked, NULL));
    }
  keep_best (matches, limit);
}

GPtrArray *
psl_matching_for_opportunity (PslStore   *store,
                              const char *opportunity_id,
                              const char *today,
                              guint       limit,
                              GError    **error)
{
  g_autoptr(sqlite3_stmt) job_stmt = psl_store_prepare (store, JOB_SELECT " WHERE o.id = ?1 AND o.deleted_at IS NULL;",
                                                        error);
  g_autoptr(sqlite3_stmt) people = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_match_free);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Scored));
  GStringChunk *chunk = NULL;
  Job job = { 0 };
  Known known = { 0 };
  Candidate c;
  int rc;

  if (job_stmt == NULL)
    return NULL;
  sqlite3_bind_text (job_stmt, 1, opportunity_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (job_stmt, 2, today, -1, SQLITE_STATIC);
  if (sqlite3_step (job_stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This opportunity is no longer in the database."));
      return NULL;
    }
  read_job (job_stmt, today, &job);
  /* Made once the opportunity is found: the returns above would leak it. */
  chunk = g_string_chunk_new (64 * 1024);
  job.has_grid = psl_competence_for_job (store, opportunity_id, &job.grid, &job.grid_source, NULL);

  if (!read_known (store, NULL, today, job.has_grid, &known, error) ||
      (people = psl_store_prepare (store, PERSON_SCAN ";", error)) == NULL)
    goto failed;

  /* Everyone scored without words; the sentences for the best only. */
  while ((rc = sqlite3_step (people)) == SQLITE_ROW)
    {
      Scored scored;

      read_candidate (people, &c);
      scored.score = score (&job, &c, &known, &scored.blocked, NULL);
      scored.id = g_string_chunk_insert (chunk, c.id);
      g_array_append_val (all, scored);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Matching"));
      goto failed;
    }
  select_best (all, limit, matches);

  {
    g_autoptr(sqlite3_stmt) one = psl_store_prepare (store, PERSON_ONE " AND id = ?1;", error);

    for (guint i = 0; one != NULL && i < matches->len; i++)
      {
        PslMatch *match = g_ptr_array_index (matches, i);
        gboolean blocked;

        sqlite3_reset (one);
        sqlite3_bind_text (one, 1, match->id, -1, SQLITE_TRANSIENT);
        if (sqlite3_step (one) != SQLITE_ROW)
          continue;
        match->reasons = g_ptr_array_new_with_free_func (g_free);
        read_candidate (one, &c);
        g_free (match->label);
        match->label = g_strdup (c.label);
        score (&job, &c, &known, &blocked, match->reasons);
      }
    g_ptr_array_sort (matches, compare_matches);
  }
  job_clear (&job);
  known_clear (&known);
  g_string_chunk_free (chunk);
  return g_steal_pointer (&matches);

failed:
  job_clear (&job);
  known_clear (&known);
  g_string_chunk_free (chunk);
  return NULL;
}

GPtrArray *
psl_matching_for_person (PslStore   *store,
                         const char *person_id,
                         const char *today,
                         guint       limit,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) person = psl_store_prepare (store, PERSON_ONE " AND id = ?1;", error);
  g_autoptr(sqlite3_stmt) jobs = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_match_free);
  Known known = { 0 };
  Candidate c;
  int rc;

  if (person == NULL)
    return NULL;
  sqlite3_bind_text (person, 1, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (person) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This person is no longer followed: exited, merged or deleted."));
      return NULL;
    }
  read_candidate (person, &c);
  if (!read_known (store, person_id, today, TRUE, &known, error) ||
      (jobs = psl_store_prepare (store, JOB_SELECT
                                 " WHERE o.status = 'open' AND o.deleted_at IS NULL AND c.deleted_at IS NULL"
                                 "   AND coalesce(o.end_date, '9999') >= ?2;", error)) == NULL)
    goto failed;
  sqlite3_bind_text (jobs, 2, today, -1, SQLITE_STATIC);

  /* The grids of the jobs are read for the best ones only: scored first
   * without them, then again with them. */
  while ((rc = sqlite3_step (jobs)) == SQLITE_ROW)
    {
      Job job = { 0 };
      gboolean blocked;
      int points;

      read_job (jobs, today, &job);
      /* What the project's words meet depends on the job. */
      g_hash_table_remove_all (known.projects);
      points = score (&job, &c, &known, &blocked, NULL);
      g_ptr_array_add (matches, make_match (job.id, job.label, job.company_id, points, blocked, NULL));
      job_clear (&job);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Matching"));
      goto failed;
    }
  keep_best (matches, limit > 0 ? limit * 4 : 0);

  {
    g_autoptr(sqlite3_stmt) one = psl_store_prepare (store, JOB_SELECT " WHERE o.id = ?1;", error);

    for (guint i = 0; one != NULL && i < matches->len; i++)
      {
        PslMatch *match = g_ptr_array_index (matches, i);
        Job job = { 0 };

        sqlite3_reset (one);
        sqlite3_bind_text (one, 1, match->id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (one, 2, today, -1, SQLITE_STATIC);
        if (sqlite3_step (one) != SQLITE_ROW)
          continue;
        read_job (one, today, &job);
        match->reasons = g_ptr_array_new_with_free_func (g_free);
        g_hash_table_remove_all (known.projects);
        job.has_grid = psl_competence_for_job (store, job.id, &job.grid, &job.grid_source, NULL);
        match->score = score (&job, &c, &known, &match->blocked, match->reasons);
        job_clear (&job);
      }
  }
  keep_best (matches, limit);
  known_clear (&known);
  return g_steal_pointer (&matches);

failed:
  known_clear (&known);
  return NULL;
}
