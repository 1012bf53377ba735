/* psl-figure-card.h — a figure and what it counts, as a card of a flow box */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* warn: the figure in red when it is not "0" — something is owed. */
GtkWidget *psl_figure_card_new (const char *figure,
                                const char *caption,
                                gboolean    warn);

G_END_DECLS
