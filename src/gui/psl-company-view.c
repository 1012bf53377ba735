/* psl-company-view.c — one firm: its summary, relationship and journal
 *
 * Read-only rows built from the records of src/core; the journal tab is
 * the place where the relationship is written.
 */

#define G_LOG_DOMAIN "psl-company-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-company-journal.h"
#include "psl-company-view.h"
#include "psl-contact.h"
#include "psl-form-dialog.h"
#include "psl-evaluation.h"
#include "psl-format.h"
#include "psl-opportunity.h"
#include "psl-ref.h"
#include "psl-vcard.h"

struct _PslCompanyView
{
  GtkWidget            parent_instance;

  char                *company_id;
  PslStore            *store;
  gboolean             loading;    /* filling the rows: no saving */
  char                *editing_contact;
  GPtrArray           *rows;       /* rows added to the groups, to clear them */
  GStrv                contact_ids;

  GtkWidget           *box;
  GtkLabel            *name_label;
  GtkLabel            *subtitle_label;
  AdwViewStack        *view_stack;
  AdwPreferencesGroup *identity_group;
  AdwPreferencesGroup *contacts_group;
  GtkWidget           *export_button;
  AdwPreferencesGroup *relation_group;
  AdwPreferencesGroup *opportunities_group;
  PslCompanyJournal   *journal;
};

G_DEFINE_FINAL_TYPE (PslCompanyView, psl_company_view, GTK_TYPE_WIDGET)

enum {
  BACK,
  CHANGED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_row (PslCompanyView      *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *value,
         const char          *css_class)
{
  GtkWidget *row;
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;

  row = adw_action_row_new ();
  escaped = g_markup_escape_text (value, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  /* The value is what one reads: it comes first. */
  gtk_widget_add_css_class (row, "property");
  if (css_class != NULL)
    gtk_widget_add_css_class (row, css_class);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void save_row (PslCompanyView *self, GtkWidget *row, const char *value);

/* Typing saved less than SAVE_DELAY_MS ago is saved now, before the rows
 * go away: nothing typed is lost by leaving the firm. */
static void
flush_pending (PslCompanyView *self)
{
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "save-source"));

      if (source == 0)
        continue;
      g_source_remove (source);
      g_object_set_data (G_OBJECT (row), "save-source", NULL);
      save_row (self, row, gtk_editable_get_text (GTK_EDITABLE (row)));
    }
}

static void
clear_rows (PslCompanyView *self)
{
  flush_pending (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static char *
staff_name (PslStore   *store,
            const char *staff_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;", NULL);

  if (stmt == NULL || staff_id == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, staff_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
}

/* Every edit is saved as soon as the typing pauses; a value that breaks a
 * rule is shown on its row and not saved, so the last good one stays. */
#define SAVE_DELAY_MS 400

static void
save_row (PslCompanyView *self,
          GtkWidget      *row,
          const char     *value)
{
  const char *column = g_object_get_data (G_OBJECT (row), "column");
  g_autoptr(GError) error = NULL;

  if (psl_company_set (self->store, self->company_id, column, value, &error))
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      if (g_strcmp0 (column, "legal_name") == 0 || g_strcmp0 (column, "trade_name") == 0)
        g_signal_emit (self, signals[CHANGED], 0);
    }
  else
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, error->message);
    }
}

static gboolean
on_save_timeout_cb (gpointer data)
{
  GtkWidget *row = data;
  PslCompanyView *self = PSL_COMPANY_VIEW (gtk_widget_get_ancestor (row, PSL_TYPE_COMPANY_VIEW));

  g_object_set_data (G_OBJECT (row), "save-source", NULL);
  if (self != NULL)
    save_row (self, row, gtk_editable_get_text (GTK_EDITABLE (row)));
  return G_SOURCE_REMOVE;
}

static void
on_entry_changed_cb (GtkEditable    *row,
                     PslCompanyView *self)
{
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "save-source"));

  if (self->loading)
    return;
  if (source != 0)
    g_source_remove (source);
  source = g_timeout_add_full (G_PRIORITY_DEFAULT, SAVE_DELAY_MS, on_save_timeout_cb,
                               g_object_ref (row), g_object_unref);
  g_object_set_data (G_OBJECT (row), "save-source", GUINT_TO_POINTER (source));
}

static void
add_entry (PslCompanyView *self,
           const char     *column,
           const char     *value)
{
  const PslField *field = psl_record_find_field (psl_company_fields, column);
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  g_object_set_data_full (G_OBJECT (row), "column", g_strdup (column), g_free);
  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), self);
  adw_preferences_group_add (self->identity_group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
on_combo_selected_cb (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      PslCompanyView *self)
{
  GPtrArray *items = g_object_get_data (G_OBJECT (row), "items");
  guint selected = adw_combo_row_get_selected (row);

  /* Position 0 is "not said". */
  if (!self->loading && items != NULL)
    save_row (self, GTK_WIDGET (row),
              selected > 0 && selected <= items->len
              ? ((PslRefItem *) g_ptr_array_index (items, selected - 1))->code : NULL);
}

static void
add_combo (PslCompanyView *self,
           PslStore       *store,
           const char     *column,
           const char     *value)
{
  const PslField *field = psl_record_find_field (psl_company_fields, column);
  g_autoptr(GPtrArray) items = psl_ref_list (store, field->ref_list, NULL, NULL);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (model, _("Not said"));
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (model, item->label);
      if (g_strcmp0 (item->code, value) == 0)
        selected = i + 1;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "column", g_strdup (column), g_free);
  g_object_set_data_full (G_OBJECT (row), "items", g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
  adw_preferences_group_add (self->identity_group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
show_identity (PslCompanyView *self,
               PslStore       *store,
               PslCompany     *c)
{
  g_autofree char *headcount = c->headcount >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, c->headcount) : NULL;

  add_entry (self, "legal_name", c->legal_name);
  add_entry (self, "trade_name", c->trade_name);
  add_entry (self, "identifier", c->identifier);
  add_entry (self, "naf_code", c->naf_code);
  add_combo (self, store, "sector", c->sector);
  add_combo (self, store, "size_band", c->size_band);
  add_entry (self, "headcount", headcount);
  add_entry (self, "address", c->address);
  add_entry (self, "postcode", c->postcode);
  add_entry (self, "commune", c->commune);
  add_entry (self, "phone", c->phone);
  add_entry (self, "email", c->email);
  add_entry (self, "website", c->website);
  add_entry (self, "hiring_needs", c->hiring_needs);
  add_entry (self, "seasonality", c->seasonality);
  add_entry (self, "csr_commitments", c->csr_commitments);
  add_combo (self, store, "partnership_level", c->partnership_level);
}

static const char *contact_columns[] = { "first_name", "last_name", "job_title", "phone", "email" };

/* Saves the form's values on a contact (a new one when id is NULL), all in
 * one transaction: a refused value leaves nothing half-saved. */
static char *
save_contact (PslCompanyView     *self,
              const char         *id,
              const char * const *values)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created = NULL;
  gboolean ok = psl_store_begin (self->store, &error);

  if (ok && id == NULL)
    {
      id = created = psl_contact_create (self->store, self->company_id, values[0], values[1], &error);
      ok = id != NULL;
    }
  for (guint i = 0; ok && i < G_N_ELEMENTS (contact_columns); i++)
    ok = psl_contact_set (self->store, id, contact_columns[i], values[i], &error);
  if (!ok || !psl_store_commit (self->store, &error))
    {
      psl_store_rollback (self->store);
      return g_strdup (error->message);
    }

  psl_company_view_show (self, self->store, self->company_id, NULL);
  return NULL;
}

static char *
submit_contact_edit (const char * const *values,
                     gpointer            user_data)
{
  PslCompanyView *self = user_data;

  return save_contact (self, self->editing_contact, values);
}

static void
on_contact_activated_cb (AdwActionRow   *row,
                         PslCompanyView *self)
{
  const char *labels[] = { _("First name"), _("Last name"), _("Job title"), _("Phone"), _("E-mail"), NULL };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (self->store,
    "SELECT first_name, last_name, job_title, phone, email FROM contact WHERE id = ?1;", NULL);
  const char *values[G_N_ELEMENTS (contact_columns) + 1] = { NULL };

  g_free (self->editing_contact);
  self->editing_contact = g_strdup (g_object_get_data (G_OBJECT (row), "contact-id"));
  sqlite3_bind_text (stmt, 1, self->editing_contact, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (contact_columns); i++)
    values[i] = (const char *) sqlite3_column_text (stmt, i);

  psl_form_dialog_show (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Contact at the Firm"),
                        labels, values, NULL, _("_Save"), submit_contact_edit, self);
}

static void
on_delete_contact_cb (GtkButton      *button,
                      PslCompanyView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (button), "contact-id"));
  g_autofree char *name = g_strdup (g_object_get_data (G_OBJECT (button), "contact-name"));

  if (!psl_record_set_deleted (self->store, "contact", id, TRUE, &error))
    return;
  psl_company_view_show (self, self->store, self->company_id, NULL);
  g_signal_emit (self, signals[DELETED], 0, "contact", id, name);
}

static void
add_delete_button (PslCompanyView *self,
                   GtkWidget      *row,
                   const char     *contact_id,
                   const char     *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete this contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this contact"), -1);
  g_object_set_data_full (G_OBJECT (button), "contact-id", g_strdup (contact_id), g_free);
  g_object_set_data_full (G_OBJECT (button), "contact-name", g_strdup (name), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_contact_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
show_contacts (PslCompanyView *self,
               PslStore       *store,
               const char     *company_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, ifnull(first_name || ' ', '') || last_name, job_title, phone, email, is_tutor"
    "  FROM contact WHERE company_id = ?1 AND deleted_at IS NULL AND active = 1"
    " ORDER BY last_name COLLATE NOCASE;", NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GString) detail = g_string_new (NULL);
      g_autofree char *title = NULL;

      for (int column = 2; column <= 4; column++)
        if (sqlite3_column_text (stmt, column) != NULL)
          g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "",
                                  (const char *) sqlite3_column_text (stmt, column));
      title = sqlite3_column_int (stmt, 5)
              ? g_strdup_printf ("%s — %s", (const char *) sqlite3_column_text (stmt, 1), _("Tutor"))
              : g_strdup ((const char *) sqlite3_column_text (stmt, 1));

      g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
      add_row (self, self->contacts_group, title, detail->len > 0 ? detail->str : " ", NULL);
      {
        GtkWidget *row = g_ptr_array_index (self->rows, self->rows->len - 1);

        add_delete_button (self, row, (const char *) sqlite3_column_text (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1));
        g_object_set_data_full (G_OBJECT (row), "contact-id",
                                g_strdup ((const char *) sqlite3_column_text (stmt, 0)), g_free);
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
        g_signal_connect (row, "activated", G_CALLBACK (on_contact_activated_cb), self);
      }
    }

  g_clear_pointer (&self->contact_ids, g_strfreev);
  self->contact_ids = g_strv_builder_end (ids);
  gtk_widget_set_sensitive (self->export_button, self->contact_ids[0] != NULL);
  adw_preferences_group_set_description (self->contacts_group,
                                         self->contact_ids[0] == NULL ? _("No contact recorded yet.") : NULL);
}

static char *
submit_new_contact (const char * const *values,
                    gpointer            user_data)
{
  return save_contact (user_data, NULL, values);
}

static void
on_add_contact_clicked_cb (GtkButton      *button,
                           PslCompanyView *self)
{
  const char *labels[] = { _("First name"), _("Last name"), _("Job title"), _("Phone"), _("E-mail"), NULL };

  psl_form_dialog_show (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("New Contact at the Firm"),
                        labels, NULL, NULL, _("_Add"), submit_new_contact, self);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  PslCompanyView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *message = NULL;
      guint n = g_strv_length (self->contact_ids);

      if (psl_vcard_write_contacts (self->store, (const char * const *) self->contact_ids, path, &error))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contacts exported.",
                                                "%u contacts exported.", n), n);
      else
        message = g_strdup (error->message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
    }

  g_object_unref (chooser);
}

static void
on_export_clicked_cb (GtkButton      *button,
                      PslCompanyView *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Export the Contacts"),
                                 GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("contacts.vcf"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_relationship (PslCompanyView *self,
                   PslStore       *store,
                   PslCompany     *c)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *origin = psl_ref_label (store, "first_contact_origin", c->first_contact_origin);
  g_autofree char *referent = staff_name (store, c->referent_id);
  g_autofree char *since = psl_format_date (c->relationship_start);
  g_autofree char *evaluated_on = NULL;
  int scores[PSL_FORM_B_CRITERIA];
  PslScoreSettings settings;
  PslHostLoad load;
  PslFormA form;
  int year = g_ascii_strtoll (today, NULL, 10);

  add_row (self, self->relation_group, _("Referent"), referent, NULL);
  add_row (self, self->relation_group, _("Relationship start"), since, NULL);
  add_row (self, self->relation_group, _("First contact"), origin, NULL);
  if (g_strcmp0 (c->status, "dormant") == 0)
    add_row (self, self->relation_group, _("Dormant"),
             c->dormant_reason != NULL ? c->dormant_reason : _("No reason given"), "warning");

  /* The quadrant crosses the latest rating with last year's opportunities. */
  psl_score_settings_load (store, &settings);
  if (psl_form_a_compute (store, c->id, year, &form, NULL))
    {
      gboolean rated = psl_evaluation_latest (store, c->id, scores, &evaluated_on);
      double quality = rated ? psl_form_b_quality (scores) : 0;
      double realised = psl_form_a_weighted_realised (&form, &settings);
      g_autofree char *date = psl_format_date (evaluated_on);
      g_autofree char *text = rated
        /* Translators: %1$s the quadrant, %2$.0f a quality out of 100, %3$s a date */
        ? g_strdup_printf (_("%1$s (quality %2$.0f/100, rated on %3$s)"),
                           psl_quadrant_label (psl_evaluation_quadrant (quality, realised, &settings)),
                           quality, date)
        : g_strdup (_("Not rated yet"));

      add_row (self, self->relation_group, _("Evaluation"), text, NULL);
      psl_form_a_clear (&form);
    }

  if (psl_company_host_load (store, c->id, today, &load, NULL) && load.over)
    {
      /* Translators: %1$u immersions and %2$u requests in the last 90 days */
      g_autofree char *text = g_strdup_printf (_("%1$u immersions and %2$u requests in the last 90 days: "
                                                 "leave this firm some rest."), load.immersions, load.requests);
      add_row (self, self->relation_group, _("Over-solicited"), text, "warning");
    }
}

static void
show_opportunities (PslCompanyView *self,
                    PslStore       *store,
                    const char     *company_id)
{
  g_autoptr(GArray) years = psl_opportunity_phase_years (store, company_id, NULL);

  for (guint i = 0; years != NULL && i < years->len && i < 4; i++)
    {
      PslPhaseYear *y = &g_array_index (years, PslPhaseYear, i);
      g_autofree char *year = g_strdup_printf ("%d", y->year);
      /* Translators: proposed/realised opportunities by phase */
      g_autofree char *text = g_strdup_printf (_("Discovery %u/%u · Immersion %u/%u · Work-study %u/%u · Job %u/%u"),
                                               y->proposed[0], y->realised[0], y->proposed[1], y->realised[1],
                                               y->proposed[2], y->realised[2], y->proposed[3], y->realised[3]);

      add_row (self, self->opportunities_group, year, text, NULL);
    }
}

/* Deleting only marks the firm: the window offers to undo. */
static void
on_delete_clicked_cb (GtkButton      *button,
                      PslCompanyView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (self->company_id);
  g_autofree char *name = g_strdup (gtk_label_get_label (self->name_label));

  flush_pending (self);
  if (!psl_record_set_deleted (self->store, "company", id, TRUE, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, "company", id, name);
}

static void
on_back_clicked_cb (GtkButton      *button,
                    PslCompanyView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
psl_company_view_dispose (GObject *object)
{
  PslCompanyView *self = (PslCompanyView *) object;

  if (self->store != NULL)
    flush_pending (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_VIEW);

  G_OBJECT_CLASS (psl_company_view_parent_class)->dispose (object);
}

static void
psl_company_view_finalize (GObject *object)
{
  g_free (((PslCompanyView *) object)->company_id);
  g_strfreev (((PslCompanyView *) object)->contact_ids);
  g_free (((PslCompanyView *) object)->editing_contact);
  G_OBJECT_CLASS (psl_company_view_parent_class)->finalize (object);
}

static void
psl_company_view_class_init (PslCompanyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_view_dispose;
  object_class->finalize = psl_company_view_finalize;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (table, id, name) of a firm or contact just deleted, to offer undo */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                   G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (PSL_TYPE_COMPANY_JOURNAL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, box);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, name_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, identity_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, export_button);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, relation_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, opportunities_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyView, journal);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_contact_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}

static void
psl_company_view_init (PslCompanyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

PslCompanyView *
psl_company_view_new (void)
{
  return g_object_new (PSL_TYPE_COMPANY_VIEW, NULL);
}

gboolean
psl_company_view_show (PslCompanyView *self,
                       PslStore       *store,
                       const char     *company_id,
                       GError        **error)
{
  g_autoptr(PslCompany) company = psl_company_load (store, company_id, error);
  g_autofree char *sector = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (PSL_IS_COMPANY_VIEW (self), FALSE);

  if (company == NULL)
    return FALSE;

  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  g_set_object (&self->store, store);

  sector = psl_ref_label (store, "sector", company->sector);
  subtitle = g_strdup_printf ("%s%s%s", company->commune != NULL ? company->commune : "",
                              company->commune != NULL && sector != NULL ? " · " : "",
                              sector != NULL ? sector : "");
  gtk_label_set_label (self->name_label, company->trade_name != NULL ? company->trade_name
                                                                      : company->legal_name);
  gtk_label_set_label (self->subtitle_label, subtitle);

  clear_rows (self);
  self->loading = TRUE;
  show_identity (self, store, company);
  show_contacts (self, store, company_id);
  show_relationship (self, store, company);
  show_opportunities (self, store, company_id);
  psl_company_journal_set_company (self->journal, store, company_id, NULL);
  self->loading = FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, "summary");

  return TRUE;
}

const char *
psl_company_view_get_company (PslCompanyView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_VIEW (self), NULL);
  return self->company_id;
}
