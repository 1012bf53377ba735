/* psl-document-window.c — a printed document seen before it is printed, saved as PDF or exported
 *
 * The pages on screen are drawn by the same code as the paper, from the
 * same layout: what is seen is what is printed.  Printing goes through
 * GtkPrintOperation on the full page, our margins included, with the
 * paper and the printer of the last time (psl-print-setup).  The
 * document's tables can also be saved for a spreadsheet, CSV or XLSX.
 */

#define G_LOG_DOMAIN "psl-document-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "psl-document-window.h"
#include "psl-print-setup.h"
#include "psl-report-export.h"
#include "psl-toast.h"

/* A little under real size (96 / 72): a whole A4 width fits the window. */
#define SCREEN_SCALE 1.1

struct _PslDocumentWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkBox         *pages;

  PslDocument    *doc;
  char           *file_name;
};

G_DEFINE_FINAL_TYPE (PslDocumentWindow, psl_document_window, ADW_TYPE_WINDOW)

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PslDocumentWindow *self = user_data;
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / PSL_A4_WIDTH, height / PSL_A4_HEIGHT);
  psl_document_draw_page (self->doc, cr, page);
}

/* The screen's layout: A4, measured as on paper (metrics are unhinted). */
static guint
paginate_a4 (PslDocumentWindow *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = psl_document_paginate (self->doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

static void
lay_out (PslDocumentWindow *self)
{
  guint n_pages = paginate_a4 (self);

  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Page %u / %u"), i + 1, n_pages);

      g_object_set_data (G_OBJECT (area), "page", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), PSL_A4_WIDTH * SCREEN_SCALE);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), PSL_A4_HEIGHT * SCREEN_SCALE);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, self, NULL);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (self->pages, area);
    }
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  PslDocumentWindow *self = user_data;
  guint n_pages = psl_document_paginate (self->doc, gtk_print_context_get_cairo_context (context),
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_print_page_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page,
                    gpointer           user_data)
{
  PslDocumentWindow *self = user_data;

  psl_document_draw_page (self->doc, gtk_print_context_get_cairo_context (context), page);
}

/* The screen's layout is for A4: after printing on other paper, it is
 * laid out again for the screen. */
static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              gpointer           user_data)
{
  paginate_a4 (user_data);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslDocumentWindow *self = PSL_DOCUMENT_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_default_page_setup (operation, psl_print_setup_get_page ());
  if (psl_print_setup_get_settings () != NULL)
    gtk_print_operation_set_print_settings (operation, psl_print_setup_get_settings ());
  gtk_print_operation_set_job_name (operation, psl_document_get_title (self->doc));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_print_page_cb), self);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), self);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    psl_toast_message (GTK_WIDGET (self->pages), error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    psl_print_setup_set_settings (gtk_print_operation_get_print_settings (operation));
}

static void
on_page_setup_done_cb (GtkPageSetup *setup,
                       gpointer      user_data)
{
  if (setup != NULL)
    psl_print_setup_set_page (setup);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (widget), psl_print_setup_get_page (),
                                         psl_print_setup_get_settings (), on_page_setup_done_cb, NULL);
}

gboolean
psl_document_window_export (PslDocumentWindow *self,
                            const char        *path,
                            GError           **error)
{
  return psl_report_write (self->doc, path, error);
}

/* The file name as chosen, or with the ending of the filter chosen. */
static char *
export_path (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *path = g_file_get_path (file);
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  const char *ending = filter != NULL ? g_object_get_data (G_OBJECT (filter), "ending") : ".xlsx";

  if (g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".xlsx"))
    return g_steal_pointer (&path);
  return g_strconcat (path, ending, NULL);
}

static void
on_export_response_cb (GtkNativeDialog   *chooser,
                       int                response,
                       PslDocumentWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      path = export_path (GTK_FILE_CHOOSER (chooser));
      if (!psl_document_window_export (self, path, &error))
        psl_toast_message (GTK_WIDGET (self->pages), error->message);
      else
        psl_toast_message (GTK_WIDGET (self->pages), _("Tables exported"));
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *ending)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data (G_OBJECT (filter), "ending", (gpointer) ending);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslDocumentWindow *self = PSL_DOCUMENT_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export the Tables"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  g_autofree char *base = g_strndup (self->file_name, strlen (self->file_name) - strlen (".pdf"));
  g_autofree char *name = g_strconcat (base, ".xlsx", NULL);

  add_filter (GTK_FILE_CHOOSER (chooser), _("Spreadsheets (XLSX)"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), "text/csv", ".csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_save_response_cb (GtkNativeDialog   *chooser,
                     int                response,
                     PslDocumentWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (!psl_document_window_save_pdf (self, path, &error))
        psl_toast_message (GTK_WIDGET (self->pages), error->message);
      else
        psl_toast_message (GTK_WIDGET (self->pages), _("PDF saved"));
    }
  g_object_unref (chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PslDocumentWindow *self = PSL_DOCUMENT_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), self->file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
psl_document_window_dispose (GObject *object)
{
  PslDocumentWindow *self = PSL_DOCUMENT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_DOCUMENT_WINDOW);
  g_clear_pointer (&self->doc, psl_document_unref);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (psl_document_window_parent_class)->dispose (object);
}

static void
psl_document_window_class_init (PslDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_document_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslDocumentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PslDocumentWindow, pages);

  gtk_widget_class_install_action (widget_class, "document.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "document.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "document.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "document.page-setup", NULL, page_setup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "document.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "document.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
psl_document_window_init (PslDocumentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslDocumentWindow *
psl_document_window_new (GtkWindow   *parent,
                         PslDocument *doc)
{
  PslDocumentWindow *self = g_object_new (PSL_TYPE_DOCUMENT_WINDOW, "transient-for", parent, NULL);
  const char *subtitle = psl_document_get_subtitle (doc);

  self->doc = psl_document_ref (doc);
  /* What "Save as PDF…" proposes: the title and whom it is about. */
  self->file_name = subtitle != NULL ? g_strdup_printf ("%s — %s.pdf", psl_document_get_title (doc), subtitle)
                                     : g_strdup_printf ("%s.pdf", psl_document_get_title (doc));
  g_strdelimit (self->file_name, "/\\", '-');
  gtk_window_set_title (GTK_WINDOW (self), psl_document_get_title (doc));
  adw_window_title_set_title (self->window_title, psl_document_get_title (doc));
  lay_out (self);
  {
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages",
                                                              psl_document_get_n_pages (doc)),
                                                 psl_document_get_n_pages (doc));
    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
  return self;
}

guint
psl_document_window_get_n_pages (PslDocumentWindow *self)
{
  g_return_val_if_fail (PSL_IS_DOCUMENT_WINDOW (self), 0);
  return psl_document_get_n_pages (self->doc);
}

gboolean
psl_document_window_save_pdf (PslDocumentWindow  *self,
                              const char         *path,
                              GError            **error)
{
  g_return_val_if_fail (PSL_IS_DOCUMENT_WINDOW (self), FALSE);
  return psl_document_write_pdf (self->doc, path, error);
}
