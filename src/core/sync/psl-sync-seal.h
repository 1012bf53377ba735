/* psl-sync-seal.h — the exchange folder's key and its sealed files
 *
 * Everything Passerelle writes into the exchange folder is encrypted and
 * authenticated with a key derived from the structure's passphrase
 * (libsodium: Argon2id, then XChaCha20-Poly1305 in a secret stream).  A
 * file carries, in clear, only what says which exchange it belongs to: the
 * structure's random id, never a name.  Each chunk is bound to the file's
 * kind, site and number, so a file renamed or moved is refused too, and the
 * stream's last chunk is marked, so a cut file is seen as cut. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PSL_SYNC_ERROR (psl_sync_error_quark ())

typedef enum
{
  PSL_SYNC_ERROR_NOT_SET_UP,      /* this base exchanges with no folder */
  PSL_SYNC_ERROR_FOLDER,          /* missing, not a folder, not an exchange */
  PSL_SYNC_ERROR_READ_ONLY,       /* the folder cannot be written */
  PSL_SYNC_ERROR_FULL,            /* no space left */
  PSL_SYNC_ERROR_PASSPHRASE,      /* wrong passphrase */
  PSL_SYNC_ERROR_OTHER_STRUCTURE, /* a file or folder of another structure */
  PSL_SYNC_ERROR_ALTERED,         /* altered, or made with another key */
  PSL_SYNC_ERROR_INCOMPLETE,      /* cut short, perhaps still being copied */
  PSL_SYNC_ERROR_NEWER,           /* written by a newer Passerelle */
  PSL_SYNC_ERROR_SITE,            /* a site name taken, unknown, retired */
  PSL_SYNC_ERROR_INVALID,         /* anything else that makes no sense */
} PslSyncError;

typedef enum
{
  PSL_SEAL_CHANGES  = 'C',
  PSL_SEAL_SNAPSHOT = 'S',
  PSL_SEAL_STRUCTURE_KEY = 'K',   /* the key of the confidential texts */
} PslSealKind;

#define PSL_SYNC_KEY_BYTES 32
#define PSL_SYNC_DESCRIPTOR "passerelle-echange.json"

typedef struct
{
  guint8 bytes[PSL_SYNC_KEY_BYTES];
  char  *structure_id;  /* the exchange's id, also the structure's */
} PslSyncKey;

typedef struct _PslSealWriter PslSealWriter;
typedef struct _PslSealReader PslSealReader;

GQuark      psl_sync_error_quark         (void);
gboolean    psl_sync_crypto_init         (GError          **error);

/* The one message for a file whose content does not authenticate. */
void        psl_sync_set_altered         (GError          **error,
                                          const char       *path);
void        psl_sync_key_free            (PslSyncKey       *key);
/* Wipes a passphrase from memory before freeing it. */
void        psl_sync_passphrase_free     (char             *passphrase);
/* Reads a passphrase file: its first line, which may not be empty. */
char       *psl_sync_read_passphrase     (const char       *path,
                                          GError          **error);
/* A passphrase long enough to start an exchange with. */
gboolean    psl_sync_passphrase_check    (const char       *passphrase,
                                          GError          **error);
/* Writes the folder's descriptor (salt and a check of the passphrase). */
PslSyncKey *psl_sync_key_create          (const char       *folder,
                                          const char       *structure_id,
                                          const char       *passphrase,
                                          GError          **error);
/* Derives the key from the passphrase and the folder's descriptor. */
PslSyncKey *psl_sync_key_unlock          (const char       *folder,
                                          const char       *passphrase,
                                          GError          **error);

/* A key kept from an earlier unlock (the desktop's keyring), checked
 * against the folder's descriptor as a passphrase would be. */
PslSyncKey *psl_sync_key_restore         (const char       *folder,
                                          const guint8     *bytes,
                                          GError          **error);
/* Writes under a temporary name in the same folder and renames at the end:
 * a file appears whole or not at all. */
PslSealWriter *psl_seal_writer_new       (const PslSyncKey *key,
                                          const char       *path,
                                          PslSealKind       kind,
                                          const char       *site_id,
                                          guint64           seq,
                                          GError          **error);
gboolean    psl_seal_writer_add          (PslSealWriter    *writer,
                                          const void       *data,
                                          gsize             size,
                                          GError          **error);
gboolean    psl_seal_writer_finish       (PslSealWriter    *writer,
                                          GError          **error);
void        psl_seal_writer_free         (PslSealWriter    *writer);

PslSealReader *psl_seal_reader_new       (const PslSyncKey *key,
                                          const char       *path,
                                          PslSealKind       kind,
                                          const char       *site_id,
                                          guint64           seq,
                                          GError          **error);
/* The next chunk; NULL with no error at the end of the file. */
GBytes     *psl_seal_reader_next         (PslSealReader    *reader,
                                          GError          **error);
void        psl_seal_reader_free         (PslSealReader    *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncKey, psl_sync_key_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSealWriter, psl_seal_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSealReader, psl_seal_reader_free)

G_END_DECLS
