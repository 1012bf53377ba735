/* psl-quadrant-window.c — every rated firm by quality and opportunities, one of them pointed out
 *
 * Opened from a firm's Évaluation tab: the firm in red among all those
 * rated, so that its quadrant is seen against the network's.  The chart
 * is the printed one (psl-quadrant-chart), drawn at the window's size.
 */

#define G_LOG_DOMAIN "psl-quadrant-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-chart-window.h"
#include "psl-format.h"
#include "psl-quadrant.h"
#include "psl-quadrant-report.h"
#include "psl-quadrant-window.h"
#include "psl-toast.h"

struct _PslQuadrantWindow
{
  PslChartWindow   parent_instance;

  PslQuadrantData *data;
  char            *company_id;

  GtkLabel        *caption;
  GtkLabel        *note;
};

G_DEFINE_FINAL_TYPE (PslQuadrantWindow, psl_quadrant_window, PSL_TYPE_CHART_WINDOW)

static void
draw (PslChartWindow *window,
      cairo_t        *cr,
      int             width,
      int             height)
{
  PslQuadrantWindow *self = PSL_QUADRANT_WINDOW (window);

  if (self->data != NULL)
    psl_quadrant_chart_draw (cr, width, height, &self->data->chart);
}

static PslDocument *
make_document (PslChartWindow *window,
               GError        **error)
{
  PslQuadrantWindow *self = PSL_QUADRANT_WINDOW (window);

  return psl_quadrant_report_new (psl_chart_window_get_store (window), self->data->year, self->company_id, error);
}

/* Where the firm stands, in words: the chart's red point said aloud. */
static void
describe (PslQuadrantWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *quality = psl_format_decimal (self->data->chart.quality_threshold, 0);
  g_autofree char *realised = psl_format_decimal (self->data->chart.opportunity_threshold, 1);
  g_autofree char *note = NULL;

  /* Translators: the window's subtitle; %u firms, %d a year */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u firm rated · opportunities of %d",
                                           "%u firms rated · opportunities of %d", self->data->read->len),
                              self->data->read->len, self->data->year - 1);
  adw_window_title_set_subtitle (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), subtitle);
  /* Translators: %1$s a quality out of 100, %2$s a number of opportunities */
  note = g_strdup_printf (_("Quality from the latest rating of each firm; opportunities weighted by phase. "
                            "Thresholds: quality %1$s out of 100, %2$s opportunities, set in the preferences."),
                          quality, realised);
  gtk_label_set_text (self->note, note);

  gtk_label_set_text (self->caption, _("Only firms rated at least once are shown."));
  for (guint i = 0; i < self->data->read->len; i++)
    {
      PslQuadrantPoint *p = g_ptr_array_index (self->data->read, i);

      if (g_strcmp0 (p->company_id, self->company_id) == 0)
        {
          g_autofree char *score = psl_format_decimal (p->quality, 0);
          g_autofree char *count = psl_format_decimal (p->realised, 1);
          /* Translators: %1$s a firm, %2$s its quadrant, %3$s its quality, %4$s its opportunities */
          g_autofree char *text = g_strdup_printf (_("%1$s, in red: %2$s (quality %3$s out of 100, %4$s weighted "
                                                     "opportunities realised)."),
                                                   p->name, psl_quadrant_label (p->quadrant), score, count);

          gtk_label_set_text (self->caption, text);
        }
    }
}

static void
psl_quadrant_window_dispose (GObject *object)
{
  PslQuadrantWindow *self = PSL_QUADRANT_WINDOW (object);

  g_clear_pointer (&self->data, psl_quadrant_data_free);
  g_clear_pointer (&self->company_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_QUADRANT_WINDOW);
  G_OBJECT_CLASS (psl_quadrant_window_parent_class)->dispose (object);
}

static void
psl_quadrant_window_class_init (PslQuadrantWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PslChartWindowClass *chart_class = PSL_CHART_WINDOW_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_quadrant_window_dispose;
  chart_class->draw = draw;
  chart_class->make_document = make_document;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-quadrant-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslQuadrantWindow, caption);
  gtk_widget_class_bind_template_child (widget_class, PslQuadrantWindow, note);
  psl_chart_window_class_set_print_action (widget_class, "quadrant.print");
}

static void
psl_quadrant_window_init (PslQuadrantWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslQuadrantWindow *
psl_quadrant_window_new (GtkWindow  *parent,
                         PslStore   *store,
                         int         year,
                         const char *company_id)
{
  PslQuadrantWindow *self = g_object_new (PSL_TYPE_QUADRANT_WINDOW, "transient-for", parent, "store", store, NULL);
  g_autoptr(GError) error = NULL;

  self->company_id = g_strdup (company_id);
  self->data = psl_quadrant_data_new (store, year, company_id, &error);
  if (self->data == NULL)
    {
      g_warning ("Quadrant: %s", error->message);
      gtk_label_set_text (self->caption, error->message);
      psl_chart_window_set_printable (PSL_CHART_WINDOW (self), FALSE);
      return self;
    }
  describe (self);
  return self;
}

