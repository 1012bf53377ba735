/* psl-privacy-key.c — the structure key that encrypts the confidential part of people at rest
 *
 * The texts are sealed and opened inside SQL, by two functions of the
 * connection, psl_seal(text, binding) and psl_open(text, binding): the
 * record layer writes "SET detail = psl_seal(?1, …)" and the loaders read
 * "psl_open(detail, …)", so that no path writes a confidential text in
 * clear by forgetting a call.  Before the structure sets its key up, both
 * functions let texts through as they are (a file made by an older
 * Passerelle); from then on, a text not sealed is sealed at set-up and
 * every new one is sealed as it is written.
 */

#define G_LOG_DOMAIN "psl-privacy"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include <sys/stat.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>
#include <libsecret/secret.h>
#include <sodium.h>

#include "psl-actor.h"
#include "psl-privacy-key.h"
#include "psl-privacy-outbox.h"
#include "psl-store-private.h"

#define KEY_ID_META "privacy_key_id"
#define KEY_BESIDE_META "privacy_key_beside"
#define KEY_ID_BYTES 8

typedef struct
{
  GMutex       lock;
  gboolean     unlocked;
  PslKeySource source;
  guint8       key[PSL_PRIVACY_KEY_BYTES];
  char        *key_id;     /* the fingerprint the file holds, NULL before set-up */
  char        *structure;  /* the id the keyring entry is filed under */
  char        *path;       /* the database file, for FILE.key */
  gboolean     beside;     /* a demonstration file: FILE.key beside it */
} KeyState;

static char *default_key_file;

static const char *key_file_wanted (void);
static gboolean keyring_disabled;

static const SecretSchema *
key_schema (void)
{
  static const SecretSchema schema = {
    "io.github.passerelle.Passerelle.StructureKey", SECRET_SCHEMA_NONE,
    {
      { "structure", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

static void
key_state_free (KeyState *state)
{
  sodium_memzero (state->key, sizeof state->key);
  g_mutex_clear (&state->lock);
  g_free (state->key_id);
  g_free (state->structure);
  g_free (state->path);
  g_free (state);
}

static KeyState *
state_of (PslStore *store)
{
  return g_object_get_data (G_OBJECT (store), "psl-privacy-key");
}

void
psl_privacy_set_key_file (const char *path)
{
  g_free (default_key_file);
  default_key_file = g_strdup (path);
}

void
psl_privacy_set_keyring_enabled (gboolean enabled)
{
  keyring_disabled = !enabled;
}

const char *
psl_privacy_get_key_file (void)
{
  return key_file_wanted ();
}

static const char *
key_file_wanted (void)
{
  if (default_key_file != NULL)
    return default_key_file;
  return g_getenv ("PASSERELLE_KEY_FILE");
}

gboolean
psl_privacy_keyring_usable (void)
{
  return !keyring_disabled && g_getenv ("PASSERELLE_NO_KEYRING") == NULL &&
         g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL;
}

static char *
fingerprint (const guint8 key[PSL_PRIVACY_KEY_BYTES])
{
  static const guint8 context[] = "passerelle-structure-key-id";
  guint8 id[KEY_ID_BYTES];
  char hex[KEY_ID_BYTES * 2 + 1];

  crypto_generichash (id, sizeof id, context, sizeof context - 1, key, PSL_PRIVACY_KEY_BYTES);
  return g_strdup (sodium_bin2hex (hex, sizeof hex, id, sizeof id));
}

/* 64 hexadecimal digits in groups of eight: what is printed and typed back. */
static char *
key_to_text (const guint8 key[PSL_PRIVACY_KEY_BYTES])
{
  char hex[PSL_PRIVACY_KEY_BYTES * 2 + 1];
  GString *text = g_string_new (NULL);

  sodium_bin2hex (hex, sizeof hex, key, PSL_PRIVACY_KEY_BYTES);
  for (guint i = 0; i < PSL_PRIVACY_KEY_BYTES * 2; i += 8)
    g_string_append_printf (text, "%s%.8s", i > 0 ? "-" : "", hex + i);
  sodium_memzero (hex, sizeof hex);
  return g_string_free (text, FALSE);
}

static gboolean
key_from_text (const char *text,
               guint8      key[PSL_PRIVACY_KEY_BYTES])
{
  size_t len = 0;
  const char *end = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  return sodium_hex2bin (key, PSL_PRIVACY_KEY_BYTES, trimmed, strlen (trimmed), "- \n\t", &len, &end) == 0 &&
         len == PSL_PRIVACY_KEY_BYTES && (end == NULL || *end == '\0');
}

static gboolean
read_key_file (const char *path,
               guint8      key[PSL_PRIVACY_KEY_BYTES],
               GError    **error)
{
  g_autofree char *contents = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEY_FILE,
                   _("The key file “%s” cannot be read: %s."), path, g_strerror (errno));
      return FALSE;
    }
  if ((st.st_mode & 077) != 0)
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEY_FILE,
                   _("The key file “%s” may be read by others: make it yours only (chmod 600 “%s”)."),
                   path, path);
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, NULL, NULL) || !key_from_text (contents, key))
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEY_FILE,
                   _("The key file “%s” does not hold a structure key."), path);
      return FALSE;
    }
  sodium_memzero (contents, strlen (contents));
  return TRUE;
}

/* Written 0600 from the start, under a temporary name renamed at the end. */
static gboolean
write_key_file (const char   *path,
                const guint8  key[PSL_PRIVACY_KEY_BYTES],
                GError      **error)
{
  g_autofree char *text = key_to_text (key);
  g_autofree char *line = g_strconcat (text, "\n", NULL);
  g_autofree char *tmp = g_strconcat (path, ".tmp", NULL);
  int fd = g_open (tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  gboolean ok = fd >= 0;

  if (ok)
    {
      ok = write (fd, line, strlen (line)) == (ssize_t) strlen (line) && fsync (fd) == 0;
      ok = close (fd) == 0 && ok;
      ok = ok && g_rename (tmp, path) == 0;
    }
  if (!ok)
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEY_FILE,
                   _("The key file “%s” cannot be written: %s."), path, g_strerror (errno));
      g_unlink (tmp);
    }
  sodium_memzero (line, strlen (line));
  return ok;
}

static gboolean
keyring_lookup (KeyState *state,
                guint8    key[PSL_PRIVACY_KEY_BYTES],
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;
  gboolean ok;

  if (!psl_privacy_keyring_usable ())
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                           _("There is no keyring on this computer: give the structure's key file "
                             "with --key-file."));
      return FALSE;
    }
  text = secret_password_lookup_sync (key_schema (), NULL, &local_error, "structure", state->structure, NULL);
  if (local_error != NULL)
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                   _("The keyring is locked or absent (%s): unlock it, or give the structure's key file "
                     "with --key-file."), local_error->message);
      return FALSE;
    }
  if (text == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_NO_KEY,
                           _("The structure's key is not in this computer's keyring: type the recovery "
                             "key in Preferences, Privacy."));
      return FALSE;
    }
  ok = key_from_text (text, key);
  secret_password_free (text);
  if (!ok)
    g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_NO_KEY,
                         _("The keyring holds a damaged structure key: type the recovery key in "
                           "Preferences, Privacy."));
  return ok;
}

static gboolean
keyring_store (KeyState     *state,
               const guint8  key[PSL_PRIVACY_KEY_BYTES],
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = key_to_text (key);
  g_autofree char *label = g_strdup_printf (_("Passerelle: key of the structure %.8s"), state->structure);

  if (!psl_privacy_keyring_usable ())
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                           _("There is no keyring on this computer: give a file to keep the key in "
                             "with --key-file."));
      return FALSE;
    }
  if (!secret_password_store_sync (key_schema (), SECRET_COLLECTION_DEFAULT, label, text, NULL, &local_error,
                                   "structure", state->structure, NULL))
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                   _("The key cannot be kept in the keyring, locked or absent (%s)."), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
beside_path (KeyState *state)
{
  return g_strconcat (state->path, ".key", NULL);
}

static gboolean
is_structure_key (KeyState     *state,
                  const guint8  key[PSL_PRIVACY_KEY_BYTES])
{
  g_autofree char *id = fingerprint (key);

  return g_strcmp0 (id, state->key_id) == 0;
}

/* The key beside a demonstration file.  A demo that replaces the file
 * keeps the old file's key as FILE.key.prev until the new file has taken
 * the name: killed in between, the old file is read with its own key,
 * which then takes its name back. */
static gboolean
read_beside (KeyState *state,
             guint8    key[PSL_PRIVACY_KEY_BYTES],
             GError  **error)
{
  g_autofree char *path = beside_path (state);
  g_autofree char *prev = g_strconcat (path, ".prev", NULL);
  gboolean ok = read_key_file (path, key, error);

  if (ok && is_structure_key (state, key))
    return TRUE;
  if (!g_file_test (prev, G_FILE_TEST_IS_REGULAR))
    return ok;
  g_clear_error (error);
  if (!read_key_file (prev, key, error))
    return FALSE;
  if (is_structure_key (state, key) && g_rename (prev, path) != 0)
    g_debug ("the previous key could not take its name back: %s", g_strerror (errno));
  return TRUE;
}

/* Finds the key where it is kept and checks it is this structure's. */
static gboolean
unlock_locked (KeyState *state,
               GError  **error)
{
  guint8 key[PSL_PRIVACY_KEY_BYTES];
  PslKeySource source;
  gboolean ok;

  if (state->unlocked)
    return TRUE;
  if (key_file_wanted () != NULL)
    {
      source = PSL_KEY_SOURCE_FILE;
      ok = read_key_file (key_file_wanted (), key, error);
    }
  else if (state->beside)
    {
      source = PSL_KEY_SOURCE_BESIDE;
      ok = read_beside (state, key, error);
    }
  else
    {
      source = PSL_KEY_SOURCE_KEYRING;
      ok = keyring_lookup (state, key, error);
    }
  if (!ok)
    return FALSE;
  if (!is_structure_key (state, key))
    {
      sodium_memzero (key, sizeof key);
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                           _("This key is not the structure's: the confidential parts cannot be read "
                             "with it."));
      return FALSE;
    }
  memcpy (state->key, key, sizeof key);
  sodium_memzero (key, sizeof key);
  state->source = source;
  state->unlocked = TRUE;
  return TRUE;
}

static char *
seal (KeyState   *state,
      const char *text,
      const char *binding)
{
  gsize len = strlen (text);
  gsize sealed_len = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + len + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  g_autofree guint8 *sealed = g_malloc (sealed_len);
  unsigned long long ct_len = 0;
  g_autofree char *b64 = NULL;

  randombytes_buf (sealed, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt (sealed + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &ct_len,
                                              (const guint8 *) text, len,
                                              (const guint8 *) binding, strlen (binding),
                                              NULL, sealed, state->key);
  b64 = g_base64_encode (sealed, sealed_len);
  return g_strconcat (PSL_SEALED_PREFIX, b64, NULL);
}

static char *
open_sealed (KeyState   *state,
             const char *text,
             const char *binding,
             GError    **error)
{
  gsize sealed_len = 0;
  g_autofree guint8 *sealed = g_base64_decode (text + strlen (PSL_SEALED_PREFIX), &sealed_len);
  unsigned long long plain_len = 0;
  char *plain;

  if (sealed_len < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
    goto altered;
  plain = g_malloc (sealed_len + 1);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt ((guint8 *) plain, &plain_len, NULL,
                                                  sealed + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                  sealed_len - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                  (const guint8 *) binding, strlen (binding),
                                                  sealed, state->key) != 0)
    {
      g_free (plain);
      goto altered;
    }
  plain[plain_len] = '\0';
  return plain;

altered:
  g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                       _("A confidential text was altered, or sealed with another key."));
  return NULL;
}

static void
sql_crypt (sqlite3_context *ctx,
           int              argc,
           sqlite3_value  **argv,
           gboolean         sealing)
{
  KeyState *state = sqlite3_user_data (ctx);
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *binding = (const char *) sqlite3_value_text (argv[1]);
  g_autoptr(GError) error = NULL;
  char *result = NULL;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  /* Not set up: texts stay as they are.  Set up: a text in clear (written
   * before) reads as it is, and is sealed when written again. */
  if (state->key_id == NULL || (!sealing && !g_str_has_prefix (text, PSL_SEALED_PREFIX)) ||
      (sealing && g_str_has_prefix (text, PSL_SEALED_PREFIX)))
    {
      sqlite3_result_value (ctx, argv[0]);
      return;
    }
  g_mutex_lock (&state->lock);
  if (unlock_locked (state, &error))
    result = sealing ? seal (state, text, binding != NULL ? binding : "")
                     : open_sealed (state, text, binding != NULL ? binding : "", &error);
  g_mutex_unlock (&state->lock);
  if (result == NULL)
    {
      sqlite3_result_error (ctx, error->message, -1);
      return;
    }
  sqlite3_result_text (ctx, result, -1, g_free);
}

static void
sql_seal_cb (sqlite3_context *ctx,
             int              argc,
             sqlite3_value  **argv)
{
  sql_crypt (ctx, argc, argv, TRUE);
}

static void
sql_open_cb (sqlite3_context *ctx,
             int              argc,
             sqlite3_value  **argv)
{
  sql_crypt (ctx, argc, argv, FALSE);
}

void
psl_privacy_attach (PslStore *store)
{
  KeyState *state = g_new0 (KeyState, 1);
  sqlite3 *db = psl_store_get_db (store);

  if (sodium_init () < 0)
    g_error ("libsodium cannot start");
  g_mutex_init (&state->lock);
  state->key_id = psl_store_get_meta (store, KEY_ID_META);
  state->path = g_strdup (psl_store_get_path (store));
  {
    g_autofree char *beside = psl_store_get_meta (store, KEY_BESIDE_META);
    g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT id FROM structure ORDER BY created_at LIMIT 1;",
                                                      NULL);

    state->beside = g_strcmp0 (beside, "1") == 0;
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      state->structure = psl_column_dup (stmt, 0);
    else
      state->structure = g_strdup ("");
  }
  g_object_set_data_full (G_OBJECT (store), "psl-privacy-key", state, (GDestroyNotify) key_state_free);
  sqlite3_create_function (db, "psl_seal", 2, SQLITE_UTF8, state, sql_seal_cb, NULL, NULL);
  sqlite3_create_function (db, "psl_open", 2, SQLITE_UTF8, state, sql_open_cb, NULL, NULL);
  psl_privacy_attach_actor (store);
}

gboolean
psl_privacy_is_set_up (PslStore *store)
{
  KeyState *state = state_of (store);

  return state != NULL && state->key_id != NULL;
}

PslKeySource
psl_privacy_key_source (PslStore *store)
{
  KeyState *state = state_of (store);

  return state != NULL && state->unlocked ? state->source : PSL_KEY_SOURCE_NONE;
}

gboolean
psl_privacy_unlock (PslStore *store,
                    GError  **error)
{
  KeyState *state = state_of (store);
  gboolean ok;

  if (state->key_id == NULL)
    return TRUE;
  g_mutex_lock (&state->lock);
  ok = unlock_locked (state, error);
  g_mutex_unlock (&state->lock);
  return ok;
}

/* Keeps key where this machine keeps it, and makes it the store's. */
static gboolean
keep_key (PslStore     *store,
          KeyState     *state,
          const guint8  key[PSL_PRIVACY_KEY_BYTES],
          const char   *key_file,
          gboolean      demo,
          GError      **error)
{
  g_autofree char *beside = beside_path (state);
  PslKeySource source = demo ? PSL_KEY_SOURCE_BESIDE : key_file != NULL ? PSL_KEY_SOURCE_FILE
                                                                        : PSL_KEY_SOURCE_KEYRING;

  /* A demonstration file is written under a temporary name: its key is
   * then given under the name the file will have. */
  if (key_file != NULL && !write_key_file (key_file, key, error))
    return FALSE;
  if (key_file == NULL && source == PSL_KEY_SOURCE_BESIDE && !write_key_file (beside, key, error))
    return FALSE;
  if (source == PSL_KEY_SOURCE_KEYRING && !keyring_store (state, key, error))
    return FALSE;
  g_mutex_lock (&state->lock);
  memcpy (state->key, key, PSL_PRIVACY_KEY_BYTES);
  state->unlocked = TRUE;
  state->source = source;
  state->beside = demo;
  g_mutex_unlock (&state->lock);
  return TRUE;
}

/* Seals what was written in clear before, in the caller's transaction:
 * the tables, then the changes kept for the other sites — those written
 * before, and the one this sealing itself just made, whose old values are
 * the texts in clear. */
static gboolean
seal_existing (PslStore *store,
               GError  **error)
{
  guint n_columns;
  const PslSealedColumn *columns = psl_privacy_sealed_columns (&n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      const char *table = columns[i].table, *column = columns[i].column;
      g_autofree char *sql = g_strdup_printf (
        "UPDATE %s SET %s = psl_seal(%s, '%s.%s/' || id)"
        " WHERE %s IS NOT NULL AND %s NOT LIKE '" PSL_SEALED_PREFIX "%%';",
        table, column, column, table, column, column, column);

      if (!psl_store_exec (store, sql, error))
        return FALSE;
    }
  return psl_store_flush_changes (store, error) && psl_privacy_seal_outbox (store, error);
}

char *
psl_privacy_set_up (PslStore   *store,
                    const char *key_file,
                    gboolean    demo,
                    GError    **error)
{
  KeyState *state = state_of (store);
  guint8 key[PSL_PRIVACY_KEY_BYTES];
  g_autofree char *id = NULL;
  char *recovery;

  if (state->key_id != NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_ALREADY,
                           _("The confidential parts are already encrypted with the structure's key."));
      return NULL;
    }
  randombytes_buf (key, sizeof key);
  id = fingerprint (key);
  if (!keep_key (store, state, key, key_file, demo, error))
    {
      sodium_memzero (key, sizeof key);
      return NULL;
    }
  recovery = key_to_text (key);
  sodium_memzero (key, sizeof key);

  /* The fingerprint is written with the sealed texts, all or nothing. */
  state->key_id = g_strdup (id);
  if (!psl_store_begin (store, error) ||
      !psl_store_set_meta (store, KEY_ID_META, id, error) ||
      !psl_store_set_meta (store, KEY_BESIDE_META, demo ? "1" : "0", error) ||
      !seal_existing (store, error) ||
      !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      g_clear_pointer (&state->key_id, g_free);
      sodium_memzero (recovery, strlen (recovery));
      g_free (recovery);
      return NULL;
    }
  /* The texts in clear are overwritten in the file (secure_delete) and
   * out of the write-ahead log. */
  psl_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE);", NULL);
  return recovery;
}

static gboolean
install_key (PslStore     *store,
             const guint8  key[PSL_PRIVACY_KEY_BYTES],
             const char   *key_file,
             GError      **error)
{
  KeyState *state = state_of (store);
  g_autofree char *id = fingerprint (key);

  if (state->key_id != NULL && g_strcmp0 (id, state->key_id) != 0)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                           _("This recovery key is not the structure's: check each group of eight "
                             "characters."));
      return FALSE;
    }
  if (!keep_key (store, state, key, key_file, state->beside && key_file == NULL, error))
    return FALSE;
  if (state->key_id == NULL)
    {
      /* A site given the structure's key seals what it wrote before, as
       * the set-up does: nothing stays in clear for having come first. */
      gboolean own = sqlite3_get_autocommit (psl_store_get_db (store));

      state->key_id = g_strdup (id);
      if ((own && !psl_store_begin (store, error)) ||
          !psl_store_set_meta (store, KEY_ID_META, id, error) || !seal_existing (store, error) ||
          (own && !psl_store_commit (store, error)))
        {
          if (own)
            psl_store_rollback (store);
          g_clear_pointer (&state->key_id, g_free);
          return FALSE;
        }
      if (own)
        psl_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE);", NULL);
    }
  return TRUE;
}

gboolean
psl_privacy_recover (PslStore   *store,
                     const char *recovery,
                     const char *key_file,
                     GError    **error)
{
  guint8 key[PSL_PRIVACY_KEY_BYTES];
  gboolean ok;

  if (!key_from_text (recovery, key))
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                           _("A recovery key is 64 characters, 0 to 9 and a to f, in groups of eight."));
      return FALSE;
    }
  if (state_of (store)->key_id == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("This file has no structure key yet: there is nothing to recover."));
      return FALSE;
    }
  ok = install_key (store, key, key_file, error);
  sodium_memzero (key, sizeof key);
  return ok;
}

gboolean
psl_privacy_check_recovery (PslStore   *store,
                            const char *recovery,
                            GError    **error)
{
  guint8 key[PSL_PRIVACY_KEY_BYTES];
  gboolean ok;

  if (state_of (store)->key_id == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("This file has no structure key yet: there is no recovery key to give."));
      return FALSE;
    }
  if (!key_from_text (recovery, key))
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                           _("A recovery key is 64 characters, 0 to 9 and a to f, in groups of eight."));
      return FALSE;
    }
  ok = is_structure_key (state_of (store), key);
  sodium_memzero (key, sizeof key);
  if (!ok)
    g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_WRONG_KEY,
                         _("This recovery key is not the structure's."));
  return ok;
}

gboolean
psl_privacy_export_key (PslStore *store,
                        guint8    key[PSL_PRIVACY_KEY_BYTES],
                        GError  **error)
{
  KeyState *state = state_of (store);

  if (state->key_id == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_NO_KEY,
                           _("This file has no structure key yet."));
      return FALSE;
    }
  if (!psl_privacy_unlock (store, error))
    return FALSE;
  memcpy (key, state->key, PSL_PRIVACY_KEY_BYTES);
  return TRUE;
}

gboolean
psl_privacy_import_key (PslStore     *store,
                        const guint8  key[PSL_PRIVACY_KEY_BYTES],
                        const char   *key_file,
                        GError      **error)
{
  return install_key (store, key, key_file, error);
}

char *
psl_privacy_seal_text (PslStore   *store,
                       const char *text,
                       const char *binding,
                       GError    **error)
{
  KeyState *state = state_of (store);

  if (state->key_id == NULL)
    return g_strdup (text);
  if (!psl_privacy_unlock (store, error))
    return NULL;
  return seal (state, text, binding);
}

char *
psl_privacy_open_text (PslStore   *store,
                       const char *sealed,
                       const char *binding,
                       GError    **error)
{
  KeyState *state = state_of (store);

  if (state->key_id == NULL || !g_str_has_prefix (sealed, PSL_SEALED_PREFIX))
    return g_strdup (sealed);
  if (!psl_privacy_unlock (store, error))
    return NULL;
  return open_sealed (state, sealed, binding, error);
}
