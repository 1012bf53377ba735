/* psl-competence-radar.h — a competence grid as a radar, the person over the job */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* levels below 0 (not rated) are drawn at the centre; job may be NULL. */
void psl_competence_radar_draw (cairo_t    *cr,
                                double      width,
                                double      height,
                                guint       n_items,
                                int         top_level,
                                const int  *person,
                                const char *person_label,
                                const int  *job,
                                const char *job_label);

G_END_DECLS
