/* psl-structure-logo.c — the structure's logo, checked, stored and read back */

#define G_LOG_DOMAIN "psl-logo"

#include "config.h"

#include "psl-i18n.h"
#include "psl-store-private.h"
#include "psl-structure-logo.h"

static void
on_size_prepared_cb (GdkPixbufLoader *loader,
                     int              width,
                     int              height,
                     gpointer         data)
{
  int max_height = GPOINTER_TO_INT (data);
  GdkPixbufFormat *format = gdk_pixbuf_loader_get_format (loader);
  g_autofree char *name = format != NULL ? gdk_pixbuf_format_get_name (format) : NULL;

  /* A picture is only made smaller; a drawing is drawn at the height asked. */
  if ((height > max_height || g_strcmp0 (name, "svg") == 0) && width > 0 && height > 0)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) ((double) width * max_height / height + 0.5)),
                                max_height);
}

GdkPixbuf *
psl_logo_decode (GBytes  *image,
                 int      max_height,
                 GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  GdkPixbufFormat *format;
  g_autofree char *name = NULL;
  GdkPixbuf *pixbuf;

  if (g_bytes_get_size (image) > PSL_LOGO_MAX_BYTES)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The logo is larger than 2 MB: choose a lighter image (PNG, JPEG or SVG)."));
      return NULL;
    }
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), GINT_TO_POINTER (max_height));
  if (!gdk_pixbuf_loader_write_bytes (loader, image, NULL)
      || !gdk_pixbuf_loader_close (loader, NULL)
      || gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    {
      /* The loader is closed even when it failed, or it warns when freed. */
      gdk_pixbuf_loader_close (loader, NULL);
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("This file is not an image that can be read: choose a PNG, JPEG or SVG image."));
      return NULL;
    }
  format = gdk_pixbuf_loader_get_format (loader);
  name = format != NULL ? gdk_pixbuf_format_get_name (format) : NULL;
  if (g_strcmp0 (name, "png") != 0 && g_strcmp0 (name, "jpeg") != 0 && g_strcmp0 (name, "svg") != 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Only PNG, JPEG and SVG images can be a logo: save it in one of these formats and choose it again."));
      return NULL;
    }
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  return g_object_ref (pixbuf);
}

gboolean
psl_structure_set_logo (PslStore *store,
                        GBytes   *image,
                        GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (image != NULL)
    {
      g_autoptr(GdkPixbuf) checked = psl_logo_decode (image, 64, error);

      if (checked == NULL)
        return FALSE;
    }
  stmt = psl_store_prepare (store,
                            "UPDATE structure SET logo = ?1"
                            " WHERE id = (SELECT structure_id FROM site WHERE id = ?2);",
                            error);
  if (stmt == NULL)
    return FALSE;
  if (image != NULL)
    sqlite3_bind_blob64 (stmt, 1, g_bytes_get_data (image, NULL), g_bytes_get_size (image), SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

GBytes *
psl_structure_get_logo (PslStore *store,
                        GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT st.logo FROM site si JOIN structure st ON st.id = si.structure_id"
    " WHERE si.id = ?1 AND st.logo IS NOT NULL;",
    error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}
