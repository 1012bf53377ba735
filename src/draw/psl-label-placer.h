/* psl-label-placer.h — labels put beside their points without ever
 * covering one another */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} PslRect;

typedef struct _PslLabelPlacer PslLabelPlacer;

gboolean        psl_rect_intersects       (const PslRect  *a,
                                           const PslRect  *b);

/* Labels must stay within width × height. */
PslLabelPlacer *psl_label_placer_new      (double          width,
                                           double          height);
void            psl_label_placer_free     (PslLabelPlacer *placer);
/* Something labels must not cover: a node, a title, the legend. */
void            psl_label_placer_block    (PslLabelPlacer *placer,
                                           const PslRect  *rect);
/* Tries the places around a point of radius @radius, right first, then
 * left, above, below and the corners; the first free one is taken (and
 * blocked) and returned in @out. */
gboolean        psl_label_placer_place    (PslLabelPlacer *placer,
                                           double          x,
                                           double          y,
                                           double          radius,
                                           double          label_width,
                                           double          label_height,
                                           PslRect        *out);

/* Whether a label of this size would find a place, without taking it:
 * with a width smaller than the text's, a cheap way to skip measuring
 * labels that cannot fit anyway. */
gboolean        psl_label_placer_could_place (PslLabelPlacer *placer,
                                              double          x,
                                              double          y,
                                              double          radius,
                                              double          label_width,
                                              double          label_height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslLabelPlacer, psl_label_placer_free)

G_END_DECLS
