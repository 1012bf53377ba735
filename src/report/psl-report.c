/* psl-report.c — what every report shares: its errors and its page furniture */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-installation.h"
#include "psl-report.h"
#include "psl-structure-logo.h"

G_DEFINE_QUARK (psl-report-error-quark, psl_report_error)

/* A pixbuf's pixels as cairo wants them: native-endian ARGB, premultiplied. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int out_stride = cairo_image_surface_get_stride (surface);
  guint8 *out;

  cairo_surface_flush (surface);
  out = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = in + y * in_stride + x * channels;
        guint a = channels == 4 ? p[3] : 255;
        guint32 r = p[0] * a / 255, g = p[1] * a / 255, b = p[2] * a / 255;

        *(guint32 *) (out + y * out_stride + 4 * x) = (a << 24) | (r << 16) | (g << 8) | b;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The structure's logo for a page's header, drawn at a height that prints
 * sharp; a logo that cannot be read is left out rather than stopping the
 * document (it was checked when it was chosen). */
static void
set_logo (PslDocument *doc,
          PslStore    *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) image = psl_structure_get_logo (store, &error);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  cairo_surface_t *surface;

  if (image == NULL)
    return;
  pixbuf = psl_logo_decode (image, 240, &error);
  if (pixbuf == NULL)
    {
      g_warning ("The structure's logo is left out: %s", error->message);
      return;
    }
  surface = surface_from_pixbuf (pixbuf);
  psl_document_set_logo (doc, surface);
  cairo_surface_destroy (surface);
}

/* The header names what the document covers: the structure, and the
 * antenna when its figures are an antenna's alone — never the antenna
 * of the computer it was printed on. */
PslDocument *
psl_report_document_new_for_antenna (PslStore   *store,
                                     const char *title,
                                     const char *antenna_id,
                                     GError    **error)
{
  g_autoptr(PslInstallation) inst = psl_installation_load (store, error);
  g_autofree char *today = NULL;
  g_autofree char *date = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *header = NULL;
  g_autofree char *antenna = NULL;
  PslDocument *doc;

  if (inst == NULL)
    return NULL;
  if (antenna_id != NULL)
    {
      g_autoptr(GError) local = NULL;

      antenna = psl_installation_site_name (store, antenna_id, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      if (antenna == NULL)
        {
          g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND, _("There is no such antenna."));
          return NULL;
        }
    }
  today = psl_today_iso ();
  date = psl_format_date (today);
  /* Translators: at the foot of a printed page, with the date of the day */
  generated = g_strdup_printf (_("Printed on %s with Passerelle"), date);
  if (antenna != NULL && *antenna != '\0' && g_strcmp0 (antenna, inst->structure_name) != 0)
    /* Translators: the structure and the antenna the figures are of, at the top of a printed page */
    header = g_strdup_printf (_("%1$s — %2$s"), inst->structure_name, antenna);
  else
    header = g_strdup (inst->structure_name);

  doc = psl_document_new (title);
  psl_document_set_header (doc, header);
  set_logo (doc, store);
  psl_document_set_footer (doc, inst->funders_footer);
  psl_document_set_generated (doc, generated);
  return doc;
}

PslDocument *
psl_report_document_new (PslStore   *store,
                         const char *title,
                         GError    **error)
{
  return psl_report_document_new_for_antenna (store, title, NULL, error);
}

const char *
psl_report_or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

char *
psl_report_period (const char *from,
                   const char *to)
{
  g_autofree char *start = psl_format_date_short (from);
  g_autofree char *end = psl_format_date_short (to);

  if (from == NULL && to == NULL)
    return g_strdup ("—");
  if (to == NULL)
    /* Translators: a period still running, "since 03/02/2026" */
    return g_strdup_printf (_("since %s"), start);
  if (from == NULL)
    /* Translators: a period with only its end known, "until 03/02/2026" */
    return g_strdup_printf (_("until %s"), end);
  /* Translators: a period, "03/02/2026 – 28/02/2026" */
  return g_strdup_printf (_("%1$s – %2$s"), start, end);
}

void
psl_report_add_count (PslDocument *doc,
                      gint64       value,
                      const char  *label)
{
  g_autofree char *text = psl_format_count (value);

  psl_document_add_figure (doc, text, label);
}

char *
psl_report_share (gint64 part,
                  gint64 whole)
{
  g_autofree char *percent = NULL;

  if (whole == 0)
    return g_strdup ("—");
  percent = psl_format_decimal (100.0 * part / whole, 0);
  /* Translators: a share in percent, "42 %" */
  return g_strdup_printf (_("%s %%"), percent);
}

PslDocumentTable *
psl_report_add_tallies (PslDocument        *doc,
                        const char * const *headers,
                        guint               n_values,
                        GPtrArray          *rows,
                        gboolean            total)
{
  g_autofree double *widths = g_new (double, n_values + 1);
  g_autofree gint64 *sums = g_new0 (gint64, n_values);
  g_autofree const char **cells = g_new0 (const char *, n_values + 1);
  PslDocumentTable *table;

  widths[0] = 3;
  for (guint v = 0; v < n_values; v++)
    widths[v + 1] = 1;
  table = psl_document_add_table (doc, n_values + 1, headers, widths);
  for (guint i = 0; i <= rows->len; i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      const PslTally *tally = i < rows->len ? g_ptr_array_index (rows, i) : NULL;

      if (tally == NULL && !total)
        break;
      cells[0] = tally != NULL ? tally->label : _("Total");
      for (guint v = 0; v < n_values; v++)
        {
          gint64 value = tally != NULL ? tally->values[v] : sums[v];

          g_ptr_array_add (texts, psl_format_count (value));
          cells[v + 1] = g_ptr_array_index (texts, v);
          if (tally != NULL)
            sums[v] += value;
        }
      if (tally != NULL)
        psl_document_table_add_row (table, cells);
      else
        psl_document_table_add_total (table, cells);
    }
  return table;
}
