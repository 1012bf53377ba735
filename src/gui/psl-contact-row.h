/* psl-contact-row.h — one contact of a firm in a list, with its menu */
#pragma once

#include <adwaita.h>

#include "psl-contact.h"

G_BEGIN_DECLS

#define PSL_TYPE_CONTACT_ROW (psl_contact_row_get_type ())
G_DECLARE_FINAL_TYPE (PslContactRow, psl_contact_row, PSL, CONTACT_ROW, AdwActionRow)

PslContactRow *psl_contact_row_new            (const PslContact *contact);
const char    *psl_contact_row_get_contact_id (PslContactRow    *self);

G_END_DECLS
