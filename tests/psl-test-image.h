/* psl-test-image.h — a drawing compared with its reference picture */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Compares @surface (ARGB32 or RGB24) with tests/reference/@name (a PNG).
 * A pixel differs when one of its channels is off by more than 48 of 255
 * (anti-aliasing moves a little between font versions); the pictures match
 * when at most @max_share of the pixels differ and the sizes are equal.
 *
 * With PSL_UPDATE_REFERENCES=1 in the environment, the reference is written
 * from @surface instead and the comparison passes: a picture is accepted
 * only after someone has looked at it.  On a mismatch the drawing is left
 * beside the test's build folder as @name with ".actual.png" for a look. */
gboolean psl_test_image_matches (cairo_surface_t  *surface,
                                 const char       *name,
                                 double            max_share,
                                 GError          **error);

G_END_DECLS
