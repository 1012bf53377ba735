/* psl-navigation.c — going to a firm, a person or a partner from anywhere in the window */

#include "config.h"

#include "psl-navigation.h"

static const char *const kinds[] = { "company", "person", "partner" };
static const char *const actions[] = { "win.open-company", "win.open-person", "win.open-partner" };

const char *
psl_navigation_action (PslTarget target)
{
  g_return_val_if_fail (target <= PSL_TARGET_PARTNER, NULL);
  return actions[target];
}

gboolean
psl_navigation_target_of (const char *kind,
                          PslTarget  *target)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i], kind) == 0)
      {
        *target = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
psl_navigate (GtkWidget  *from,
              PslTarget   target,
              const char *id)
{
  g_return_val_if_fail (GTK_IS_WIDGET (from), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return gtk_widget_activate_action (from, psl_navigation_action (target), "s", id);
}
