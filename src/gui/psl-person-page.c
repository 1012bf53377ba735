/* psl-person-page.c — one person accompanied: identity, pathway, barriers, competences, commitment, placements
 *
 * The identity is edited in place, each field saved as the typing pauses
 * (psl_person_set keeps the referent's history and the order of the
 * dates).  The other tabs are widgets of their own, each told the person
 * when first shown, so that opening a person reads only the identity.
 * Sensitive data have their own tab, "Confidentiel", and nothing of them
 * appears elsewhere on the page.
 */

#define G_LOG_DOMAIN "psl-person-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-authors.h"
#include "psl-edit-form.h"
#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-mentor.h"
#include "psl-outcome.h"
#include "psl-person.h"
#include "psl-document-window.h"
#include "psl-pathway-report.h"
#include "psl-person-page.h"
#include "psl-record-list.h"
#include "psl-review-group.h"
#include "psl-person-rights.h"
#include "psl-ref.h"
#include "psl-toast.h"
#include "privacy/psl-firm-view.h"
#include "privacy/psl-privacy.h"

static const PslFormRow form_rows[] = {
  { N_("Identity"),              "first_name",      PSL_FORM_ENTRY },
  { N_("Identity"),              "last_name",       PSL_FORM_ENTRY },
  { N_("Identity"),              "sex",             PSL_FORM_COMBO, psl_person_sex_choices },
  { N_("Identity"),              "birth_date",      PSL_FORM_ENTRY },
  { N_("Contact Details"),       "phone",           PSL_FORM_ENTRY },
  { N_("Contact Details"),       "email",           PSL_FORM_ENTRY },
  { N_("Contact Details"),       "address",         PSL_FORM_ENTRY },
  { N_("Contact Details"),       "postcode",        PSL_FORM_ENTRY },
  { N_("Contact Details"),       "commune",         PSL_FORM_ENTRY },
  { N_("Accompaniment"),         "referent_id",     PSL_FORM_COMBO },
  { N_("Accompaniment"),         "prescriber_id",   PSL_FORM_COMBO, NULL, PSL_CHOICES_PARTNERS },
  { N_("Accompaniment"),         "accompaniment",   PSL_FORM_COMBO, psl_person_accompaniment_choices },
  { N_("Accompaniment"),         "situation",       PSL_FORM_COMBO },
  { N_("Accompaniment"),         "situation_end",   PSL_FORM_ENTRY },
  { N_("Accompaniment"),         "entered_on",      PSL_FORM_ENTRY },
  { N_("Accompaniment"),         "exited_on",       PSL_FORM_ENTRY },
  { N_("Project and Strengths"), "phase",           PSL_FORM_COMBO },
  { N_("Project and Strengths"), "project",         PSL_FORM_ENTRY },
  { N_("Project and Strengths"), "project_rome",    PSL_FORM_ENTRY },
  { N_("Project and Strengths"), "qualification",   PSL_FORM_COMBO },
  { N_("Project and Strengths"), "strengths",       PSL_FORM_TEXT },
  { N_("Project and Strengths"), "languages",       PSL_FORM_ENTRY },
  { N_("Mobility and Availability"), "driving_licence", PSL_FORM_SWITCH },
  { N_("Mobility and Availability"), "vehicle",      PSL_FORM_SWITCH },
  { N_("Mobility and Availability"), "mobility_km",  PSL_FORM_ENTRY },
  { N_("Mobility and Availability"), "available_from", PSL_FORM_ENTRY },
  { N_("Notes"),                 "notes",           PSL_FORM_TEXT },
  { NULL }
};

/* Columns the header and the people's table show. */
static const char *summary_columns[] = {
  "first_name", "last_name", "birth_date", "commune", "postcode", "referent_id", "situation", "phase",
  "entered_on", "exited_on", NULL
};

/* A tab of lists is made the first time it is shown: made with the page,
 * the six of them cost its first opening on a large file some 50 ms. */
typedef struct
{
  const char       *name;
  PslPersonTabMake  make;
  GtkWidget        *widget;    /* NULL until first shown */
  PslPersonTabShow  show;
  gboolean          filled;
} Tab;

#define MAX_TABS 8

struct _PslPersonPage
{
  PslPage               parent_instance;

  PslStore             *store;
  char                 *person_id;
  PslEditForm          *form;
  Tab                   tabs[MAX_TABS];
  guint                 n_tabs;
  gboolean              disposing;

  GtkWidget            *box;
  GtkLabel             *name_label;
  GtkLabel             *place_label;
  GtkLabel             *pathway_label;
  GtkLabel             *authors_label;
  GtkStack             *tab_stack;
  AdwPreferencesPage   *identity_page;
  AdwPreferencesGroup  *duplicates_group;
  PslReviewGroup       *review_group;   /* what an import kept to check */
  GtkListBox           *duplicates_list;
  GtkListBox           *referents_list;
  PslRecordList        *mentoring;
  GtkListBox           *firm_list;
  gboolean              firm_only;      /* employer relations: what a firm may know, no more */
};

G_DEFINE_FINAL_TYPE (PslPersonPage, psl_person_page, PSL_TYPE_PAGE)

enum {
  BACK,
  CHANGED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_line (GtkLabel *label,
          GString  *text)
{
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static const PslFormRow mentoring_rows[] = {
  { NULL, "mentor_id",  PSL_FORM_CHOICE, NULL, PSL_CHOICES_MENTORS },
  { NULL, "started_on", PSL_FORM_ENTRY },
  { NULL, "ended_on",   PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm mentoring_form = {
  "mentorship", psl_mentorship_fields, mentoring_rows, psl_mentorship_create_for_person, psl_mentorship_check_form
};

/* Seed 001: a mentor from outside the structure, often from a firm. */
static const PslRecordListSpec mentoring_list = {
  .title = N_("Mentoring"),
  .description = N_("A volunteer mentor who gives their experience and network. The mentors are listed under "
                    "Firms › Mentors."),
  .empty = N_("No mentor."),
  .add_tooltip = N_("Give a Mentor"),
  .new_title = N_("New Mentoring"),
  .edit_title = N_("Mentoring"),
  .deleted = N_("Mentoring deleted"),
  .form = &mentoring_form,
  .dated_column = "started_on",
  .lines = psl_mentorship_lines_for_person,
};

/* Who they are, where they live, where their pathway stands. */
static void
show_header (PslPersonPage *self,
             GHashTable    *values)
{
  const char *exited = g_hash_table_lookup (values, "exited_on");
  g_autofree char *today = psl_today_iso ();
  g_autofree char *name = g_strdup_printf ("%s %s", (char *) g_hash_table_lookup (values, "first_name"),
                                           (char *) g_hash_table_lookup (values, "last_name"));
  g_autofree char *referent = NULL;
  g_autofree char *phase = psl_ref_label (self->store, "phase", g_hash_table_lookup (values, "phase"));
  g_autofree char *entered = psl_format_date_short (g_hash_table_lookup (values, "entered_on"));
  g_autoptr(GString) place = g_string_new (NULL);
  g_autoptr(GString) pathway = g_string_new (NULL);
  PslAgeBand band = psl_age_band (g_hash_table_lookup (values, "birth_date"), today);

  gtk_label_set_text (self->name_label, name);
  if (band != PSL_AGE_UNKNOWN)
    psl_append_part (place, psl_age_band_label (band));
  psl_append_part (place, g_hash_table_lookup (values, "commune"));
  set_line (self->place_label, place);

  if (exited != NULL)
    {
      g_autofree char *date = psl_format_date_short (exited);
      g_autofree char *text = g_strdup_printf (psl_by_sex (g_hash_table_lookup (values, "sex"),
                                                           C_("a woman", "Exited on %s"),
                                                           C_("a man", "Exited on %s"), _("Exited on %s")), date);

      psl_append_part (pathway, text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("In pathway since %s"), entered);

      psl_append_part (pathway, text);
    }
  psl_append_part (pathway, phase);
  if (g_hash_table_lookup (values, "referent_id") != NULL)
    {
      /* Unread, the header just names nobody: show_referents reads the same periods and shows the error. */
      g_autoptr(GPtrArray) periods = psl_person_referents (self->store, self->person_id, NULL);

      if (periods != NULL && periods->len > 0)
        {
          /* TRANSLATORS: the counsellor who follows the person */
          referent = g_strdup_printf (psl_by_sex (g_hash_table_lookup (values, "sex"),
                                                  C_("a woman", "followed by %s"), C_("a man", "followed by %s"),
                                                  _("followed by %s")),
                                      ((PslReferentPeriod *) g_ptr_array_index (periods, 0))->staff_name);
          psl_append_part (pathway, referent);
        }
    }
  else
    psl_append_part (pathway, _("no referent"));
  if (!self->firm_only)
    {
      /* Unread, the header names no mentor: the Mentoring list of the
       * Identity tab reads the same and shows the fault. */
      g_autofree char *mentor = psl_mentor_current_name (self->store, self->person_id, today, NULL);
      g_autofree char *mentored = mentor != NULL
        ? g_strdup_printf (psl_by_sex (g_hash_table_lookup (values, "sex"), C_("a woman", "mentored by %s"),
                                       C_("a man", "mentored by %s"), _("mentored by %s")), mentor)
        : NULL;

      psl_append_part (pathway, mentored);
    }
  set_line (self->pathway_label, pathway);
  /* Age, town and pathway are not a firm's business. */
  if (self->firm_only)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->place_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->pathway_label), FALSE);
    }
  psl_authors_show (self->authors_label, self->store, "person", self->person_id);
}

static void
show_referents (PslPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = psl_person_referents (self->store, self->person_id, &error);

  psl_toast_error (GTK_WIDGET (self), &error);
  psl_list_box_remove_all (self->referents_list);
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      PslReferentPeriod *p = g_ptr_array_index (periods, i);
      g_autofree char *from = psl_format_date_short (p->from_date);
      g_autofree char *to = psl_format_date_short (p->to_date);
      g_autofree char *when = p->to_date != NULL ? g_strdup_printf (_("From %s to %s"), from, to)
                                                 : g_strdup_printf (_("Since %s"), from);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->staff_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      gtk_list_box_append (self->referents_list, row);
    }
}

static void
show_duplicates (PslPersonPage *self,
                 GHashTable    *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = psl_person_find_duplicates (self->store, g_hash_table_lookup (values, "first_name"),
                                                           g_hash_table_lookup (values, "last_name"),
                                                           g_hash_table_lookup (values, "birth_date"),
                                                           self->person_id, &error);

  psl_toast_error (GTK_WIDGET (self), &error);
  psl_list_box_remove_all (self->duplicates_list);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), found != NULL && found->len > 0);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      PslPersonDuplicate *d = g_ptr_array_index (found, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *merge = gtk_button_new_with_mnemonic (_("_Merge Here"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->label);
      gtk_widget_set_valign (merge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (merge, _("Move everything recorded on the other record to this one"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (merge), "person-page.merge");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (merge), "s", d->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), merge);
      gtk_list_box_append (self->duplicates_list, row);
    }
}

static void
show_firm_view (PslPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = psl_firm_view_for_person (self->store, self->person_id, &error);

  psl_list_box_remove_all (self->firm_list);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      PslFirmViewLine *line = g_ptr_array_index (lines, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line->value);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_widget_add_css_class (row, "property");
      gtk_list_box_append (self->firm_list, row);
    }
  if (lines == NULL)
    psl_toast_message (GTK_WIDGET (self), error->message);
}

/* Employer relations read what a firm may know, and not the sheet: every
 * other tab is hidden, the form is left empty, and what prints or exports
 * the person's data is off. */
static void
show_role (PslPersonPage *self)
{
  GListModel *pages = G_LIST_MODEL (gtk_stack_get_pages (self->tab_stack));

  self->firm_only = psl_privacy_get_actor_role (self->store) == PSL_ROLE_EMPLOYER;
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      if (g_str_equal (gtk_stack_page_get_name (page), "firm"))
        continue;
      /* A tab hidden for this role comes back for the next; one hidden
       * for want of content stays so. */
      if (self->firm_only && gtk_stack_page_get_visible (page))
        {
          g_object_set_data (G_OBJECT (page), "psl-hidden-for-role", GINT_TO_POINTER (TRUE));
          gtk_stack_page_set_visible (page, FALSE);
        }
      else if (!self->firm_only && g_object_get_data (G_OBJECT (page), "psl-hidden-for-role") != NULL)
        {
          g_object_set_data (G_OBJECT (page), "psl-hidden-for-role", NULL);
          gtk_stack_page_set_visible (page, TRUE);
        }
    }
  g_object_unref (pages);
  for (const char *const *action = (const char *[]) { "person-page.print-pathway", "person-page.rights-print",
                                                     "person-page.rights-export", "person-page.rights-erase",
                                                     "person-page.delete", "person-page.merge", NULL };
       *action != NULL; action++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *action, !self->firm_only);
}

static GHashTable *
load_values (PslPersonPage *self,
             const char    *id,
             GError       **error)
{
  return psl_record_load (self->store, "person", psl_person_fields, id, error);
}

static void show_firm_view (PslPersonPage *self);

static void
refresh (PslPersonPage *self)
{
  g_autoptr(GHashTable) values = load_values (self, self->person_id, NULL);

  if (values == NULL)
    return;
  show_header (self, values);
  show_firm_view (self);
  if (self->firm_only)
    return;
  show_duplicates (self, values);
  show_referents (self);
}

static void
on_saved_cb (const char *column,
             gpointer    user_data)
{
  PslPersonPage *self = user_data;

  if (self->disposing)
    return;
  /* Whatever changed, the sheet now says who changed it last. */
  psl_authors_show (self->authors_label, self->store, "person", self->person_id);
  /* A valid value clears what an import kept to check in that field. */
  psl_review_group_reload (self->review_group);
  if (!g_strv_contains (summary_columns, column))
    return;
  refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
fill_visible_tab (PslPersonPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->tab_stack);

  if (self->person_id == NULL || name == NULL)
    return;
  for (guint i = 0; i < self->n_tabs; i++)
    {
      Tab *tab = &self->tabs[i];

      if (!g_str_equal (tab->name, name) || tab->filled)
        continue;
      if (tab->widget == NULL)
        {
          tab->widget = tab->make ();
          adw_bin_set_child (ADW_BIN (gtk_stack_get_child_by_name (self->tab_stack, name)), tab->widget);
        }
      tab->filled = TRUE;
      tab->show (tab->widget, self->store, self->person_id);
    }
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslPersonPage *self = PSL_PERSON_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!psl_person_merge (self->store, self->person_id, g_variant_get_string (param, NULL), &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  psl_toast_message (widget, _("The two records are now one."));
  for (guint i = 0; i < self->n_tabs; i++)
    self->tabs[i].filled = FALSE;
  refresh (self);
  fill_visible_tab (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPersonPage *self = PSL_PERSON_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (self->person_id);
  g_autofree char *name = g_strdup (gtk_label_get_text (self->name_label));

  if (id == NULL)
    return;
  psl_edit_form_flush (self->form);
  if (!psl_record_set_deleted (self->store, "person", id, TRUE, &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, id, name);
}

/* A tab changed what the others show (a placement, an outcome). */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPersonPage *self = PSL_PERSON_PAGE (widget);

  if (self->person_id == NULL)
    return;
  refresh (self);
  for (guint i = 0; i < self->n_tabs; i++)
    self->tabs[i].filled = FALSE;
  fill_visible_tab (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_back_clicked_cb (GtkButton     *button,
                    PslPersonPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static AdwPreferencesGroup *
add_group (PslPersonPage *self,
           const char    *title,
           const char    *description,
           GtkListBox   **list)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  *list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (*list), "boxed-list");
  adw_preferences_group_add (group, GTK_WIDGET (*list));
  adw_preferences_page_add (self->identity_page, group);
  return group;
}

static void
build_identity (PslPersonPage *self)
{
  AdwPreferencesGroup *group;
  GtkWidget *button;

  self->duplicates_group = add_group (self, _("Recorded Twice?"),
                                      _("Same name and date of birth. Merging keeps everything recorded "
                                        "on both, on this record."), &self->duplicates_list);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), FALSE);
  self->review_group = g_object_new (PSL_TYPE_REVIEW_GROUP, NULL);
  adw_preferences_page_add (self->identity_page, ADW_PREFERENCES_GROUP (self->review_group));
  self->form = psl_edit_form_new (self->store, psl_person_fields, form_rows,
                                  psl_person_set, on_saved_cb, self);
  psl_edit_form_add_to (self->form, self->identity_page);
  add_group (self, _("Referents"), _("Who has followed this person, and when."), &self->referents_list);
  psl_list_box_set_placeholder_text (self->referents_list, _("Nobody has followed this person yet."));
  self->mentoring = psl_record_list_new (&mentoring_list);
  adw_preferences_page_add (self->identity_page, ADW_PREFERENCES_GROUP (self->mentoring));
  g_signal_connect_swapped (self->mentoring, "changed", G_CALLBACK (refresh), self);

  adw_preferences_page_add (self->identity_page, psl_person_rights_group_new ());

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  button = gtk_button_new_with_mnemonic (_("_Delete This Person"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "person-page.delete");
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_add_css_class (button, "pill");
  adw_preferences_group_add (group, button);
  adw_preferences_page_add (self->identity_page, group);
}

static void
psl_person_page_dispose (GObject *object)
{
  PslPersonPage *self = PSL_PERSON_PAGE (object);

  self->disposing = TRUE;
  g_clear_pointer (&self->form, psl_edit_form_free);
  g_clear_object (&self->store);
  g_clear_pointer (&self->person_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_PERSON_PAGE);

  G_OBJECT_CLASS (psl_person_page_parent_class)->dispose (object);
}

/* The pathway on paper, seen first in the document window. */
static void
print_pathway_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PslPersonPage *self = PSL_PERSON_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->person_id == NULL)
    return;
  if ((doc = psl_pathway_report_new (self->store, self->person_id, &error)) == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

static void
rights_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPersonPage *self = PSL_PERSON_PAGE (widget);

  if (self->person_id == NULL)
    return;
  psl_edit_form_flush (self->form);
  if (g_str_has_suffix (action_name, "print"))
    psl_person_rights_print (widget, self->store, self->person_id);
  else if (g_str_has_suffix (action_name, "export"))
    psl_person_rights_export (widget, self->store, self->person_id);
  else
    psl_person_rights_erase (widget, self->store, self->person_id);
}

/* No read of its own for PslPage: a person is read as they are opened
 * (psl_person_page_show_person ()), and each tab as it is first shown. */
static void
psl_person_page_constructed (GObject *object)
{
  PslPersonPage *self = PSL_PERSON_PAGE (object);

  G_OBJECT_CLASS (psl_person_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  build_identity (self);
}

static void
psl_person_page_class_init (PslPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_person_page_dispose;
  object_class->constructed = psl_person_page_constructed;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A value the people's table shows was saved. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (id, name) of the person just deleted, to offer undo */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, box);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, pathway_label);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, authors_label);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, tab_stack);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, identity_page);
  gtk_widget_class_bind_template_child (widget_class, PslPersonPage, firm_list);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "person-page.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "person-page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "person-page.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "person-page.print-pathway", NULL, print_pathway_action);
  gtk_widget_class_install_action (widget_class, "person-page.rights-print", NULL, rights_action);
  gtk_widget_class_install_action (widget_class, "person-page.rights-export", NULL, rights_action);
  gtk_widget_class_install_action (widget_class, "person-page.rights-erase", NULL, rights_action);
}

static void
psl_person_page_init (PslPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->tab_stack, "notify::visible-child-name", G_CALLBACK (fill_visible_tab), self);
}

PslPersonPage *
psl_person_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_PERSON_PAGE, "store", store, NULL);
}

/* The lists offered (the team, partners…) come from the store: the form
 * is made once it is known. */
gboolean
psl_person_page_show_person (PslPersonPage *self,
                             const char    *person_id,
                             GError       **error)
{
  g_autoptr(GHashTable) values = NULL;

  g_return_val_if_fail (PSL_IS_PERSON_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  psl_edit_form_flush (self->form);
  values = load_values (self, person_id, error);
  if (values == NULL)
    return FALSE;

  g_free (self->person_id);
  self->person_id = g_strdup (person_id);
  for (guint i = 0; i < self->n_tabs; i++)
    self->tabs[i].filled = FALSE;
  show_role (self);
  show_header (self, values);
  show_firm_view (self);
  if (self->firm_only)
    {
      /* Not even in hidden widgets: the form (tied to no record, so that
       * nothing is written back) and the lists stay empty. */
      psl_edit_form_fill (self->form, NULL, NULL);
      psl_list_box_remove_all (self->referents_list);
      psl_record_list_show (self->mentoring, NULL, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), FALSE);
      gtk_stack_set_visible_child_name (self->tab_stack, "firm");
      return TRUE;
    }
  psl_edit_form_fill (self->form, person_id, values);
  psl_review_group_set_record (self->review_group, self->store, "person", psl_person_fields, person_id);
  show_duplicates (self, values);
  show_referents (self);
  psl_record_list_show (self->mentoring, self->store, person_id);
  gtk_stack_set_visible_child_name (self->tab_stack, "identity");
  return TRUE;
}

const char *
psl_person_page_get_person_id (PslPersonPage *self)
{
  g_return_val_if_fail (PSL_IS_PERSON_PAGE (self), NULL);
  return self->person_id;
}

/* The tab name, made by make and told the person through show when
 * first shown. */
void
psl_person_page_set_tab (PslPersonPage    *self,
                         const char       *name,
                         PslPersonTabMake  make,
                         PslPersonTabShow  show)
{
  GtkWidget *slot;

  g_return_if_fail (PSL_IS_PERSON_PAGE (self));
  g_return_if_fail (self->n_tabs < MAX_TABS);

  slot = gtk_stack_get_child_by_name (self->tab_stack, name);
  g_return_if_fail (ADW_IS_BIN (slot));
  gtk_stack_page_set_visible (gtk_stack_get_page (self->tab_stack, slot), TRUE);
  self->tabs[self->n_tabs++] = (Tab) { .name = name, .make = make, .show = show };
  fill_visible_tab (self);
}

GtkStack *
psl_person_page_get_tab_stack (PslPersonPage *self)
{
  g_return_val_if_fail (PSL_IS_PERSON_PAGE (self), NULL);
  return self->tab_stack;
}
