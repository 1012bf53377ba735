/* psl-positioning-window.c — filling in the service's positioning beside the other providers (Annexe 3)
 *
 * The seventeen items of the paper grid down the left, each opening on
 * the three ratings and its lines of work; the profile drawn on the
 * right follows every click.  Each rating and each line of work is saved
 * as it is given, as everywhere in Passerelle.
 */

#define G_LOG_DOMAIN "psl-positioning-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-chart-window.h"
#include "psl-field-row.h"
#include "psl-format.h"
#include "psl-grade-row.h"
#include "psl-positioning.h"
#include "psl-positioning-report.h"
#include "psl-positioning-window.h"
#include "psl-toast.h"

static const PslField notes_field = { "notes", PSL_FIELD_TEXT, N_("Lines of work") };

struct _PslPositioningWindow
{
  PslChartWindow       parent_instance;

  PslPositioning      *positioning;
  PslPositioningChart  chart;
  GtkWidget           *expanders[PSL_POSITIONING_N_ITEMS];
  GtkWidget           *grades[PSL_POSITIONING_N_ITEMS][PSL_N_PROVIDERS];
  GtkWidget           *notes[PSL_POSITIONING_N_ITEMS];

  AdwPreferencesGroup *items_group;
};

G_DEFINE_FINAL_TYPE (PslPositioningWindow, psl_positioning_window, PSL_TYPE_CHART_WINDOW)

static void
draw (PslChartWindow *window,
      cairo_t        *cr,
      int             width,
      int             height)
{
  psl_profile_chart_draw (cr, width, height, &PSL_POSITIONING_WINDOW (window)->chart.chart);
}

/* "Our structure 3 · Temporary work 5 · France Travail —" under an item. */
static char *
summary (const PslPositioning *positioning,
         guint                 item)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < PSL_N_PROVIDERS; p++)
    {
      int rating = positioning->ratings[item][p];

      if (p > 0)
        g_string_append (text, " · ");
      if (rating > 0)
        g_string_append_printf (text, "%s %d", psl_provider_label (p), rating);
      else
        g_string_append_printf (text, "%s —", psl_provider_label (p));
    }
  return g_string_free (text, FALSE);
}

/* Reads the table again and shows it: the summaries, the chart, the date. */
static void
refresh (PslPositioningWindow *self)
{
  g_autoptr(GError) error = NULL;
  PslPositioning *positioning = psl_positioning_load (PSL_CHART_WINDOW_STORE (self), &error);

  if (positioning == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_clear_pointer (&self->positioning, psl_positioning_free);
  self->positioning = positioning;
  psl_positioning_chart_fill (&self->chart, positioning);
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    {
      g_autofree char *text = summary (positioning, i);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expanders[i]), text);
    }
  if (positioning->answered_on != NULL)
    {
      g_autofree char *date = psl_format_date (positioning->answered_on);
      /* Translators: the window's subtitle; %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("Last changed on %s"), date);

      adw_window_title_set_subtitle (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), subtitle);
    }
  else
    adw_window_title_set_subtitle (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), _("Not filled in yet"));
  psl_chart_window_redraw (PSL_CHART_WINDOW (self));
}

static void
on_grade_changed_cb (PslGradeRow          *row,
                     PslPositioningWindow *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "item"));
  guint provider = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "provider"));
  int grade = psl_grade_row_get_grade (row);
  g_autoptr(GError) error = NULL;

  if (!psl_positioning_set_rating (PSL_CHART_WINDOW_STORE (self), item, provider,
                                   grade == PSL_GRADE_ROW_UNRATED ? 0 : grade, &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
  refresh (self);
}

static void
on_notes_save_cb (GtkWidget *row,
                  gpointer   user_data)
{
  PslPositioningWindow *self = user_data;
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "item"));
  g_autofree char *text = psl_field_row_get_value (row);
  g_autoptr(GError) error = NULL;

  if (!psl_positioning_set_notes (PSL_CHART_WINDOW_STORE (self), item, text, &error))
    {
      psl_field_row_set_problem (row, error->message);
      return;
    }
  psl_field_row_set_problem (row, NULL);
  refresh (self);
}

static void
build_items (PslPositioningWindow *self)
{
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      /* Translators: the number of an item of the positioning table, then its name */
      g_autofree char *title = g_strdup_printf (_("%u. %s"), i + 1, psl_positioning_item_label (i));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      for (guint p = 0; p < PSL_N_PROVIDERS; p++)
        {
          const char *tooltips[] = { _("1: a weak asset"), NULL, NULL, NULL, _("5: a strong asset") };
          PslGradeRow *grade = psl_grade_row_new (psl_provider_label (p), 1, 5, tooltips);

          g_object_set_data (G_OBJECT (grade), "item", GUINT_TO_POINTER (i));
          g_object_set_data (G_OBJECT (grade), "provider", GUINT_TO_POINTER (p));
          psl_grade_row_set_grade (grade, self->positioning->ratings[i][p] > 0 ? self->positioning->ratings[i][p]
                                                                              : PSL_GRADE_ROW_UNRATED);
          g_signal_connect (grade, "changed", G_CALLBACK (on_grade_changed_cb), self);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), GTK_WIDGET (grade));
          self->grades[i][p] = GTK_WIDGET (grade);
        }
      self->notes[i] = psl_field_row_new_entry (&notes_field);
      g_object_set_data (G_OBJECT (self->notes[i]), "item", GUINT_TO_POINTER (i));
      psl_field_row_set_value (self->notes[i], self->positioning->notes[i]);
      psl_field_row_watch (self->notes[i], on_notes_save_cb, self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->notes[i]);
      adw_preferences_group_add (self->items_group, expander);
      self->expanders[i] = expander;
    }
}

static PslDocument *
make_document (PslChartWindow *window,
               GError        **error)
{
  return psl_positioning_report_new (psl_chart_window_get_store (window), error);
}

/* Lines of work still being typed are saved before printing or closing. */
static void
flush (PslChartWindow *window)
{
  PslPositioningWindow *self = PSL_POSITIONING_WINDOW (window);

  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    if (self->notes[i] != NULL)
      psl_field_row_flush (self->notes[i]);
}

static void
psl_positioning_window_dispose (GObject *object)
{
  PslPositioningWindow *self = PSL_POSITIONING_WINDOW (object);

  g_clear_pointer (&self->positioning, psl_positioning_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_POSITIONING_WINDOW);
  G_OBJECT_CLASS (psl_positioning_window_parent_class)->dispose (object);
}

static void
psl_positioning_window_class_init (PslPositioningWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PslChartWindowClass *chart_class = PSL_CHART_WINDOW_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_positioning_window_dispose;
  chart_class->draw = draw;
  chart_class->flush = flush;
  chart_class->make_document = make_document;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-positioning-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPositioningWindow, items_group);
  psl_chart_window_class_set_print_action (widget_class, "positioning.print");
}

static void
psl_positioning_window_init (PslPositioningWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslPositioningWindow *
psl_positioning_window_new (GtkWindow *parent,
                            PslStore  *store)
{
  PslPositioningWindow *self = g_object_new (PSL_TYPE_POSITIONING_WINDOW, "transient-for", parent, "store", store,
                                             NULL);
  g_autoptr(GError) error = NULL;

  self->positioning = psl_positioning_load (store, &error);
  if (self->positioning == NULL)
    {
      g_warning ("Positioning: %s", error->message);
      self->positioning = g_new0 (PslPositioning, 1);
    }
  build_items (self);
  refresh (self);
  return self;
}

GtkWidget *
psl_positioning_window_get_grade_row (PslPositioningWindow *self,
                                      guint                 item,
                                      guint                 provider)
{
  g_return_val_if_fail (item < PSL_POSITIONING_N_ITEMS && provider < PSL_N_PROVIDERS, NULL);
  return self->grades[item][provider];
}

GtkWidget *
psl_positioning_window_get_notes_row (PslPositioningWindow *self,
                                      guint                 item)
{
  g_return_val_if_fail (item < PSL_POSITIONING_N_ITEMS, NULL);
  return self->notes[item];
}
