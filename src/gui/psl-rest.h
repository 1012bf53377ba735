/* psl-rest.h — a column view lets go of its rows' widgets while hidden at rest
 *
 * GTK 4.8 makes widgets for 200 rows of a view's model, shown or not:
 * some 10 MB for a table of nine columns, kept by every page once seen.
 * A view at rest (at the top, its first row or none selected, as it is by
 * itself) has its model hide its rows while the widget holding it is not
 * on screen, and has them back a step at a time when it is.  One scrolled
 * or with another row selected keeps them, so that it is found as it was
 * left.
 */
#pragma once

#include <gtk/gtk.h>

#include "psl-array-model.h"

G_BEGIN_DECLS

/* Whether widget is still reading what it shows (the rows then are not
 * at rest); NULL for a view whose rows are given at once. */
typedef gboolean (*PslRestBusy) (GtkWidget *widget);

void     psl_rest_when_hidden (GtkWidget     *widget,
                               GtkColumnView *view,
                               PslArrayModel *model,
                               PslRestBusy    busy);
gboolean psl_rest_is_at_rest  (GtkColumnView *view);

G_END_DECLS
