/* psl-document-language.c — printed documents speak French whatever the desktop's language
 *
 * gettext takes its language from the process (LANGUAGE, LC_MESSAGES),
 * which the window's thread shares with the database thread that makes a
 * report: it cannot be switched for one document without racing the
 * window.  So the French catalogue is read here, once, straight from its
 * .mo file (a sorted table of msgids, see the GNU gettext manual, "The
 * Format of GNU MO Files"), and looked up while a thread has pushed the
 * documents' language. */

#define G_LOG_DOMAIN "passerelle"

#include "config.h"

#include <string.h>
#include <libintl.h>

#include "psl-document-language.h"

#define MO_MAGIC 0x950412deu

typedef struct
{
  GMappedFile *file;
  const char  *data;
  gsize        size;
  gboolean     swapped;
  guint32      n_strings;
  guint32      originals;
  guint32      translations;
} Catalogue;

static GPrivate depth_key;

static guint32
read_u32 (const Catalogue *cat,
          gsize            offset)
{
  guint32 value;

  memcpy (&value, cat->data + offset, sizeof value);
  return cat->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static Catalogue *
catalogue_open (void)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) file = NULL;
  Catalogue *cat;
  guint32 magic;

  path = g_build_filename (dir != NULL ? dir : LOCALEDIR, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if ((file = g_mapped_file_new (path, FALSE, NULL)) == NULL || g_mapped_file_get_length (file) < 28)
    {
      g_debug ("No French catalogue at %s: documents take the desktop's language", path);
      return NULL;
    }
  cat = g_new0 (Catalogue, 1);
  cat->data = g_mapped_file_get_contents (file);
  cat->size = g_mapped_file_get_length (file);
  memcpy (&magic, cat->data, sizeof magic);
  cat->swapped = magic != MO_MAGIC;
  if (cat->swapped && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
    {
      g_free (cat);
      return NULL;
    }
  cat->n_strings = read_u32 (cat, 8);
  cat->originals = read_u32 (cat, 12);
  cat->translations = read_u32 (cat, 16);
  if ((guint64) cat->originals + 8ull * cat->n_strings > cat->size
      || (guint64) cat->translations + 8ull * cat->n_strings > cat->size)
    {
      g_free (cat);
      return NULL;
    }
  cat->file = g_steal_pointer (&file);
  return cat;
}

static const Catalogue *
catalogue (void)
{
  static gsize once = 0;
  static Catalogue *cat = NULL;

  if (g_once_init_enter (&once))
    {
      cat = catalogue_open ();
      g_once_init_leave (&once, 1);
    }
  return cat;
}

/* The string of table entry i (originals or translations), or NULL when
 * the file lies about it. */
static const char *
entry (const Catalogue *cat,
       guint32          table,
       guint32          i,
       guint32         *length)
{
  guint32 len = read_u32 (cat, table + 8 * i);
  guint32 offset = read_u32 (cat, table + 8 * i + 4);

  if ((guint64) offset + len >= cat->size || cat->data[offset + len] != '\0')
    return NULL;
  *length = len;
  return cat->data + offset;
}

/* The translation of key (which may be "context\004msgid"), its whole
 * length (plural forms are separated by NULs), or NULL. */
static const char *
lookup (const char *key,
        guint32    *length)
{
  const Catalogue *cat = catalogue ();
  guint32 lo = 0;
  guint32 hi;

  if (cat == NULL)
    return NULL;
  /* Originals are sorted by strcmp; a plural entry's key is its singular,
   * a NUL, then its plural, which strcmp stops at. */
  hi = cat->n_strings;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      guint32 len;
      const char *original = entry (cat, cat->originals, mid, &len);
      int cmp;

      if (original == NULL)
        return NULL;
      cmp = strcmp (key, original);
      if (cmp == 0)
        {
          const char *translation = entry (cat, cat->translations, mid, length);

          return translation != NULL && *translation != '\0' ? translation : NULL;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

int
psl_document_language_push (void)
{
  g_private_set (&depth_key, GINT_TO_POINTER (GPOINTER_TO_INT (g_private_get (&depth_key)) + 1));
  return 0;
}

void
psl_document_language_pop (void)
{
  int depth = GPOINTER_TO_INT (g_private_get (&depth_key));

  g_return_if_fail (depth > 0);
  g_private_set (&depth_key, GINT_TO_POINTER (depth - 1));
}

gboolean
psl_document_language_active (void)
{
  return GPOINTER_TO_INT (g_private_get (&depth_key)) > 0;
}

const char *
psl_gettext (const char *msgid)
{
  guint32 length;
  const char *french;

  if (!psl_document_language_active ())
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if ((french = lookup (msgid, &length)) != NULL)
    return french;
  return catalogue () != NULL ? msgid : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
psl_pgettext (const char *context_msgid,
              gsize       msgid_offset)
{
  guint32 length;
  const char *french;

  if (!psl_document_language_active ())
    return g_dpgettext (GETTEXT_PACKAGE, context_msgid, msgid_offset);
  if ((french = lookup (context_msgid, &length)) != NULL)
    return french;
  return catalogue () != NULL ? context_msgid + msgid_offset
                              : g_dpgettext (GETTEXT_PACKAGE, context_msgid, msgid_offset);
}

const char *
psl_pgettext2 (const char *context,
               const char *msgid)
{
  gsize context_length = strlen (context);
  gsize msgid_length = strlen (msgid);
  const char *found;
  char *key;

  if (!psl_document_language_active ())
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  key = g_alloca (context_length + msgid_length + 2);
  memcpy (key, context, context_length);
  key[context_length] = '\004';
  memcpy (key + context_length + 1, msgid, msgid_length + 1);
  found = psl_pgettext (key, context_length + 1);
  /* Untranslated, the answer points into key, which dies here. */
  return found == key + context_length + 1 ? msgid : found;
}

const char *
psl_ngettext (const char *msgid,
              const char *msgid_plural,
              gulong      n)
{
  guint32 length;
  const char *french;

  if (!psl_document_language_active ())
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  if ((french = lookup (msgid, &length)) != NULL)
    {
      /* French: one form for 0 and 1, the other beyond (Plural-Forms:
       * nplurals=2; plural=(n > 1);). */
      if (n > 1)
        {
          gsize first = strlen (french);

          if (first < length)
            return french + first + 1;
        }
      return french;
    }
  if (catalogue () != NULL)
    return n > 1 ? msgid_plural : msgid;
  return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}
