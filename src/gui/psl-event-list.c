/* psl-event-list.c — the events of the structure, the latest first, with who came
 *
 * An event opens in its window; who took part is added in another, from
 * the row's button, since one often fills that in after the day.
 */

#define G_LOG_DOMAIN "psl-event-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-event.h"
#include "psl-event-list.h"
#include "psl-page.h"
#include "psl-format.h"
#include "psl-network-dialogs.h"
#include "psl-participants-sheet.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-toast.h"

struct _PslEventList
{
  PslPage     parent_instance;

  PslStore   *store;

  GtkWidget  *page;
  GtkListBox *list;
  GPtrArray  *lines;    /* PslEventLine, as listed */
};

G_DEFINE_FINAL_TYPE (PslEventList, psl_event_list, PSL_TYPE_PAGE)

static void load (PslPage      *page,
                  GCancellable *cancellable);

static GtkWidget *
make_row (const PslEventLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *who = gtk_button_new_with_mnemonic (_("_Taking Part…"));
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *date = psl_format_date (line->held_on);
  g_autofree char *firms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u firm", "%u firms",
                                                         line->turnout.companies), line->turnout.companies);
  g_autofree char *partners = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners",
                                                            line->turnout.partners), line->turnout.partners);
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                                          line->turnout.people), line->turnout.people);
  g_autoptr(GString) turnout = g_string_new (NULL);

  psl_append_part (detail, line->kind_label);
  psl_append_part (detail, date);
  psl_append_part (detail, line->place);
  psl_append_part (turnout, firms);
  psl_append_part (turnout, partners);
  psl_append_part (turnout, people);
  g_string_append_printf (detail, "\n%s", turnout->str);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "events.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);
  gtk_widget_set_valign (who, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (who), "events.participants");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (who), "s", line->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), who);
  return row;
}

static void
present (PslEventList *self,
         GtkWindow    *window,
         const char   *signal)
{
  g_signal_connect_object (window, signal, G_CALLBACK (psl_event_list_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (window);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PslEventList *self = PSL_EVENT_LIST (widget);

  present (self, GTK_WINDOW (psl_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                   NULL, NULL)), "saved");
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslEventList *self = PSL_EVENT_LIST (widget);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog = psl_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                  g_variant_get_string (param, NULL), &error);

  if (dialog == NULL)
    psl_toast_message (widget, error->message);
  else
    present (self, GTK_WINDOW (dialog), "saved");
}

static void
participants_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslEventList *self = PSL_EVENT_LIST (widget);

  present (self, GTK_WINDOW (psl_participants_sheet_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                         g_variant_get_string (param, NULL))), "changed");
}

static void
line_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslEventLine *line = data;

  psl_export_cell_date (cells, line->held_on);
  psl_export_cell_text (cells, line->title);
  psl_export_cell_text (cells, line->kind_label);
  psl_export_cell_text (cells, line->place);
  psl_export_cell_count (cells, line->turnout.companies);
  psl_export_cell_count (cells, line->turnout.partners);
  psl_export_cell_count (cells, line->turnout.people);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Date"), N_("Event"), N_("Kind"), N_("Place"),
                                   N_("Firms"), N_("Partners"), N_("People"), NULL };

  return psl_list_export_table (_("Events"), headers, PSL_EVENT_LIST (widget)->lines, line_cells);
}

static void
psl_event_list_dispose (GObject *object)
{
  PslEventList *self = PSL_EVENT_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_EVENT_LIST);
  G_OBJECT_CLASS (psl_event_list_parent_class)->dispose (object);
}

static void
psl_event_list_class_init (PslEventListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_event_list_dispose;
  PSL_PAGE_CLASS (klass)->load = load;
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PslEventList, page);
  gtk_widget_class_bind_template_child (widget_class, PslEventList, list);
  gtk_widget_class_install_action (widget_class, "events.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "events.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "events.participants", "s", participants_action);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_event_list_init (PslEventList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->list, _("No event recorded yet."));
}

void
psl_event_list_set_store (PslEventList *self,
                          PslStore     *store)
{
  g_return_if_fail (PSL_IS_EVENT_LIST (self));

  g_set_object (&self->store, store);
  /* Read when first shown: the window opens on another page. */
  psl_event_list_reload (self);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return psl_event_list (store, error);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslEventList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (PSL_PAGE (self));
  psl_list_box_remove_all (self->list);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  if (lines == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (lines, i)));
  self->lines = g_steal_pointer (&lines);
}

/* The events, the latest first, on the database thread. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslEventList *self = PSL_EVENT_LIST (page);

  psl_store_run_async (self->store, load_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref, cancellable,
                       on_loaded_cb, g_object_ref (self));
}

void
psl_event_list_reload (PslEventList *self)
{
  g_return_if_fail (PSL_IS_EVENT_LIST (self));

  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

GtkListBox *
psl_event_list_get_list (PslEventList *self)
{
  g_return_val_if_fail (PSL_IS_EVENT_LIST (self), NULL);
  return self->list;
}
