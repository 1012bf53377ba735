/* psl-logo-row.h — the structure's logo: shown, chosen from a file, removed */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_LOGO_ROW (psl_logo_row_get_type ())
G_DECLARE_FINAL_TYPE (PslLogoRow, psl_logo_row, PSL, LOGO_ROW, AdwActionRow)

GtkWidget *psl_logo_row_new      (PslStore   *store);
/* What choosing this file in the file chooser does: the image is checked
 * and stored, or the row says in French why not.  FALSE when refused. */
gboolean   psl_logo_row_set_file (PslLogoRow *self,
                                  GFile      *file);
gboolean   psl_logo_row_has_logo (PslLogoRow *self);

G_END_DECLS
