/* psl-navigation.h — going to a firm, a person or a partner from anywhere in the window
 *
 * A page does not know the window: it activates win.open-company,
 * win.open-person or win.open-partner with the record's id, and whatever
 * holds it answers (the window, or a test standing in for the window).
 * So no page includes psl-window.h, and a new page navigates without
 * being wired to the window one signal at a time. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  PSL_TARGET_COMPANY,
  PSL_TARGET_PERSON,
  PSL_TARGET_PARTNER,
} PslTarget;

/* The action's name for target: "win.open-company", … */
const char *psl_navigation_action (PslTarget target);

/* The target a search result's kind ("company", "person", "partner")
 * opens; FALSE for other kinds. */
gboolean    psl_navigation_target_of (const char *kind,
                                      PslTarget  *target);

/* FALSE when nothing above from answers (a page shown on its own). */
gboolean    psl_navigate          (GtkWidget  *from,
                                   PslTarget   target,
                                   const char *id);

G_END_DECLS
