/* psl-structure-logo.h — the structure's logo, printed at the top of its documents
 *
 * The image is kept as the file was (PNG, JPEG or SVG), in the structure's
 * record, so that it travels to the other sites.  It is checked before it
 * is stored: at most PSL_LOGO_MAX_BYTES, and an image that can be read.
 */
#pragma once

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_LOGO_MAX_BYTES (2 * 1024 * 1024)

/* The image, at most max_height pixels high (an SVG is drawn at that
 * height); NULL with a French message for a file too large, of another
 * kind, or that cannot be read. */
GdkPixbuf *psl_logo_decode           (GBytes     *image,
                                      int         max_height,
                                      GError    **error);
/* Checks the image and stores it; NULL removes the logo. */
gboolean   psl_structure_set_logo    (PslStore   *store,
                                      GBytes     *image,
                                      GError    **error);
/* The image as stored; NULL with no error when there is none. */
GBytes    *psl_structure_get_logo    (PslStore   *store,
                                      GError    **error);

G_END_DECLS
