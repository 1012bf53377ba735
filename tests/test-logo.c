/* test-logo.c — the structure's logo: checked when chosen, kept in the
 * structure's record, drawn at the top of every page of a printed document */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "psl-installation.h"
#include "psl-report.h"
#include "psl-structure-logo.h"
#include "psl-test.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
png_of (int    width,
        int    height,
        double red,
        double blue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *data = g_byte_array_new ();

  cairo_set_source_rgb (cr, red, 0, 0);
  cairo_rectangle (cr, 0, 0, width / 2, height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, blue);
  cairo_rectangle (cr, width / 2, 0, width - width / 2, height);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_cb, data);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (data);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static void
test_logo_stored_and_read_back (PslTestFixture *f,
                                gconstpointer   data)
{
  g_autoptr(GBytes) png = png_of (200, 100, 1, 1);
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (psl_structure_get_logo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (psl_structure_set_logo (f->store, png, &error));
  g_assert_no_error (error);
  back = psl_structure_get_logo (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, png));
  /* In the structure's record, which travels to the other sites. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM structure WHERE length(logo) > 0"), ==, 1);

  g_assert_true (psl_structure_set_logo (f->store, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (psl_structure_get_logo (f->store, &error));
  g_assert_no_error (error);
}

static void
test_logo_bad_files_refused (PslTestFixture *f,
                             gconstpointer   data)
{
  g_autoptr(GBytes) png = png_of (40, 20, 1, 1);
  g_autoptr(GBytes) text = g_bytes_new_static ("Logo de la structure\n", 21);
  /* The smallest GIF: an image, but not of a kind a logo may be. */
  static const guint8 gif_data[] = {
    'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff,
    0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b };
  g_autoptr(GBytes) gif = g_bytes_new_static (gif_data, sizeof gif_data);
  g_autoptr(GByteArray) big = g_byte_array_new ();
  g_autoptr(GBytes) too_big = NULL;
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) back = NULL;
  GError *error = NULL;

  g_assert_true (psl_structure_set_logo (f->store, png, NULL));

  g_assert_false (psl_structure_set_logo (f->store, text, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "PNG, JPEG"));
  g_clear_error (&error);

  g_assert_false (psl_structure_set_logo (f->store, gif, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "PNG, JPEG"));
  g_clear_error (&error);

  /* A PNG cut in its middle cannot be read. */
  truncated = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);
  g_assert_false (psl_structure_set_logo (f->store, truncated, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* One byte over 2 MB is refused by its size, before it is read. */
  g_byte_array_append (big, g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_byte_array_set_size (big, PSL_LOGO_MAX_BYTES + 1);
  too_big = g_byte_array_free_to_bytes (g_steal_pointer (&big));
  g_assert_false (psl_structure_set_logo (f->store, too_big, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  /* The logo chosen before is still the one. */
  back = psl_structure_get_logo (f->store, NULL);
  g_assert_true (g_bytes_equal (back, png));
}

static void
test_logo_svg (PslTestFixture *f,
               gconstpointer   data)
{
  static const char svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='100' viewBox='0 0 300 100'>"
    "<rect width='300' height='100' fill='#00ff00'/></svg>";
  g_autoptr(GBytes) image = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  g_assert_true (psl_structure_set_logo (f->store, image, &error));
  g_assert_no_error (error);
  /* Drawn at the height asked, keeping its shape: 3 wide for 1 high. */
  pixbuf = psl_logo_decode (image, 240, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 240);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 720);
}

static void
test_logo_on_every_page (PslTestFixture *f,
                         gconstpointer   data)
{
  g_autoptr(GBytes) png = png_of (200, 100, 1, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) plain = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "logo.pdf", NULL);
  g_autofree char *command = NULL;
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  cairo_surface_t *logo;
  guint images = 0;
  int status;

  plain = psl_report_document_new (f->store, "Bilan", &error);
  g_assert_no_error (error);
  g_assert_null (psl_document_get_logo (plain));

  g_assert_true (psl_installation_set_structure_name (f->store, "Mission locale du Haut-Quercy", NULL));
  g_assert_true (psl_structure_set_logo (f->store, png, NULL));
  doc = psl_report_document_new (f->store, "Bilan", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (psl_document_get_header (doc), ==, "Mission locale du Haut-Quercy");
  logo = psl_document_get_logo (doc);
  g_assert_nonnull (logo);
  /* Small enough to be kept at its own size; red on the left, blue on the right. */
  g_assert_cmpint (cairo_image_surface_get_width (logo), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_height (logo), ==, 100);
  g_assert_cmphex (pixel_at (logo, 10, 50), ==, 0xffff0000);
  g_assert_cmphex (pixel_at (logo, 190, 50), ==, 0xff0000ff);

  /* Two pages: the logo is drawn on each. */
  for (guint i = 0; i < 120; i++)
    psl_document_add_paragraph (doc, "Accompagnement vers l’emploi durable des personnes suivies.");
  g_assert_true (psl_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (psl_document_get_n_pages (doc), >=, 2);

  command = g_strdup_printf ("pdfimages -list %s", pdf);
  g_assert_true (g_spawn_command_line_sync (command, &listing, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (listing, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint k = 0; fields[k] != NULL; k++)
        if (*fields[k] != '\0')
          g_ptr_array_add (words, fields[k]);
      /* A logo with transparency has its mask listed as well. */
      if (words->len < 5 || g_strcmp0 (g_ptr_array_index (words, 2), "smask") == 0)
        continue;
      /* page num type width height */
      g_assert_cmpstr (g_ptr_array_index (words, 2), ==, "image");
      g_assert_cmpstr (g_ptr_array_index (words, 3), ==, "200");
      g_assert_cmpstr (g_ptr_array_index (words, 4), ==, "100");
      images++;
    }
  g_assert_cmpuint (images, ==, psl_document_get_n_pages (doc));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
#define ADD(path, func) g_test_add (path, PslTestFixture, NULL, psl_test_fixture_setup, func, psl_test_fixture_teardown)
  ADD ("/logo/stored-and-read-back", test_logo_stored_and_read_back);
  ADD ("/logo/bad-files-refused", test_logo_bad_files_refused);
  ADD ("/logo/svg", test_logo_svg);
  ADD ("/logo/on-every-page", test_logo_on_every_page);
  return g_test_run ();
}
