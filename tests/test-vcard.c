/* test-vcard.c — contacts exported as vCard 4.0 */

#include "config.h"

#include "psl-test.h"
#include "psl-vcard.h"

#define LONG_NAME "Société coopérative d'intérêt collectif des éleveurs et artisans du Ségala-Limargue"

static void
test_escape_and_fold (void)
{
  g_autofree char *escaped = psl_vcard_escape ("a,b;c\\d\ne");
  g_autofree char *folded = psl_vcard_fold ("ORG:" LONG_NAME);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) unfolded = g_string_new (NULL);

  g_assert_cmpstr (escaped, ==, "a\\,b\\;c\\\\d\\ne");

  /* Every physical line is at most 75 octets, ends with CRLF, and
   * unfolding gives the line back, accents whole. */
  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  lines = g_strsplit (folded, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* two lines and the empty tail */
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_string_append (unfolded, i == 0 ? lines[i] : lines[i] + 1);
      if (i > 0)
        g_assert_cmpint (lines[i][0], ==, ' ');
    }
  g_assert_cmpstr (unfolded->str, ==, "ORG:" LONG_NAME);
}

static void
test_contacts (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-vcard");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "k1", "k2", NULL };
  const char *gone[] = { "k3", NULL };
  g_autofree char *path = g_build_filename (dir, "contacts.vcf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *read_back = NULL;
  g_autofree char *nothing = NULL;

  psl_test_exec (store,
    "INSERT INTO company (id, legal_name, trade_name) VALUES ('c', 'SARL Dupont', 'Boulangerie Dupont; fils');"
    "INSERT INTO contact (id, company_id, first_name, last_name, role, job_title, phone, mobile, email) VALUES"
    " ('k1', 'c', 'Zoé', 'Lafon', 'tuteur', 'Chef d''équipe, atelier', '05 65 34 12 12', NULL, 'zoe@dupont.fr'),"
    " ('k2', 'c', NULL, 'Accueil', NULL, NULL, NULL, '+33 6 12 34 56 78', NULL);"
    "INSERT INTO contact (id, company_id, last_name, deleted_at) VALUES ('k3', 'c', 'Parti', '2026-01-01');");

  text = psl_vcard_for_contacts (store, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==,
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Zoé Lafon\r\n"
    "N:Lafon;Zoé;;;\r\n"
    "ORG:Boulangerie Dupont\\; fils\r\n"
    "TITLE:Chef d'équipe\\, atelier\r\n"
    "ROLE:Tuteur\\, tutrice\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:0565341212\r\n"
    "EMAIL;TYPE=work:zoe@dupont.fr\r\n"
    "UID:urn:uuid:k1\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Accueil\r\n"
    "N:Accueil;;;;\r\n"
    "ORG:Boulangerie Dupont\\; fils\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+33612345678\r\n"
    "UID:urn:uuid:k2\r\n"
    "END:VCARD\r\n");

  g_assert_true (psl_vcard_write_contacts (store, ids, path, &error));
  g_assert_true (g_file_get_contents (path, &read_back, NULL, NULL));
  g_assert_cmpstr (read_back, ==, text);

  /* A deleted contact is not exported, and the file is not written. */
  nothing = psl_vcard_for_contacts (store, gone, &error);
  g_assert_null (nothing);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/vcard/escape-and-fold", test_escape_and_fold);
  g_test_add_func ("/vcard/contacts", test_contacts);
  return g_test_run ();
}
