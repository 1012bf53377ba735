/* psl-actor.h — who is at the keyboard, and whether they may read a person's confidential part
 *
 * Each login of the desktop is tied to a staff member (privacy_account,
 * kept on this computer only), whose role says what they read: the
 * confidential part of a person is read by the person's referents and by
 * direction.  The record layer and the audit stand on this module alone,
 * below the rest of the privacy room. */
#pragma once

#include "psl-store.h"
#include "psl-privacy-error.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_ROLE_NONE,
  PSL_ROLE_RECEPTION,       /* accueil */
  PSL_ROLE_COUNSELLOR,      /* cip: conseiller en insertion */
  PSL_ROLE_EMPLOYER,        /* relations_entreprises */
  PSL_ROLE_DIRECTION,
} PslRole;

PslRole     psl_role_from_code          (const char  *code);
const char *psl_role_label              (PslRole      role);
/* The codes of staff.role, NULL-terminated. */
extern const char *const psl_role_codes[];

/* The login this store acts for: the user's, unless a test says another. */
const char *psl_privacy_get_account     (PslStore    *store);
void        psl_privacy_set_account     (PslStore    *store,
                                         const char  *account);
/* Gives the store's SQL psl_actor(): the staff member tied to the login,
 * or NULL, so that a statement signs what it writes. */
void        psl_privacy_attach_actor    (PslStore    *store);
/* The staff member tied to the login, or NULL. */
char       *psl_privacy_get_actor       (PslStore    *store);
PslRole     psl_privacy_get_actor_role  (PslStore    *store);
/* The role of staff_id, PSL_ROLE_NONE for an unknown one. */
PslRole     psl_privacy_role_of         (PslStore    *store,
                                         const char  *staff_id);
/* Whether the actor may read the confidential part of person_id; when
 * not, error says why and whom to ask. */
gboolean    psl_privacy_may_read        (PslStore    *store,
                                         const char  *person_id,
                                         GError     **error);
/* The person's referents, "A, B", to name whom to ask. */
char       *psl_privacy_referents       (PslStore    *store,
                                         const char  *person_id);
/* The person owning a row of a confidential table, or NULL. */
char       *psl_privacy_owner_of        (PslStore    *store,
                                         const char  *table,
                                         const char  *id);

G_END_DECLS
