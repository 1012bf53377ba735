/* psl-quadrant.h — every rated firm placed by relationship quality and opportunities realised */
#pragma once

#include "psl-evaluation.h"

G_BEGIN_DECLS

typedef struct
{
  char        *company_id;
  char        *name;
  double       quality;      /* the latest form B, 0–100 */
  double       realised;     /* opportunities of year N-1 realised, weighted by phase */
  PslQuadrant  quadrant;
} PslQuadrantPoint;

void       psl_quadrant_point_free (PslQuadrantPoint *point);
/* The firms still in the file with at least one rating, by name, for
 * the evaluation year (opportunities of year - 1, as form A counts them). */
GPtrArray *psl_quadrant_points     (PslStore         *store,
                                    int               year,
                                    GError          **error);

G_END_DECLS
