/* psl-preferences-window.h — structure, antenna, my name, country profile */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PREFERENCES_WINDOW (psl_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PslPreferencesWindow, psl_preferences_window, PSL, PREFERENCES_WINDOW, AdwPreferencesWindow)

PslPreferencesWindow *psl_preferences_window_new (GtkWindow *parent,
                                                  PslStore  *store);

char *psl_preferences_window_get_help_uri (PslPreferencesWindow *self);

G_END_DECLS
