/* psl-audit-window.c — direction reads the audit journal, filtered by person, staff member and period */

#define G_LOG_DOMAIN "psl-audit-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-audit-window.h"
#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-staff-choice.h"
#include "privacy/psl-audit.h"

/* The most recent first; the export has them all. */
#define SHOWN_MAX 500

struct _PslAuditWindow
{
  AdwWindow    parent_instance;

  PslStore    *store;
  GPtrArray   *staff_ids;
  GtkDropDown *staff_dropdown;
  GtkEntry    *from_entry;
  GtkEntry    *to_entry;
  GtkEntry    *person_entry;
  GtkListBox  *list;
  GtkLabel    *count_label;
  AdwToastOverlay *toasts;
};

G_DEFINE_FINAL_TYPE (PslAuditWindow, psl_audit_window, ADW_TYPE_WINDOW)

/* The filter as typed; the dates in ISO, NULL when empty or unreadable. */
static void
read_filter (PslAuditWindow *self,
             PslAuditFilter *filter,
             char          **from,
             char          **to)
{
  g_autoptr(GDate) first = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)));
  g_autoptr(GDate) last = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)));

  *from = first != NULL ? psl_date_to_iso (first) : NULL;
  *to = last != NULL ? psl_date_to_iso (last) : NULL;
  filter->from = *from;
  filter->to = *to;
  filter->person_id = NULL;
  filter->staff_id = psl_staff_choice_selected (self->staff_dropdown, self->staff_ids);
}

static void
reload (PslAuditWindow *self)
{
  g_autofree char *from = NULL, *to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->person_entry)), -1);
  g_autofree char *count = NULL;
  PslAuditFilter filter;
  guint shown = 0, matching = 0;

  read_filter (self, &filter, &from, &to);
  psl_list_box_remove_all (self->list);
  if ((rows = psl_audit_load (self->store, &filter, &error)) == NULL)
    {
      gtk_label_set_label (self->count_label, error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      PslAuditRow *row = g_ptr_array_index (rows, i);
      g_autofree char *person = g_utf8_casefold (row->person != NULL ? row->person : "", -1);
      g_autofree char *day = g_strndup (row->at, 10);
      g_autofree char *date = psl_format_date_short (day);
      g_autofree char *title = NULL, *subtitle = NULL;
      g_autofree char *detail = row->detail != NULL ? g_strconcat (" — ", row->detail, NULL) : g_strdup ("");
      GtkWidget *widget;

      if (*needle != '\0' && strstr (person, needle) == NULL)
        continue;
      if (++matching > SHOWN_MAX)
        continue;
      shown++;
      title = row->person != NULL ? g_strdup_printf ("%s — %s", row->action, row->person) : g_strdup (row->action);
      /* Translators: a journal line: %1$s a date, %2$s a time (UTC), %3$s who, %4$s a detail */
      subtitle = g_strdup_printf (_("%1$s at %2$.5s UTC, %3$s%4$s"), date, row->at + 11, row->staff, detail);
      widget = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
      gtk_list_box_append (self->list, widget);
    }
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", matching), matching);
  gtk_label_set_label (self->count_label, count);
}

static void
on_filter_changed_cb (PslAuditWindow *self)
{
  reload (self);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       PslAuditWindow  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL, *from = NULL, *to = NULL;
  g_autoptr(GError) error = NULL;
  PslAuditFilter filter;
  guint n = 0;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      read_filter (self, &filter, &from, &to);
      if (!g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
        {
          g_autofree char *with = g_strconcat (path, ".xlsx", NULL);
          g_free (g_steal_pointer (&path));
          path = g_steal_pointer (&with);
        }
      if (!psl_audit_export (self->store, &filter, path, &n, &error))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      else
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The journal is exported.")));
    }
  g_object_unref (chooser);
}

static void
on_export_clicked_cb (GtkButton      *button,
                      PslAuditWindow *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export the Audit Journal"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("audit-journal.xlsx"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkEntry *
filter_entry (GtkWidget      *box,
              const char     *placeholder,
              int             chars,
              PslAuditWindow *self)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), chars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (box), entry);
  return GTK_ENTRY (entry);
}

static void
psl_audit_window_dispose (GObject *object)
{
  PslAuditWindow *self = PSL_AUDIT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_audit_window_parent_class)->dispose (object);
}

static void
psl_audit_window_class_init (PslAuditWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_audit_window_dispose;
}

static void
psl_audit_window_init (PslAuditWindow *self)
{
}

PslAuditWindow *
psl_audit_window_new (GtkWindow *parent,
                      PslStore  *store)
{
  PslAuditWindow *self = g_object_new (PSL_TYPE_AUDIT_WINDOW, "transient-for", parent, "modal", TRUE,
                                       "default-width", 900, "default-height", 620,
                                       "title", _("Audit Journal"), NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->store = g_object_ref (store);
  gtk_widget_add_css_class (export, "suggested-action");
  g_signal_connect (export, "clicked", G_CALLBACK (on_export_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (filters, 12);
  self->person_entry = filter_entry (filters, _("Person"), 18, self);
  self->staff_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Staff member"), -1);
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->staff_dropdown));
  self->from_entry = filter_entry (filters, _("From (dd/mm/yyyy)"), 14, self);
  self->to_entry = filter_entry (filters, _("To (dd/mm/yyyy)"), 14, self);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (inner), filters);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 12);
  psl_list_box_set_placeholder_text (self->list, _("Nothing in the journal for this filter."));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->list));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);

  self->staff_ids = psl_staff_choice_fill (self->staff_dropdown, store, self);
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  reload (self);
  return self;
}
