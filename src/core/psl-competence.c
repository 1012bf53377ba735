/* psl-competence.c — the seed-000 competence grid, for a person or required by a job, and the gap between them
 *
 * The same grid describes what a person can do and what a job asks
 * (seed 000), so a gap is a subtraction item by item.  Only a shortfall
 * counts: being better than asked is no gap.  An item the job does not
 * rate, or the person was not rated on, is left out rather than guessed.
 */

#define G_LOG_DOMAIN "psl-competence"

#include "config.h"

#include "psl-competence.h"

void
psl_competence_grid_init (PslCompetenceGrid *grid,
                          guint              n_items)
{
  g_return_if_fail (n_items <= PSL_COMPETENCE_MAX_ITEMS);

  grid->n_items = n_items;
  for (guint i = 0; i < PSL_COMPETENCE_MAX_ITEMS; i++)
    grid->levels[i] = PSL_COMPETENCE_UNRATED;
}

void
psl_competence_gap (const PslCompetenceGrid *person,
                    const PslCompetenceGrid *job,
                    PslCompetenceGap        *gap)
{
  int worst = 0;

  *gap = (PslCompetenceGap) { .worst_item = -1 };
  for (guint i = 0; i < MIN (person->n_items, job->n_items); i++)
    {
      int asked = job->levels[i];
      int has = person->levels[i];

      if (asked <= 0)
        continue;
      gap->n_required++;
      if (has == PSL_COMPETENCE_UNRATED)
        continue;
      gap->n_compared++;
      gap->required += asked;
      if (has < asked)
        {
          gap->n_short++;
          gap->missing += asked - has;
          if (asked - has > worst)
            {
              worst = asked - has;
              gap->worst_item = (int) i;
            }
        }
    }
}

double
psl_competence_fit (const PslCompetenceGap *gap)
{
  if (gap->required == 0)
    return -1.0;
  return 1.0 - (double) gap->missing / gap->required;
}
