/* test-ident.c — SIRET and BCE/KBO numbers */

#include "config.h"

#include <string.h>
#include <glib.h>

#include "psl-ident.h"
#include "psl-store.h"

/* Appends the Luhn digit to a 13-digit base. */
static char *
make_siret (const char *base13)
{
  g_assert_cmpuint (strlen (base13), ==, 13);
  return g_strdup_printf ("%s%c", base13, psl_ident_luhn_digit (base13));
}

static void
test_luhn_digit (void)
{
  /* Known numbers: the last digit is the Luhn digit of the others. */
  g_assert_cmpint (psl_ident_luhn_digit ("7328293200007"), ==, '4');
  g_assert_cmpint (psl_ident_luhn_digit ("4430618410004"), ==, '7');
  g_assert_cmpint (psl_ident_luhn_digit ("5420511800006"), ==, '6');
  /* A SIREN (9 digits) uses the same rule: 732829320 */
  g_assert_cmpint (psl_ident_luhn_digit ("73282932"), ==, '0');
  g_assert_cmpint (psl_ident_luhn_digit ("0000000000000"), ==, '0');
}

static void
test_siret_valid (void)
{
  const char *known[] = {
    "73282932000074",   /* Danone */
    "44306184100047",   /* Google France */
    "54205118000066",   /* Total */
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    g_assert_true (psl_ident_siret_valid (known[i]));

  /* Computed ones: every base with its Luhn digit is valid, and every
   * other last digit is not. */
  for (guint n = 0; n < 200; n++)
    {
      g_autofree char *base = g_strdup_printf ("%013u", 1000003u * n + 12345u);
      g_autofree char *siret = make_siret (base);

      if (g_str_has_prefix (siret, "356000000"))
        continue;
      g_assert_true (psl_ident_siret_valid (siret));
      for (char d = '0'; d <= '9'; d++)
        {
          g_autofree char *other = g_strdup_printf ("%s%c", base, d);

          if (d != siret[13])
            g_assert_false (psl_ident_siret_valid (other));
        }
    }
}

static void
test_siret_invalid (void)
{
  g_assert_false (psl_ident_siret_valid ("73282932000079"));  /* wrong check digit */
  g_assert_false (psl_ident_siret_valid ("73282932000075"));
  g_assert_false (psl_ident_siret_valid ("7328293200007"));   /* 13 digits */
  g_assert_false (psl_ident_siret_valid ("732829320000740")); /* 15 digits */
  g_assert_false (psl_ident_siret_valid ("7328293200007A"));  /* a letter */
  g_assert_false (psl_ident_siret_valid ("732 829 320 00074")); /* not normalized */
  g_assert_false (psl_ident_siret_valid (""));
  g_assert_false (psl_ident_siret_valid (NULL));
  /* Two swapped digits change the Luhn sum */
  g_assert_false (psl_ident_siret_valid ("37282932000074"));
}

static void
test_siret_la_poste (void)
{
  /* La Poste's head office follows the plain Luhn rule... */
  g_assert_true (psl_ident_siret_valid ("35600000000048"));
  /* ...its establishments have a digit sum that is a multiple of 5
   * (3+5+6+4+9+8+3+7 = 45) and fail Luhn. */
  g_assert_true (psl_ident_siret_valid ("35600000049837"));
  /* 3+5+6+4+9+8+3+8 = 46 */
  g_assert_false (psl_ident_siret_valid ("35600000049838"));
  /* Only SIREN 356000000 gets the exception: 356000010 is an ordinary
   * SIREN, and 35600001049831 (digit sum 45) fails Luhn. */
  g_assert_false (psl_ident_siret_valid ("35600001049831"));
}

static void
test_bce (void)
{
  /* 97 - (04031707 mod 97) = 1; 97 - (04174971 mod 97) = 6; 97 - (02032013 mod 97) = 40 */
  g_assert_true (psl_ident_bce_valid ("0403170701"));
  g_assert_true (psl_ident_bce_valid ("0417497106"));
  g_assert_true (psl_ident_bce_valid ("0203201340"));

  /* Computed ones, starting with 0 and with 1 */
  for (guint n = 0; n < 100; n++)
    {
      guint base = (n % 2 == 0 ? 2000000u : 10000000u) + 7919u * n;
      g_autofree char *bce = g_strdup_printf ("%08u%02u", base, 97 - base % 97);

      g_assert_cmpuint (strlen (bce), ==, 10);
      g_assert_true (psl_ident_bce_valid (bce));
    }

  g_assert_false (psl_ident_bce_valid ("0403170702"));   /* wrong check */
  g_assert_false (psl_ident_bce_valid ("0403170700"));
  g_assert_false (psl_ident_bce_valid ("040317070"));    /* 9 digits */
  g_assert_false (psl_ident_bce_valid ("04031707011"));  /* 11 digits */
  g_assert_false (psl_ident_bce_valid ("04031707O1"));   /* a letter O */
  g_assert_false (psl_ident_bce_valid ("2403170701"));   /* must start with 0 or 1 */
  g_assert_false (psl_ident_bce_valid (NULL));
}

static void
test_normalize (void)
{
  g_autofree char *a = psl_ident_normalize ("732 829 320 00074");
  g_autofree char *b = psl_ident_normalize ("BE 0403.170.701");
  g_autofree char *c = psl_ident_normalize ("");
  g_autofree char *d = psl_ident_normalize (NULL);

  g_assert_cmpstr (a, ==, "73282932000074");
  g_assert_cmpstr (b, ==, "0403170701");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "");
}

static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  char *normalized = NULL;

  g_assert_cmpint (psl_ident_check ("732 829 320 00074", &normalized, &error), ==, PSL_IDENT_SIRET);
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, "73282932000074");
  g_clear_pointer (&normalized, g_free);

  g_assert_cmpint (psl_ident_check ("732.829.320.00074", &normalized, &error), ==, PSL_IDENT_SIRET);
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, "73282932000074");
  g_clear_pointer (&normalized, g_free);

  g_assert_cmpint (psl_ident_check ("BE 0403.170.701", &normalized, &error), ==, PSL_IDENT_BCE);
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, "0403170701");
  g_clear_pointer (&normalized, g_free);

  /* NULL out-parameters are allowed */
  g_assert_cmpint (psl_ident_check ("73282932000074", NULL, NULL), ==, PSL_IDENT_SIRET);
}

static void
check_refused (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *normalized = NULL;

  g_assert_cmpint (psl_ident_check (text, &normalized, &error), ==, PSL_IDENT_INVALID);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_null (normalized);
}

static void
test_check_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  check_refused ("73282932000079");   /* SIRET with a wrong check digit */
  check_refused ("0403170702");       /* BCE with a wrong check */
  check_refused ("12345");            /* wrong length */
  check_refused ("");
  check_refused ("abc");
  check_refused ("732 829 320 0007"); /* 13 digits */

  /* The three kinds of mistakes get three different messages */
  psl_ident_check ("73282932000079", NULL, &error);
  psl_ident_check ("0403170702", NULL, &error2);
  g_assert_nonnull (error);
  g_assert_nonnull (error2);
  g_assert_cmpstr (error->message, !=, error2->message);
  g_clear_error (&error);
  psl_ident_check ("123", NULL, &error);
  g_assert_nonnull (error);
  /* The length message says how many digits were given */
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_cmpstr (error->message, !=, error2->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ident/luhn-digit", test_luhn_digit);
  g_test_add_func ("/ident/siret-valid", test_siret_valid);
  g_test_add_func ("/ident/siret-invalid", test_siret_invalid);
  g_test_add_func ("/ident/siret-la-poste", test_siret_la_poste);
  g_test_add_func ("/ident/bce", test_bce);
  g_test_add_func ("/ident/normalize", test_normalize);
  g_test_add_func ("/ident/check", test_check);
  g_test_add_func ("/ident/check-refused", test_check_refused);

  return g_test_run ();
}
