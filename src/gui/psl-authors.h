/* psl-authors.h — "created by X on …, changed by Y on …" under a sheet's title */
#pragma once

#include <gtk/gtk.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Shows who created and last changed the row id of table in label, or
 * hides the label when nobody is known (a record older than the roles). */
void psl_authors_show (GtkLabel   *label,
                       PslStore   *store,
                       const char *table,
                       const char *id);

G_END_DECLS
