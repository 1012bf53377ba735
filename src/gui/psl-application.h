/* psl-application.h — the Passerelle application: windows, one per database */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_APPLICATION (psl_application_get_type ())
G_DECLARE_FINAL_TYPE (PslApplication, psl_application, PSL, APPLICATION, AdwApplication)

PslApplication *psl_application_new           (GApplicationFlags flags);
GtkWindow      *psl_application_open_database (PslApplication   *self,
                                               const char       *path);

G_END_DECLS
