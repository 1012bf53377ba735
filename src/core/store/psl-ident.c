/* psl-ident.c — company identifiers: French SIRET and Belgian BCE/KBO numbers
 *
 * SIRET: 14 digits with a Luhn check over the whole number (the La Poste
 * establishments, SIREN 356000000, use a digit sum multiple of 5 instead).
 * BCE/KBO: 10 digits, the last two are 97 - (first eight mod 97).
 */

#define G_LOG_DOMAIN "psl-ident"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-ident.h"
#include "psl-store.h"

/* Keeps the digits only: "123 456 789 00012" and "BE 0123.456.789" are
 * the forms people type. */
char *
psl_ident_normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static guint
luhn_sum (const char *digits,
          gboolean    double_first)
{
  gsize len = strlen (digits);
  guint sum = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint d = digits[len - 1 - i] - '0';
      gboolean twice = double_first ? (i % 2 == 0) : (i % 2 == 1);

      if (twice)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }

  return sum;
}

char
psl_ident_luhn_digit (const char *digits_without_check)
{
  guint sum = luhn_sum (digits_without_check, TRUE);

  return (char) ('0' + (10 - sum % 10) % 10);
}

gboolean
psl_ident_siret_valid (const char *digits)
{
  guint plain = 0;

  if (digits == NULL || strlen (digits) != 14)
    return FALSE;
  for (guint i = 0; i < 14; i++)
    if (!g_ascii_isdigit (digits[i]))
      return FALSE;

  if (g_str_has_prefix (digits, "356000000") && strcmp (digits, "35600000000048") != 0)
    {
      for (guint i = 0; i < 14; i++)
        plain += digits[i] - '0';
      return plain % 5 == 0;
    }

  return luhn_sum (digits, FALSE) % 10 == 0;
}

gboolean
psl_ident_bce_valid (const char *digits)
{
  guint64 base;
  guint check;

  if (digits == NULL || strlen (digits) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (!g_ascii_isdigit (digits[i]))
      return FALSE;
  if (digits[0] != '0' && digits[0] != '1')
    return FALSE;

  base = g_ascii_strtoull (digits, NULL, 10) / 100;
  check = (guint) (g_ascii_strtoull (digits + 8, NULL, 10));

  return check == 97 - base % 97;
}

PslIdentKind
psl_ident_check (const char *text,
                 char      **normalized,
                 GError    **error)
{
  g_autofree char *digits = psl_ident_normalize (text);
  gsize len = strlen (digits);

  if (len == 14 && psl_ident_siret_valid (digits))
    {
      if (normalized != NULL)
        *normalized = g_steal_pointer (&digits);
      return PSL_IDENT_SIRET;
    }

  if (len == 10 && psl_ident_bce_valid (digits))
    {
      if (normalized != NULL)
        *normalized = g_steal_pointer (&digits);
      return PSL_IDENT_BCE;
    }

  if (len == 14)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("This SIRET number is wrong: its check digit does not match. "
                   "Check the 14 digits."));
  else if (len == 10)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("This BCE number is wrong: its last two digits do not match. "
                   "Check the 10 digits."));
  else
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("An identifier has 14 digits (SIRET) or 10 digits (BCE number); "
                   "this one has %u."), (guint) len);

  return PSL_IDENT_INVALID;
}
