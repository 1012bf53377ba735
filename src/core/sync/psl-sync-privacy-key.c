/* psl-sync-privacy-key.c — the structure key travels to the other sites, sealed with the exchange's key
 *
 * The confidential texts travel as they are stored: sealed with the
 * structure key.  Every site of the structure needs that key, so the
 * first site that has it leaves it in the exchange folder, sealed like
 * every other file there (only the structure's passphrase opens it), and
 * a site that joins takes it into its own keyring or key file.
 */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include "psl-i18n.h"
#include <sodium.h>

#include "psl-sync-private.h"
#include "privacy/psl-privacy-key.h"

#define KEY_FILE_NAME "cle-structure.scellee"

static char *
key_path (const char *folder)
{
  return g_build_filename (folder, KEY_FILE_NAME, NULL);
}

/* Leaves the structure key in the folder, once; a site that cannot read
 * its own key now (a keyring locked) leaves it at a later exchange. */
void
psl_sync_share_privacy_key (PslStore         *store,
                            const char       *folder,
                            const PslSyncKey *key)
{
  g_autofree char *path = key_path (folder);
  g_autoptr(PslSealWriter) writer = NULL;
  guint8 bytes[PSL_PRIVACY_KEY_BYTES];

  if (!psl_privacy_is_set_up (store) || g_file_test (path, G_FILE_TEST_EXISTS) ||
      !psl_privacy_export_key (store, bytes, NULL))
    return;
  writer = psl_seal_writer_new (key, path, PSL_SEAL_STRUCTURE_KEY, key->structure_id, 0, NULL);
  if (writer != NULL && psl_seal_writer_add (writer, bytes, sizeof bytes, NULL))
    psl_seal_writer_finish (writer, NULL);
  sodium_memzero (bytes, sizeof bytes);
}

/* Takes the structure key from the folder into this computer (keyring,
 * or the --key-file given), when the base encrypts its confidential part. */
gboolean
psl_sync_take_privacy_key (PslStore         *store,
                           const char       *folder,
                           const PslSyncKey *key,
                           GError          **error)
{
  g_autofree char *path = key_path (folder);
  g_autoptr(PslSealReader) reader = NULL;
  g_autoptr(GBytes) chunk = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!psl_privacy_is_set_up (store) || psl_privacy_unlock (store, NULL))
    return TRUE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                           _("The structure encrypts its confidential part, and its key is not in the exchange "
                             "folder yet: exchange once from a site that has it, then join again."));
      return FALSE;
    }
  reader = psl_seal_reader_new (key, path, PSL_SEAL_STRUCTURE_KEY, key->structure_id, 0, error);
  if (reader == NULL || (chunk = psl_seal_reader_next (reader, error)) == NULL)
    return FALSE;
  if (g_bytes_get_size (chunk) != PSL_PRIVACY_KEY_BYTES)
    {
      psl_sync_set_altered (error, path);
      return FALSE;
    }
  if (!psl_privacy_import_key (store, g_bytes_get_data (chunk, NULL), psl_privacy_get_key_file (), &local_error))
    {
      /* Translators: %s says why the key could not be kept */
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                   _("The structure key came with the exchange but cannot be kept on this computer: %s"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
