/* psl-import-dialog.c — importing a list of firms (CSV, XLSX, ODS): sheet,
 * columns, list values, preview, report
 *
 * Every change of a column's meaning or of a value's match runs the whole
 * import again as a dry run on the database worker (a transaction that is
 * rolled back), so the counts and the rows shown are exactly what Import
 * will do.  For each column tied to a list, the different values of the
 * file are shown beside the list's items, matched where they can be; the
 * user changes a match, keeps the value to check, or adds it to the list.
 * The choices are remembered for the next file with the same columns.
 */

#define G_LOG_DOMAIN "psl-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-import.h"
#include "psl-import-dialog.h"
#include "psl-import-match.h"
#include "psl-import-undo.h"
#include "psl-spreadsheet.h"
#include "psl-toast.h"

#define MAX_REJECTED_SHOWN 100
/* Beyond this, a column is free text rather than a list: its values are
 * matched by themselves and the rest kept to check. */
#define MAX_VALUES_SHOWN 200

struct _PslImportDialog
{
  AdwWindow         parent_instance;

  PslStore         *store;
  PslCsvTable      *table;
  GPtrArray        *old_tables;   /* replaced ones, which a preview may still read */
  PslImportMapping *mapping;
  PslImportReport  *report;       /* of the import done, for its file */
  PslImportKind     kind;         /* what the file holds: firms, contacts, people, journal */
  char             *path;
  GCancellable     *cancellable;
  GPtrArray        *column_rows;
  GPtrArray        *value_groups; /* the groups of list values shown */
  gboolean          building;     /* rows being made: their signals are not choices */

  GtkButton        *import_button;
  GtkStack         *stack;
  AdwPreferencesPage *map_page;
  AdwPreferencesGroup *summary_group;
  AdwComboRow      *kind_row;
  AdwComboRow      *sheet_row;
  AdwComboRow      *duplicates_row;
  AdwActionRow     *preview_row;
  GtkSpinner       *spinner;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *to_check_group;
  GtkListBox       *to_check_list;
  AdwPreferencesGroup *rejected_group;
  GtkListBox       *rejected_list;
  AdwStatusPage    *done_page;
  GtkListBox       *done_list;
  GtkButton        *cancel_button;
  GtkBox           *last_choose_box;
  GtkBox           *last_done_box;
  PslImportRun     *last_run;     /* the last import, told with its undo */
};

G_DEFINE_FINAL_TYPE (PslImportDialog, psl_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  UNDONE,
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

  return psl_import_records (store, job->table, job->mapping, job->duplicates, job->dry_run, error);
}

static char *
describe (PslImportReport *report)
{
  /* Translators: what an import does: new firms, completed ones, left as
   * they are, rows with values to check, rows left out */
  return g_strdup_printf (_("%u new, %u completed, %u left as they are, %u to check, %u left out"),
                          report->imported, report->merged, report->skipped, report->to_check->len,
                          report->rejected->len);
}

static void
fill_list (GtkListBox *list,
           GPtrArray  *lines)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < lines->len && i < MAX_REJECTED_SHOWN; i++)
    {
      PslImportRejection *r = g_ptr_array_index (lines, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Line %u"), r->line);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), r->reason);
      gtk_list_box_append (list, row);
    }
  if (lines->len > MAX_REJECTED_SHOWN)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("And %u more: the report file lists them all"),
                                                lines->len - MAX_REJECTED_SHOWN);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_list_box_append (list, row);
    }
}

static void
show_rejected (PslImportDialog *self,
               PslImportReport *report)
{
  fill_list (self->to_check_list, report->to_check);
  fill_list (self->rejected_list, report->rejected);
  gtk_widget_set_visible (GTK_WIDGET (self->to_check_group), report->to_check->len > 0);
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
      gtk_widget_set_visible (GTK_WIDGET (self->to_check_group), FALSE);
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
  /* A preview replaced by the next one is never read: its report is freed
   * with the task. */
  psl_store_run_async (self->store, run_import, job, (GDestroyNotify) import_job_free,
                       (GDestroyNotify) psl_import_report_free, self->cancellable, callback,
                       g_object_ref (self));
}

static void build_value_groups (PslImportDialog *self);

static void
run_preview (PslImportDialog *self)
{
  if (self->mapping != NULL && !self->building)
    run_async (self, TRUE, on_preview_done_cb);
}

static void
on_mapping_changed_cb (GObject         *row,
                       GParamSpec      *pspec,
                       PslImportDialog *self)
{
  if (self->mapping == NULL || self->building)
    return;

  for (guint i = 0; i < self->column_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, i));

      /* Entry 0 is "Do not import"; then the firm's fields in order. */
      g_clear_pointer (&self->mapping->targets[i], g_free);
      if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
        self->mapping->targets[i] = g_strdup (psl_import_kind_info (self->kind)->targets[selected - 1].column);
    }

  build_value_groups (self);
  run_preview (self);
}

static void
on_duplicates_changed_cb (GObject         *row,
                          GParamSpec      *pspec,
                          PslImportDialog *self)
{
  run_preview (self);
}

/* A value's row offers: keep it to check, add it to the list (reference
 * lists only: the team is not made from a file), then the list's items. */
typedef struct
{
  char      *target;
  char      *value;
  GPtrArray *codes;     /* borrowed from the group: code of each entry from 2 */
} ValueChoice;

static void
value_choice_free (ValueChoice *choice)
{
  g_free (choice->target);
  g_free (choice->value);
  g_free (choice);
}

static void
on_value_changed_cb (AdwComboRow     *row,
                     GParamSpec      *pspec,
                     PslImportDialog *self)
{
  ValueChoice *choice = g_object_get_data (G_OBJECT (row), "choice");
  guint selected = adw_combo_row_get_selected (row);

  if (self->building || choice == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  psl_import_mapping_set_value (self->mapping, choice->target, choice->value,
                                selected == 0 ? "" : selected == 1 ? PSL_IMPORT_ADD_TO_LIST
                                              : g_ptr_array_index (choice->codes, selected - 2));
  run_preview (self);
}

static AdwPreferencesGroup *
make_value_group (PslImportDialog *self,
                  guint            column)
{
  const char *target = self->mapping->targets[column];
  const PslField *field = psl_record_find_field (psl_import_kind_info (self->kind)->targets, target);
  g_autoptr(GPtrArray) values = psl_import_distinct_values (self->store, self->table, self->mapping, column);
  g_autoptr(GPtrArray) items = psl_import_list_items (self->store, self->mapping->kind, target);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *title = NULL;
  gboolean can_add = field->kind == PSL_FIELD_REF;

  /* Translators: %s is a field of a firm (Sector, Referent…) */
  title = g_strdup_printf (_("Values of “%s”"), _(field->label));
  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, _("What each value of the file becomes in the list. "
                                                  "A value kept to check is saved beside the firm, "
                                                  "marked “to check”."));
  g_object_set_data_full (G_OBJECT (group), "codes", codes, (GDestroyNotify) g_ptr_array_unref);

  gtk_string_list_append (model, _("Keep to check"));
  gtk_string_list_append (model, can_add ? _("Add to the list") : _("(cannot be added: choose a person)"));
  for (guint i = 0; i < items->len; i++)
    {
      PslMatchItem *item = g_ptr_array_index (items, i);

      /* A person comes twice (first name first, then last): once is enough. */
      if (g_ptr_array_find_with_equal_func (codes, item->code, g_str_equal, NULL))
        continue;
      g_ptr_array_add (codes, g_strdup (item->code));
      gtk_string_list_append (model, item->label);
    }

  for (guint v = 0; v < values->len && v < MAX_VALUES_SHOWN; v++)
    {
      PslImportValue *value = g_ptr_array_index (values, v);
      const char *chosen = psl_import_mapping_get_value (self->mapping, target, value->value);
      const char *code = chosen != NULL ? chosen : value->matched;
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      ValueChoice *choice = g_new0 (ValueChoice, 1);
      g_autofree char *subtitle = NULL;
      guint position = 0;

      if (g_strcmp0 (code, PSL_IMPORT_ADD_TO_LIST) == 0 && can_add)
        position = 1;
      else if (code != NULL && g_ptr_array_find_with_equal_func (codes, code, g_str_equal, &position))
        position += 2;
      else
        position = 0;

      /* Translators: how many rows of the file have this value, then how it was matched */
      subtitle = g_strdup_printf (_("Rows: %u — %s"), value->rows,
                                  chosen != NULL ? _("your choice")
                                  : value->matched != NULL ? _("matched by itself") : _("not found in the list"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value->value);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (row, G_LIST_MODEL (model));
      adw_combo_row_set_selected (row, position);
      if (position == 0)
        gtk_widget_add_css_class (GTK_WIDGET (row), "warning");

      choice->target = g_strdup (target);
      choice->value = g_strdup (value->value);
      choice->codes = codes;
      g_object_set_data_full (G_OBJECT (row), "choice", choice, (GDestroyNotify) value_choice_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_value_changed_cb), self);
      adw_preferences_group_add (group, GTK_WIDGET (row));
    }
  if (values->len > MAX_VALUES_SHOWN)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (_("And %u more values, matched by themselves or kept to check"),
                                               values->len - MAX_VALUES_SHOWN);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      adw_preferences_group_add (group, row);
    }
  return group;
}

static void
build_value_groups (PslImportDialog *self)
{
  for (guint i = 0; i < self->value_groups->len; i++)
    adw_preferences_page_remove (self->map_page, g_ptr_array_index (self->value_groups, i));
  g_ptr_array_set_size (self->value_groups, 0);

  self->building = TRUE;
  for (guint c = 0; c < self->mapping->n_columns; c++)
    if (psl_import_is_list_target (self->mapping->kind, self->mapping->targets[c]))
      {
        AdwPreferencesGroup *group = make_value_group (self, c);

        adw_preferences_page_add (self->map_page, group);
        g_ptr_array_add (self->value_groups, group);
      }
  self->building = FALSE;

  /* The rows kept to check and left out come last, under the choices. */
  g_object_ref (self->to_check_group);
  g_object_ref (self->rejected_group);
  adw_preferences_page_remove (self->map_page, self->to_check_group);
  adw_preferences_page_remove (self->map_page, self->rejected_group);
  adw_preferences_page_add (self->map_page, self->to_check_group);
  adw_preferences_page_add (self->map_page, self->rejected_group);
  g_object_unref (self->to_check_group);
  g_object_unref (self->rejected_group);
}

static GtkStringList *
make_targets_model (PslImportKind kind)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("Do not import"));
  for (const PslField *f = psl_import_kind_info (kind)->targets; f->column != NULL; f++)
    gtk_string_list_append (model, _(f->label));
  return model;
}

static guint
target_position (PslImportKind kind,
                 const char   *target)
{
  guint i = 1;

  for (const PslField *f = psl_import_kind_info (kind)->targets; f->column != NULL; f++, i++)
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

  self->building = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  for (guint c = 0; c < self->mapping->n_columns; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autoptr(GtkStringList) model = make_targets_model (self->kind);
      g_autofree char *title = g_markup_escape_text (*header[c] != '\0' ? header[c] : "?", -1);
      g_autofree char *example = samples (self->table, c);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), example);
      adw_combo_row_set_model (row, G_LIST_MODEL (model));
      adw_combo_row_set_selected (row, target_position (self->kind, self->mapping->targets[c]));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_mapping_changed_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
}

static gboolean
load_sheet (PslImportDialog *self,
            const char      *sheet,
            GError         **error)
{
  g_autoptr(PslCsvTable) table = psl_spreadsheet_read_file (self->path, sheet, error);
  g_autofree char *basename = g_path_get_basename (self->path);
  g_autofree char *description = NULL;

  if (table == NULL)
    return FALSE;

  g_clear_pointer (&self->mapping, psl_import_mapping_free);
  /* A preview on the database thread may be reading the table it replaces. */
  if (self->table != NULL)
    g_ptr_array_add (self->old_tables, g_steal_pointer (&self->table));
  self->table = g_steal_pointer (&table);
  self->mapping = psl_import_guess_mapping_for (self->table, self->kind);
  self->mapping->source = g_strdup (basename);
  psl_import_mapping_recall (self->store, self->table, self->mapping);

  /* Translators: %1$s is a file name, %2$u its number of rows, %3$s its format or encoding */
  description = g_strdup_printf (_("%1$s: %2$u rows, %3$s"), basename, self->table->rows->len - 1,
                                 self->table->encoding);
  adw_preferences_group_set_title (self->summary_group, description);
  build_column_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "map");
  self->building = FALSE;
  on_mapping_changed_cb (NULL, NULL, self);
  return TRUE;
}

/* Another kind of record: the columns are read again for it. */
static void
on_kind_changed_cb (AdwComboRow     *row,
                    GParamSpec      *pspec,
                    PslImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;

  self->kind = (PslImportKind) adw_combo_row_get_selected (row);
  if (self->building || self->table == NULL)
    return;
  sheet = g_strdup (self->table->sheet);
  if (!load_sheet (self, sheet, &error))
    psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
on_sheet_changed_cb (AdwComboRow     *row,
                     GParamSpec      *pspec,
                     PslImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->building || self->table == NULL || self->table->sheets == NULL ||
      selected >= g_strv_length (self->table->sheets) ||
      g_strcmp0 (self->table->sheets[selected], self->table->sheet) == 0)
    return;
  {
    g_autofree char *sheet = g_strdup (self->table->sheets[selected]);

    if (!load_sheet (self, sheet, &error))
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
  }
}

gboolean
psl_import_dialog_load_file (PslImportDialog *self,
                             const char      *path,
                             GError         **error)
{
  g_autoptr(GtkStringList) sheets = NULL;
  guint n_sheets;

  g_free (self->path);
  self->path = g_strdup (path);
  if (!load_sheet (self, NULL, error))
    return FALSE;

  /* A workbook of several sheets: the one to read is chosen here. */
  n_sheets = self->table->sheets != NULL ? g_strv_length (self->table->sheets) : 0;
  sheets = gtk_string_list_new ((const char * const *) self->table->sheets);
  self->building = TRUE;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (sheets));
  adw_combo_row_set_selected (self->sheet_row, 0);
  self->building = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), n_sheets > 1);
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
    gtk_file_chooser_native_new (_("Choose a File to Import"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lists (CSV, Excel, LibreOffice)"));
  for (const char * const *p = (const char *[]) { "*.csv", "*.CSV", "*.txt", "*.TXT", "*.xlsx", "*.XLSX",
                                                  "*.ods", "*.ODS", NULL }; *p != NULL; p++)
    gtk_file_filter_add_pattern (filter, *p);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_report_saved_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  PslImportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      text = psl_import_report_to_csv (self->report, self->mapping->source);
      if (path == NULL || !g_file_set_contents (path, text, -1, &error))
        psl_toast_show (GTK_WIDGET (self), adw_toast_new (error != NULL ? error->message
                                                                         : _("The report cannot be written there.")));
      else
        psl_toast_show (GTK_WIDGET (self), adw_toast_new (_("Report saved")));
    }
  g_object_unref (chooser);
}

static void
on_save_report_clicked_cb (GtkButton       *button,
                           PslImportDialog *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Save the Import Report"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *name = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL)
    *dot = '\0';
  /* Translators: the file name offered for an import's report; %s is the imported file's */
  name = g_strdup_printf (_("%s - import report.csv"), base);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_report_saved_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "Last import": what, when, counts, and « Undo This Import » while it
 * can be; else why it no longer can (psl_import_last_run decides). */
static void
on_undo_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PslImportDialog  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint removed = 0, restored = 0;

  if (g_strcmp0 (response, "undo") != 0 || self->last_run == NULL)
    return;
  if (!psl_import_undo (self->store, self->last_run->id, &removed, &restored, &error))
    {
      psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
      psl_import_dialog_refresh_last (self);
      return;
    }
  /* Translators: after an import undone: records removed, records restored */
  text = g_strdup_printf (_("Import undone (records removed: %u, restored as before: %u)"), removed, restored);
  psl_toast_show (GTK_WIDGET (self), adw_toast_new (text));
  psl_import_dialog_refresh_last (self);
  g_signal_emit (self, signals[UNDONE], 0, text);
}

static void
on_undo_clicked_cb (GtkButton       *button,
                    PslImportDialog *self)
{
  g_autofree char *what = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->last_run == NULL || self->last_run->refusal != NULL)
    return;
  what = psl_import_run_describe (self->last_run);
  plan = psl_import_run_plan (self->last_run);
  body = g_strdup_printf ("%s\n\n%s", what, plan);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Undo This Import?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep It"), "undo", _("_Undo the Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "undo", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_undo_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_last (PslImportDialog *self,
           GtkBox          *box)
{
  GtkWidget *child;
  GtkWidget *group, *row;
  g_autofree char *what = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
  gtk_widget_set_visible (GTK_WIDGET (box), self->last_run != NULL);
  if (self->last_run == NULL)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Last Import"));
  what = psl_import_run_describe (self->last_run);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (self->last_run->refusal != NULL)
    {
      /* Translators: why the last import is no longer offered for undoing */
      g_autofree char *why = g_strdup_printf (_("Can no longer be undone. %s"), self->last_run->refusal);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Undo This Import"));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Can be undone for 24 hours, as long as its records are not changed."));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      g_signal_connect (button, "clicked", G_CALLBACK (on_undo_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (box, group);
}

/* Reads the last import again and tells it on the first and last pages. */
void
psl_import_dialog_refresh_last (PslImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_IMPORT_DIALOG (self));
  g_clear_pointer (&self->last_run, psl_import_run_free);
  self->last_run = psl_import_last_run (self->store, &error);
  if (error != NULL)
    g_warning ("The last import cannot be read: %s", error->message);
  fill_last (self, self->last_choose_box);
  /* At the end of an import, only that import is told. */
  if (self->report != NULL && self->last_run != NULL && g_strcmp0 (self->report->run_id, self->last_run->id) == 0)
    fill_last (self, self->last_done_box);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->last_done_box), FALSE);
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

  /* The choices serve the next file with the same columns; the rows are
   * saved even when the choices could not be, and the page says so. */
  text = describe (report);
  if (!psl_import_mapping_remember (self->store, self->table, self->mapping, &error))
    {
      char *with_error = g_strdup_printf ("%s\n%s", text, error->message);

      g_free (text);
      text = with_error;
    }
  adw_status_page_set_description (self->done_page, text);
  {
    /* What needs the user: the rows to check, then those left out. */
    g_autoptr(GPtrArray) lines = g_ptr_array_new ();

    g_ptr_array_extend (lines, report->to_check, NULL, NULL);
    g_ptr_array_extend (lines, report->rejected, NULL, NULL);
    fill_list (self->done_list, lines);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->done_list), report->to_check->len + report->rejected->len > 0);
  g_clear_pointer (&self->report, psl_import_report_free);
  self->report = g_steal_pointer (&report);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  psl_import_dialog_refresh_last (self);
  g_signal_emit (self, signals[IMPORTED], 0, text);
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
  g_clear_pointer (&self->report, psl_import_report_free);
  g_clear_pointer (&self->last_run, psl_import_run_free);
  g_clear_pointer (&self->old_tables, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->value_groups, g_ptr_array_unref);
  g_free (self->path);

  G_OBJECT_CLASS (psl_import_dialog_parent_class)->finalize (object);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), PSL_IMPORT_DIALOG_HELP_URI, GDK_CURRENT_TIME);
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
  signals[UNDONE] = g_signal_new ("undone", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, map_page);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, preview_row);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, to_check_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, to_check_list);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, done_list);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, last_choose_box);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, last_done_box);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, rejected_group);
  gtk_widget_class_bind_template_child (widget_class, PslImportDialog, rejected_list);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_duplicates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sheet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_report_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "import.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "import.help", NULL);
}

static void
psl_import_dialog_init (PslImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_rows = g_ptr_array_new ();
  self->value_groups = g_ptr_array_new ();
  self->old_tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_csv_table_free);
}

PslImportDialog *
psl_import_dialog_new (GtkWindow *parent,
                       PslStore  *store)
{
  PslImportDialog *self = g_object_new (PSL_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  psl_import_dialog_refresh_last (self);
  return self;
}

/* What the file holds; the window opens on firms. */
void
psl_import_dialog_set_kind (PslImportDialog *self,
                            PslImportKind    kind)
{
  g_return_if_fail (PSL_IS_IMPORT_DIALOG (self));
  adw_combo_row_set_selected (self->kind_row, kind);
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
