/* psl-document-language.h — printed documents speak French whatever the desktop's language */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* While a thread makes or draws a document, the strings it translates
 * come from the French catalogue: a funder's report or a firm's sheet
 * with English headings over French labels reads as a mistake, and the
 * structure works in French, in France and in Belgium alike.  Calls nest;
 * each push is paired with a pop on the same thread. */
int          psl_document_language_push (void);
void         psl_document_language_pop  (void);
gboolean     psl_document_language_active (void);

/* gettext, pgettext and ngettext of the program's domain, in French while
 * a document is made on this thread, in the desktop's language otherwise. */
/* Marked as format_arg, as gettext is, so that a translated literal is
 * still a literal to -Wformat-security (Debian's build flags). */
const char  *psl_gettext   (const char *msgid) G_GNUC_FORMAT (1);
const char  *psl_pgettext  (const char *context_msgid,
                            gsize       msgid_offset) G_GNUC_FORMAT (1);
const char  *psl_pgettext2 (const char *context,
                            const char *msgid) G_GNUC_FORMAT (2);
const char  *psl_ngettext  (const char *msgid,
                            const char *msgid_plural,
                            gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

typedef int PslDocumentLanguageScope;

static inline void
psl_document_language_scope_end (PslDocumentLanguageScope *scope)
{
  (void) scope;
  psl_document_language_pop ();
}

/* The rest of the enclosing block speaks the documents' language. */
#define PSL_DOCUMENT_LANGUAGE_SCOPE() \
  G_GNUC_UNUSED __attribute__ ((cleanup (psl_document_language_scope_end))) \
  PslDocumentLanguageScope psl_document_language_scope = psl_document_language_push ()

G_END_DECLS
