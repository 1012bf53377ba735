/* psl-vcard.c — contacts as vCard 4.0 (RFC 6350), for address books
 *
 * Only what identifies a person at work goes out: name, firm, job, role,
 * phones, e-mail.  Lines are folded at 75 octets without cutting a UTF-8
 * character, and end with CRLF, as the RFC asks and as Evolution,
 * Thunderbird and phones expect.
 */

#define G_LOG_DOMAIN "psl-vcard"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-vcard.h"
#include "psl-store-private.h"

#define FOLD_OCTETS 75

/* Backslash, comma, semicolon and line breaks are escaped (RFC 6350 3.4). */
char *
psl_vcard_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ',':  g_string_append (out, "\\,"); break;
        case ';':  g_string_append (out, "\\;"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        default:   g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* One logical line, folded into physical lines of at most 75 octets
 * (continuations start with a space), each ended by CRLF. */
char *
psl_vcard_fold (const char *line)
{
  GString *out = g_string_new (NULL);
  gsize used = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize len = g_utf8_next_char (p) - p;

      if (used + len > FOLD_OCTETS)
        {
          g_string_append (out, "\r\n ");
          used = 1;
        }
      g_string_append_len (out, p, len);
      used += len;
    }
  g_string_append (out, "\r\n");

  return g_string_free (out, FALSE);
}

static void
add_line (GString    *card,
          const char *name,
          const char *value,
          gboolean    escape)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped = escape ? psl_vcard_escape (value) : g_strdup (value);
  line = g_strconcat (name, ":", escaped, NULL);
  folded = psl_vcard_fold (line);
  g_string_append (card, folded);
}

/* "05 65 34 12 12" → "tel:+33-5-65-34-12-12" is too clever for numbers
 * typed anyhow: the digits are kept as typed, without spaces. */
static char *
tel_uri (const char *number)
{
  GString *uri = g_string_new ("tel:");

  for (const char *p = number; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '+')
      g_string_append_c (uri, *p);
  return g_string_free (uri, FALSE);
}

char *
psl_vcard_for_contacts (PslStore           *store,
                        const char * const *contact_ids,
                        GError            **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT c.first_name, c.last_name, c.job_title, r.label, c.phone, c.mobile, c.email, c.id,"
    "       coalesce(co.trade_name, co.legal_name, p.name)"
    "  FROM contact c"
    "  LEFT JOIN company co ON co.id = c.company_id"
    "  LEFT JOIN partner p ON p.id = c.partner_id"
    "  LEFT JOIN ref_item r ON r.list_code = 'contact_role' AND r.code = c.role"
    " WHERE c.id = ?1 AND c.deleted_at IS NULL;",
    error);

  if (stmt == NULL)
    return NULL;

  for (guint i = 0; contact_ids != NULL && contact_ids[i] != NULL; i++)
    {
      const char *first, *last;
      g_autofree char *fn = NULL, *n = NULL, *esc_first = NULL, *esc_last = NULL, *uid = NULL;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, contact_ids[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                       _("A contact to export is no longer in the database."));
          return NULL;
        }

      first = (const char *) sqlite3_column_text (stmt, 0);
      last = (const char *) sqlite3_column_text (stmt, 1);
      fn = g_strdup_printf ("%s%s%s", first != NULL ? first : "", first != NULL ? " " : "", last);
      esc_first = psl_vcard_escape (first);
      esc_last = psl_vcard_escape (last);
      n = g_strdup_printf ("%s;%s;;;", esc_last, esc_first);
      uid = g_strdup_printf ("urn:uuid:%s", (const char *) sqlite3_column_text (stmt, 7));

      g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");
      add_line (out, "FN", fn, TRUE);
      add_line (out, "N", n, FALSE);
      add_line (out, "ORG", (const char *) sqlite3_column_text (stmt, 8), TRUE);
      add_line (out, "TITLE", (const char *) sqlite3_column_text (stmt, 2), TRUE);
      add_line (out, "ROLE", (const char *) sqlite3_column_text (stmt, 3), TRUE);
      for (guint t = 0; t < 2; t++)
        {
          const char *number = (const char *) sqlite3_column_text (stmt, 4 + t);
          g_autofree char *uri = number != NULL ? tel_uri (number) : NULL;

          add_line (out, t == 0 ? "TEL;VALUE=uri;TYPE=work" : "TEL;VALUE=uri;TYPE=cell", uri, FALSE);
        }
      add_line (out, "EMAIL;TYPE=work", (const char *) sqlite3_column_text (stmt, 6), TRUE);
      add_line (out, "UID", uid, FALSE);
      g_string_append (out, "END:VCARD\r\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
psl_vcard_write_contacts (PslStore           *store,
                          const char * const *contact_ids,
                          const char         *path,
                          GError            **error)
{
  g_autofree char *text = psl_vcard_for_contacts (store, contact_ids, error);

  return text != NULL && g_file_set_contents (path, text, -1, error);
}
