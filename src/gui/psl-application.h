/* psl-application.h — the Passerelle application: windows, one per database */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_APPLICATION (psl_application_get_type ())
G_DECLARE_FINAL_TYPE (PslApplication, psl_application, PSL, APPLICATION, AdwApplication)

PslApplication *psl_application_new           (GApplicationFlags flags);
GtkWindow      *psl_application_open_database (PslApplication   *self,
                                               const char       *path);
/* After an upgrade, says once in window that there is something new (and
 * records the version seen); TRUE when it did. */
gboolean        psl_application_tell_whats_new (PslApplication  *self,
                                               GtkWindow        *window);
/* What changed in this version, as AdwAboutWindow's release notes. */
char           *psl_application_release_notes  (void);

G_END_DECLS
