/* psl-label-placer.c — labels put beside their points without ever
 * covering one another
 *
 * Greedy, in the caller's order (the most important first): a map of two
 * thousand nodes places its labels in a few milliseconds, which a global
 * optimisation would not.  Rectangles are kept in a grid of buckets so
 * that a candidate is checked against its neighbours only.
 */

#include "config.h"

#include <math.h>

#include "psl-label-placer.h"

#define BUCKET 48.0

struct _PslLabelPlacer
{
  double      width;
  double      height;
  guint       columns;
  guint       rows;
  GArray     *rects;     /* PslRect */
  GArray    **buckets;   /* rect indexes (guint) */
};

gboolean
psl_rect_intersects (const PslRect *a,
                     const PslRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

PslLabelPlacer *
psl_label_placer_new (double width,
                      double height)
{
  PslLabelPlacer *placer = g_new0 (PslLabelPlacer, 1);

  placer->width = width;
  placer->height = height;
  placer->columns = MAX (1, (guint) ceil (width / BUCKET));
  placer->rows = MAX (1, (guint) ceil (height / BUCKET));
  placer->rects = g_array_new (FALSE, FALSE, sizeof (PslRect));
  placer->buckets = g_new0 (GArray *, placer->columns * placer->rows);
  return placer;
}

void
psl_label_placer_free (PslLabelPlacer *placer)
{
  if (placer == NULL)
    return;
  for (guint i = 0; i < placer->columns * placer->rows; i++)
    if (placer->buckets[i] != NULL)
      g_array_unref (placer->buckets[i]);
  g_free (placer->buckets);
  g_array_unref (placer->rects);
  g_free (placer);
}

static void
bucket_range (PslLabelPlacer *placer,
              const PslRect  *rect,
              guint          *c0,
              guint          *c1,
              guint          *r0,
              guint          *r1)
{
  *c0 = (guint) CLAMP (floor (rect->x / BUCKET), 0, placer->columns - 1);
  *c1 = (guint) CLAMP (floor ((rect->x + rect->width) / BUCKET), 0, placer->columns - 1);
  *r0 = (guint) CLAMP (floor (rect->y / BUCKET), 0, placer->rows - 1);
  *r1 = (guint) CLAMP (floor ((rect->y + rect->height) / BUCKET), 0, placer->rows - 1);
}

void
psl_label_placer_block (PslLabelPlacer *placer,
                        const PslRect  *rect)
{
  guint index = placer->rects->len;
  guint c0, c1, r0, r1;

  g_array_append_val (placer->rects, *rect);
  bucket_range (placer, rect, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray **bucket = &placer->buckets[r * placer->columns + c];

        if (*bucket == NULL)
          *bucket = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*bucket, index);
      }
}

static gboolean
is_free (PslLabelPlacer *placer,
         const PslRect  *rect)
{
  guint c0, c1, r0, r1;

  if (rect->x < 0 || rect->y < 0 || rect->x + rect->width > placer->width
      || rect->y + rect->height > placer->height)
    return FALSE;

  bucket_range (placer, rect, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray *bucket = placer->buckets[r * placer->columns + c];

        for (guint i = 0; bucket != NULL && i < bucket->len; i++)
          if (psl_rect_intersects (rect, &g_array_index (placer->rects, PslRect, g_array_index (bucket, guint, i))))
            return FALSE;
      }
  return TRUE;
}

/* Right, left, above, below, then the four corners.  A narrower label's
 * places lie inside a wider one's: what fails narrow fails wide. */
static guint
candidates (double   x,
            double   y,
            double   radius,
            double   w,
            double   h,
            PslRect  out[8])
{
  double gap = radius + 2;

  out[0] = (PslRect) { x + gap, y - h / 2, w, h };
  out[1] = (PslRect) { x - gap - w, y - h / 2, w, h };
  out[2] = (PslRect) { x - w / 2, y - gap - h, w, h };
  out[3] = (PslRect) { x - w / 2, y + gap, w, h };
  out[4] = (PslRect) { x + gap * 0.7, y - gap * 0.7 - h, w, h };
  out[5] = (PslRect) { x - gap * 0.7 - w, y - gap * 0.7 - h, w, h };
  out[6] = (PslRect) { x + gap * 0.7, y + gap * 0.7, w, h };
  out[7] = (PslRect) { x - gap * 0.7 - w, y + gap * 0.7, w, h };
  return 8;
}

gboolean
psl_label_placer_could_place (PslLabelPlacer *placer,
                              double          x,
                              double          y,
                              double          radius,
                              double          w,
                              double          h)
{
  PslRect places[8];
  guint n = candidates (x, y, radius, w, h, places);

  for (guint i = 0; i < n; i++)
    if (is_free (placer, &places[i]))
      return TRUE;
  return FALSE;
}

gboolean
psl_label_placer_place (PslLabelPlacer *placer,
                        double          x,
                        double          y,
                        double          radius,
                        double          w,
                        double          h,
                        PslRect        *out)
{
  PslRect places[8];
  guint n = candidates (x, y, radius, w, h, places);

  for (guint i = 0; i < n; i++)
    if (is_free (placer, &places[i]))
      {
        psl_label_placer_block (placer, &places[i]);
        *out = places[i];
        return TRUE;
      }
  return FALSE;
}
