/* test-share.c — partner packs: nothing outside the frame, nothing that names a candidate
 * without consent, and every bad pack refused
 *
 * Two structures built by hand: Figeac shares with Cajarc under a frame;
 * Cajarc records the mirror frame with Figeac's key. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "privacy/psl-privacy-key.h"
#include "share/psl-share.h"
#include "psl-frame-sheet.h"
#include "psl-test.h"
#include "psl-test-report.h"

#define PARTNER_A "a0000000-0000-4000-8000-0000000000aa"   /* Cajarc, in Figeac's directory */
#define PARTNER_B "b0000000-0000-4000-8000-0000000000bb"   /* Figeac, in Cajarc's directory */
#define LEA "d0000000-0000-4000-8000-000000000001"
#define JULES "d0000000-0000-4000-8000-000000000002"

typedef struct
{
  char     *dir;
  PslStore *figeac;
  PslStore *cajarc;
  char     *frame;        /* Figeac's frame with Cajarc */
} Pair;

static PslStore *
open_keyed (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  PslStore *store = psl_test_open (dir, name);
  g_autofree char *recovery = psl_privacy_set_up (store, NULL, TRUE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (recovery);
  return store;
}

static char *
record (PslStore   *store,
        const char *partner,
        const char *key,
        gboolean    contacts,
        gboolean    named,
        const char *from,
        const char *to)
{
  g_autoptr(GError) error = NULL;
  PslShareFrame frame = {
    .partner_id = (char *) partner, .partner_key = (char *) key,
    .firms = TRUE, .contacts = contacts, .opportunities = TRUE, .profiles = TRUE, .named_profiles = named,
    .starts_on = (char *) from, .ends_on = (char *) to, .signed_by = (char *) "Anne Delpech",
  };
  char *id = psl_share_frame_record (store, &frame, &error);

  g_assert_no_error (error);
  return id;
}

static void
pair_setup (Pair          *p,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;
  g_autofree char *b_frame = NULL;

  p->dir = psl_test_tmpdir ("share");
  p->figeac = open_keyed (p->dir, "figeac.db");
  p->cajarc = open_keyed (p->dir, "cajarc.db");
  psl_test_exec (p->figeac,
    "INSERT INTO partner (id, name, kind) VALUES ('" PARTNER_A "', 'Chantier de Cajarc', 'siae');"
    "INSERT INTO company (id, legal_name, postcode, commune, identifier, identifier_kind, notes) VALUES"
    " ('c0000000-0000-4000-8000-000000000001', 'Boulangerie Lacoste', '46100', 'Figeac', '11111111111111', 'siret',"
    "  'Le gérant est en procès avec son associé'),"
    " ('c0000000-0000-4000-8000-000000000002', 'Garage du Lot', '46400', 'Saint-Céré', NULL, NULL, NULL);"
    "INSERT INTO contact (id, company_id, first_name, last_name, phone, notes, active) VALUES"
    " ('e0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Marc', 'Lacoste',"
    "  '05 65 00 00 01', 'Préfère être appelé le matin, divorcé', 1);"
    "INSERT INTO opportunity (id, company_id, phase, title, status, places, proposed_on) VALUES"
    " ('f0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 4, 'Vendeuse en boulangerie',"
    "  'open', 1, '2026-11-02'),"
    " ('f0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000002', 4, 'Mécanicien', 'filled', 1,"
    "  '2026-09-02');"
    "INSERT INTO person (id, first_name, last_name, birth_date, address, postcode, commune, entered_on, project,"
    "  mobility_km, notes) VALUES"
    " ('" LEA "', 'Léa', 'Marty', '2004-03-09', '3 rue des Carmes', '46100', 'Figeac', '2026-01-05',"
    "  'Vente en boulangerie', 20, 'Suivie par le CMP'),"
    " ('" JULES "', 'Jules', 'Bessières', '2003-07-21', '12 avenue Bernard Fontanges', '46100', 'Figeac',"
    "  '2026-02-02', 'Mécanique automobile', 30, NULL);"
    "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES"
    " ('90000000-0000-4000-8000-000000000001', '" JULES "', 'sante', '2026-02-02', 'Addiction suivie en CSAPA');"
    "INSERT INTO consent (id, person_id, scope, partner_id, given_on) VALUES"
    " ('80000000-0000-4000-8000-000000000001', '" LEA "', 'partage_partenaire', '" PARTNER_A "', '2026-01-05');");
  psl_test_exec (p->cajarc,
    "INSERT INTO partner (id, name, kind) VALUES ('" PARTNER_B "', 'Mission locale de Figeac', 'mission_locale');"
    "INSERT INTO company (id, legal_name, postcode, identifier) VALUES"
    " ('c0000000-0000-4000-8000-0000000000b1', 'Boulangerie Lacoste (Figeac)', '46100', '11111111111111');");

  key_a = psl_share_public_key (p->figeac, &error);
  g_assert_no_error (error);
  key_b = psl_share_public_key (p->cajarc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key_a, !=, key_b);
  p->frame = record (p->figeac, "Chantier de Cajarc", key_b, TRUE, TRUE, "2026-01-01", "2099-12-31");
  /* Cajarc's side agreed to firms without their contacts, and no names. */
  b_frame = record (p->cajarc, PARTNER_B, key_a, FALSE, FALSE, "2026-01-01", "2099-12-31");
}

static void
pair_teardown (Pair          *p,
               gconstpointer  data)
{
  g_clear_object (&p->figeac);
  g_clear_object (&p->cajarc);
  psl_test_rm_rf (p->dir);
  g_free (p->dir);
  g_free (p->frame);
}

/* Every member of every object of array is one of allowed. */
static void
assert_members (JsonArray          *array,
                const char * const *allowed)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(GList) members = json_object_get_members (json_array_get_object_element (array, i));

      for (GList *l = members; l != NULL; l = l->next)
        if (!g_strv_contains (allowed, l->data))
          g_error ("“%s” went in a pack, outside the frame's list", (char *) l->data);
    }
}

static void
test_nothing_outside_frame (Pair          *p,
                            gconstpointer  data)
{
  static const char *const firm_fields[] = { "key", "name", "trade_name", "identifier", "identifier_kind",
                                             "postcode", "commune", "sector", "naf_code", "size_band",
                                             "contacts", NULL };
  static const char *const contact_fields[] = { "first_name", "last_name", "job_title", "phone", "email", NULL };
  static const char *const profile_fields[] = { "key", "project", "project_rome", "qualification", "languages",
                                                "driving_licence", "vehicle", "mobility_km", "available_from",
                                                "competences", "first_name", "last_name", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *content = psl_share_pack_content (p->figeac, p->frame, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *pack;
  JsonArray *firms, *profiles;
  guint named = 0;

  g_assert_no_error (error);
  /* Never a note, an address, a birth date, a barrier or the name of a
   * person who did not agree. */
  for (const char *const *word = (const char *[]) { "procès", "divorcé", "CMP", "CSAPA", "Addiction", "Carmes",
                                                     "Fontanges", "2004-03-09", "2003-07-21", "Bessières",
                                                     "Jules", NULL };
       *word != NULL; word++)
    if (strstr (content, *word) != NULL)
      g_error ("“%s” is in the pack", *word);

  g_assert_true (json_parser_load_from_data (parser, content, -1, NULL));
  pack = json_node_get_object (json_parser_get_root (parser));
  firms = json_object_get_array_member (pack, "firms");
  g_assert_cmpuint (json_array_get_length (firms), ==, 2);
  assert_members (firms, firm_fields);
  for (guint i = 0; i < json_array_get_length (firms); i++)
    assert_members (json_object_get_array_member (json_array_get_object_element (firms, i), "contacts"),
                    contact_fields);
  /* Only the opportunity still open. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (pack, "opportunities")), ==, 1);
  profiles = json_object_get_array_member (pack, "profiles");
  g_assert_cmpuint (json_array_get_length (profiles), ==, 2);
  assert_members (profiles, profile_fields);
  for (guint i = 0; i < json_array_get_length (profiles); i++)
    if (json_object_has_member (json_array_get_object_element (profiles, i), "last_name"))
      {
        g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (profiles, i), "last_name"),
                         ==, "Marty");
        named++;
      }
  g_assert_cmpuint (named, ==, 1);
  /* Naming Léa to the partner is in the audit journal. */
  g_assert_cmpint (psl_test_count (p->figeac, "SELECT count(*) FROM audit_entry WHERE action = 'export'"
                                              " AND person_id = '" LEA "';"), ==, 1);
}

static char *
export (Pair *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("pack-%" G_GINT64_FORMAT ".psl-share", g_get_monotonic_time ());
  char *path = g_build_filename (p->dir, name, NULL);

  g_assert_true (psl_share_pack_export (p->figeac, p->frame, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_read_by_partner (Pair          *p,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export (p);
  g_autofree char *bytes = NULL;
  g_autoptr(PslShareReceipt) receipt = NULL;
  gsize size;

  /* Nothing readable in the file itself. */
  g_assert_true (g_file_get_contents (path, &bytes, &size, NULL));
  g_assert_null (g_strstr_len (bytes, size, "Lacoste"));
  g_assert_null (g_strstr_len (bytes, size, "Marty"));

  receipt = psl_share_pack_import (p->cajarc, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (receipt->partner_name, ==, "Mission locale de Figeac");
  g_assert_cmpuint (receipt->firms, ==, 2);
  g_assert_cmpuint (receipt->opportunities, ==, 1);
  g_assert_cmpuint (receipt->profiles, ==, 2);
  /* Cajarc's own frame has no contacts and no names: dropped at reading. */
  g_assert_cmpint (psl_test_count (p->cajarc, "SELECT count(*) FROM share_received"
                                              " WHERE content LIKE '%Lacoste%' AND content NOT LIKE '%Marc%';"), ==, 1);
  g_assert_cmpint (psl_test_count (p->cajarc, "SELECT count(*) FROM share_received WHERE content LIKE '%Marty%';"),
                   ==, 0);

  /* Read back for the window: the firm known on both sides is said so. */
  {
    g_autoptr(GPtrArray) packs = psl_share_received_load (p->cajarc, &error);
    PslSharePack *pack;
    guint ours = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (packs->len, ==, 1);
    pack = g_ptr_array_index (packs, 0);
    g_assert_cmpstr (pack->partner_name, ==, "Mission locale de Figeac");
    g_assert_cmpstr (pack->ends_on, ==, "2099-12-31");
    g_assert_cmpuint (pack->firms->len, ==, 2);
    for (guint i = 0; i < pack->firms->len; i++)
      {
        PslShareFirm *firm = g_ptr_array_index (pack->firms, i);

        ours += firm->ours;
        g_assert_cmpuint (firm->contacts, ==, 0);
      }
    g_assert_cmpuint (ours, ==, 1);
    g_assert_cmpuint (pack->opportunities->len, ==, 1);
    g_assert_cmpstr (((PslShareOpportunity *) g_ptr_array_index (pack->opportunities, 0))->firm, ==,
                     "Boulangerie Lacoste");
    g_assert_cmpuint (pack->profiles->len, ==, 2);
    for (guint i = 0; i < pack->profiles->len; i++)
      g_assert_null (((PslShareProfile *) g_ptr_array_index (pack->profiles, i))->name);
  }

  /* The same pack again, or an older one, changes nothing. */
  g_clear_pointer (&receipt, psl_share_receipt_free);
  receipt = psl_share_pack_import (p->cajarc, path, &error);
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_OLDER);
  g_assert_null (receipt);
}

static void
test_bad_packs (Pair          *p,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export (p);
  g_autofree char *bytes = NULL;
  g_autofree char *cut = g_build_filename (p->dir, "cut.psl-share", NULL);
  g_autofree char *bent = g_build_filename (p->dir, "bent.psl-share", NULL);
  g_autoptr(PslStore) other = open_keyed (p->dir, "autre.db");
  gsize size;

  g_assert_true (g_file_get_contents (path, &bytes, &size, NULL));
  /* Altered: one bit. */
  bytes[size - 20] ^= 1;
  g_assert_true (g_file_set_contents (bent, bytes, size, NULL));
  g_assert_null (psl_share_pack_import (p->cajarc, bent, &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED);
  g_clear_error (&error);
  /* Cut short. */
  g_assert_true (g_file_set_contents (cut, bytes, 30, NULL));
  g_assert_null (psl_share_pack_import (p->cajarc, cut, &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED);
  g_clear_error (&error);
  /* Huge (sparse: nothing is written): refused before it is read. */
  {
    g_autofree char *huge = g_build_filename (p->dir, "huge.psl-share", NULL);
    FILE *out = fopen (huge, "wb");

    g_assert_nonnull (out);
    g_assert_cmpint (fseeko (out, (off_t) 600 * 1024 * 1024, SEEK_SET), ==, 0);
    fputc (0, out);
    fclose (out);
    g_assert_null (psl_share_pack_import (p->cajarc, huge, &error));
    g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_DAMAGED);
    g_clear_error (&error);
  }
  /* Read by a structure with no frame with Figeac. */
  g_assert_null (psl_share_pack_import (other, path, &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_FRAME);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (p->cajarc, "SELECT count(*) FROM share_received;"), ==, 0);

  /* A frame given this structure's own key, or a frame that shares nothing. */
  {
    g_autofree char *own = psl_share_public_key (p->figeac, NULL);
    PslShareFrame frame = { .partner_id = (char *) PARTNER_A, .partner_key = own, .firms = TRUE,
                            .starts_on = (char *) "2026-01-01", .ends_on = (char *) "2026-12-31" };

    g_assert_null (psl_share_frame_record (p->figeac, &frame, &error));
    g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID);
    g_clear_error (&error);
    /* A signatory of 201 characters: refused, nothing recorded. */
    {
      g_autofree char *key = psl_share_public_key (p->cajarc, NULL);
      g_autofree char *huge = g_strnfill (201, 'a');

      frame.partner_key = key;
      frame.signed_by = huge;
      g_assert_null (psl_share_frame_record (p->figeac, &frame, &error));
      g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID);
      g_clear_error (&error);
      frame.signed_by = NULL;
      frame.partner_key = NULL;
      g_assert_cmpint (psl_test_count (p->figeac, "SELECT count(*) FROM share_frame;"), ==, 1);
    }
    frame.firms = FALSE;
    frame.partner_key = (char *) "pas une clé";
    g_assert_null (psl_share_frame_record (p->figeac, &frame, &error));
    g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_frame_ended_and_withdrawn (Pair          *p,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export (p);
  g_autofree char *last = NULL;
  g_autoptr(PslShareReceipt) receipt = psl_share_pack_import (p->cajarc, first, &error);

  g_assert_no_error (error);
  g_clear_pointer (&receipt, psl_share_receipt_free);

  /* Withdrawn: the next pack says so and Cajarc drops what it had. */
  g_assert_true (psl_share_frame_withdraw (p->figeac, p->frame, &error));
  last = export (p);
  receipt = psl_share_pack_import (p->cajarc, last, &error);
  g_assert_no_error (error);
  g_assert_true (receipt->withdrawn);
  g_assert_cmpuint (receipt->firms + receipt->opportunities + receipt->profiles, ==, 0);
  g_assert_cmpint (psl_test_count (p->cajarc, "SELECT count(*) FROM share_received WHERE content LIKE '%Lacoste%';"),
                   ==, 0);
  /* The first pack, played again, does not bring anything back. */
  g_clear_pointer (&receipt, psl_share_receipt_free);
  g_assert_null (psl_share_pack_import (p->cajarc, first, &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_OLDER);
  g_clear_error (&error);

  /* Over: a frame that ended yesterday lets nothing go. */
  psl_test_exec (p->figeac, "UPDATE share_frame SET withdrawn_on = NULL, ends_on = date('now', 'localtime', '-1 day');");
  g_assert_null (psl_share_pack_content (p->figeac, p->frame, &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_FRAME_ENDED);
}

/* The frame read back as recorded, and its paper to sign says what it
 * lets go and what not, for how long, and who signs. */
static void
test_frame_paper (Pair          *p,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslShareFrame) frame = psl_share_frame_load (p->figeac, p->frame, &error);
  g_autoptr(GPtrArray) frames = psl_share_frames_list (p->figeac, &error);
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GHashTable) fields = NULL;
  g_autofree char *cajarc_frame = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (frame->partner_name, ==, "Chantier de Cajarc");
  g_assert_cmpstr (frame->starts_on, ==, "2026-01-01");
  g_assert_cmpstr (frame->ends_on, ==, "2099-12-31");
  g_assert_cmpstr (frame->signed_by, ==, "Anne Delpech");
  g_assert_null (frame->withdrawn_on);
  g_assert_true (frame->firms && frame->contacts && frame->opportunities && frame->profiles && frame->named_profiles);
  g_assert_cmpuint (frames->len, ==, 1);

  doc = psl_frame_sheet_new (p->figeac, p->frame, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (psl_document_get_title (doc), ==, "Cadre de confidentialité");
  fields = psl_test_document_cells (doc);
  g_assert_cmpstr (g_hash_table_lookup (fields, "|Structure partenaire"), ==, "Chantier de Cajarc");
  g_assert_cmpstr (g_hash_table_lookup (fields, "|En vigueur"), ==, "du 1er janvier 2026 au 31 décembre 2099");
  g_assert_cmpstr (g_hash_table_lookup (fields,
    "Ce qui peut être partagé|Leurs interlocuteurs : nom, fonction, téléphone, courriel"), ==, "Oui");
  /* Who signed for each side, with room to sign under the name. */
  g_assert_cmpstr (g_hash_table_lookup (fields, "Signatures|Anne Delpech\n\n\n\n"), ==, "—\n\n\n\n");

  /* Cajarc's frame shares neither contacts nor names: its paper says No. */
  cajarc_frame = psl_share_frame_find (p->cajarc, "Mission locale de Figeac", &error);
  g_assert_no_error (error);
  g_clear_pointer (&doc, psl_document_unref);
  g_clear_pointer (&fields, g_hash_table_unref);
  doc = psl_frame_sheet_new (p->cajarc, cajarc_frame, &error);
  g_assert_no_error (error);
  fields = psl_test_document_cells (doc);
  g_assert_cmpstr (g_hash_table_lookup (fields,
    "Ce qui peut être partagé|Leurs interlocuteurs : nom, fonction, téléphone, courriel"), ==, "Non");
  g_assert_cmpstr (g_hash_table_lookup (fields,
    "Ce qui peut être partagé|Les entreprises du réseau : nom, commune, secteur, numéro SIRET ou BCE"), ==, "Oui");

  /* A frame that is not there. */
  g_assert_null (psl_frame_sheet_new (p->figeac, "no-such-frame", &error));
  g_assert_error (error, PSL_SHARE_ERROR, PSL_SHARE_ERROR_NO_FRAME);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  psl_privacy_set_keyring_enabled (FALSE);
  g_test_add ("/share/nothing-outside-frame", Pair, NULL, pair_setup, test_nothing_outside_frame, pair_teardown);
  g_test_add ("/share/read-by-partner", Pair, NULL, pair_setup, test_read_by_partner, pair_teardown);
  g_test_add ("/share/bad-packs", Pair, NULL, pair_setup, test_bad_packs, pair_teardown);
  g_test_add ("/share/frame-paper", Pair, NULL, pair_setup, test_frame_paper, pair_teardown);
  g_test_add ("/share/frame-ended-and-withdrawn", Pair, NULL, pair_setup, test_frame_ended_and_withdrawn,
              pair_teardown);
  return g_test_run ();
}
