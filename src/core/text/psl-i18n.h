/* psl-i18n.h — the translation macros of core, drawing and reports
 *
 * The same as <glib/gi18n.h>, but a string translated while a document is
 * made or drawn takes the documents' language (psl-document-language.h):
 * labels of core (statuses, outcomes, kinds) and the legends of charts
 * end up on paper as well as on screen. */
#pragma once

#include <glib/gi18n.h>

#include "psl-document-language.h"

#undef _
#define _(String) psl_gettext (String)
#undef C_
#define C_(Context, String) psl_pgettext (Context "\004" String, strlen (Context) + 1)
