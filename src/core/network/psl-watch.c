/* psl-watch.c — the local economic watch: settlements, closures, projects read in the press or studies
 *
 * Annexe 3, I.B: "Assurer une veille prospective sur l'environnement
 * économique local en vue de saisir de nouvelles solutions pour les
 * bénéficiaires"; seed 004: "établir une veille prospective (en lisant la
 * presse, par exemple)".  An entry is tied to a firm of the network or
 * names one that is not yet in it; it is worth something once it becomes
 * an opportunity or a visit, made here with the firm's own records and
 * kept linked both ways: the entry says what it became, the opportunity
 * says it came from the watch.
 */

#define G_LOG_DOMAIN "psl-watch"

#include "config.h"

#include <string.h>

#include "psl-i18n.h"

#include "psl-company.h"
#include "psl-format.h"
#include "psl-interaction.h"
#include "psl-ref.h"
#include "psl-watch.h"
#include "psl-store-private.h"

static const char *kinds[] = { "settlement", "closure", "extension", "project", NULL };

const char *const psl_watch_kind_choices[] = {
  "settlement", N_("Settlement"),
  "closure",    N_("Closure"),
  "extension",  N_("Extension"),
  "project",    N_("Project"),
  NULL
};

const PslField psl_watch_fields[] = {
  { "kind",       PSL_FIELD_CHOICE,   N_("Kind of news"), NULL, kinds, psl_watch_kind_choices },
  { "noted_on",   PSL_FIELD_DATE,     N_("Date") },
  { "source",     PSL_FIELD_TEXT,     N_("Source") },
  { "summary",    PSL_FIELD_REQUIRED, N_("Summary") },
  { "commune",    PSL_FIELD_TEXT,     N_("Commune") },
  { "company_id", PSL_FIELD_ID,       N_("Firm of the network") },
  { "firm_name",  PSL_FIELD_TEXT,     N_("Firm not yet in the network") },
  { NULL }
};

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_summary (const char *summary,
               GError    **error)
{
  if (summary != NULL && g_utf8_strlen (summary, -1) > PSL_WATCH_SUMMARY_MAX)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The summary is too long: %ld characters, at most %d. Say what was read in a few lines "
                     "and name the source."), g_utf8_strlen (summary, -1), PSL_WATCH_SUMMARY_MAX);
      return FALSE;
    }
  return TRUE;
}

static gboolean
blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

char *
psl_watch_create (PslStore   *store,
                  const char *kind,
                  const char *noted_on,
                  const char *summary,
                  const char *company_id,
                  const char *firm_name,
                  GError    **error)
{
  const char *columns[] = { "kind", "noted_on", "summary", "company_id", "firm_name", NULL };
  const char *values[] = { kind, noted_on, summary, company_id, firm_name, NULL };

  if (blank (kind))
    return invalid (error, _("Say what the news is: a settlement, a closure, an extension or a project.")), NULL;
  if (blank (noted_on))
    return invalid (error, _("Give the date of the news.")), NULL;
  if (blank (company_id) && blank (firm_name))
    return invalid (error, _("Choose the firm of the network, or name the firm that is not yet in it.")), NULL;
  if (!check_summary (summary, error))
    return NULL;
  return psl_record_insert (store, "watch_entry", psl_watch_fields, NULL, NULL, columns, values, error);
}

char *
psl_watch_create_from_form (PslStore           *store,
                            const char         *parent_id,
                            const char * const *columns,
                            const char * const *values,
                            GError            **error)
{
  return psl_watch_create (store, psl_record_value_of (columns, values, "kind"),
                           psl_record_value_of (columns, values, "noted_on"),
                           psl_record_value_of (columns, values, "summary"),
                           psl_record_value_of (columns, values, "company_id"),
                           psl_record_value_of (columns, values, "firm_name"), error);
}

gboolean
psl_watch_check_form (GHashTable  *values,
                      const char **refused_column,
                      GError     **error)
{
  *refused_column = "noted_on";
  if (blank (g_hash_table_lookup (values, "noted_on")))
    return invalid (error, _("Give the date of the news."));
  *refused_column = "firm_name";
  if (blank (g_hash_table_lookup (values, "company_id")) && blank (g_hash_table_lookup (values, "firm_name")))
    return invalid (error, _("Choose the firm of the network, or name the firm that is not yet in it."));
  *refused_column = "summary";
  return check_summary (g_hash_table_lookup (values, "summary"), error);
}

gboolean
psl_watch_set (PslStore   *store,
               const char *id,
               const char *column,
               const char *value,
               GError    **error)
{
  if (g_strcmp0 (column, "summary") == 0 && !check_summary (value, error))
    return FALSE;
  return psl_record_set (store, "watch_entry", psl_watch_fields, id, column, value, error);
}

void
psl_watch_line_free (PslWatchLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->kind);
  g_free (line->kind_label);
  g_free (line->noted_on);
  g_free (line->source);
  g_free (line->summary);
  g_free (line->commune);
  g_free (line->company_id);
  g_free (line->firm);
  g_free (line->opportunity_id);
  g_free (line->opportunity_title);
  g_free (line->interaction_id);
  g_free (line->visit_on);
  g_free (line);
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  PslWatchLine *line = g_new0 (PslWatchLine, 1);
  const char *label;

  line->id = psl_column_dup (stmt, 0);
  line->kind = psl_column_dup (stmt, 1);
  label = psl_choice_label (psl_watch_kind_choices, line->kind);
  line->kind_label = g_strdup (label != NULL ? _(label) : line->kind);
  line->noted_on = psl_column_dup (stmt, 2);
  line->source = psl_column_dup (stmt, 3);
  line->summary = psl_column_dup (stmt, 4);
  line->commune = psl_column_dup (stmt, 5);
  line->company_id = psl_column_dup (stmt, 6);
  line->firm = psl_column_dup (stmt, 7);
  line->opportunity_id = psl_column_dup (stmt, 8);
  line->opportunity_title = psl_column_dup (stmt, 9);
  line->interaction_id = psl_column_dup (stmt, 10);
  line->visit_on = psl_column_dup (stmt, 11);
  return line;
}

#define WATCH_SELECT \
  "SELECT w.id, w.kind, w.noted_on, w.source, w.summary, w.commune, c.id," \
  "       coalesce(c.trade_name, c.legal_name, w.firm_name), o.id, o.title, i.id, substr(i.occurred_at, 1, 10)" \
  "  FROM watch_entry w" \
  "  LEFT JOIN company c ON c.id = w.company_id AND c.deleted_at IS NULL" \
  "  LEFT JOIN opportunity o ON o.id = w.opportunity_id AND o.deleted_at IS NULL" \
  "  LEFT JOIN interaction i ON i.id = w.interaction_id AND i.deleted_at IS NULL"

/* The entries, the latest news first. */
GPtrArray *
psl_watch_list (PslStore  *store,
                GError   **error)
{
  return psl_store_collect (store, WATCH_SELECT " WHERE w.deleted_at IS NULL ORDER BY w.noted_on DESC, w.created_at DESC;",
                            NULL, read_line, (GDestroyNotify) psl_watch_line_free, _("Reading the local watch"), error);
}

PslWatchLine *
psl_watch_load (PslStore   *store,
                const char *id,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store, WATCH_SELECT " WHERE w.id = ?1 AND w.deleted_at IS NULL;",
                                                    id, _("Reading the local watch"), error);

  if (stmt == NULL)
    {
      if (error != NULL && *error == NULL)
        invalid (error, _("This entry of the watch is no longer recorded: look at the list again."));
      return NULL;
    }
  return read_line (stmt);
}

/* What the entry became, as a line under it; NULL while nothing. */
char *
psl_watch_line_outcome (const PslWatchLine *line)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (line->opportunity_id != NULL)
    {
      /* Translators: what an entry of the local watch became */
      g_autofree char *part = g_strdup_printf (_("Became the opportunity “%s”"), line->opportunity_title);

      psl_append_part (text, part);
    }
  if (line->interaction_id != NULL)
    {
      g_autofree char *date = psl_format_date (line->visit_on);
      g_autofree char *part = g_strdup_printf (line->opportunity_id != NULL ? _("visit on %s") : _("Became a visit on %s"),
                                               date);

      psl_append_part (text, part);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The firm of the entry, made in the network from its name when it is
 * not there yet (or found there, made since by someone else), and tied
 * to the entry.  In the caller's transaction. */
static char *
entry_firm (PslStore     *store,
            PslWatchLine *line,
            GError      **error)
{
  g_autofree char *company_id = NULL;
  g_autoptr(sqlite3_stmt) tie = NULL;

  if (line->company_id != NULL)
    return g_strdup (line->company_id);
  if (blank (line->firm))
    return invalid (error, _("Choose the firm of the network, or name the firm that is not yet in it.")), NULL;
  company_id = psl_company_find_duplicate (store, NULL, line->firm, NULL);
  if (company_id == NULL)
    {
      company_id = psl_company_create (store, line->firm, NULL, NULL, error);
      if (company_id == NULL)
        return NULL;
      if (line->commune != NULL && !psl_company_set (store, company_id, "commune", line->commune, error))
        return NULL;
    }
  tie = psl_store_prepare (store, "UPDATE watch_entry SET company_id = ?2,"
                                  " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1;", error);
  if (tie == NULL)
    return NULL;
  sqlite3_bind_text (tie, 1, line->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (tie, 2, company_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, tie, error))
    return NULL;
  return g_steal_pointer (&company_id);
}

/* "Watch of 12/03/2026 (La Dépêche): …", for the record made from it. */
static char *
origin_text (const PslWatchLine *line)
{
  g_autofree char *date = psl_format_date (line->noted_on);

  if (line->source != NULL)
    /* Translators: the note of an opportunity or a visit made from the local watch */
    return g_strdup_printf (_("Local watch of %s (%s): %s"), date, line->source, line->summary);
  return g_strdup_printf (_("Local watch of %s: %s"), date, line->summary);
}

static gboolean
link_entry (PslStore   *store,
            const char *entry_id,
            const char *column,
            const char *record_id,
            GError    **error)
{
  /* column is one of the two this file names. */
  g_autofree char *sql = g_strdup_printf ("UPDATE watch_entry SET %s = ?2,"
                                          " updated_at = strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now') WHERE id = ?1;",
                                          column);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, entry_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* The title of an opportunity from an entry: its summary's first line, cut. */
static char *
opportunity_title (const PslWatchLine *line)
{
  g_auto(GStrv) lines = g_strsplit (line->summary, "\n", 2);
  g_autofree char *first = g_strstrip (g_strdup (lines[0]));

  if (g_utf8_strlen (first, -1) > 80)
    {
      g_autofree char *cut = g_utf8_substring (first, 0, 79);

      return g_strdup_printf ("%s…", g_strchomp (cut));
    }
  return g_steal_pointer (&first);
}

/* Whether the entry already became a record of the kind column ties;
 * says so in error. */
static gboolean
already_became (const PslWatchLine *line,
                const char         *column,
                GError            **error)
{
  if (line->opportunity_id != NULL && strcmp (column, "opportunity_id") == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                   _("This news already became the opportunity “%s”: open it from the firm's page."),
                   line->opportunity_title);
      return TRUE;
    }
  if (line->interaction_id != NULL && strcmp (column, "interaction_id") == 0)
    {
      g_autofree char *date = psl_format_date (line->visit_on);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                   _("This news already became a visit on %s: it is in the firm's journal."), date);
      return TRUE;
    }
  return FALSE;
}

/* Makes a record of the firm from the entry: the firm's id, the entry
 * and its text; returns the record's id. */
typedef char *(*PslWatchMake) (PslStore           *store,
                               const PslWatchLine *line,
                               const char         *company_id,
                               const char         *text,
                               const char         *on,
                               GError            **error);

/* Turns the entry into a record made by make, once only: at the entry's
 * firm (made in the network when needed), in one transaction, the entry
 * tied to the record through column. */
static char *
turn_entry (PslStore    *store,
            const char  *id,
            const char  *column,
            PslWatchMake make,
            const char  *on,
            GError     **error)
{
  g_autoptr(PslWatchLine) line = psl_watch_load (store, id, error);
  g_autofree char *company_id = NULL;
  g_autofree char *made = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (line == NULL)
    return NULL;
  if (already_became (line, column, error))
    return NULL;
  if (!psl_store_begin (store, error))
    return NULL;
  text = origin_text (line);
  ok = (company_id = entry_firm (store, line, error)) != NULL
       && (made = make (store, line, company_id, text, on, error)) != NULL
       && link_entry (store, id, column, made, error);
  if (!ok || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&made);
}

/* An opportunity of employment, proposed on the day, from the watch. */
static char *
make_opportunity (PslStore           *store,
                  const PslWatchLine *line,
                  const char         *company_id,
                  const char         *text,
                  const char         *on,
                  GError            **error)
{
  g_autofree char *title = opportunity_title (line);
  g_autofree char *id = psl_opportunity_create (store, company_id, PSL_PHASE_EMPLOYMENT, title, on, error);

  if (id == NULL || !psl_opportunity_set (store, id, "notes", text, error)
      || (psl_ref_has_code (store, "opportunity_origin", "veille")
          && !psl_opportunity_set (store, id, "origin", "veille", error)))
    return NULL;
  return g_steal_pointer (&id);
}

/* A visit in the firm's journal, its purpose the news. */
static char *
make_visit (PslStore           *store,
            const PslWatchLine *line,
            const char         *company_id,
            const char         *text,
            const char         *on,
            GError            **error)
{
  g_autofree char *id = psl_interaction_create (store, company_id, "visite", on, NULL, error);

  if (id == NULL || !psl_interaction_set (store, id, "purpose", text, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* Returns the opportunity's id, for its form to be completed. */
char *
psl_watch_to_opportunity (PslStore   *store,
                          const char *id,
                          const char *today,
                          GError    **error)
{
  return turn_entry (store, id, "opportunity_id", make_opportunity, today, error);
}

char *
psl_watch_to_visit (PslStore   *store,
                    const char *id,
                    const char *visit_on,
                    GError    **error)
{
  return turn_entry (store, id, "interaction_id", make_visit, visit_on, error);
}

gboolean
psl_watch_tie (PslStore   *store,
               const char *id,
               const char *record_id,
               gboolean    visit,
               GError    **error)
{
  g_autoptr(PslWatchLine) line = psl_watch_load (store, id, error);
  const char *column = visit ? "interaction_id" : "opportunity_id";
  g_autoptr(sqlite3_stmt) owner = NULL;
  g_autoptr(GError) local_error = NULL;

  if (line == NULL || already_became (line, column, error))
    return FALSE;
  owner = psl_store_row_for (store, visit ? "SELECT company_id FROM interaction WHERE id = ?1 AND deleted_at IS NULL"
                                            "   AND kind = 'visite';"
                                          : "SELECT company_id FROM opportunity WHERE id = ?1 AND deleted_at IS NULL;",
                             record_id, _("Reading the local watch"), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (owner == NULL || line->company_id == NULL
      || g_strcmp0 ((const char *) sqlite3_column_text (owner, 0), line->company_id) != 0)
    return invalid (error, visit ? _("Choose a visit to the firm of this news.")
                                 : _("Choose an opportunity of the firm of this news."));
  return link_entry (store, id, column, record_id, error);
}
