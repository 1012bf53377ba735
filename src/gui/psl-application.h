/* psl-application.h — the Passerelle application: windows, one per database */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_APPLICATION (psl_application_get_type ())
G_DECLARE_FINAL_TYPE (PslApplication, psl_application, PSL, APPLICATION, AdwApplication)

PslApplication *psl_application_new           (GApplicationFlags flags);
GtkWindow      *psl_application_open_database (PslApplication   *self,
                                               const char       *path);
/* Asks for the structure's exchange folder and passphrase (parent above
 * the window of store's base); once joined, that window gives way to one
 * on the structure's base, which exchanges at once. */
void            psl_application_join_structure (PslApplication  *self,
                                               GtkWindow        *parent,
                                               PslStore         *store);
/* After an upgrade, says once in window that there is something new (and
 * records the version seen); TRUE when it did. */
gboolean        psl_application_tell_whats_new (PslApplication  *self,
                                               GtkWindow        *window);
/* What changed in this version, as AdwAboutWindow's release notes. */
char           *psl_application_release_notes  (void);
/* Draws with Cairo, without loading a GL driver, unless GSK_RENDERER
 * says otherwise; before GTK opens the display. */
void            psl_application_choose_renderer (void);

G_END_DECLS
