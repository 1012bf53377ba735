/* test-contact.c — contacts' rules, list and undo, a departing colleague's portfolio, vCards */

#include "config.h"

#include <string.h>

#include "psl-contact.h"
#include "psl-i18n.h"
#include "psl-portfolio.h"
#include "psl-test.h"
#include "psl-vcard.h"

/* Alice follows two live firms and a deleted one; Bruno one.  The last
 * firm has a long name with accents, for the vCard's folding. */
#define TEAM \
  "INSERT INTO staff (id, first_name, last_name, active) VALUES ('a', 'Alice', 'Vayssière', 1)," \
  " ('b', 'Bruno', 'Lacombe', 1), ('z', 'Zacharie', 'Albouy', 0);" \
  "INSERT INTO company (id, legal_name, referent_id, deleted_at) VALUES" \
  " ('c1', 'Garage du Causse', 'a', NULL), ('c2', 'EHPAD Les Tilleuls', 'a', NULL)," \
  " ('c3', 'Transports Roques', 'b', NULL), ('c4', 'Ancienne SARL', 'a', '2025-01-01T00:00:00.000Z');" \
  "INSERT INTO company (id, legal_name, trade_name) VALUES ('cv', 'SCIC CAE Ségala'," \
  " 'Coopérative d''activités et d''emploi des métiers du bâtiment, du Ségala à la Châtaigneraie; Figeac');"

static char *
contact_value (PslStore   *store,
               const char *id,
               const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslContact) contact = psl_contact_load (store, id, &error);

  g_assert_no_error (error);
  return psl_contact_get_value (contact, column);
}

static void
test_contact_rules (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_contact_create (f->store, "c1", "Zoé", "Lafon", &error);
  g_autofree char *nameless = NULL;
  g_autofree char *long_note = g_strnfill (10000, 'n');
  g_autofree char *too_long = g_strnfill (25000, 'n');
  g_autofree char *email = NULL, *last_name = NULL, *notes = NULL;

  g_assert_no_error (error);
  nameless = psl_contact_create (f->store, "c1", "Zoé", "  ", &error);
  g_assert_null (nameless);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (psl_contact_set (f->store, id, "email", "zoe@garage.fr", &error));
  g_assert_false (psl_contact_set (f->store, id, "email", "zoe at garage", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_contact_set (f->store, id, "last_name", "", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_contact_set (f->store, id, "role", "chef", &error));
  g_clear_error (&error);
  g_assert_false (psl_contact_set (f->store, id, "preferred_channel", "pigeon", &error));
  g_clear_error (&error);
  g_assert_true (psl_contact_set (f->store, id, "is_tutor", "oui", &error));
  g_assert_true (psl_contact_set (f->store, id, "notes", long_note, &error));
  g_assert_false (psl_contact_set (f->store, id, "notes", too_long, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Every refused value left the one before it in place. */
  email = contact_value (f->store, id, "email");
  last_name = contact_value (f->store, id, "last_name");
  notes = contact_value (f->store, id, "notes");
  g_assert_cmpstr (email, ==, "zoe@garage.fr");
  g_assert_cmpstr (last_name, ==, "Lafon");
  g_assert_cmpuint (strlen (notes), ==, 10000);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE is_tutor = 1"
                                             " AND role IS NULL AND preferred_channel IS NULL"), ==, 1);
}

static void
test_list_and_undo (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lafon = psl_contact_create (f->store, "c1", "Zoé", "Lafon", &error);
  g_autofree char *ecalle = psl_contact_create (f->store, "c1", "Émilie", "Écalle", &error);
  g_autofree char *andrieu = psl_contact_create (f->store, "c1", NULL, "Andrieu", &error);
  g_autofree char *elsewhere = psl_contact_create (f->store, "c3", "Paul", "Roques", &error);
  g_autoptr(GPtrArray) all = NULL, after_delete = NULL, after_undo = NULL;
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_true (psl_contact_set (f->store, ecalle, "role", "rh", &error));

  /* By last name, the accented ones among the others; only this firm's. */
  all = psl_contact_list_for_company (f->store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (((PslContact *) all->pdata[0])->last_name, ==, "Andrieu");
  g_assert_cmpstr (((PslContact *) all->pdata[1])->last_name, ==, "Écalle");
  g_assert_cmpstr (((PslContact *) all->pdata[1])->role_label, ==, "Ressources humaines");
  g_assert_cmpstr (((PslContact *) all->pdata[2])->last_name, ==, "Lafon");
  g_assert_true (((PslContact *) all->pdata[2])->active);
  name = psl_contact_get_name (all->pdata[0]);
  g_assert_cmpstr (name, ==, "Andrieu");

  /* Deleting hides the contact; undoing brings it back as it was. */
  g_assert_true (psl_record_set_deleted (f->store, "contact", ecalle, TRUE, &error));
  after_delete = psl_contact_list_for_company (f->store, "c1", &error);
  g_assert_cmpuint (after_delete->len, ==, 2);
  g_assert_null (psl_contact_load (f->store, ecalle, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (psl_record_set_deleted (f->store, "contact", ecalle, FALSE, &error));
  after_undo = psl_contact_list_for_company (f->store, "c1", &error);
  g_assert_cmpuint (after_undo->len, ==, 3);
  g_assert_cmpstr (((PslContact *) after_undo->pdata[1])->role, ==, "rh");
}

static void
test_save_form (PslTestFixture *f,
                gconstpointer   data)
{
  const char *columns[] = { "first_name", "last_name", "email", "is_tutor", NULL };
  const char *bad[] = { "Marc", "Cantarel", "pas une adresse", "1" };
  const char *good[] = { "Marc", "Cantarel", "m.cantarel@garage.fr", "1" };
  const char *edit_columns[] = { "mobile", "last_name", NULL };
  const char *edit[] = { "06 12 34 56 78", "" };
  g_autoptr(GError) error = NULL;
  g_autofree char *refused_id = NULL, *id = NULL, *unchanged = NULL, *mobile = NULL;
  const char *refused = NULL;

  /* A refused value names its column, and nothing is created. */
  refused_id = psl_contact_save (f->store, "c1", NULL, columns, bad, &refused, &error);
  g_assert_null (refused_id);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (refused, ==, "email");
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact"), ==, 0);

  id = psl_contact_save (f->store, "c1", NULL, columns, good, &refused, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE company_id = 'c1'"
                                             " AND first_name = 'Marc' AND email = 'm.cantarel@garage.fr'"
                                             " AND is_tutor = 1 AND active = 1"), ==, 1);

  /* An edit is whole or nothing: the good mobile is not kept beside a refused name. */
  g_assert_null (psl_contact_save (f->store, "c1", id, edit_columns, edit, &refused, &error));
  g_assert_cmpstr (refused, ==, "last_name");
  g_clear_error (&error);
  unchanged = contact_value (f->store, id, "last_name");
  mobile = contact_value (f->store, id, "mobile");
  g_assert_cmpstr (unchanged, ==, "Cantarel");
  g_assert_null (mobile);
}

static void
test_hand_over (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = psl_portfolio_team (f->store, &error);

  /* The team as a list to choose from: those who left come last. */
  g_assert_no_error (error);
  g_assert_cmpuint (team->len, ==, 3);
  g_assert_cmpstr (((PslRefItem *) team->pdata[0])->label, ==, "Bruno Lacombe");
  g_assert_cmpstr (((PslRefItem *) team->pdata[2])->code, ==, "z");

  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "a", NULL, &error), ==, -1);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "nobody", NULL, &error), ==, -1);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Alice's two live firms go to Bruno, each with the note; the deleted one stays. */
  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "b", "Alice part en formation.", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE referent_id = 'b'"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE referent_id = 'a'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM note WHERE subject_kind = 'company'"
                                             " AND subject_id IN ('c1', 'c2') AND title IS NOT NULL"
                                             " AND body = 'Alice part en formation.' AND staff_id = 'b'"), ==, 2);
}

#define LONG_ORG "Coopérative d'activités et d'emploi des métiers du bâtiment\\, du Ségala " \
                 "à la Châtaigneraie\\; Figeac"

static void
test_vcard (PslTestFixture *f,
            gconstpointer   data)
{
  const char *columns[] = { "first_name", "last_name", "job_title", "role", "phone", "mobile", "email",
                            "notes", NULL };
  const char *values[] = { "Zoé", "Lafon-Bès", "Cheffe d'atelier, mécanique; poids lourds", "tuteur",
                           "05 65 34 12 12", "+33 6 12 34 56 78", "zoe.lafon@cae-segala.fr",
                           "Appeler avant 9 h" };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_contact_save (f->store, "cv", NULL, columns, values, NULL, &error);
  const char *ids[] = { id, NULL };
  g_autofree char *text = NULL, *uid = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) logical = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  text = psl_vcard_for_contacts (f->store, ids, &error);
  g_assert_no_error (error);

  /* CRLF ends every line, and nothing else breaks one. */
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (lines[i][0] == ' ')
        {
          char *previous = g_ptr_array_index (logical, logical->len - 1);

          logical->pdata[logical->len - 1] = g_strconcat (previous, lines[i] + 1, NULL);
          g_free (previous);
        }
      else if (lines[i][0] != '\0')
        g_ptr_array_add (logical, g_strdup (lines[i]));
    }

  /* The é of "Ségala" would straddle octet 75: the fold comes before it. */
  g_assert_cmpuint (strlen (lines[4]), ==, 74);
  g_assert_true (g_str_has_prefix (lines[5], " égala"));

  uid = g_strconcat ("UID:urn:uuid:", id, NULL);
  g_assert_cmpuint (logical->len, ==, 12);
  g_assert_cmpstr (logical->pdata[0], ==, "BEGIN:VCARD");
  g_assert_cmpstr (logical->pdata[1], ==, "VERSION:4.0");
  g_assert_cmpstr (logical->pdata[2], ==, "FN:Zoé Lafon-Bès");
  g_assert_cmpstr (logical->pdata[3], ==, "N:Lafon-Bès;Zoé;;;");
  g_assert_cmpstr (logical->pdata[4], ==, "ORG:" LONG_ORG);
  g_assert_cmpstr (logical->pdata[5], ==, "TITLE:Cheffe d'atelier\\, mécanique\\; poids lourds");
  g_assert_cmpstr (logical->pdata[6], ==, "ROLE:Tuteur\\, tutrice");
  g_assert_cmpstr (logical->pdata[7], ==, "TEL;VALUE=uri;TYPE=work:tel:0565341212");
  g_assert_cmpstr (logical->pdata[8], ==, "TEL;VALUE=uri;TYPE=cell:tel:+33612345678");
  g_assert_cmpstr (logical->pdata[9], ==, "EMAIL;TYPE=work:zoe.lafon@cae-segala.fr");
  g_assert_cmpstr (logical->pdata[10], ==, uid);
  g_assert_cmpstr (logical->pdata[11], ==, "END:VCARD");
}

/* The list names the tutor's role for both; a contact is named by the
 * one the civility says. */
static void
test_tutor_agrees (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *zoe = psl_contact_create (f->store, "c1", "Zoé", "Lafon", &error);
  g_autofree char *paul = psl_contact_create (f->store, "c1", "Paul", "Roques", &error);
  g_autofree char *sam = psl_contact_create (f->store, "c1", "Sam", "Vidal", &error);
  g_autoptr(GPtrArray) all = NULL;

  if (g_strcmp0 (C_("a woman", "Tutor"), "Tutor") == 0)
    {
      g_test_skip ("French translation not loaded");
      return;
    }
  g_assert_no_error (error);
  for (const char **id = (const char *[]) { zoe, paul, sam, NULL }; *id != NULL; id++)
    g_assert_true (psl_contact_set (f->store, *id, "role", "tuteur", &error));
  g_assert_true (psl_contact_set (f->store, zoe, "civility", "Mme", &error));
  g_assert_true (psl_contact_set (f->store, paul, "civility", "M.", &error));
  g_assert_no_error (error);

  all = psl_contact_list_for_company (f->store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  /* By last name: Lafon, Roques, Vidal. */
  g_assert_cmpstr (((PslContact *) all->pdata[0])->role_label, ==, "Tutrice");
  g_assert_cmpstr (((PslContact *) all->pdata[1])->role_label, ==, "Tuteur");
  g_assert_cmpstr (((PslContact *) all->pdata[2])->role_label, ==, "Tuteur, tutrice");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/contact/tutor-agrees", PslTestFixture, TEAM, psl_test_fixture_setup, test_tutor_agrees,
              psl_test_fixture_teardown);
  g_test_add ("/contact/rules", PslTestFixture, TEAM, psl_test_fixture_setup, test_contact_rules,
              psl_test_fixture_teardown);
  g_test_add ("/contact/list-and-undo", PslTestFixture, TEAM, psl_test_fixture_setup, test_list_and_undo,
              psl_test_fixture_teardown);
  g_test_add ("/contact/save-form", PslTestFixture, TEAM, psl_test_fixture_setup, test_save_form,
              psl_test_fixture_teardown);
  g_test_add ("/contact/hand-over", PslTestFixture, TEAM, psl_test_fixture_setup, test_hand_over,
              psl_test_fixture_teardown);
  g_test_add ("/contact/vcard", PslTestFixture, TEAM, psl_test_fixture_setup, test_vcard,
              psl_test_fixture_teardown);
  return g_test_run ();
}
