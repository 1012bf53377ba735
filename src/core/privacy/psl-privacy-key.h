/* psl-privacy-key.h — the structure key that encrypts the confidential part of people at rest
 *
 * One random 32-byte key per structure.  It lives outside the database:
 * in the desktop's keyring (libsecret), in a file given with --key-file
 * on a machine without a keyring, or — for a demonstration file only —
 * in FILE.key beside it.  The database holds only a short fingerprint, so
 * that a wrong key is told from the right one.  Texts are sealed with
 * XChaCha20-Poly1305, bound to their table, column and row. */
#pragma once

#include "psl-store.h"
#include "psl-privacy-error.h"

G_BEGIN_DECLS

#define PSL_PRIVACY_KEY_BYTES 32

typedef enum
{
  PSL_KEY_SOURCE_NONE,
  PSL_KEY_SOURCE_FILE,       /* --key-file */
  PSL_KEY_SOURCE_BESIDE,     /* FILE.key of a demonstration file */
  PSL_KEY_SOURCE_KEYRING,
} PslKeySource;

/* A key file for every store this process opens (--key-file); NULL for
 * none.  The environment variable PASSERELLE_KEY_FILE does the same. */
void         psl_privacy_set_key_file       (const char  *path);
const char  *psl_privacy_get_key_file       (void);
/* Tests run with no keyring: this turns it off for the process. */
void         psl_privacy_set_keyring_enabled(gboolean     enabled);
/* Whether the desktop's keyring may be asked: a session bus, and not
 * turned off (PASSERELLE_NO_KEYRING, or for the process). */
gboolean     psl_privacy_keyring_usable     (void);

/* Registers psl_seal() and psl_open() on the store's connection. */
void         psl_privacy_attach             (PslStore    *store);
gboolean     psl_privacy_is_set_up          (PslStore    *store);
/* Where the key came from, once it was needed. */
PslKeySource psl_privacy_key_source         (PslStore    *store);
gboolean     psl_privacy_unlock             (PslStore    *store,
                                             GError     **error);

/* Makes the key, keeps it (in key_file when given, beside the file for a
 * demonstration, else in the keyring), encrypts the confidential texts
 * already in the file, and returns the recovery key to show once. */
char        *psl_privacy_set_up             (PslStore    *store,
                                             const char  *key_file,
                                             gboolean     demo,
                                             GError     **error);
/* Puts back the key from its recovery text, into key_file or the keyring. */
gboolean     psl_privacy_recover            (PslStore    *store,
                                             const char  *recovery,
                                             const char  *key_file,
                                             GError     **error);
/* Whether recovery is this file's recovery key (nothing else is done). */
gboolean     psl_privacy_check_recovery     (PslStore    *store,
                                             const char  *recovery,
                                             GError     **error);
/* The key as the sites of a structure hand it to each other, and back. */
gboolean     psl_privacy_export_key         (PslStore    *store,
                                             guint8       key[PSL_PRIVACY_KEY_BYTES],
                                             GError     **error);
gboolean     psl_privacy_import_key         (PslStore    *store,
                                             const guint8 key[PSL_PRIVACY_KEY_BYTES],
                                             const char  *key_file,
                                             GError     **error);

/* Seals and opens one text outside SQL (the benchmark, the tests). */
char        *psl_privacy_seal_text          (PslStore    *store,
                                             const char  *text,
                                             const char  *binding,
                                             GError     **error);
char        *psl_privacy_open_text          (PslStore    *store,
                                             const char  *sealed,
                                             const char  *binding,
                                             GError     **error);

G_END_DECLS
