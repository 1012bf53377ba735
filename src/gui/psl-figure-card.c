/* psl-figure-card.c — a figure and what it counts, as a card of a flow box */

#define G_LOG_DOMAIN "psl-figure-card"

#include "config.h"

#include "psl-figure-card.h"

GtkWidget *
psl_figure_card_new (const char *figure,
                     const char *caption,
                     gboolean    warn)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *number = gtk_label_new (figure);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "figure-card");
  gtk_widget_add_css_class (number, "title-1");
  if (warn && g_strcmp0 (figure, "0") != 0)
    gtk_widget_add_css_class (number, "error");
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Narrow captions let four or five cards share a line. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), number);
  gtk_box_append (GTK_BOX (card), label);
  return card;
}
