/* psl-watch-list.c — the local economic watch: news of firms, and what each became
 *
 * Annexe 3, I.B.  Each row is a piece of news (a settlement, a closure, an
 * extension, a project) with its firm, date and source, and two buttons
 * that turn it into an opportunity or a visit at that firm, once each;
 * under the news, what it became.  The firm not yet in the network joins
 * it then.
 */

#define G_LOG_DOMAIN "psl-watch-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-form-dialog.h"
#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-opportunity-dialog.h"
#include "psl-page.h"
#include "psl-record-dialog.h"
#include "psl-toast.h"
#include "psl-watch.h"
#include "psl-watch-list.h"

struct _PslWatchList
{
  PslPage     parent_instance;

  PslStore   *store;
  char       *visit_entry;   /* the entry whose visit is being dated */

  GtkWidget  *page;
  GtkListBox *list;
  GPtrArray  *lines;         /* PslWatchLine, as listed */
};

G_DEFINE_FINAL_TYPE (PslWatchList, psl_watch_list, PSL_TYPE_PAGE)

static void load (PslPage      *page,
                  GCancellable *cancellable);

#define NEWS N_("The News")
#define FIRM N_("The Firm")

static const PslFormRow watch_rows[] = {
  { NEWS, "kind",       PSL_FORM_CHOICE, psl_watch_kind_choices },
  { NEWS, "noted_on",   PSL_FORM_ENTRY },
  { NEWS, "source",     PSL_FORM_ENTRY },
  { NEWS, "summary",    PSL_FORM_TEXT },
  { NEWS, "commune",    PSL_FORM_ENTRY },
  { FIRM, "company_id", PSL_FORM_COMBO, NULL, PSL_CHOICES_FIRMS },
  { FIRM, "firm_name",  PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm watch_form = {
  "watch_entry", psl_watch_fields, watch_rows, psl_watch_create_from_form, psl_watch_check_form
};

static GtkWidget *
turn_button (const char *label,
             const char *action,
             const char *id,
             const char *done)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  /* Done once: said on the button, which then explains why not again. */
  if (done != NULL)
    {
      gtk_widget_add_css_class (button, "dim-label");
      gtk_widget_set_tooltip_text (button, done);
    }
  return button;
}

static GtkWidget *
make_row (const PslWatchLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *date = psl_format_date (line->noted_on);
  g_autofree char *outcome = psl_watch_line_outcome (line);
  /* Translators: an entry of the local watch: the firm, and what the news is */
  g_autofree char *title = g_strdup_printf (_("%s — %s"), line->firm != NULL ? line->firm : _("Firm deleted"),
                                            line->kind_label);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  psl_append_part (detail, date);
  psl_append_part (detail, line->source);
  psl_append_part (detail, line->commune);
  if (line->company_id == NULL)
    psl_append_part (detail, _("not yet in the network"));
  g_string_append_printf (detail, "\n%s", line->summary);
  if (outcome != NULL)
    g_string_append_printf (detail, "\n→ %s", outcome);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "watch.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), turn_button (_("_Opportunity…"), "watch.opportunity", line->id,
                                                  line->opportunity_id != NULL
                                                  ? _("Already an opportunity: open it from the firm's page.")
                                                  : NULL));
  gtk_box_append (GTK_BOX (buttons), turn_button (_("_Visit…"), "watch.visit", line->id,
                                                  line->interaction_id != NULL
                                                  ? _("Already a visit: it is in the firm's journal.")
                                                  : NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
  return row;
}

static void
line_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslWatchLine *line = data;
  g_autofree char *outcome = psl_watch_line_outcome (line);

  psl_export_cell_date (cells, line->noted_on);
  psl_export_cell_text (cells, line->kind_label);
  psl_export_cell_text (cells, line->firm);
  psl_export_cell_text (cells, line->company_id != NULL ? _("Yes") : _("No"));
  psl_export_cell_text (cells, line->commune);
  psl_export_cell_text (cells, line->source);
  psl_export_cell_text (cells, line->summary);
  psl_export_cell_text (cells, outcome);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Date"), N_("Kind of news"), N_("Firm"), N_("In the Network"), N_("Commune"),
                                   N_("Source"), N_("Summary"), N_("What It Became"), NULL };

  return psl_list_export_table (_("Local Economic Watch"), headers, PSL_WATCH_LIST (widget)->lines, line_cells);
}

static void
present_dialog (PslWatchList *self,
                const char   *id)
{
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  g_hash_table_insert (defaults, (gpointer) "noted_on", psl_today_iso ());
  g_hash_table_insert (defaults, (gpointer) "kind", g_strdup ("settlement"));
  dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, &watch_form,
                                  NULL, id, id == NULL ? defaults : NULL, &error);
  if (dialog == NULL)
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      psl_watch_list_reload (self);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), id == NULL ? _("New News") : _("News"));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_watch_list_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  present_dialog (PSL_WATCH_LIST (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  present_dialog (PSL_WATCH_LIST (widget), g_variant_get_string (param, NULL));
}

/* The opportunity is made at once, then opened to be completed (its
 * phase, places, contract). */
static void
opportunity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PslWatchList *self = PSL_WATCH_LIST (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *id = psl_watch_to_opportunity (self->store, g_variant_get_string (param, NULL), today, &error);
  g_autoptr(PslWatchLine) line = NULL;
  PslRecordDialog *dialog;

  if (id == NULL)
    {
      psl_toast_error (widget, &error);
      return;
    }
  psl_watch_list_reload (self);
  line = psl_watch_load (self->store, g_variant_get_string (param, NULL), &error);
  dialog = line != NULL ? psl_opportunity_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                      line->company_id, id, PSL_PHASE_EMPLOYMENT, &error)
                        : NULL;
  if (dialog == NULL)
    {
      psl_toast_error (widget, &error);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
submit_visit (const char * const *values,
              gpointer            user_data)
{
  PslWatchList *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->visit_entry == NULL)
    return NULL;
  id = psl_watch_to_visit (self->store, self->visit_entry, values[0], &error);
  if (id == NULL)
    return g_strdup (error->message);
  g_clear_pointer (&self->visit_entry, g_free);
  psl_watch_list_reload (self);
  psl_toast_message (GTK_WIDGET (self), _("Visit recorded in the firm's journal."));
  return NULL;
}

static void
visit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslWatchList *self = PSL_WATCH_LIST (widget);
  const char *labels[] = { _("Date of the visit"), NULL };
  g_autofree char *today = psl_today_iso ();
  g_autofree char *shown = psl_format_date_short (today);
  const char *values[] = { shown, NULL };
  g_autoptr(PslWatchLine) line = NULL;
  g_autoptr(GError) error = NULL;

  /* Said at once, before a date is asked for nothing. */
  line = psl_watch_load (self->store, g_variant_get_string (param, NULL), &error);
  if (line == NULL)
    {
      psl_toast_error (widget, &error);
      return;
    }
  if (line->interaction_id != NULL)
    {
      g_autofree char *again = psl_watch_to_visit (self->store, line->id, today, &error);

      psl_toast_error (widget, &error);
      return;
    }
  g_free (self->visit_entry);
  self->visit_entry = g_strdup (line->id);
  psl_form_dialog_show (GTK_WINDOW (gtk_widget_get_root (widget)), _("Visit the Firm"), labels, values, NULL,
                        _("_Record the Visit"), submit_visit, self);
}

static void
psl_watch_list_dispose (GObject *object)
{
  PslWatchList *self = PSL_WATCH_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->visit_entry, g_free);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_WATCH_LIST);
  G_OBJECT_CLASS (psl_watch_list_parent_class)->dispose (object);
}

static void
psl_watch_list_class_init (PslWatchListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_watch_list_dispose;
  PSL_PAGE_CLASS (klass)->load = load;
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-watch-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PslWatchList, page);
  gtk_widget_class_bind_template_child (widget_class, PslWatchList, list);
  gtk_widget_class_install_action (widget_class, "watch.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "watch.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "watch.opportunity", "s", opportunity_action);
  gtk_widget_class_install_action (widget_class, "watch.visit", "s", visit_action);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_watch_list_init (PslWatchList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->list, _("No news recorded yet. Add what the local press or a study "
                                                   "says of a firm: a settlement, a closure, an extension, a project."));
}

void
psl_watch_list_set_store (PslWatchList *self,
                          PslStore     *store)
{
  g_return_if_fail (PSL_IS_WATCH_LIST (self));

  g_set_object (&self->store, store);
  /* Read when first shown: the window opens on another page. */
  psl_watch_list_reload (self);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return psl_watch_list (store, error);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslWatchList) self = user_data;

  psl_page_show_lines (PSL_PAGE (self), source, result, self->list, &self->lines, (PslPageMakeRow) make_row);
}

/* The news, the latest first, on the database thread. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslWatchList *self = PSL_WATCH_LIST (page);

  psl_store_run_async (self->store, load_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref, cancellable,
                       on_loaded_cb, g_object_ref (self));
}

void
psl_watch_list_reload (PslWatchList *self)
{
  g_return_if_fail (PSL_IS_WATCH_LIST (self));

  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

GtkListBox *
psl_watch_list_get_list (PslWatchList *self)
{
  g_return_val_if_fail (PSL_IS_WATCH_LIST (self), NULL);
  return self->list;
}
