/* psl-test-image.c — a drawing compared with its reference picture */
#include "psl-test-image.h"

#define CHANNEL_SLACK 48

static char *
reference_path (const char *name)
{
  const char *src = g_getenv ("PSL_TEST_SOURCE_DIR");

  return g_build_filename (src != NULL ? src : ".", "reference", name, NULL);
}

static gboolean
pixels_differ (guint32 a,
               guint32 b)
{
  for (guint shift = 0; shift < 32; shift += 8)
    {
      int ca = (a >> shift) & 0xff;
      int cb = (b >> shift) & 0xff;

      if (ABS (ca - cb) > CHANNEL_SLACK)
        return TRUE;
    }
  return FALSE;
}

static void
keep_actual (cairo_surface_t *surface,
             const char      *name)
{
  const char *build = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *file = g_strconcat (name, ".actual.png", NULL);
  g_autofree char *path = g_build_filename (build != NULL ? build : ".", file, NULL);

  cairo_surface_write_to_png (surface, path);
  g_test_message ("drawing kept as %s", path);
}

gboolean
psl_test_image_matches (cairo_surface_t  *surface,
                        const char       *name,
                        double            max_share,
                        GError          **error)
{
  g_autofree char *path = reference_path (name);
  cairo_surface_t *ref;
  int width, height;
  guint64 differing = 0;
  gboolean ok;

  cairo_surface_flush (surface);

  if (g_strcmp0 (g_getenv ("PSL_UPDATE_REFERENCES"), "1") == 0)
    {
      if (cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot write %s", path);
          return FALSE;
        }
      return TRUE;
    }

  ref = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (ref) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (ref);
      keep_actual (surface, name);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "no reference picture %s (PSL_UPDATE_REFERENCES=1 writes it)", path);
      return FALSE;
    }

  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  if (width != cairo_image_surface_get_width (ref) || height != cairo_image_surface_get_height (ref))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %d×%d drawn, %d×%d expected",
                   name, width, height,
                   cairo_image_surface_get_width (ref), cairo_image_surface_get_height (ref));
      cairo_surface_destroy (ref);
      keep_actual (surface, name);
      return FALSE;
    }

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (surface)
                                            + y * cairo_image_surface_get_stride (surface));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (ref)
                                            + y * cairo_image_surface_get_stride (ref));
      /* RGB24 leaves the alpha byte undefined: compare colours only then. */
      guint32 mask = cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32 ? 0xffffffff : 0x00ffffff;

      for (int x = 0; x < width; x++)
        if (pixels_differ (a[x] & mask, b[x] & mask))
          differing++;
    }
  cairo_surface_destroy (ref);

  ok = differing <= max_share * width * height;
  if (!ok)
    {
      keep_actual (surface, name);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "%s: %.2f %% of the pixels differ (at most %.2f %% allowed)", name,
                   100.0 * differing / ((double) width * height), 100.0 * max_share);
    }
  return ok;
}
