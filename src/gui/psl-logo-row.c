/* psl-logo-row.c — the structure's logo: shown, chosen from a file, removed
 *
 * The same row sits in the first start's Documents step and in
 * Préférences.  A chosen file is stored at once, as the other rows of
 * those pages are; a file refused leaves the logo as it was and the row
 * says why.
 */

#define G_LOG_DOMAIN "psl-logo-row"

#include "config.h"

#include <glib/gi18n.h>
#include "psl-logo-row.h"
#include "psl-structure-logo.h"

struct _PslLogoRow
{
  AdwActionRow  parent_instance;

  PslStore     *store;
  GtkPicture   *picture;
  GtkWidget    *remove_button;
};

G_DEFINE_FINAL_TYPE (PslLogoRow, psl_logo_row, ADW_TYPE_ACTION_ROW)

static void
say (PslLogoRow *self,
     const char *problem)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), problem != NULL ? problem
                               : _("PNG, JPEG or SVG, 2 MB at most: printed beside the structure's name on every document."));
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

static void
show_logo (PslLogoRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) image = psl_structure_get_logo (self->store, &error);
  /* A picture that no longer decodes shows as no logo; choosing one again replaces it. */
  g_autoptr(GdkPixbuf) pixbuf = image != NULL ? psl_logo_decode (image, 64, NULL) : NULL;
  g_autoptr(GdkTexture) texture = pixbuf != NULL ? gdk_texture_new_for_pixbuf (pixbuf) : NULL;

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->picture), texture != NULL);
  gtk_widget_set_visible (self->remove_button, image != NULL);
  if (error != NULL)
    say (self, error->message);
}

gboolean
psl_logo_row_set_file (PslLogoRow *self,
                       GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) image = NULL;

  g_return_val_if_fail (PSL_IS_LOGO_ROW (self), FALSE);

  /* A file far too large is refused before it is read into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PSL_LOGO_MAX_BYTES)
    {
      say (self, _("The logo is larger than 2 MB: choose a lighter image (PNG, JPEG or SVG)."));
      return FALSE;
    }
  if (info != NULL)
    image = g_file_load_bytes (file, NULL, NULL, &error);
  if (image == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *problem =
        g_strdup_printf (_("The file “%s” cannot be read: check that it is still there, or choose another image."), name);

      say (self, problem);
      return FALSE;
    }
  if (!psl_structure_set_logo (self->store, image, &error))
    {
      say (self, error->message);
      return FALSE;
    }
  say (self, NULL);
  show_logo (self);
  return TRUE;
}

gboolean
psl_logo_row_has_logo (PslLogoRow *self)
{
  return gtk_widget_get_visible (self->remove_button);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  PslLogoRow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        psl_logo_row_set_file (self, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_choose_clicked_cb (GtkButton  *button,
                      PslLogoRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Choose the Logo"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images (PNG, JPEG, SVG)"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_clicked_cb (GtkButton  *button,
                      PslLogoRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!psl_structure_set_logo (self->store, NULL, &error))
    {
      say (self, error->message);
      return;
    }
  say (self, NULL);
  show_logo (self);
}

static void
psl_logo_row_dispose (GObject *object)
{
  PslLogoRow *self = PSL_LOGO_ROW (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (psl_logo_row_parent_class)->dispose (object);
}

static void
psl_logo_row_class_init (PslLogoRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_logo_row_dispose;
}

static void
psl_logo_row_init (PslLogoRow *self)
{
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Logo"));
  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->picture), 72, 36);
  gtk_widget_set_valign (GTK_WIDGET (self->picture), GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->picture));

  gtk_widget_set_tooltip_text (remove, _("Remove the logo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove the logo"), -1);
  for (GtkWidget *button = choose; button != NULL; button = button == choose ? remove : NULL)
    {
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
    }
  gtk_widget_add_css_class (remove, "flat");
  self->remove_button = remove;
  g_signal_connect (choose, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
}

GtkWidget *
psl_logo_row_new (PslStore *store)
{
  PslLogoRow *self = g_object_new (PSL_TYPE_LOGO_ROW, NULL);

  self->store = g_object_ref (store);
  say (self, NULL);
  show_logo (self);
  return GTK_WIDGET (self);
}
