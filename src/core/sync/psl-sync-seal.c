/* psl-sync-seal.c — the exchange folder's key and its sealed files */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>
#include <gio/gfiledescriptorbased.h>
#include <json-glib/json-glib.h>
#include <sodium.h>

#include "psl-sync-seal.h"

/* In clear at the head of every file: magic, kind, the structure's id. */
#define MAGIC "PSLSYNC\1"
#define MAGIC_LEN 8
#define ID_LEN 36
#define CLEAR_LEN (MAGIC_LEN + 1 + ID_LEN)
/* No chunk is larger than this: a longer length is a damaged file, and
 * reading it must not ask for gigabytes. */
#define MAX_CHUNK (256u * 1024 * 1024)
#define CHECK_TEXT "passerelle"

struct _PslSealWriter
{
  crypto_secretstream_xchacha20poly1305_state state;
  GFileOutputStream *out;
  GFile *target;
  GFile *temp;
  char *ad;
  gboolean finished;
};

struct _PslSealReader
{
  crypto_secretstream_xchacha20poly1305_state state;
  GFileInputStream *in;
  char *path;
  char *ad;
  gboolean ended;
};

G_DEFINE_QUARK (psl-sync-error-quark, psl_sync_error)

gboolean
psl_sync_crypto_init (GError **error)
{
  if (sodium_init () < 0)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                           _("The encryption library could not start."));
      return FALSE;
    }
  return TRUE;
}

void
psl_sync_key_free (PslSyncKey *key)
{
  if (key == NULL)
    return;
  sodium_memzero (key->bytes, sizeof key->bytes);
  g_free (key->structure_id);
  g_free (key);
}

char *
psl_sync_read_passphrase (const char *path,
                          GError    **error)
{
  g_autofree char *contents = NULL;
  char *end;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_PASSPHRASE,
                   _("The passphrase file “%s” cannot be read."), path);
      return NULL;
    }
  end = strpbrk (contents, "\r\n");
  if (end != NULL)
    *end = '\0';
  if (contents[0] == '\0')
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_PASSPHRASE,
                   _("The passphrase file “%s” is empty."), path);
      return NULL;
    }
  return g_steal_pointer (&contents);
}

/* A write error said as what the user can act on. */
static void
set_write_error (GError    **error,
                 GError     *cause,
                 const char *where)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FULL,
                 _("The exchange folder “%s” is full: nothing was written there."), where);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_READ_ONLY,
                 _("The exchange folder “%s” is read-only: nothing was written there."), where);
  else
    g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                 _("Nothing could be written in the exchange folder “%s”: %s."), where,
                 cause != NULL ? cause->message : "?");
}

static char *
descriptor_path (const char *folder)
{
  return g_build_filename (folder, PSL_SYNC_DESCRIPTOR, NULL);
}

static gboolean
derive (guint8        key[PSL_SYNC_KEY_BYTES],
        const char   *passphrase,
        const guint8 *salt,
        guint64       opslimit,
        gsize         memlimit,
        GError      **error)
{
  if (crypto_pwhash (key, PSL_SYNC_KEY_BYTES, passphrase, strlen (passphrase), salt,
                     opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                           _("Not enough memory to derive the key from the passphrase."));
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_sync_passphrase_check (const char *passphrase,
                           GError    **error)
{
  if (g_utf8_strlen (passphrase, -1) < 8)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_PASSPHRASE,
                           _("The passphrase must have at least 8 characters."));
      return FALSE;
    }
  return TRUE;
}

PslSyncKey *
psl_sync_key_create (const char *folder,
                     const char *structure_id,
                     const char *passphrase,
                     GError    **error)
{
  g_autoptr(PslSyncKey) key = g_new0 (PslSyncKey, 1);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = descriptor_path (folder);
  g_autofree char *text = NULL;
  g_autofree char *salt64 = NULL;
  g_autofree char *check64 = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint8 salt[crypto_pwhash_SALTBYTES];
  guint8 check[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + sizeof CHECK_TEXT];

  if (!psl_sync_crypto_init (error) || !psl_sync_passphrase_check (passphrase, error))
    return NULL;

  randombytes_buf (salt, sizeof salt);
  if (!derive (key->bytes, passphrase, salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
               crypto_pwhash_MEMLIMIT_INTERACTIVE, error))
    return NULL;
  randombytes_buf (check, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy (check + crypto_secretbox_NONCEBYTES, (const guint8 *) CHECK_TEXT,
                         sizeof CHECK_TEXT, check, key->bytes);
  salt64 = g_base64_encode (salt, sizeof salt);
  check64 = g_base64_encode (check, sizeof check);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "structure");
  json_builder_add_string_value (builder, structure_id);
  json_builder_set_member_name (builder, "salt");
  json_builder_add_string_value (builder, salt64);
  json_builder_set_member_name (builder, "opslimit");
  json_builder_add_int_value (builder, crypto_pwhash_OPSLIMIT_INTERACTIVE);
  json_builder_set_member_name (builder, "memlimit");
  json_builder_add_int_value (builder, crypto_pwhash_MEMLIMIT_INTERACTIVE);
  json_builder_set_member_name (builder, "check");
  json_builder_add_string_value (builder, check64);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local))
    {
      set_write_error (error, local, folder);
      return NULL;
    }

  key->structure_id = g_strdup (structure_id);
  return g_steal_pointer (&key);
}

static gboolean
decode_exact (JsonObject *obj,
              const char *member,
              guint8     *out,
              gsize       size)
{
  const char *text = json_object_get_string_member_with_default (obj, member, "");
  g_autofree guint8 *data = NULL;
  gsize len = 0;

  data = g_base64_decode (text, &len);
  if (len != size)
    return FALSE;
  memcpy (out, data, size);
  return TRUE;
}

/* The folder's descriptor, as read from its file. */
typedef struct
{
  char  *structure_id;
  guint8 salt[crypto_pwhash_SALTBYTES];
  guint8 check[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + sizeof CHECK_TEXT];
  gint64 ops, mem;
} Descriptor;

static gboolean
descriptor_read (const char *folder,
                 Descriptor *d,
                 GError    **error)
{
  g_autofree char *path = descriptor_path (folder);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *obj;
  const char *structure;

  if (!psl_sync_crypto_init (error))
    return FALSE;
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("The exchange folder “%s” is not there: is the stick or the share connected?"),
                   folder);
      return FALSE;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("“%s” is not a Passerelle exchange folder: it has no %s."), folder,
                   PSL_SYNC_DESCRIPTOR);
      return FALSE;
    }
  if (!json_parser_load_from_file (parser, path, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    goto damaged;

  obj = json_node_get_object (json_parser_get_root (parser));
  structure = json_object_get_string_member_with_default (obj, "structure", "");
  d->ops = json_object_get_int_member_with_default (obj, "opslimit", 0);
  d->mem = json_object_get_int_member_with_default (obj, "memlimit", 0);
  if (json_object_get_int_member_with_default (obj, "format", 0) != 1 ||
      strlen (structure) != ID_LEN || d->ops < 1 || d->ops > 64 || d->mem < 8192 ||
      d->mem > G_GINT64_CONSTANT (4) * 1024 * 1024 * 1024 ||
      !decode_exact (obj, "salt", d->salt, sizeof d->salt) ||
      !decode_exact (obj, "check", d->check, sizeof d->check))
    goto damaged;
  d->structure_id = g_strdup (structure);
  return TRUE;

damaged:
  g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
               _("The exchange folder's %s is damaged."), PSL_SYNC_DESCRIPTOR);
  return FALSE;
}

/* Takes the key when it opens the descriptor's check. */
static PslSyncKey *
key_checked (const char *folder,
             Descriptor *d,
             PslSyncKey *key,
             GError    **error)
{
  guint8 plain[sizeof CHECK_TEXT];

  if (crypto_secretbox_open_easy (plain, d->check + crypto_secretbox_NONCEBYTES,
                                  sizeof d->check - crypto_secretbox_NONCEBYTES, d->check,
                                  key->bytes) != 0)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_PASSPHRASE,
                   _("Wrong passphrase for the exchange folder “%s”."), folder);
      psl_sync_key_free (key);
      g_free (d->structure_id);
      return NULL;
    }
  key->structure_id = d->structure_id;
  return key;
}

/* The key from the passphrase, or from bytes kept earlier. */
static PslSyncKey *
key_open (const char   *folder,
          const char   *passphrase,
          const guint8 *bytes,
          GError      **error)
{
  Descriptor d = { 0 };
  PslSyncKey *key;

  if (!descriptor_read (folder, &d, error))
    return NULL;
  key = g_new0 (PslSyncKey, 1);
  if (bytes != NULL)
    memcpy (key->bytes, bytes, PSL_SYNC_KEY_BYTES);
  else if (!derive (key->bytes, passphrase, d.salt, d.ops, d.mem, error))
    {
      psl_sync_key_free (key);
      g_free (d.structure_id);
      return NULL;
    }
  return key_checked (folder, &d, key, error);
}

PslSyncKey *
psl_sync_key_unlock (const char *folder,
                     const char *passphrase,
                     GError    **error)
{
  return key_open (folder, passphrase, NULL, error);
}

PslSyncKey *
psl_sync_key_restore (const char   *folder,
                      const guint8 *bytes,
                      GError      **error)
{
  return key_open (folder, NULL, bytes, error);
}

void
psl_sync_passphrase_free (char *passphrase)
{
  if (passphrase == NULL)
    return;
  sodium_memzero (passphrase, strlen (passphrase));
  g_free (passphrase);
}

static char *
make_ad (PslSealKind kind,
         const char *structure_id,
         const char *site_id,
         guint64     seq)
{
  return g_strdup_printf ("%c|%s|%s|%" G_GUINT64_FORMAT, kind, structure_id,
                          site_id != NULL ? site_id : "", seq);
}

PslSealWriter *
psl_seal_writer_new (const PslSyncKey *key,
                     const char       *path,
                     PslSealKind       kind,
                     const char       *site_id,
                     guint64           seq,
                     GError          **error)
{
  g_autoptr(PslSealWriter) w = g_new0 (PslSealWriter, 1);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = NULL;
  g_autoptr(GError) local = NULL;
  guint8 clear[CLEAR_LEN];
  guint8 header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];

  /* A dot and a random tail: never taken for a finished file. */
  temp = g_strdup_printf ("%s/.%s.%08x.tmp", dir, base, randombytes_random ());
  w->target = g_file_new_for_path (path);
  w->temp = g_file_new_for_path (temp);
  w->ad = make_ad (kind, key->structure_id, site_id, seq);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      local = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      set_write_error (error, local, dir);
      return NULL;
    }
  w->out = g_file_replace (w->temp, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &local);
  if (w->out == NULL)
    {
      set_write_error (error, local, dir);
      return NULL;
    }

  memcpy (clear, MAGIC, MAGIC_LEN);
  clear[MAGIC_LEN] = kind;
  memcpy (clear + MAGIC_LEN + 1, key->structure_id, ID_LEN);
  crypto_secretstream_xchacha20poly1305_init_push (&w->state, header, key->bytes);
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (w->out), clear, sizeof clear, NULL, NULL, &local) ||
      !g_output_stream_write_all (G_OUTPUT_STREAM (w->out), header, sizeof header, NULL, NULL, &local))
    {
      set_write_error (error, local, dir);
      return NULL;
    }

  return g_steal_pointer (&w);
}

static gboolean
push (PslSealWriter *w,
      const void    *data,
      gsize          size,
      guint8         tag,
      GError       **error)
{
  gsize out_size = size + crypto_secretstream_xchacha20poly1305_ABYTES;
  g_autofree guint8 *cipher = g_malloc (out_size + 4);
  g_autoptr(GError) local = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (size <= MAX_CHUNK, FALSE);

  cipher[0] = out_size >> 24;
  cipher[1] = out_size >> 16;
  cipher[2] = out_size >> 8;
  cipher[3] = out_size;
  crypto_secretstream_xchacha20poly1305_push (&w->state, cipher + 4, NULL, data, size,
                                              (const guint8 *) w->ad, strlen (w->ad), tag);
  if (g_output_stream_write_all (G_OUTPUT_STREAM (w->out), cipher, out_size + 4, NULL, NULL, &local))
    return TRUE;

  dir = g_path_get_dirname (g_file_peek_path (w->target));
  set_write_error (error, local, dir);
  return FALSE;
}

gboolean
psl_seal_writer_add (PslSealWriter *w,
                     const void    *data,
                     gsize          size,
                     GError       **error)
{
  const guint8 *p = data;

  /* A large piece goes as several chunks of at most MAX_CHUNK. */
  do
    {
      gsize n = MIN (size, MAX_CHUNK);

      if (!push (w, p, n, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, error))
        return FALSE;
      p += n;
      size -= n;
    }
  while (size > 0);
  return TRUE;
}

gboolean
psl_seal_writer_finish (PslSealWriter *w,
                        GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *dir = g_path_get_dirname (g_file_peek_path (w->target));

  if (!push (w, "", 0, crypto_secretstream_xchacha20poly1305_TAG_FINAL, error))
    return FALSE;
  /* On the disk before the rename, so that the name never shows a file
   * whose blocks a power cut could still lose. */
  if (!g_output_stream_flush (G_OUTPUT_STREAM (w->out), NULL, &local) ||
      fsync (g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (w->out))) != 0 ||
      !g_output_stream_close (G_OUTPUT_STREAM (w->out), NULL, &local) ||
      !g_file_move (w->temp, w->target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local))
    {
      set_write_error (error, local, dir);
      return FALSE;
    }
  w->finished = TRUE;
  return TRUE;
}

void
psl_seal_writer_free (PslSealWriter *w)
{
  if (w == NULL)
    return;
  if (!w->finished && w->temp != NULL)
    {
      if (w->out != NULL)
        g_output_stream_close (G_OUTPUT_STREAM (w->out), NULL, NULL);
      g_file_delete (w->temp, NULL, NULL);
    }
  sodium_memzero (&w->state, sizeof w->state);
  g_clear_object (&w->out);
  g_clear_object (&w->target);
  g_clear_object (&w->temp);
  g_free (w->ad);
  g_free (w);
}

/* The one message for a file whose content does not authenticate. */
void
psl_sync_set_altered (GError    **error,
                      const char *path)
{
  g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_ALTERED,
               _("“%s” was altered or made with another key: it was refused and nothing "
                 "of it was applied."), path);
}

static gboolean
read_exact (PslSealReader *r,
            void          *buf,
            gsize          size,
            GError       **error)
{
  gsize got = 0;
  g_autoptr(GError) local = NULL;

  if (!g_input_stream_read_all (G_INPUT_STREAM (r->in), buf, size, &got, NULL, &local))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("“%s” cannot be read: %s."), r->path, local->message);
      return FALSE;
    }
  if (got != size)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INCOMPLETE,
                   _("“%s” is incomplete (cut short or still being copied); it will be read again "
                     "at the next exchange."), r->path);
      return FALSE;
    }
  return TRUE;
}

PslSealReader *
psl_seal_reader_new (const PslSyncKey *key,
                     const char       *path,
                     PslSealKind       kind,
                     const char       *site_id,
                     guint64           seq,
                     GError          **error)
{
  g_autoptr(PslSealReader) r = g_new0 (PslSealReader, 1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local = NULL;
  guint8 clear[CLEAR_LEN];
  guint8 header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];

  r->path = g_strdup (path);
  r->ad = make_ad (kind, key->structure_id, site_id, seq);
  r->in = g_file_read (file, NULL, &local);
  if (r->in == NULL)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("“%s” cannot be read: %s."), path, local->message);
      return NULL;
    }
  if (!read_exact (r, clear, sizeof clear, error))
    return NULL;
  if (memcmp (clear, MAGIC, MAGIC_LEN) != 0 || clear[MAGIC_LEN] != kind)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_ALTERED,
                   _("“%s” is not a Passerelle exchange file, or it was altered: it was refused "
                     "and nothing of it was applied."), path);
      return NULL;
    }
  if (memcmp (clear + MAGIC_LEN + 1, key->structure_id, ID_LEN) != 0)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_OTHER_STRUCTURE,
                   _("“%s” comes from another structure's exchange: it was refused."), path);
      return NULL;
    }
  if (!read_exact (r, header, sizeof header, error))
    return NULL;
  if (crypto_secretstream_xchacha20poly1305_init_pull (&r->state, header, key->bytes) != 0)
    {
      psl_sync_set_altered (error, path);
      return NULL;
    }
  return g_steal_pointer (&r);
}

GBytes *
psl_seal_reader_next (PslSealReader *r,
                      GError       **error)
{
  guint8 len_bytes[4];
  guint32 len;
  g_autofree guint8 *cipher = NULL;
  g_autofree guint8 *plain = NULL;
  unsigned long long plain_len = 0;
  guint8 tag = 0;

  if (r->ended)
    return NULL;
  if (!read_exact (r, len_bytes, 4, error))
    return NULL;
  len = (guint32) len_bytes[0] << 24 | len_bytes[1] << 16 | len_bytes[2] << 8 | len_bytes[3];
  if (len < crypto_secretstream_xchacha20poly1305_ABYTES ||
      len > MAX_CHUNK + crypto_secretstream_xchacha20poly1305_ABYTES)
    {
      psl_sync_set_altered (error, r->path);
      return NULL;
    }
  cipher = g_malloc (len);
  if (!read_exact (r, cipher, len, error))
    return NULL;
  plain = g_malloc (len);
  if (crypto_secretstream_xchacha20poly1305_pull (&r->state, plain, &plain_len, &tag, cipher, len,
                                                  (const guint8 *) r->ad, strlen (r->ad)) != 0)
    {
      psl_sync_set_altered (error, r->path);
      return NULL;
    }
  if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
    {
      guint8 extra;
      gsize got = 0;

      /* Anything after the last chunk was added to the file. */
      r->ended = TRUE;
      if (g_input_stream_read_all (G_INPUT_STREAM (r->in), &extra, 1, &got, NULL, NULL) && got > 0)
        {
          psl_sync_set_altered (error, r->path);
        }
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&plain), plain_len);
}

void
psl_seal_reader_free (PslSealReader *r)
{
  if (r == NULL)
    return;
  sodium_memzero (&r->state, sizeof r->state);
  g_clear_object (&r->in);
  g_free (r->path);
  g_free (r->ad);
  g_free (r);
}
