/* psl-competence-radar.c — a competence grid as a radar, the person over the job
 *
 * Twenty sentences around a circle leave no room for it: the axes are
 * numbered, and whoever shows the radar lists the numbered items beside
 * it.  The job is drawn first, so that the person is on top.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include "psl-competence-radar.h"
#include "psl-radar.h"

#define MAX_ITEMS 64

void
psl_competence_radar_draw (cairo_t    *cr,
                           double      width,
                           double      height,
                           guint       n_items,
                           int         top_level,
                           const int  *person,
                           const char *person_label,
                           const int  *job,
                           const char *job_label)
{
  char numbers[MAX_ITEMS][4];
  const char *labels[MAX_ITEMS];
  double person_values[MAX_ITEMS], job_values[MAX_ITEMS];
  const double *series[] = { job_values, person_values };
  const char *series_labels[] = { job_label, person_label };
  gboolean with_job = job != NULL;
  guint n = MIN (n_items, MAX_ITEMS);

  if (n < 3)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_snprintf (numbers[i], sizeof numbers[i], "%u", i + 1);
      labels[i] = numbers[i];
      person_values[i] = MAX (person[i], 0);
      job_values[i] = with_job ? MAX (job[i], 0) : 0;
    }
  psl_radar_draw (cr, width, height, &(PslRadar) {
    .n_axes = n, .axis_labels = labels, .max = top_level,
    .n_series = with_job ? 2 : 1, .series = with_job ? series : series + 1,
    .series_labels = with_job ? series_labels : series_labels + 1,
  });
}
