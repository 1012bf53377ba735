/* psl-company-journal.c — a firm's journal of contacts, and a form to add one
 *
 * The newest contacts come first; a long history shows its latest hundred
 * and says how many more there are, so a firm with years of calls opens as
 * fast as a new one.
 */

#define G_LOG_DOMAIN "psl-company-journal"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company-journal.h"
#include "psl-contact.h"
#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-interaction.h"
#include "psl-ref.h"
#include "psl-review-group.h"
#include "psl-toast.h"

#define SHOWN_AT_FIRST 100

struct _PslCompanyJournal
{
  GtkWidget    parent_instance;

  PslStore    *store;
  char        *company_id;
  char        *staff_id;
  GPtrArray   *kinds;          /* PslRefItem, in the order of kind_row */
  guint        n_shown;

  GtkWidget   *scroller;
  GtkLabel    *recent_label;
  GPtrArray   *contacts;       /* PslContact, in the order of contact_row after "not said" */
  AdwComboRow *kind_row;
  AdwComboRow *contact_row;
  AdwEntryRow *duration_row;
  AdwEntryRow *date_row;
  AdwEntryRow *purpose_row;
  AdwEntryRow *outcome_row;
  AdwEntryRow *next_step_row;
  AdwEntryRow *next_due_row;
  GtkLabel    *error_label;
  AdwPreferencesGroup *visit_group;
  AdwEntryRow *visit_rows[PSL_VISIT_N_TOPICS];
  AdwPreferencesGroup *history_group;
  GtkListBox  *history_list;
  GPtrArray   *journal;        /* PslInteraction, the latest first */
};

G_DEFINE_FINAL_TYPE (PslCompanyJournal, psl_company_journal, GTK_TYPE_WIDGET)

static GtkWidget *
make_row (PslInteraction *i)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = psl_format_date_short (i->occurred_at);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *visit = NULL;

  /* Translators: a journal line: %1$s the kind of contact, %2$s the date */
  title = g_strdup_printf (_("%1$s, %2$s"), i->kind_label != NULL ? i->kind_label : i->kind, date);
  if (i->staff_name != NULL)
    g_string_append (detail, i->staff_name);
  if (i->contact_name != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " → " : "", i->contact_name);
  if (i->purpose != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "", i->purpose);
  if (i->outcome != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "", i->outcome);
  visit = psl_interaction_visit_text (i->details);
  if (visit != NULL)
    g_string_append_printf (detail, "\n%s", visit);
  subtitle = g_markup_escape_text (detail->str, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), visit != NULL ? 4 : 2);

  if (i->next_due != NULL)
    {
      g_autofree char *due = psl_format_date_short (i->next_due);
      g_autofree char *text = i->next_done_on != NULL
        /* Translators: a reminder that was done; %s is its date */
        ? g_strdup_printf (_("Reminder done (%s)"), due)
        /* Translators: a reminder still to do; %s is its date */
        : g_strdup_printf (_("Reminder %s"), due);
      GtkWidget *label = gtk_label_new (text);

      if (i->next_done_on == NULL)
        gtk_widget_add_css_class (label, "accent");
      else
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
interaction_cells (gconstpointer  data,
                   GPtrArray     *cells)
{
  const PslInteraction *i = data;
  g_autofree char *visit = psl_interaction_visit_text (i->details);

  psl_export_cell_date (cells, i->occurred_at);
  psl_export_cell_text (cells, i->kind_label != NULL ? i->kind_label : i->kind);
  psl_export_cell_text (cells, i->staff_name);
  psl_export_cell_text (cells, i->contact_name);
  g_ptr_array_add (cells, i->duration_min >= 0 ? g_strdup_printf ("%ld", (long) i->duration_min) : g_strdup (""));
  psl_export_cell_text (cells, i->purpose);
  psl_export_cell_text (cells, i->outcome);
  psl_export_cell_text (cells, visit);
  psl_export_cell_text (cells, i->next_step);
  psl_export_cell_date (cells, i->next_due);
  psl_export_cell_date (cells, i->next_done_on);
}

/* The whole journal, beyond the latest shown at first. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Date"), N_("Kind"), N_("By"), N_("Contact"), N_("Minutes"),
                                   N_("Purpose"), N_("Outcome"), N_("Visit Report"), N_("Next Step"),
                                   N_("Reminder On"), N_("Reminder Done On"), NULL };

  return psl_list_export_table (_("Journal"), headers, PSL_COMPANY_JOURNAL (widget)->journal, interaction_cells);
}

static void
reload (PslCompanyJournal *self);

static void
reload_cb (gpointer data)
{
  reload (PSL_COMPANY_JOURNAL (data));
}

static void
reload (PslCompanyJournal *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(PslRecentContact) recent = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *description = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);
  self->n_shown = 0;

  g_clear_pointer (&self->journal, g_ptr_array_unref);
  journal = psl_interaction_list_for_company (self->store, self->company_id, &error);
  if (journal == NULL)
    {
      adw_preferences_group_set_description (self->history_group, error->message);
      return;
    }

  for (guint i = 0; i < journal->len && i < SHOWN_AT_FIRST; i++, self->n_shown++)
    {
      PslInteraction *interaction = g_ptr_array_index (journal, i);
      GtkWidget *row = make_row (interaction);

      /* What an import kept to check of this exchange, with "Checked". */
      psl_review_mark_row (ADW_ACTION_ROW (row), self->store, "interaction", psl_interaction_fields,
                           interaction->id, reload_cb, self);
      gtk_list_box_append (self->history_list, row);
    }

  if (journal->len == 0)
    description = g_strdup (_("No contact with this firm yet."));
  else if (journal->len > SHOWN_AT_FIRST)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The latest %u of %u contacts.",
                                                "The latest %u of %u contacts.", journal->len),
                                   SHOWN_AT_FIRST, journal->len);
  adw_preferences_group_set_description (self->history_group, description);
  self->journal = g_ptr_array_ref (journal);

  recent = psl_interaction_recent_by_others (self->store, self->company_id, self->staff_id, today);
  if (recent != NULL)
    {
      g_autofree char *date = psl_format_date (recent->occurred_at);
      /* Translators: shown before calling a firm again: %1$s a colleague,
       * %2$s a date, %3$s the kind of contact */
      g_autofree char *text = g_strdup_printf (_("Already contacted by %1$s on %2$s (%3$s)."),
                                               recent->staff_name, date,
                                               recent->kind_label != NULL ? recent->kind_label : "");
      gtk_label_set_label (self->recent_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_label), recent != NULL);
}

static gboolean
is_visit (PslCompanyJournal *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return self->kinds != NULL && selected < self->kinds->len &&
         g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->kinds, selected))->code, "visite") == 0;
}

/* A visit brings its report, and lasts 45 to 60 minutes unless told. */
static void
on_kind_selected_cb (PslCompanyJournal *self)
{
  gboolean visit = is_visit (self);

  gtk_widget_set_visible (GTK_WIDGET (self->visit_group), visit);
  if (visit && *gtk_editable_get_text (GTK_EDITABLE (self->duration_row)) == '\0')
    {
      g_autofree char *minutes = g_strdup_printf ("%d", PSL_INTERACTION_VISIT_MINUTES);
      gtk_editable_set_text (GTK_EDITABLE (self->duration_row), minutes);
    }
}

static void
clear_form (PslCompanyJournal *self)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *short_today = psl_format_date_short (today);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), short_today);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->outcome_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_step_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_due_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), "");
  adw_combo_row_set_selected (self->contact_row, 0);
  for (guint t = 0; t < PSL_VISIT_N_TOPICS; t++)
    gtk_editable_set_text (GTK_EDITABLE (self->visit_rows[t]), "");
  on_kind_selected_cb (self);
}

/* Everything typed goes in together or not at all; on a mistake the form
 * keeps what was typed and says what to mend. */
gboolean
psl_company_journal_add (PslCompanyJournal *self,
                         GError           **error)
{
  const struct { const char *column; AdwEntryRow *row; } fields[] = {
    { "duration_min", self->duration_row },
    { "purpose", self->purpose_row }, { "outcome", self->outcome_row },
    { "next_step", self->next_step_row }, { "next_due", self->next_due_row },
  };
  const char *topics[PSL_VISIT_N_TOPICS];
  guint selected = adw_combo_row_get_selected (self->kind_row);
  guint contact = adw_combo_row_get_selected (self->contact_row);
  const char *kind = selected < self->kinds->len
                     ? ((PslRefItem *) g_ptr_array_index (self->kinds, selected))->code : NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (PSL_IS_COMPANY_JOURNAL (self), FALSE);

  if (!psl_store_begin (self->store, error))
    return FALSE;

  id = psl_interaction_create (self->store, self->company_id, kind,
                               gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                               self->staff_id, error);
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = gtk_editable_get_text (GTK_EDITABLE (fields[i].row));

      if (*value != '\0' && !psl_interaction_set (self->store, id, fields[i].column, value, error))
        g_clear_pointer (&id, g_free);
    }
  if (id != NULL && contact > 0 && contact != GTK_INVALID_LIST_POSITION && self->contacts != NULL &&
      contact <= self->contacts->len &&
      !psl_interaction_set (self->store, id, "contact_id",
                            ((PslContact *) g_ptr_array_index (self->contacts, contact - 1))->id, error))
    g_clear_pointer (&id, g_free);
  for (guint t = 0; t < PSL_VISIT_N_TOPICS; t++)
    topics[t] = gtk_editable_get_text (GTK_EDITABLE (self->visit_rows[t]));
  if (id != NULL && is_visit (self) && !psl_interaction_set_visit (self->store, id, topics, error))
    g_clear_pointer (&id, g_free);

  if (id == NULL || !psl_store_commit (self->store, error))
    {
      psl_store_rollback (self->store);
      return FALSE;
    }

  clear_form (self);
  reload (self);
  return TRUE;
}

static void
on_add_clicked_cb (GtkButton         *button,
                   PslCompanyJournal *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = psl_company_journal_add (self, &error);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok);
  if (!ok)
    gtk_label_set_label (self->error_label, error->message);
}

static void
psl_company_journal_dispose (GObject *object)
{
  PslCompanyJournal *self = (PslCompanyJournal *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_JOURNAL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_company_journal_parent_class)->dispose (object);
}

static void
psl_company_journal_finalize (GObject *object)
{
  PslCompanyJournal *self = (PslCompanyJournal *) object;

  g_free (self->company_id);
  g_free (self->staff_id);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->journal, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_company_journal_parent_class)->finalize (object);
}

static void
psl_company_journal_class_init (PslCompanyJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_journal_dispose;
  object_class->finalize = psl_company_journal_finalize;

  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-journal.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, scroller);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, recent_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, contact_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, duration_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, visit_group);
  gtk_widget_class_bind_template_child_full (widget_class, "activity_row", FALSE,
                                             G_STRUCT_OFFSET (PslCompanyJournal, visit_rows[PSL_VISIT_ACTIVITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "needs_row", FALSE,
                                             G_STRUCT_OFFSET (PslCompanyJournal, visit_rows[PSL_VISIT_NEEDS]));
  gtk_widget_class_bind_template_child_full (widget_class, "services_row", FALSE,
                                             G_STRUCT_OFFSET (PslCompanyJournal, visit_rows[PSL_VISIT_SERVICES]));
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, date_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, next_due_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, error_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, history_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyJournal, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
psl_company_journal_init (PslCompanyJournal *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);
}

PslCompanyJournal *
psl_company_journal_new (void)
{
  return g_object_new (PSL_TYPE_COMPANY_JOURNAL, NULL);
}

void
psl_company_journal_set_company (PslCompanyJournal *self,
                                 PslStore          *store,
                                 const char        *company_id,
                                 const char        *staff_id)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_COMPANY_JOURNAL (self));

  g_set_object (&self->store, store);
  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  g_free (self->staff_id);
  self->staff_id = g_strdup (staff_id);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  self->kinds = psl_ref_list (store, "interaction_kind", NULL, NULL);
  for (guint i = 0; self->kinds != NULL && i < self->kinds->len; i++)
    gtk_string_list_append (model, ((PslRefItem *) g_ptr_array_index (self->kinds, i))->label);
  if (self->kinds == NULL)
    self->kinds = g_ptr_array_new ();
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (model));

  /* The firm's contacts, so that one says whom one met. */
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  self->contacts = psl_contact_list_for_company (store, company_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

    gtk_string_list_append (names, _("Not said"));
    for (guint i = 0; self->contacts != NULL && i < self->contacts->len; i++)
      {
        g_autofree char *name = psl_contact_get_name (g_ptr_array_index (self->contacts, i));
        gtk_string_list_append (names, name);
      }
    adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  }

  clear_form (self);
  reload (self);
}

guint
psl_company_journal_get_n_shown (PslCompanyJournal *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_JOURNAL (self), 0);
  return self->n_shown;
}

const char *
psl_company_journal_get_warning (PslCompanyJournal *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_JOURNAL (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->recent_label))
         ? gtk_label_get_label (self->recent_label) : NULL;
}
