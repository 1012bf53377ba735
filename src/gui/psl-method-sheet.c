/* psl-method-sheet.c — a partnership followed with the seven steps of the FNARS method
 *
 * One group a step, in the guide's order and words: its stake, whether it
 * is done or what is left, what the records already say (the diagnostic
 * the team answered, the exchanges with the partner, the pilot, the
 * reviews) and the one text the method asks of it.  Core says what is
 * left; the window only shows it, and writes the texts changed on Save.
 */

#define G_LOG_DOMAIN "psl-method-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-diagnostic-window.h"
#include "psl-document-window.h"
#include "psl-field-row.h"
#include "psl-format.h"
#include "psl-method-sheet.h"
#include "psl-partnership-method.h"
#include "psl-partnership-sheet.h"
#include "psl-report.h"
#include "psl-toast.h"

struct _PslMethodSheet
{
  PslSheet              parent_instance;

  PslStore             *store;
  PslPartnershipMethod *method;
  GHashTable           *rows;        /* column → field row */
};

G_DEFINE_FINAL_TYPE (PslMethodSheet, psl_method_sheet, PSL_TYPE_SHEET)

/* The text each step asks, by step (0 for none). */
static const PslField text_fields[PSL_METHOD_STEPS] = {
  { "territory_needs",    PSL_FIELD_TEXT, N_("Needs and stakes of the territory") },
  { "structure_analysis", PSL_FIELD_TEXT, N_("Strengths and weaknesses of the structure") },
  { "strategy",           PSL_FIELD_TEXT, N_("Strategy") },
  { "exchanges",          PSL_FIELD_TEXT, N_("What the meetings brought out") },
  { "roadmap",            PSL_FIELD_TEXT, N_("Roadmap") },
  { "coordination",       PSL_FIELD_TEXT, N_("Coordination and follow-up") },
  { "spreading",          PSL_FIELD_TEXT, N_("New ambitions, communication, spreading") },
};
static const PslField kind_field = { "cooperation_kind", PSL_FIELD_CHOICE, N_("Kind of partnership sought") };
static const PslField logic_field = { "cooperation_logic", PSL_FIELD_CHOICE, N_("Logic of the agreement") };
static const PslField launched_field = { "launched_on", PSL_FIELD_DATE, N_("Launched on") };

static const char *
stored_text (const PslPartnershipMethod *m,
             guint                       step)
{
  const char *texts[PSL_METHOD_STEPS] = { m->territory_needs, m->structure_analysis, m->strategy, m->exchanges,
                                          m->roadmap, m->coordination, m->spreading };

  return texts[step];
}

/* The label reading text under root, or NULL. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found = GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0
                         ? w : find_label (w, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The steps' titles are the guide's whole sentences: on two lines at
 * 800 pixels rather than cut. */
static AdwPreferencesGroup *
add_group (PslMethodSheet *self,
           const char     *title,
           const char     *description)
{
  AdwPreferencesGroup *group = psl_sheet_add_group (PSL_SHEET (self), title, description);
  GtkWidget *label = find_label (GTK_WIDGET (group), title);

  if (label != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    }
  return group;
}

static void
add_info (AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

/* Done, or the list of what is left, with its colour. */
static void
add_state (AdwPreferencesGroup *group,
           const PslMethodStep *step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (step->done ? "object-select-symbolic" : "dialog-warning-symbolic");
  g_autoptr(GString) left = g_string_new (NULL);

  for (guint i = 0; i < step->left->len; i++)
    psl_append_separated (left, "\n", g_ptr_array_index (step->left, i));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->done ? _("Step done") : _("Left to do"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), left->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
  gtk_widget_add_css_class (row, step->done ? "success" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (group, row);
}

static void
add_row (PslMethodSheet      *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row,
         const char          *value)
{
  psl_field_row_set_value (row, value);
  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, (gpointer) psl_field_row_get_column (row), row);
}

static GtkWidget *
choice_row (const PslField        *field,
            const PslMethodChoice *choices)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pairs = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *row;

  for (guint i = 0; choices[i].code != NULL; i++)
    {
      g_strv_builder_add (builder, choices[i].code);
      g_strv_builder_add (builder, choices[i].label);
    }
  pairs = g_strv_builder_end (builder);
  items = psl_field_row_items ((const char * const *) pairs);
  row = psl_field_row_new_combo (field, items, TRUE);
  /* The seed's kinds are long: the one chosen reads whole under the title. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  return row;
}

static void
on_diagnostic_clicked_cb (PslMethodSheet *self)
{
  gtk_window_present (GTK_WINDOW (psl_diagnostic_window_new (GTK_WINDOW (self), self->store)));
}

static GtkWidget *
header_button (const char *label,
               GCallback   callback,
               gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
on_print_clicked_cb (PslMethodSheet *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(PslDocument) doc = NULL;

  g_ptr_array_add (ids, self->method->partnership_id);
  doc = psl_partnership_sheet_new (self->store, ids, &error);
  if (doc == NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  else
    gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_WINDOW (self), doc)));
}

/* What the records say for the step, before its text. */
static void
add_records (PslMethodSheet      *self,
             AdwPreferencesGroup *group,
             guint                number)
{
  const PslPartnershipMethod *m = self->method;

  switch (number)
    {
    case 1:
      for (guint i = 0; i < m->territory_answers->len; i++)
        {
          const PslMethodEntry *entry = g_ptr_array_index (m->territory_answers, i);
          g_autofree char *title = g_strdup_printf ("%s. %s", entry->day, entry->what);

          add_info (group, title, entry->text != NULL ? entry->text : _("No answer from the team yet"));
        }
      adw_preferences_group_set_header_suffix (group, header_button (_("_Diagnostic…"),
                                                                     G_CALLBACK (on_diagnostic_clicked_cb), self));
      break;
    case 2:
      {
        g_autofree char *answered = g_strdup_printf (_("%1$u items of %2$u answered, by %3$u members of staff"),
                                                     m->questions_answered, m->questions, m->respondents);
        add_info (group, _("Annexe 3 diagnostic of the service"), answered);
      }
      break;
    case 3:
      add_row (self, group, choice_row (&kind_field, psl_method_cooperation_kinds), m->cooperation_kind);
      add_row (self, group, choice_row (&logic_field, psl_method_cooperation_logics), m->cooperation_logic);
      break;
    case 4:
      for (guint i = 0; i < m->contacts->len && i < 5; i++)
        {
          const PslMethodEntry *entry = g_ptr_array_index (m->contacts, i);
          g_autofree char *day = psl_format_date_short (entry->day);
          g_autofree char *title = g_strdup_printf ("%s — %s", day, entry->what);

          add_info (group, title, entry->text);
        }
      break;
    case 6:
      add_info (group, _("Pilot"), m->pilot_name != NULL ? m->pilot_name : _("Not named: edit the partnership"));
      add_info (group, _("Formal instrument"), m->instrument_label);
      add_row (self, group, psl_field_row_new_entry (&launched_field), m->launched_on);
      break;
    case 7:
      for (guint i = 0; i < m->reviews->len && i < 5; i++)
        {
          const PslMethodEntry *entry = g_ptr_array_index (m->reviews, i);
          g_autofree char *day = psl_format_date_short (entry->day);
          /* Translators: a review of a partnership in the method's window, "Bilan du 01/10/2026" */
          g_autofree char *title = g_strdup_printf (_("Review of %s"), day);

          add_info (group, title, entry->text);
        }
      break;
    default:
      break;
    }
}

static void
build (PslMethodSheet *self)
{
  const PslPartnershipMethod *m = self->method;
  g_autofree char *progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step of 7 done",
                                                                           "%u steps of 7 done", m->steps_done),
                                               m->steps_done);
  g_autofree char *description = g_strdup_printf ("%s — %s", psl_report_or_dash (m->type_label), progress);
  AdwPreferencesGroup *group = add_group (self, m->with_name, description);

  adw_preferences_group_set_header_suffix (group, header_button (_("_Print the File…"),
                                                                 G_CALLBACK (on_print_clicked_cb), self));
  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    {
      const PslMethodStep *step = &m->steps[i];
      /* Translators: a step of the partnership method, "Étape 3 : Établir votre stratégie…" */
      g_autofree char *title = g_strdup_printf (_("Step %1$u: %2$s"), step->number, step->title);

      group = add_group (self, title, step->stake);
      add_state (group, step);
      add_records (self, group, step->number);
      add_row (self, group, psl_field_row_new_text (&text_fields[i]), stored_text (m, i));
    }
}

static char *
value_of (PslMethodSheet *self,
          const char     *column)
{
  g_autofree char *value = psl_field_row_get_value (g_hash_table_lookup (self->rows, column));

  if (value != NULL)
    g_strstrip (value);
  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

static gboolean
refused (PslMethodSheet *self,
         const char     *column,
         GError         *error)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, column);

  psl_field_row_set_problem (row, error->message);
  psl_sheet_show_problem (PSL_SHEET (self), error->message);
  gtk_widget_grab_focus (row);
  return FALSE;
}

/* Writes what changed; the first refusal keeps the window open, saying why. */
static gboolean
accept (PslSheet *sheet)
{
  PslMethodSheet *self = PSL_METHOD_SHEET (sheet);
  const PslPartnershipMethod *m = self->method;
  const char *id = m->partnership_id;
  g_autofree char *kind = value_of (self, "cooperation_kind");
  g_autofree char *logic = value_of (self, "cooperation_logic");
  g_autofree char *launched = value_of (self, "launched_on");
  g_autoptr(GDate) launched_date = launched != NULL ? psl_date_parse_user (launched) : NULL;
  g_autofree char *launched_iso = launched_date != NULL ? psl_date_to_iso (launched_date) : NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    {
      g_autofree char *text = value_of (self, text_fields[i].column);

      if (g_strcmp0 (text, stored_text (m, i)) != 0
          && !psl_partnership_method_set_text (self->store, id, text_fields[i].column, text, &error))
        return refused (self, text_fields[i].column, error);
    }
  if ((g_strcmp0 (kind, m->cooperation_kind) != 0 || g_strcmp0 (logic, m->cooperation_logic) != 0)
      && !psl_partnership_method_set_cooperation (self->store, id, kind, logic, &error))
    return refused (self, "cooperation_kind", error);
  if ((launched_iso == NULL || g_strcmp0 (launched_iso, m->launched_on) != 0)
      && (launched != NULL || m->launched_on != NULL)
      && !psl_partnership_method_set_launched (self->store, id, launched, &error))
    return refused (self, "launched_on", error);
  psl_sheet_saved (sheet, id);
  return TRUE;
}

static void
psl_method_sheet_dispose (GObject *object)
{
  PslMethodSheet *self = PSL_METHOD_SHEET (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->method, psl_partnership_method_free);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  G_OBJECT_CLASS (psl_method_sheet_parent_class)->dispose (object);
}

static void
psl_method_sheet_class_init (PslMethodSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_method_sheet_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_method_sheet_init (PslMethodSheet *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_window_set_title (GTK_WINDOW (self), _("Partnership Method"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 720);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
}

/* NULL, with error, when the partnership is no longer there. */
PslMethodSheet *
psl_method_sheet_new (GtkWindow   *parent,
                      PslStore    *store,
                      const char  *partnership_id,
                      GError     **error)
{
  g_autoptr(PslPartnershipMethod) method = psl_partnership_method_load (store, partnership_id, error);
  PslMethodSheet *self;

  if (method == NULL)
    return NULL;
  self = g_object_new (PSL_TYPE_METHOD_SHEET, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->method = g_steal_pointer (&method);
  build (self);
  return self;
}

/* The row editing column (a text of the method, cooperation_kind,
 * cooperation_logic or launched_on), for tests. */
GtkWidget *
psl_method_sheet_get_row (PslMethodSheet *self,
                          const char     *column)
{
  g_return_val_if_fail (PSL_IS_METHOD_SHEET (self), NULL);
  return g_hash_table_lookup (self->rows, column);
}
