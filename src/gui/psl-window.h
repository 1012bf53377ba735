/* psl-window.h — the main window: sidebar of sections, pages, global search */
#pragma once

#include <adwaita.h>

#include "psl-application.h"
#include "psl-dashboard.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_WINDOW (psl_window_get_type ())
G_DECLARE_FINAL_TYPE (PslWindow, psl_window, PSL, WINDOW, AdwApplicationWindow)

PslWindow  *psl_window_new               (PslApplication *application,
                                          const char     *path,
                                          PslStore       *store,
                                          const GError   *open_error);
const char *psl_window_get_database_path (PslWindow      *self);
PslStore   *psl_window_get_store         (PslWindow      *self);
const char *psl_window_get_page          (PslWindow      *self);
void        psl_window_show_page         (PslWindow      *self,
                                          const char     *name);
void        psl_window_show_preferences  (PslWindow      *self);
gboolean    psl_window_open_company      (PslWindow      *self,
                                          const char     *company_id);
void        psl_window_add_toast         (PslWindow      *self,
                                          const char     *message);
/* A toast with a button that runs action_name (e.g. "app.about"). */
void        psl_window_add_toast_with_button (PslWindow  *self,
                                          const char     *message,
                                          const char     *button_label,
                                          const char     *action_name);
gboolean    psl_window_open_person       (PslWindow      *self,
                                          const char     *person_id);
void        psl_window_search            (PslWindow      *self,
                                          const char     *text);
void        psl_window_reload            (PslWindow      *self);
/* help:passerelle/TOPIC for what the window shows (F1, the "?" button). */
char       *psl_window_get_help_uri      (PslWindow      *self);

/* What the window shows, for tests and the benchmark. */
const char *psl_window_get_error_message (PslWindow      *self);
gboolean    psl_window_is_searching      (PslWindow      *self);
guint       psl_window_get_n_search_results (PslWindow   *self);
const PslDashboardFigures *psl_window_get_dashboard_figures (PslWindow *self);
/* The page called name (a section of the sidebar, or "search"), made if it
 * was not yet: a test reaches a page before showing it. */
GtkWidget  *psl_window_get_page_widget   (PslWindow      *self,
                                          const char     *name);

G_END_DECLS
