/* psl-authors.c — "created by X on …, changed by Y on …" under a sheet's title */

#include "config.h"

#include "psl-authors.h"
#include "privacy/psl-privacy.h"

void
psl_authors_show (GtkLabel   *label,
                  PslStore   *store,
                  const char *table,
                  const char *id)
{
  g_autofree char *text = id != NULL ? psl_privacy_authorship (store, table, id) : NULL;

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}
