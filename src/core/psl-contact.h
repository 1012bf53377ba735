/* psl-contact.h — people at firms and partners; a departing colleague's portfolio */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_contact_fields[];

char     *psl_contact_create           (PslStore   *store,
                                        const char *company_id,
                                        const char *first_name,
                                        const char *last_name,
                                        GError    **error);
gboolean  psl_contact_set              (PslStore   *store,
                                        const char *id,
                                        const char *column,
                                        const char *value,
                                        GError    **error);
int       psl_portfolio_hand_over      (PslStore   *store,
                                        const char *from_staff_id,
                                        const char *to_staff_id,
                                        const char *note,
                                        GError    **error);

G_END_DECLS
