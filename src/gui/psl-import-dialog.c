/* psl-import-dialog.c — importing a CSV list of firms: columns, preview, report
 *
 * Every change of a column's meaning runs the whole import again as a dry
 * run on the database worker (a transaction that is rolled back), so the
 * counts and the rejected rows shown are exactly what Import will do.
 */

#define G_LOG_DOMAIN "psl-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-import.h"
#include "psl-import-dialog.h"

#define MAX_REJECTED_SHOWN 100

struct _PslImportDialog
{
  AdwWindow         parent_instance;

  PslStore         *store;
  PslCsvTable      *table;
  PslImportMapping *mapping;
  GCancellable     *cancellable;
  GPtrArray        *column_rows;

  GtkButton        *import_button;
  GtkStack         *stack;
  AdwPreferencesPage *map_page;
  AdwPreferencesGroup *summary_group;
  AdwComboRow      *duplicates_row;
  AdwActionRow     *preview_row;
  GtkSpinner       *spinner;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *rejected_group;
  GtkListBox       *rejected_list;
};

G_DEFINE_FINAL_TYPE (PslImportDialog, psl_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  PslCsvTable        *table;     /* borrowed: the dialog keeps it alive */
  PslImportMapping   *mapping;   /* a copy: the user may change the original meanwhile */
  PslImportDuplicates duplicates;
  gboolean            dry_run;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  psl_import_mapping_free (job->mapping);
  g_free (job);
}

static gpointer
run_import (PslStore     *store,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  ImportJob *job = data;

  return psl_import_companies (store, job->table, job->mapping, job->duplicates, job->dry_run, error);
}

static char *
describe (PslImportReport *report)
{
  /* Translators: what an import does: new firms, completed ones, left as
   * they are, rows rejected */
  return g_strdup_printf (_("%u new, %u completed, %u left as they are, %u rows rejected"),
                          report->imported, report->merged, report->skipped, report->rejected->len);
}

static void
show_rejected (PslImportDialog *self,
               PslImportReport *report)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rejected_list))) != NULL)
    gtk_list_box_remove (self->rejected_list, child);

  for (guint i = 0; i < report->rejected->len && i < MAX_REJECTED_SHOWN; i++)
    {
      PslImportRejection *r = g_ptr_array_index (report->rejected, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Line %u"), r->line);
      g_autofree char *reason = g_markup_escape_text (r->reason, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      gtk_list_box_append (self->rejected_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rejected_group), report->rejected->len > 0);
}

static void
on_preview_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PslImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslImportReport) report = psl_store_run_finish (PSL_STORE (source), result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      adw_action_row_set_subtitle (self->preview_row, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->rejected_group), FALSE);
      return;
    }

  text = describe (report);
  adw_action_row_set_subtitle (self->preview_row, text);
  show_rejected (self, report);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), report->imported + report->merged > 0);
}

static void
run_async (PslImportDialog    *self,
           gboolean            dry_run,
           GAsyncReadyCallback callback)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job->table = self->table;
  job->mapping = psl_import_mapping_copy (self->mapping);
  job->duplicates = adw_combo_row_get_selected (self->duplicates_row) == 1 ? PSL_IMPORT_DUPLICATES_SKIP
                                                                           : PSL_IMPORT_DUPLICATES_MERGE;
  job->dry_run = dry_run;

  gtk_spinner_start (self->spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  psl_store_run_async (self->store, run_import, job, (GDestroyNotify) import_job_free,
                       self->cancellable, callback, g_object_ref (self));
}

static void
on_mapping_changed_cb (GObject         *row,
                       GParamSpec      *pspec,
                       PslImportDialog *self)
{
  if (self->mapping == NULL)
    return;

  for (guint i = 0; i < self->column_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, i));

      /* Entry 0 is "Do not import"; then the firm's fields in order. */
      g_clear_pointer (&self->mapping->targets[i], g_free);
      if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
        self->mapping->targets[i] = g_strdup (psl_company_fields[selected - 1].column);
    }

  run_async (self, TRUE, on_preview_done_cb);
}

static GtkStringList *
make_targets_model (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("Do not import"));
  for (const PslField *f = psl_company_fields; f->column != NULL; f++)
    gtk_string_list_append (model, _(f->label));
  return model;
}

static guint
target_position (const char *target)
{
  guint i = 1;

  for (const PslField *f = psl_company_fields; f->column != NULL; f++, i++)
    if (g_strcmp0 (f->column, target) == 0)
      return i;
  return 0;
}

/* "ex. Boulangerie Delmas, Garage du Causse" from the first rows. */
static char *
samples (PslCsvTable *table,
         guint        column)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 1; r < table->rows->len && r <= 3; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      if (column < g_strv_length (row) && *row[column] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", row[column]);
    }
  return g_markup_escape_text (text->str, -1);
}

static void
build_column_rows (PslImportDialog *self)
{
  char **header = g_ptr_array_index (self->table->rows, 0);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  for (guint c = 0; c < self->mapping->n_columns; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autoptr(GtkStringList) model = make_targets_model ();
      g_autofree char *title = g_markup_escape_text (*header[c] != '\0' ? header[c] : "?", -1);
      g_autofree char *example = samples (self->table, c);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), example);
      adw_combo_row_set_model (row, G_LIST_MODEL (model));
      adw_combo_row_set_selected (row, target_position (self->mapping->targets[c]));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_mapping_changed_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
}

gboolean
psl_import_dialog_load_file (PslImportDialog *self,
                             const char      *path,
                             GError         **error)
{
  g_autoptr(PslCsvTable) table = psl_csv_read_file (path, error);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *description = NULL;

  if (table == NULL)
    return FALSE;

  g_clear_pointer (&self->mapping, psl_import_mapping_free);
  g_clear_pointer (&self->table, psl_csv_table_free);
  self->table = g_steal_pointer (&table);
  self->mapping = psl_import_guess_mapping (self->table);

  /* Translators: %1$s is a file name, %2$u its number of rows, %3$s its encoding */
  description = g_strdup_printf (_("%1$s: %2$u rows, %3$s"), basename, self->table->rows->len - 1,
                                 self->table->encoding);
  adw_preferences_group_set_title (self->summary_group, description);
  build_column_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "map");
  on_mapping_changed_cb (NULL, NULL, self);
  return TRUE;
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  PslImportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (path != NULL && !psl_import_dialog_load_file (self, path, &error))
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Cannot Be Read"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_object_unref (chooser);
}

static void
on_choose_clicked_cb (GtkButton       *button,
                      PslImportDialog *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PslImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslImportReport) report = psl_store_run_finish (PSL_STORE (source), result, &error);
  g_autofree char *text = NULL;

  gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      /* Nothing was saved: the import is one transaction. */
      adw_action_row_set_subtitle (self->preview_row, error->message);
      return;
    }

  text = describe (report);
  g_signal_emit (self, signals[IMPORTED], 0, text);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_import_clicked_cb (GtkButton       *button,
                      PslImportDialog *self)
{
  run_async (self, FALSE, on_import_done_cb);
}

static void
psl_import_dialog_dispose (GObject *object)
{
  PslImportDialog *self = (PslImportDialog *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_import_dialog_parent_class)->dispose (object);
}

static void
psl_import_dialog_finalize (GObject *object)
{
  PslImportDialog *self = (PslImportDialog *) object;

  g_clear_pointer (&self->mapping, psl_import_mapping_free);
  g_clear_pointer (&self->table, psl_csv_table_free);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_import_dialog_parent_class)->finalize (object);
}

static void
psl_import_dialog_class_init (PslImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_import_dialog_dispose;
  object_class->finalize = psl_import_dialog_finalize;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, map_page);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, preview_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, rejected_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, rejected_list);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mapping_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
psl_import_dialog_init (PslImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_rows = g_ptr_array_new ();
}

PslImportDialog *
psl_import_dialog_new (GtkWindow *parent,
                       PslStore  *store)
{
  PslImportDialog *self = g_object_new (PSL_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  return self;
}

/* TRUE once the preview of the current columns is shown and has something to do. */
gboolean
psl_import_dialog_can_import (PslImportDialog *self)
{
  g_return_val_if_fail (PSL_IS_IMPORT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (GTK_WIDGET (self->import_button));
}

void
psl_import_dialog_import (PslImportDialog *self)
{
  g_return_if_fail (PSL_IS_IMPORT_DIALOG (self));
  if (psl_import_dialog_can_import (self))
    on_import_clicked_cb (self->import_button, self);
}
