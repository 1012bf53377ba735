/* psl-key-setup.h — the structure key set up from the window, and its recovery key shown once */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Sets the structure key up where this computer keeps it (the key file
 * given with --key-file, else the desktop's keyring) and journals it;
 * returns the recovery key, or NULL with error saying in French why and
 * what to do (no keyring, a locked one, a key file already used). */
char      *psl_key_setup_run             (PslStore    *store,
                                          GError     **error);
/* psl_key_setup_run () for direction only, the recovery key then shown. */
gboolean   psl_key_setup_by_direction    (GtkWindow   *parent,
                                          PslStore    *store,
                                          GError     **error);
/* The recovery key, shown once: to copy, to print, to keep. */
GtkWidget *psl_key_setup_show_recovery   (GtkWindow   *parent,
                                          PslStore    *store,
                                          const char  *recovery);
/* For a new file: its confidential part encrypted from the start, and the
 * recovery key shown; or, when the key cannot be kept here, a dialog that
 * says so and what to do.  NULL when the file is already encrypted. */
GtkWidget *psl_key_setup_offer           (GtkWindow   *parent,
                                          PslStore    *store);

G_END_DECLS
