/* psl-share.c — sharing with partner structures under a confidentiality frame
 *
 * Nothing leaves for a partner structure without a frame recorded first
 * (seed 003): which partner, what may go, from when to when, signed by
 * whom.  A pack is what the frame lets go on the day it is made, built
 * here field by field from a closed list (never a whole row): firms and,
 * when agreed, their contacts' working details; open opportunities;
 * candidate profiles without name, birth date, address, barrier or any
 * free text about the person, a name only with the person's consent to
 * share with that partner.
 *
 * A pack is sealed for the partner alone and signed by this structure:
 * libsodium's crypto_box (X25519, XSalsa20-Poly1305) from this structure's
 * key pair to the partner's public key, recorded in the frame.  The key
 * pair is derived from the structure key (crypto_kdf), so nothing more is
 * kept.  A pack altered, cut, sealed for another structure, from a
 * structure without a frame, or older than the one already read applies
 * nothing.  Each pack replaces the last one read from that partner; a
 * withdrawn frame sends an empty pack that says so.
 */

#define G_LOG_DOMAIN "psl-share"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>
#include <sodium.h>
#include <glib/gstdio.h>

#include "privacy/psl-audit.h"
#include "privacy/psl-privacy-key.h"
#include "psl-format.h"
#include "psl-share.h"
#include "psl-store-private.h"

#define MAGIC "PSLSHARE1\n"
#define MAGIC_LEN (sizeof MAGIC - 1)
#define FORMAT "passerelle-partage"
#define MAX_PACK_BYTES (512 * 1024 * 1024)
#define SIGNATORY_MAX  200

G_DEFINE_QUARK (psl-share-error-quark, psl_share_error)

void
psl_share_frame_free (PslShareFrame *frame)
{
  if (frame == NULL)
    return;
  g_free (frame->partner_id);
  g_free (frame->partner_key);
  g_free (frame->starts_on);
  g_free (frame->ends_on);
  g_free (frame->signed_by);
  g_free (frame->partner_signed_by);
  g_free (frame->id);
  g_free (frame->partner_name);
  g_free (frame->recorded_on);
  g_free (frame->withdrawn_on);
  g_free (frame);
}

void
psl_share_receipt_free (PslShareReceipt *receipt)
{
  if (receipt == NULL)
    return;
  g_free (receipt->partner_name);
  g_free (receipt);
}

/* This structure's key pair for packs, from its structure key. */
static gboolean
key_pair (PslStore *store,
          guint8    pk[crypto_box_PUBLICKEYBYTES],
          guint8    sk[crypto_box_SECRETKEYBYTES],
          GError  **error)
{
  guint8 key[PSL_PRIVACY_KEY_BYTES];
  guint8 seed[crypto_box_SEEDBYTES];
  g_autoptr(GError) local = NULL;

  G_STATIC_ASSERT (PSL_PRIVACY_KEY_BYTES == crypto_kdf_KEYBYTES);
  if (sodium_init () < 0 || !psl_privacy_export_key (store, key, &local))
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_KEY,
                   _("Sharing with partners needs the structure key: %s Set it up first with "
                     "passerelle privacy setup."), local != NULL ? local->message : "");
      return FALSE;
    }
  crypto_kdf_derive_from_key (seed, sizeof seed, 1, "pslshare", key);
  crypto_box_seed_keypair (pk, sk, seed);
  sodium_memzero (key, sizeof key);
  sodium_memzero (seed, sizeof seed);
  return TRUE;
}

static char *
to_base64 (const guint8 *bytes,
           gsize         len)
{
  gsize size = sodium_base64_encoded_len (len, sodium_base64_VARIANT_ORIGINAL);
  char *text = g_malloc (size);

  return sodium_bin2base64 (text, size, bytes, len, sodium_base64_VARIANT_ORIGINAL);
}

static gboolean
from_base64 (const char *text,
             guint8      out[crypto_box_PUBLICKEYBYTES])
{
  size_t len = 0;

  return text != NULL &&
         sodium_base642bin (out, crypto_box_PUBLICKEYBYTES, text, strlen (text), " \n\t", &len, NULL,
                            sodium_base64_VARIANT_ORIGINAL) == 0 &&
         len == crypto_box_PUBLICKEYBYTES;
}

char *
psl_share_public_key (PslStore  *store,
                      GError   **error)
{
  guint8 pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];

  if (!key_pair (store, pk, sk, error))
    return NULL;
  sodium_memzero (sk, sizeof sk);
  return to_base64 (pk, sizeof pk);
}

/* A partner by its id or its name; NULL when none. */
static char *
find_partner (PslStore   *store,
              const char *partner)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
                                                    "SELECT id FROM partner WHERE deleted_at IS NULL"
                                                    " AND (id = ?1 OR lower(name) = lower(?1)) LIMIT 1;",
                                                    NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, partner, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
}

static gboolean
is_day (const char *text)
{
  g_autoptr(GDate) date = text != NULL && strlen (text) == 10 ? psl_date_parse (text) : NULL;

  return date != NULL;
}

char *
psl_share_frame_record (PslStore            *store,
                        const PslShareFrame *frame,
                        GError             **error)
{
  g_autofree char *partner = frame->partner_id != NULL ? find_partner (store, frame->partner_id) : NULL;
  g_autofree char *id = NULL;
  g_autofree char *clean_key = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint8 key[crypto_box_PUBLICKEYBYTES], own[crypto_box_PUBLICKEYBYTES], secret[crypto_box_SECRETKEYBYTES];

  if (partner == NULL)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                   _("No partner “%s”: a frame is agreed with a partner of the directory."),
                   frame->partner_id != NULL ? frame->partner_id : "");
      return NULL;
    }
  if (!is_day (frame->starts_on) || !is_day (frame->ends_on) || strcmp (frame->ends_on, frame->starts_on) < 0)
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                           _("A frame runs from a first to a last day, the last not before the first."));
      return NULL;
    }
  /* A signatory is a name and a title, printed on the paper to sign. */
  if ((frame->signed_by != NULL && g_utf8_strlen (frame->signed_by, -1) > SIGNATORY_MAX)
      || (frame->partner_signed_by != NULL && g_utf8_strlen (frame->partner_signed_by, -1) > SIGNATORY_MAX))
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                   _("Who signed is a name and a title, at most %d characters."), SIGNATORY_MAX);
      return NULL;
    }
  if (!frame->firms && !frame->opportunities && !frame->profiles)
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                           _("A frame shares something: firms, opportunities or candidate profiles."));
      return NULL;
    }
  if ((frame->contacts && !frame->firms) || (frame->named_profiles && !frame->profiles))
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                           _("Contacts go with their firms, and named profiles with the profiles: "
                             "share those too."));
      return NULL;
    }
  if (!from_base64 (frame->partner_key, key))
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                           _("The partner’s key is not one: copy it whole, as its Passerelle shows it "
                             "(passerelle share key)."));
      return NULL;
    }
  if (!key_pair (store, own, secret, error))
    return NULL;
  sodium_memzero (secret, sizeof secret);
  if (sodium_memcmp (key, own, sizeof key) == 0)
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID,
                           _("This key is this structure’s own: give the partner’s."));
      return NULL;
    }

  id = psl_new_id ();
  stmt = psl_store_prepare (store,
                            "INSERT INTO share_frame (id, site_id, partner_id, firms, contacts, opportunities,"
                            " profiles, named_profiles, starts_on, ends_on, signed_by, partner_signed_by, partner_key)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13);",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, partner, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, frame->firms);
  sqlite3_bind_int (stmt, 5, frame->contacts);
  sqlite3_bind_int (stmt, 6, frame->opportunities);
  sqlite3_bind_int (stmt, 7, frame->profiles);
  sqlite3_bind_int (stmt, 8, frame->named_profiles);
  sqlite3_bind_text (stmt, 9, frame->starts_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, frame->ends_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, frame->signed_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, frame->partner_signed_by, -1, SQLITE_STATIC);
  clean_key = to_base64 (key, sizeof key);
  sqlite3_bind_text (stmt, 13, clean_key, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
psl_share_frame_withdraw (PslStore    *store,
                          const char  *frame_id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
                                                    "UPDATE share_frame SET withdrawn_on = date('now', 'localtime'),"
                                                    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                                                    " WHERE id = ?1 AND withdrawn_on IS NULL;",
                                                    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, frame_id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

char *
psl_share_frame_find (PslStore    *store,
                      const char  *partner,
                      GError     **error)
{
  g_autofree char *partner_id = find_partner (store, partner);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (partner_id != NULL)
    stmt = psl_store_prepare (store,
                              "SELECT id FROM share_frame WHERE partner_id = ?1 AND deleted_at IS NULL"
                              " ORDER BY withdrawn_on IS NOT NULL, ends_on DESC LIMIT 1;",
                              NULL);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, partner_id, -1, SQLITE_STATIC);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_FRAME,
                   _("No confidentiality frame with “%s”: nothing is shared before one is agreed "
                     "and recorded (passerelle share frame)."), partner);
      return NULL;
    }
  return psl_column_dup (stmt, 0);
}

typedef struct
{
  char     *id;
  char     *partner_id;
  char     *partner_name;
  char     *partner_key;
  char     *starts_on;
  char     *ends_on;
  char     *withdrawn_on;
  gboolean  firms, contacts, opportunities, profiles, named_profiles;
  gint64    last_read;      /* the seq of the last pack read under it; -1 for none */
} Frame;

static void
frame_clear (Frame *f)
{
  g_free (f->id);
  g_free (f->partner_id);
  g_free (f->partner_name);
  g_free (f->partner_key);
  g_free (f->starts_on);
  g_free (f->ends_on);
  g_free (f->withdrawn_on);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frame, frame_clear)

static gboolean
load_frame (PslStore    *store,
            const char  *where,
            const char  *value,
            Frame       *f,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT f.partner_id, p.name, f.partner_key, f.starts_on, f.ends_on,"
                                          " f.withdrawn_on, f.firms, f.contacts, f.opportunities, f.profiles,"
                                          " f.named_profiles, f.id, r.seq"
                                          " FROM share_frame f JOIN partner p ON p.id = f.partner_id"
                                          " LEFT JOIN share_received r ON r.frame_id = f.id"
                                          " WHERE f.deleted_at IS NULL AND %s = ?1"
                                          " ORDER BY f.withdrawn_on IS NOT NULL, f.ends_on DESC LIMIT 1;", where);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_FRAME,
                           _("No confidentiality frame with the structure of this pack: nothing is "
                             "read before a frame is agreed and recorded with its key."));
      return FALSE;
    }
  f->partner_id = psl_column_dup (stmt, 0);
  f->partner_name = psl_column_dup (stmt, 1);
  f->partner_key = psl_column_dup (stmt, 2);
  f->starts_on = psl_column_dup (stmt, 3);
  f->ends_on = psl_column_dup (stmt, 4);
  f->withdrawn_on = psl_column_dup (stmt, 5);
  f->firms = sqlite3_column_int (stmt, 6);
  f->contacts = sqlite3_column_int (stmt, 7);
  f->opportunities = sqlite3_column_int (stmt, 8);
  f->profiles = sqlite3_column_int (stmt, 9);
  f->named_profiles = sqlite3_column_int (stmt, 10);
  f->id = psl_column_dup (stmt, 11);
  f->last_read = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 12);
  return TRUE;
}

/* Whether the frame holds today; the reason when it does not. */
static gboolean
frame_in_force (const Frame  *f,
                GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  if (f->withdrawn_on != NULL || strcmp (today, f->starts_on) < 0 || strcmp (today, f->ends_on) > 0)
    {
      g_autofree char *starts = psl_format_date_short (f->starts_on);
      g_autofree char *ends = psl_format_date_short (f->ends_on);

      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_FRAME_ENDED,
                   _("The confidentiality frame with “%s” is not in force today (%s to %s%s): "
                     "nothing is shared outside it."),
                   f->partner_name, starts, ends, f->withdrawn_on != NULL ? _(", withdrawn") : "");
      return FALSE;
    }
  return TRUE;
}

/* One column of the row as a member, skipped when empty. */
static void
add_text (JsonBuilder  *b,
          const char   *name,
          sqlite3_stmt *stmt,
          int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return;
  json_builder_set_member_name (b, name);
  if (sqlite3_column_type (stmt, column) == SQLITE_INTEGER)
    json_builder_add_int_value (b, sqlite3_column_int64 (stmt, column));
  else
    json_builder_add_string_value (b, (const char *) sqlite3_column_text (stmt, column));
}

/* The members of a closed list of columns: name i is column i. */
static void
add_columns (JsonBuilder        *b,
             sqlite3_stmt       *stmt,
             const char * const *names,
             int                 first)
{
  for (int i = 0; names[i] != NULL; i++)
    add_text (b, names[i], stmt, first + i);
}

static gboolean
add_firms (PslStore    *store,
           JsonBuilder *b,
           gboolean     contacts,
           GError     **error)
{
  static const char *const firm_names[] = { "key", "name", "trade_name", "identifier", "identifier_kind",
                                            "postcode", "commune", "sector", "naf_code", "size_band", NULL };
  static const char *const contact_names[] = { "first_name", "last_name", "job_title", "phone", "email", NULL };
  g_autoptr(sqlite3_stmt) firms = psl_store_prepare (store,
    "SELECT id, legal_name, trade_name, identifier, identifier_kind, postcode, commune, sector, naf_code, size_band"
    "  FROM company WHERE deleted_at IS NULL ORDER BY legal_name, id;", error);
  g_autoptr(sqlite3_stmt) people = psl_store_prepare (store,
    "SELECT first_name, last_name, job_title, phone, email FROM contact"
    " WHERE company_id = ?1 AND deleted_at IS NULL AND active = 1 ORDER BY last_name, id;", error);

  if (firms == NULL || people == NULL)
    return FALSE;
  json_builder_set_member_name (b, "firms");
  json_builder_begin_array (b);
  while (sqlite3_step (firms) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      add_columns (b, firms, firm_names, 0);
      if (contacts)
        {
          sqlite3_reset (people);
          sqlite3_bind_text (people, 1, (const char *) sqlite3_column_text (firms, 0), -1, SQLITE_TRANSIENT);
          json_builder_set_member_name (b, "contacts");
          json_builder_begin_array (b);
          while (sqlite3_step (people) == SQLITE_ROW)
            {
              json_builder_begin_object (b);
              add_columns (b, people, contact_names, 0);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

static gboolean
add_opportunities (PslStore    *store,
                   JsonBuilder *b,
                   GError     **error)
{
  static const char *const names[] = { "key", "firm_key", "title", "trade", "rome_code", "contract_type",
                                       "places", "start_date", "end_date", "weekly_hours", NULL };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT o.id, o.company_id, o.title, o.trade, o.rome_code, o.contract_type, o.places, o.start_date,"
    "       o.end_date, o.weekly_hours"
    "  FROM opportunity o JOIN company c ON c.id = o.company_id AND c.deleted_at IS NULL"
    " WHERE o.deleted_at IS NULL AND o.status = 'open' ORDER BY o.proposed_on DESC, o.id;", error);

  if (stmt == NULL)
    return FALSE;
  json_builder_set_member_name (b, "opportunities");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      add_columns (b, stmt, names, 0);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

/* A key for a profile that the partner can follow from pack to pack of
 * this frame, and that says nothing of the person: a hash of the frame
 * and the person, under this structure's key. */
static char *
profile_key (const guint8 *secret,
             const char   *frame_id,
             const char   *person_id)
{
  guint8 out[16];
  crypto_generichash_state state;

  crypto_generichash_init (&state, secret, crypto_box_SECRETKEYBYTES, sizeof out);
  crypto_generichash_update (&state, (const guint8 *) frame_id, strlen (frame_id));
  crypto_generichash_update (&state, (const guint8 *) person_id, strlen (person_id));
  crypto_generichash_final (&state, out, sizeof out);
  return g_base64_encode (out, sizeof out);
}

static gboolean
add_profiles (PslStore    *store,
              JsonBuilder *b,
              const char  *frame_id,
              const Frame *f,
              const guint8 *secret,
              GError     **error)
{
  /* What a firm may know of a candidate: the project, what they can do and
   * when and how far they can go.  Never the name (but by consent), the
   * birth date, the address, a barrier or a note. */
  static const char *const names[] = { "project", "project_rome", "qualification", "languages",
                                       "driving_licence", "vehicle", "mobility_km", "available_from", NULL };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT p.id, p.project, p.project_rome, p.qualification, p.languages, p.driving_licence, p.vehicle,"
    "       p.mobility_km, p.available_from,"
    "       EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.scope = 'partage_partenaire'"
    "                 AND c.partner_id = ?1 AND c.withdrawn_on IS NULL"
    "                 AND c.given_on <= date('now', 'localtime')"
    "                 AND (c.expires_on IS NULL OR c.expires_on >= date('now', 'localtime'))),"
    "       p.first_name, p.last_name"
    "  FROM person p"
    " WHERE p.deleted_at IS NULL AND p.exited_on IS NULL AND p.anonymised_on IS NULL"
    "   AND p.merged_into IS NULL"
    " ORDER BY p.id;", error);
  g_autoptr(sqlite3_stmt) skills = psl_store_prepare (store,
    "SELECT r.item_code, max(r.level) FROM competence_rating r"
    "  JOIN competence_evaluation e ON e.id = r.evaluation_id AND e.deleted_at IS NULL"
    " WHERE e.person_id = ?1 AND r.level IS NOT NULL GROUP BY r.item_code ORDER BY r.item_code;", error);
  if (stmt == NULL || skills == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, f->partner_id, -1, SQLITE_STATIC);
  json_builder_set_member_name (b, "profiles");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *person = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *key = profile_key (secret, frame_id, person);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "key");
      json_builder_add_string_value (b, key);
      add_columns (b, stmt, names, 1);
      sqlite3_reset (skills);
      sqlite3_bind_text (skills, 1, person, -1, SQLITE_TRANSIENT);
      json_builder_set_member_name (b, "competences");
      json_builder_begin_object (b);
      while (sqlite3_step (skills) == SQLITE_ROW)
        {
          json_builder_set_member_name (b, (const char *) sqlite3_column_text (skills, 0));
          json_builder_add_int_value (b, sqlite3_column_int (skills, 1));
        }
      json_builder_end_object (b);
      if (f->named_profiles && sqlite3_column_int (stmt, 9))
        {
          g_autofree char *detail = g_strdup_printf (_("Named profile shared with “%s”"), f->partner_name);

          add_text (b, "first_name", stmt, 10);
          add_text (b, "last_name", stmt, 11);
          if (!psl_audit_add (store, PSL_AUDIT_EXPORT, person, detail, error))
            return FALSE;
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

static char *
build_content (PslStore    *store,
               const char  *frame_id,
               const Frame *f,
               gint64       seq,
               GError     **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *today = psl_today_iso ();
  guint8 pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  gboolean ok = TRUE;

  if (f->withdrawn_on == NULL && !frame_in_force (f, error))
    return NULL;
  if (!key_pair (store, pk, sk, error))
    return NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "seq");
  json_builder_add_int_value (b, seq);
  json_builder_set_member_name (b, "made_on");
  json_builder_add_string_value (b, today);
  json_builder_set_member_name (b, "frame");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "starts_on");
  json_builder_add_string_value (b, f->starts_on);
  json_builder_set_member_name (b, "ends_on");
  json_builder_add_string_value (b, f->ends_on);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "withdrawn");
  json_builder_add_boolean_value (b, f->withdrawn_on != NULL);
  if (f->withdrawn_on == NULL)
    {
      if (f->firms)
        ok = add_firms (store, b, f->contacts, error);
      if (ok && f->opportunities)
        ok = add_opportunities (store, b, error);
      if (ok && f->profiles)
        ok = add_profiles (store, b, frame_id, f, sk, error);
    }
  json_builder_end_object (b);
  sodium_memzero (sk, sizeof sk);
  if (!ok)
    return NULL;
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

char *
psl_share_pack_content (PslStore    *store,
                        const char  *frame_id,
                        GError     **error)
{
  g_auto(Frame) f = { 0 };

  if (!load_frame (store, "f.id", frame_id, &f, error))
    return NULL;
  return build_content (store, frame_id, &f, g_get_real_time () / 1000, error);
}

gboolean
psl_share_pack_export (PslStore    *store,
                       const char  *frame_id,
                       const char  *path,
                       GError     **error)
{
  g_auto(Frame) f = { 0 };
  g_autofree char *content = NULL;
  g_autofree guint8 *file = NULL;
  guint8 pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES], to[crypto_box_PUBLICKEYBYTES];
  gsize len, size;
  gboolean ok;

  if (!load_frame (store, "f.id", frame_id, &f, error) ||
      !psl_store_begin (store, error))
    return FALSE;
  content = build_content (store, frame_id, &f, g_get_real_time () / 1000, error);
  if (content == NULL || !key_pair (store, pk, sk, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  from_base64 (f.partner_key, to);
  len = strlen (content);
  size = MAGIC_LEN + sizeof pk + crypto_box_NONCEBYTES + crypto_box_MACBYTES + len;
  file = g_malloc (size);
  memcpy (file, MAGIC, MAGIC_LEN);
  memcpy (file + MAGIC_LEN, pk, sizeof pk);
  randombytes_buf (file + MAGIC_LEN + sizeof pk, crypto_box_NONCEBYTES);
  ok = crypto_box_easy (file + MAGIC_LEN + sizeof pk + crypto_box_NONCEBYTES, (const guint8 *) content, len,
                        file + MAGIC_LEN + sizeof pk, to, sk) == 0;
  sodium_memzero (sk, sizeof sk);
  sodium_memzero (content, len);
  /* Written under a temporary name, then renamed: never half a pack. */
  if (!ok || !g_file_set_contents_full (path, (const char *) file, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                        error))
    {
      if (!ok)
        g_set_error_literal (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_FILE, _("The pack could not be sealed."));
      psl_store_rollback (store);
      return FALSE;
    }
  /* The audit of named profiles goes with the pack written. */
  return psl_store_commit (store, error);
}

/* A member that should be an array; NULL when absent or not one. */
static JsonArray *
get_array (JsonObject *obj,
           const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static guint
array_length (JsonObject *obj,
              const char *name)
{
  JsonArray *array = get_array (obj, name);

  return array != NULL ? json_array_get_length (array) : 0;
}

/* Never more than this side's frame allows, whatever the pack holds. */
static void
keep_to_frame (JsonObject  *obj,
               const Frame *f)
{
  JsonArray *array;

  if (!f->firms)
    json_object_remove_member (obj, "firms");
  else if (!f->contacts && (array = get_array (obj, "firms")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
        json_object_remove_member (json_array_get_object_element (array, i), "contacts");
  if (!f->opportunities)
    json_object_remove_member (obj, "opportunities");
  if (!f->profiles)
    json_object_remove_member (obj, "profiles");
  else if ((array = get_array (obj, "profiles")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *profile = JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i))
                                ? json_array_get_object_element (array, i) : NULL;
        static const char *const never[] = { "birth_date", "address", "notes", "barriers", "phone", "email",
                                             "sex", "situation" };

        if (profile == NULL)
          continue;
        for (guint k = 0; k < G_N_ELEMENTS (never); k++)
          json_object_remove_member (profile, never[k]);
        if (!f->named_profiles)
          {
            json_object_remove_member (profile, "first_name");
            json_object_remove_member (profile, "last_name");
          }
      }
}

PslShareReceipt *
psl_share_pack_import (PslStore    *store,
                       const char  *path,
                       GError     **error)
{
  g_autofree guint8 *file = NULL;
  g_autofree guint8 *plain = NULL;
  g_autofree char *from = NULL;
  g_autofree char *content = NULL;
  g_autofree char *now = psl_now_timestamp ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(PslShareReceipt) receipt = g_new0 (PslShareReceipt, 1);
  g_auto(Frame) f = { 0 };
  guint8 pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  const guint8 *header;
  JsonObject *obj;
  gsize size, len;
  gint64 seq;
  gboolean opened;
  GStatBuf st;

  /* A pack holds a structure's network, not gigabytes: a file far larger
   * is not one, and is not read into memory. */
  if (g_stat (path, &st) == 0 && st.st_size > MAX_PACK_BYTES)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED,
                   _("“%s” is not a partner’s pack, or it was cut short."), path);
      return NULL;
    }
  if (!g_file_get_contents (path, (char **) &file, &size, error))
    return NULL;
  if (size < MAGIC_LEN + sizeof pk + crypto_box_NONCEBYTES + crypto_box_MACBYTES ||
      memcmp (file, MAGIC, MAGIC_LEN) != 0)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED,
                   _("“%s” is not a partner’s pack, or it was cut short."), path);
      return NULL;
    }
  header = file + MAGIC_LEN;
  from = to_base64 (header, sizeof pk);
  if (!load_frame (store, "f.partner_key", from, &f, error))
    return NULL;
  if (!key_pair (store, pk, sk, error))
    return NULL;
  len = size - MAGIC_LEN - sizeof pk - crypto_box_NONCEBYTES - crypto_box_MACBYTES;
  plain = g_malloc (len + 1);
  opened = crypto_box_open_easy (plain, header + sizeof pk + crypto_box_NONCEBYTES,
                                 len + crypto_box_MACBYTES, header + sizeof pk, header, sk) == 0;
  sodium_memzero (sk, sizeof sk);
  if (!opened)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED,
                   _("The pack “%s” was altered, cut short or made for another structure: nothing was read."),
                   path);
      return NULL;
    }
  plain[len] = '\0';
  if (!json_parser_load_from_data (parser, (const char *) plain, len, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)),
                                                             "format", ""), FORMAT) != 0)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED,
                   _("The pack “%s” is of a kind this Passerelle does not read."), path);
      return NULL;
    }
  obj = json_node_get_object (json_parser_get_root (parser));
  seq = json_object_get_int_member_with_default (obj, "seq", 0);
  receipt->withdrawn = json_object_get_boolean_member_with_default (obj, "withdrawn", FALSE);
  receipt->partner_name = g_strdup (f.partner_name);
  /* A withdrawal is heard even once the frame is over. */
  if (!receipt->withdrawn && !frame_in_force (&f, error))
    return NULL;

  if (seq <= f.last_read)
    {
      g_set_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_OLDER,
                   _("This pack from “%s” is older than the one already read: nothing was changed."),
                   f.partner_name);
      return NULL;
    }

  if (receipt->withdrawn)
    {
      json_object_remove_member (obj, "firms");
      json_object_remove_member (obj, "opportunities");
      json_object_remove_member (obj, "profiles");
    }
  keep_to_frame (obj, &f);
  receipt->firms = array_length (obj, "firms");
  receipt->opportunities = array_length (obj, "opportunities");
  receipt->profiles = array_length (obj, "profiles");
  json_generator_set_root (gen, json_parser_get_root (parser));
  content = json_generator_to_data (gen, NULL);

  stmt = psl_store_prepare (store,
                            "INSERT OR REPLACE INTO share_received (frame_id, seq, made_on, imported_at, content)"
                            " VALUES (?1, ?2, ?3, ?4, ?5);",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, f.id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, seq);
  sqlite3_bind_text (stmt, 3, json_object_get_string_member_with_default (obj, "made_on", ""), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, content, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;
  return g_steal_pointer (&receipt);
}
