/* psl-list-export.c — every list on screen exported as it shows, to XLSX or CSV */

#define G_LOG_DOMAIN "psl-list-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-list-export.h"
#include "psl-toast.h"
#include "psl-window.h"
#include "privacy/psl-audit.h"

struct _PslExportButton
{
  GtkButton  parent_instance;

  char      *list;
};

enum {
  PROP_0,
  PROP_LIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PslExportButton, psl_export_button, GTK_TYPE_BUTTON)

static GQuark
collect_quark (void)
{
  return g_quark_from_static_string ("psl-list-export-collect");
}

/* The function the widget's class, or the nearest of its parents, gave. */
static PslListExportCollect
find_collect (GtkWidget *widget)
{
  for (GType type = G_OBJECT_TYPE (widget); type != G_TYPE_INVALID; type = g_type_parent (type))
    {
      PslListExportCollect collect = g_type_get_qdata (type, collect_quark ());

      if (collect != NULL)
        return collect;
    }
  return NULL;
}

PslExportTable *
psl_list_export_table (const char          *name,
                       const char * const  *headers,
                       GPtrArray           *lines,
                       PslExportCells       cells)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; headers[i] != NULL; i++)
    g_ptr_array_add (titles, (gpointer) _(headers[i]));
  g_ptr_array_add (titles, NULL);
  return psl_export_table_of (name, (const char * const *) titles->pdata, lines, cells);
}

PslExportTable *
psl_list_export_personal (PslExportTable *table)
{
  if (table != NULL)
    table->personal = TRUE;
  return table;
}

gboolean
psl_list_export_write (GtkWidget   *widget,
                       const char  *list,
                       const char  *path,
                       GError     **error)
{
  PslListExportCollect collect;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_export_table_free);
  PslExportTable *table;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  collect = find_collect (widget);
  g_return_val_if_fail (collect != NULL, FALSE);
  if ((table = collect (widget, list != NULL ? list : "")) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is nothing to export."));
      return FALSE;
    }
  g_ptr_array_add (tables, table);
  if (!psl_export_tables_write (tables, path, error))
    return FALSE;
  /* A list that names people leaves the program as the CLI's exports of
   * personal data do: in the audit journal, or not at all. */
  if (table->personal)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      PslStore *store = PSL_IS_WINDOW (root) ? psl_window_get_store (PSL_WINDOW (root)) : NULL;

      if (store == NULL)
        {
          g_unlink (path);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("This list names people and can be exported only from the Passerelle "
                                 "window, where the export is journaled."));
          return FALSE;
        }
      if (!psl_audit_list_export (store, table->name, table->rows->len, path, error))
        {
          g_unlink (path);
          return FALSE;
        }
    }
  return TRUE;
}

static void
write_and_say (GtkWidget  *widget,
               const char *list,
               const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!psl_list_export_write (widget, list, path, &error))
    psl_toast_message (widget, error->message);
  else
    psl_toast_message (widget, _("List exported"));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        GtkWidget       *widget)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      write_and_say (widget, g_object_get_data (G_OBJECT (chooser), "list"), path);
    }
  g_object_unref (chooser);
  g_object_unref (widget);
}

/* The file's name is the list's, in .xlsx unless changed to .csv. */
static void
ask_for_file (GtkWidget  *widget,
              const char *list)
{
  PslListExportCollect collect = find_collect (widget);
  g_autoptr(PslExportTable) table = collect != NULL ? collect (widget, list) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (table == NULL)
    {
      psl_toast_message (widget, _("There is nothing to export."));
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Export the List"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* Translators: a file name; .xlsx or .csv chooses the format */
  name = g_strdup_printf (_("%s.xlsx"), table->name);
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "list", g_strdup (list), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  const char *list, *path;

  g_variant_get (param, "(&s&s)", &list, &path);
  if (*path == '\0')
    ask_for_file (widget, list);
  else
    write_and_say (widget, list, path);
}

void
psl_list_export_install (GtkWidgetClass       *widget_class,
                         PslListExportCollect  collect)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (collect != NULL);

  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), collect_quark (), collect);
  gtk_widget_class_install_action (widget_class, "list.export", "(ss)", export_action);
}

static void
psl_export_button_finalize (GObject *object)
{
  g_free (PSL_EXPORT_BUTTON (object)->list);

  G_OBJECT_CLASS (psl_export_button_parent_class)->finalize (object);
}

static void
psl_export_button_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  if (prop_id == PROP_LIST)
    g_value_set_string (value, PSL_EXPORT_BUTTON (object)->list);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
psl_export_button_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PslExportButton *self = PSL_EXPORT_BUTTON (object);
  const char *list = g_value_get_string (value);

  if (prop_id != PROP_LIST)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (g_strcmp0 (self->list, list) == 0)
    return;
  g_free (self->list);
  self->list = g_strdup (list);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "(ss)", list != NULL ? list : "", "");
  g_object_notify_by_pspec (object, pspec);
}

static void
psl_export_button_class_init (PslExportButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = psl_export_button_finalize;
  object_class->get_property = psl_export_button_get_property;
  object_class->set_property = psl_export_button_set_property;

  properties[PROP_LIST] =
    g_param_spec_string ("list", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
psl_export_button_init (PslExportButton *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self), "document-save-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Export the List (XLSX, CSV)…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export the List (XLSX, CSV)…"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "list.export");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "(ss)", "", "");
}

GtkWidget *
psl_export_button_new (const char *list)
{
  return g_object_new (PSL_TYPE_EXPORT_BUTTON, "list", list, NULL);
}

void
psl_export_button_add_to (AdwPreferencesGroup *group,
                          const char          *list)
{
  GtkWidget *suffix = adw_preferences_group_get_header_suffix (group);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  gtk_box_append (GTK_BOX (box), psl_export_button_new (list));
  if (suffix != NULL)
    {
      g_object_ref (suffix);
      adw_preferences_group_set_header_suffix (group, NULL);
      gtk_box_append (GTK_BOX (box), suffix);
      g_object_unref (suffix);
    }
  adw_preferences_group_set_header_suffix (group, box);
}
