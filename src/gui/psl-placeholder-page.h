/* psl-placeholder-page.h — a section that shows what the file holds, as a status page */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_PLACEHOLDER_PAGE (psl_placeholder_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPlaceholderPage, psl_placeholder_page, PSL, PLACEHOLDER_PAGE, GtkWidget)

PslPlaceholderPage *psl_placeholder_page_new             (const char *title,
                                                          const char *icon_name);
void                psl_placeholder_page_set_description (PslPlaceholderPage *self,
                                                          const char         *description);

G_END_DECLS
