/* psl-privacy-outbox.h — no confidential text in clear in the changes kept for the other sites
 *
 * The sync outbox keeps each change as SQLite recorded it.  A confidential
 * text written before the structure key existed is there in clear, and so
 * is the old value of every text the key's set-up sealed.  Set-up rewrites
 * those changes with the texts sealed, as the tables now hold them. */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* In the caller's transaction, once the key is there: seals every
 * confidential text of the outbox's changes and of the conflicts kept. */
gboolean psl_privacy_seal_outbox (PslStore *store,
                                  GError  **error);

G_END_DECLS
