/* psl-retention-dialog.h — who the retention rules reach and why, before anything goes */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Shows the preview and applies it when asked.  At start-up, only for
 * direction, once a week, and only when someone is reached. */
void psl_retention_dialog_present (GtkWidget *from,
                                   PslStore  *store,
                                   gboolean   at_startup);

G_END_DECLS
