/* psl-partnership-method.c — the seven steps of the FNARS partnership method, followed on one partnership
 *
 * Seed 002 (« Construire des partenariats », FNARS) builds a partnership in
 * seven steps, from the analysis of the territory to « faire vivre et
 * essaimer ».  Most of what a step needs is already a record of the
 * program: the Annexe 3 diagnostic the team answered (steps 1 and 2), the
 * interactions and events with the partner (4), the partnership's roadmap
 * (5), its pilot and formal instrument (6), its reviews (7).  The table
 * partnership_method keeps only what the method adds, and a step is done
 * when nothing is left in it, so that the list of what is left is the one
 * rule for the window, the printed file and the tests.
 */

#define G_LOG_DOMAIN "psl-partnership-method"

#include "config.h"

#include <string.h>

#include "psl-i18n.h"

#include "psl-diagnostic.h"
#include "psl-format.h"
#include "psl-partnership-method.h"
#include "psl-store-private.h"

const PslMethodChoice psl_method_cooperation_kinds[] = {
  { "parcours", N_("Support for insertion pathways / finding routes into work for the employees in insertion") },
  { "cooperation_economique", N_("Economic cooperation: joint answers to calls for tenders, a joint or "
                                 "complementary offer of services or goods") },
  { "prestations", N_("Services sold and responsible purchasing policies") },
  { "creation_activite", N_("Joint creation of an activity / of a service") },
  { "mecenat", N_("Sponsorship (mécénat)") },
  { "partage_expertise", N_("Sharing of expertise") },
  { NULL }
};

const PslMethodChoice psl_method_cooperation_logics[] = {
  { "publique", N_("Public logic") },
  { "marchande", N_("Market logic") },
  { "reciprocite", N_("Logic of reciprocity") },
  { NULL }
};

const char *
psl_method_choice_label (const PslMethodChoice *choices,
                         const char            *code)
{
  for (guint i = 0; code != NULL && choices[i].code != NULL; i++)
    if (strcmp (choices[i].code, code) == 0)
      return _(choices[i].label);
  return NULL;
}

static void
entry_free (PslMethodEntry *entry)
{
  g_free (entry->day);
  g_free (entry->what);
  g_free (entry->text);
  g_free (entry);
}

void
psl_partnership_method_free (PslPartnershipMethod *m)
{
  if (m == NULL)
    return;
  g_free (m->partnership_id);
  g_free (m->with_name);
  g_free (m->with_id);
  g_free (m->type_label);
  g_free (m->instrument);
  g_free (m->instrument_label);
  g_free (m->start_date);
  g_free (m->end_date);
  g_free (m->review_on);
  g_free (m->pilot_name);
  g_free (m->roadmap);
  g_free (m->territory_needs);
  g_free (m->structure_analysis);
  g_free (m->strategy);
  g_free (m->cooperation_kind);
  g_free (m->cooperation_logic);
  g_free (m->exchanges);
  g_free (m->coordination);
  g_free (m->launched_on);
  g_free (m->spreading);
  g_clear_pointer (&m->territory_answers, g_ptr_array_unref);
  g_clear_pointer (&m->contacts, g_ptr_array_unref);
  g_clear_pointer (&m->reviews, g_ptr_array_unref);
  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    g_clear_pointer (&m->steps[i].left, g_ptr_array_unref);
  g_free (m);
}

static gpointer
read_entry (sqlite3_stmt *stmt)
{
  PslMethodEntry *entry = g_new0 (PslMethodEntry, 1);

  entry->day = psl_column_dup (stmt, 0);
  entry->what = psl_column_dup (stmt, 1);
  entry->text = psl_column_dup (stmt, 2);
  return entry;
}

static void
set_error_not_found (GError **error)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                       _("This partnership is not in the database (or no longer): choose it again from the "
                         "partner’s or the firm’s page."));
}

static gboolean
read_partnership (PslStore             *store,
                  PslPartnershipMethod *m,
                  GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    psl_store_row_for (store,
                       "SELECT coalesce(p.name, c.legal_name), s.partner_id IS NOT NULL,"
                       "       coalesce(s.partner_id, s.company_id), coalesce(t.label, s.cooperation_type),"
                       "       s.instrument, i.label, s.start_date, s.end_date, s.review_on,"
                       "       nullif(trim(coalesce(st.first_name, '') || ' ' || coalesce(st.last_name, '')), ''),"
                       "       s.roadmap, m.territory_needs, m.structure_analysis, m.strategy, m.cooperation_kind,"
                       "       m.cooperation_logic, m.exchanges, m.coordination, m.launched_on, m.spreading"
                       "  FROM partnership s"
                       "  LEFT JOIN partner p ON p.id = s.partner_id"
                       "  LEFT JOIN company c ON c.id = s.company_id"
                       "  LEFT JOIN ref_item t ON t.list_code = 'cooperation_type' AND t.code = s.cooperation_type"
                       "  LEFT JOIN ref_item i ON i.list_code = 'instrument' AND i.code = s.instrument"
                       "  LEFT JOIN staff st ON st.id = s.our_staff_id"
                       "  LEFT JOIN partnership_method m ON m.id = s.id AND m.deleted_at IS NULL"
                       " WHERE s.id = ?1 AND s.deleted_at IS NULL;",
                       m->partnership_id, _("Reading the partnership"), error);
  char **texts[] = { &m->territory_needs, &m->structure_analysis, &m->strategy, &m->cooperation_kind,
                     &m->cooperation_logic, &m->exchanges, &m->coordination, &m->launched_on, &m->spreading };

  if (stmt == NULL)
    {
      if (error == NULL || *error == NULL)
        set_error_not_found (error);
      return FALSE;
    }
  m->with_name = psl_column_dup (stmt, 0);
  m->with_partner = sqlite3_column_int (stmt, 1) != 0;
  m->with_id = psl_column_dup (stmt, 2);
  m->type_label = psl_column_dup (stmt, 3);
  m->instrument = psl_column_dup (stmt, 4);
  m->instrument_label = psl_column_dup (stmt, 5);
  m->start_date = psl_column_dup (stmt, 6);
  m->end_date = psl_column_dup (stmt, 7);
  m->review_on = psl_column_dup (stmt, 8);
  m->pilot_name = psl_column_dup (stmt, 9);
  m->roadmap = psl_column_dup (stmt, 10);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    *texts[i] = psl_column_dup (stmt, 11 + (int) i);
  return TRUE;
}

/* "Oui : 2, Non : 1" and each text with its author. */
static char *
summarise_answer (const PslDiagnosticQuestion *question,
                  JsonObject                  *answer)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *counts = json_object_get_object_member (answer, "counts");
  JsonArray *texts = json_object_get_array_member (answer, "texts");

  for (guint i = 0; counts != NULL && question->options != NULL && i < question->options->len; i++)
    {
      const PslDiagnosticOption *option = g_ptr_array_index (question->options, i);
      gint64 n = json_object_get_int_member_with_default (counts, option->code, 0);
      g_autofree char *part = NULL;

      if (n == 0)
        continue;
      /* Translators: an option of the diagnostic and how many chose it, "Oui : 2" */
      part = g_strdup_printf (_("%1$s: %2$u"), option->label, (guint) n);
      psl_append_separated (text, ", ", part);
    }
  for (guint i = 0; texts != NULL && i < json_array_get_length (texts); i++)
    {
      JsonObject *said = json_array_get_object_element (texts, i);
      const char *author = json_object_get_string_member_with_default (said, "author", NULL);
      const char *words = json_object_get_string_member_with_default (said, "text", "");
      /* Translators: a free text of the diagnostic after its author, "Anne Martin: Les études de la CCI" */
      g_autofree char *part = author != NULL ? g_strdup_printf (_("%1$s: “%2$s”"), author, words)
                                             : g_strdup_printf (_("“%s”"), words);

      psl_append_separated (text, "\n", part);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The team's answers: how many answered, and part I.B (the watch on the
 * local economy) question by question, which is step 1's own ground. */
static gboolean
read_diagnostic (PslStore             *store,
                 PslPartnershipMethod *m,
                 GError              **error)
{
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (store, PSL_DIAGNOSTIC_GRID_CODE, error);
  g_autoptr(JsonObject) consolidated = NULL;
  JsonObject *questions;
  const PslDiagnosticQuestion *watch;

  m->territory_answers = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  if (grid == NULL || (consolidated = psl_diagnostic_consolidate (store, grid, error)) == NULL)
    return FALSE;
  m->respondents = (guint) json_object_get_int_member_with_default (consolidated, "respondents", 0);
  m->questions = grid->questions->len;
  questions = json_object_get_object_member (consolidated, "questions");
  watch = psl_diagnostic_grid_find (grid, "q4");
  for (guint i = 0; i < grid->questions->len; i++)
    {
      const PslDiagnosticQuestion *question = g_ptr_array_index (grid->questions, i);
      JsonObject *answer = questions != NULL && json_object_has_member (questions, question->code)
                           ? json_object_get_object_member (questions, question->code) : NULL;
      g_autofree char *summary = answer != NULL ? summarise_answer (question, answer) : NULL;
      JsonObject *counts = answer != NULL ? json_object_get_object_member (answer, "counts") : NULL;
      JsonArray *texts = answer != NULL ? json_object_get_array_member (answer, "texts") : NULL;
      PslMethodEntry *entry;

      if ((counts != NULL && json_object_get_size (counts) > 0) || (texts != NULL && json_array_get_length (texts) > 0))
        m->questions_answered++;
      if (watch == NULL || g_strcmp0 (question->part, watch->part) != 0)
        continue;
      entry = g_new0 (PslMethodEntry, 1);
      entry->day = g_strdup_printf ("%u", question->number);
      entry->what = g_strdup (question->label);
      entry->text = g_steal_pointer (&summary);
      g_ptr_array_add (m->territory_answers, entry);
    }
  return TRUE;
}

static GPtrArray *
read_contacts (PslStore             *store,
               PslPartnershipMethod *m,
               GError              **error)
{
  const char *sql = m->with_partner
    ? "SELECT substr(x.occurred_at, 1, 10), coalesce(k.label, x.kind), coalesce(x.purpose, x.outcome)"
      "  FROM interaction x LEFT JOIN ref_item k ON k.list_code = 'interaction_kind' AND k.code = x.kind"
      " WHERE x.partner_id = ?1 AND x.deleted_at IS NULL"
      " UNION ALL "
      "SELECT e.held_on, coalesce(k.label, e.kind), e.title"
      "  FROM event_participant p JOIN event e ON e.id = p.event_id AND e.deleted_at IS NULL"
      "  LEFT JOIN ref_item k ON k.list_code = 'event_kind' AND k.code = e.kind"
      " WHERE p.partner_id = ?1"
      " ORDER BY 1 DESC, 2 LIMIT 40;"
    : "SELECT substr(x.occurred_at, 1, 10), coalesce(k.label, x.kind), coalesce(x.purpose, x.outcome)"
      "  FROM interaction x LEFT JOIN ref_item k ON k.list_code = 'interaction_kind' AND k.code = x.kind"
      " WHERE x.company_id = ?1 AND x.deleted_at IS NULL"
      " UNION ALL "
      "SELECT e.held_on, coalesce(k.label, e.kind), e.title"
      "  FROM event_participant p JOIN event e ON e.id = p.event_id AND e.deleted_at IS NULL"
      "  LEFT JOIN ref_item k ON k.list_code = 'event_kind' AND k.code = e.kind"
      " WHERE p.company_id = ?1"
      " ORDER BY 1 DESC, 2 LIMIT 40;";

  g_autofree char *today = psl_today_iso ();
  GPtrArray *contacts = psl_store_collect (store, sql, m->with_id, read_entry, (GDestroyNotify) entry_free,
                                           _("Reading the exchanges with the partner"), error);

  /* A meeting planned is not yet an exchange: those to come are left out. */
  while (contacts != NULL && contacts->len > 0
         && g_strcmp0 (((PslMethodEntry *) g_ptr_array_index (contacts, 0))->day, today) > 0)
    g_ptr_array_remove_index (contacts, 0);
  return contacts;
}

static gboolean
written (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
left (PslMethodStep *step,
      gboolean       missing,
      const char    *what)
{
  if (missing)
    g_ptr_array_add (step->left, g_strdup (what));
}

/* What each step has left: the rule in one place. */
static void
judge_steps (PslPartnershipMethod *m)
{
  static const struct { const char *phase, *title, *stake; } seed[PSL_METHOD_STEPS] = {
    { N_("Prepare and build your project"),
      N_("Analyse the needs and stakes of your environment (external analysis)"),
      N_("Gain a close knowledge of the population in its social and working environment, of the labour market "
         "and of the local economic and partner fabric, so as to work on the weak points and anticipate local "
         "needs with suitable actions.") },
    { N_("Prepare and build your project"),
      N_("Analyse your present structure (internal analysis)"),
      N_("Take stock of your structure: what you already do, your strengths, your room for progress and your "
         "needs.") },
    { N_("Prepare and build your project"),
      N_("Set your strategy and decide the kind of partnership sought"),
      N_("From the external and internal analyses, state the actions you wish to lead in partnership to meet "
         "the needs of the employees in insertion, of the local economic actors and of your structure.") },
    { N_("Build a coherent partnership"),
      N_("Exchange with the partners about the actions planned"),
      N_("Refine your project, present your needs, share those of the territory and exchange about your "
         "analysis of the environment, so that possible and concrete partnerships come out.") },
    { N_("Build a coherent partnership"),
      N_("Co-build with the interested partners the roadmap of the actions"),
      N_("Identify very precisely the actions to lead jointly, who does what, by when and how, and obtain a "
         "deeper commitment.") },
    { N_("Build a coherent partnership"),
      N_("Organise, structure the partnership and launch the action(s)"),
      N_("Consolidate the partnership to launch the action and make the commitments real: a pilot known to "
         "all, the roles written in a charter or an agreement, bodies of coordination and follow-up.") },
    { N_("Run the partnership"),
      N_("Keep the partnership alive, evaluate the action(s) and spread them"),
      N_("Evaluate objectively the results of the action led jointly, set new ambitions for the partnership "
         "and make the programme of actions known more widely so that it can spread.") },
  };
  PslMethodStep *s = m->steps;

  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    {
      s[i].number = i + 1;
      s[i].phase = _(seed[i].phase);
      s[i].title = _(seed[i].title);
      s[i].stake = _(seed[i].stake);
      s[i].left = g_ptr_array_new_with_free_func (g_free);
    }
  left (&s[0], m->respondents == 0,
        _("Answer the Annexe 3 diagnostic, part I.B (the watch on the local economy), one answer per member of "
          "staff"));
  left (&s[0], !written (m->territory_needs), _("Write the needs and stakes of the territory"));
  left (&s[1], m->respondents == 0, _("Answer the Annexe 3 diagnostic of the service"));
  left (&s[1], !written (m->structure_analysis), _("Write the strengths and weaknesses of the structure"));
  left (&s[2], !written (m->strategy), _("Write the strategy: the actions sought, with whom, in what order"));
  left (&s[2], m->cooperation_kind == NULL, _("Choose the kind of partnership sought"));
  left (&s[2], m->cooperation_logic == NULL, _("Choose the logic of the agreement (public, market or reciprocity)"));
  left (&s[3], m->contacts->len == 0, _("Record a meeting or an exchange with the partner"));
  left (&s[4], !written (m->roadmap), _("Write the roadmap co-built with the partner"));
  left (&s[5], m->pilot_name == NULL, _("Name the pilot of the partnership (our contact)"));
  left (&s[5], m->instrument == NULL || g_strcmp0 (m->instrument, "aucun") == 0,
        _("Formalise the partnership in a charter, an agreement or a multi-year agreement"));
  left (&s[5], !written (m->coordination), _("Write the bodies of coordination and follow-up"));
  left (&s[5], m->launched_on == NULL, _("Give the day the action was launched"));
  left (&s[6], m->reviews->len == 0, _("Hold and record a first review with the partner"));
  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    if ((s[i].done = s[i].left->len == 0))
      m->steps_done++;
}

PslPartnershipMethod *
psl_partnership_method_load (PslStore   *store,
                             const char *partnership_id,
                             GError    **error)
{
  g_autoptr(PslPartnershipMethod) m = g_new0 (PslPartnershipMethod, 1);

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  if (partnership_id == NULL || *partnership_id == '\0')
    {
      set_error_not_found (error);
      return NULL;
    }
  m->partnership_id = g_strdup (partnership_id);
  if (!read_partnership (store, m, error) || !read_diagnostic (store, m, error)
      || (m->contacts = read_contacts (store, m, error)) == NULL
      || (m->reviews = psl_store_collect (store,
                                          "SELECT reviewed_on, NULL, summary FROM partnership_review"
                                          " WHERE partnership_id = ?1 ORDER BY reviewed_on DESC;",
                                          partnership_id, read_entry, (GDestroyNotify) entry_free,
                                          _("Reading the reviews of the partnership"), error)) == NULL)
    return NULL;
  judge_steps (m);
  return g_steal_pointer (&m);
}

static gboolean
partnership_exists (PslStore   *store,
                    const char *partnership_id,
                    char      **start_date,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (partnership_id == NULL || *partnership_id == '\0')
    {
      set_error_not_found (error);
      return FALSE;
    }
  stmt = psl_store_row_for (store, "SELECT start_date FROM partnership WHERE id = ?1 AND deleted_at IS NULL;",
                            partnership_id, _("Reading the partnership"), error);
  if (stmt == NULL)
    {
      if (error == NULL || *error == NULL)
        set_error_not_found (error);
      return FALSE;
    }
  if (start_date != NULL)
    *start_date = psl_column_dup (stmt, 0);
  return TRUE;
}

/* Sets the columns of the partnership's method row, made when first written. */
static gboolean
write_method (PslStore           *store,
              const char         *partnership_id,
              const char * const *columns,
              const char * const *values,
              GError            **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(GString) sql = g_string_new ("UPDATE partnership_method SET deleted_at = NULL,"
                                         " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");

  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, ", %s = ?%u", columns[i], i + 2);
  g_string_append (sql, " WHERE id = ?1;");
  if ((insert = psl_store_prepare (store, "INSERT INTO partnership_method (id) VALUES (?1)"
                                          " ON CONFLICT (id) DO NOTHING;", error)) == NULL
      || (update = psl_store_prepare (store, sql->str, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, partnership_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 1, partnership_id, -1, SQLITE_STATIC);
  for (guint i = 0; columns[i] != NULL; i++)
    sqlite3_bind_text (update, (int) i + 2, values[i], -1, SQLITE_STATIC);
  return psl_store_step_done (store, insert, error) && psl_store_step_done (store, update, error);
}

gboolean
psl_partnership_method_set_text (PslStore   *store,
                                 const char *partnership_id,
                                 const char *field,
                                 const char *text,
                                 GError    **error)
{
  static const char *fields[] = { "territory_needs", "structure_analysis", "strategy", "exchanges",
                                  "coordination", "spreading", "roadmap", NULL };
  g_autofree char *clean = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);
  g_return_val_if_fail (field != NULL && g_strv_contains (fields, field), FALSE);

  if (clean != NULL && !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("This text is not readable (not UTF-8): type it again or paste it as plain text."));
      return FALSE;
    }
  if (clean != NULL && *clean == '\0')
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The text is empty: write what was found or decided, or leave the step to do."));
      return FALSE;
    }
  if (clean != NULL && g_utf8_strlen (clean, -1) > PSL_METHOD_TEXT_MAX)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The text is too long (%ld characters, at most %d): keep the essentials and put "
                     "the details in a document."), g_utf8_strlen (clean, -1), PSL_METHOD_TEXT_MAX);
      return FALSE;
    }
  if (!partnership_exists (store, partnership_id, NULL, error))
    return FALSE;
  if (strcmp (field, "roadmap") == 0)
    {
      g_autoptr(sqlite3_stmt) stmt =
        psl_store_prepare (store, "UPDATE partnership SET roadmap = ?2,"
                                  " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1;", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, partnership_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_STATIC);
      return psl_store_step_done (store, stmt, error);
    }
  return write_method (store, partnership_id, (const char *[]) { field, NULL }, (const char *[]) { clean }, error);
}

gboolean
psl_partnership_method_set_cooperation (PslStore   *store,
                                        const char *partnership_id,
                                        const char *kind,
                                        const char *logic,
                                        GError    **error)
{
  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);

  if ((kind != NULL && psl_method_choice_label (psl_method_cooperation_kinds, kind) == NULL)
      || (logic != NULL && psl_method_choice_label (psl_method_cooperation_logics, logic) == NULL))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of partnership of the method: choose one of the list."),
                   kind != NULL && psl_method_choice_label (psl_method_cooperation_kinds, kind) == NULL
                   ? kind : logic);
      return FALSE;
    }
  return partnership_exists (store, partnership_id, NULL, error)
         && write_method (store, partnership_id, (const char *[]) { "cooperation_kind", "cooperation_logic", NULL },
                          (const char *[]) { kind, logic }, error);
}

gboolean
psl_partnership_method_set_launched (PslStore   *store,
                                     const char *partnership_id,
                                     const char *day,
                                     GError    **error)
{
  g_autoptr(GDate) date = day != NULL ? psl_date_parse_user (day) : NULL;
  g_autofree char *iso = date != NULL ? psl_date_to_iso (date) : NULL;
  g_autofree char *start = NULL;

  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);

  if (day != NULL && iso == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the day the action was launched as JJ/MM/AAAA, for example 15/03/2027."));
      return FALSE;
    }
  if (!partnership_exists (store, partnership_id, &start, error))
    return FALSE;
  if (iso != NULL && start != NULL && strcmp (iso, start) < 0)
    {
      g_autofree char *shown = psl_format_date (start);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The action cannot be launched before the partnership started (%s): check the day."), shown);
      return FALSE;
    }
  return write_method (store, partnership_id, (const char *[]) { "launched_on", NULL }, (const char *[]) { iso },
                       error);
}

static gpointer
read_id (sqlite3_stmt *stmt)
{
  return psl_column_dup (stmt, 0);
}

GPtrArray *
psl_partnership_method_of_partner (PslStore   *store,
                                   const char *partner,
                                   GError    **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(sqlite3_stmt) found = NULL;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  if (partner == NULL || *partner == '\0')
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the partner structure, by its identifier or its name."));
      return NULL;
    }
  found = psl_store_row_for (store, "SELECT id FROM partner WHERE deleted_at IS NULL"
                                    " AND (id = ?1 OR lower(name) = lower(?1)) LIMIT 1;",
                             partner, _("Reading the partners"), error);
  if (found == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                     _("No partner structure “%s”: give its identifier or its name as the Partenaires list "
                       "shows it."), partner);
      return NULL;
    }
  ids = psl_store_collect (store, "SELECT id FROM partnership WHERE partner_id = ?1 AND deleted_at IS NULL"
                                  " ORDER BY end_date IS NOT NULL, start_date DESC;",
                           (const char *) sqlite3_column_text (found, 0), read_id, g_free,
                           _("Reading the partnerships"), error);
  if (ids != NULL && ids->len == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no partnership recorded yet: add one on the partner’s page first."), partner);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
