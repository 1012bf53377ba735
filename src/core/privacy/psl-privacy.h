/* psl-privacy.h — who is at the keyboard, what their role lets them read
 *
 * Each login of the desktop is tied to a staff member (privacy_account,
 * kept on this computer only).  The confidential part of a person — the
 * items of person_sensitive, the details of barriers — is read by the
 * person's referents and by direction; the others learn that it exists
 * and whom to ask. */
#pragma once

#include "psl-privacy-key.h"

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
/* Ties account to staff_id.  The very first binding of a file is free,
 * and makes its staff member direction when nobody in the team is (then
 * notice, if given, says so); any other binding is made by direction.
 * Journaled under who made it, naming the old and the new. */
gboolean    psl_privacy_bind_login      (PslStore    *store,
                                         const char  *account,
                                         const char  *staff_id,
                                         char       **notice,
                                         GError     **error);
/* A login known to the file and the staff member it is tied to. */
typedef struct
{
  char *account;
  char *staff_id;
  char *staff_name;   /* "First Last" */
} PslPrivacyLogin;

/* The logins of privacy_account, by login, as PslPrivacyLogin. */
GPtrArray  *psl_privacy_logins          (PslStore    *store,
                                         GError     **error);
void        psl_privacy_login_free      (PslPrivacyLogin *login);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPrivacyLogin, psl_privacy_login_free)

/* psl_privacy_bind_login() allowed to whoever gives the structure's
 * recovery key, direction or not. */
gboolean    psl_privacy_bind_login_by_recovery (PslStore   *store,
                                                const char *account,
                                                const char *staff_id,
                                                const char *recovery,
                                                GError    **error);
/* psl_privacy_bind_login() for the store's own login. */
gboolean    psl_privacy_bind_account    (PslStore    *store,
                                         const char  *staff_id,
                                         GError     **error);
/* A staff member by id, or by "First Last" in any case. */
char       *psl_privacy_find_staff      (PslStore    *store,
                                         const char  *name_or_id,
                                         GError     **error);
/* The first active staff member in role (by name), or NULL. */
char       *psl_privacy_first_in_role   (PslStore    *store,
                                         const char  *role);
char       *psl_privacy_staff_name      (PslStore    *store,
                                         const char  *staff_id);

/* Sets a staff member's role; refused when the role is empty or unknown,
 * when the actor is not direction (once someone is), and when it would
 * leave the structure with nobody in direction. */
gboolean    psl_privacy_set_role        (PslStore    *store,
                                         const char  *staff_id,
                                         const char  *role,
                                         GError     **error);
/* Marks a staff member as gone; refused for the last in direction. */
gboolean    psl_privacy_staff_leaves    (PslStore    *store,
                                         const char  *staff_id,
                                         GError     **error);

/* Whether the actor may read the confidential part of person_id; when
 * not, error says why and whom to ask. */
gboolean    psl_privacy_may_read        (PslStore    *store,
                                         const char  *person_id,
                                         GError     **error);
/* The person's referents, "A, B", to name whom to ask. */
char       *psl_privacy_referents       (PslStore    *store,
                                         const char  *person_id);
/* "Created by X on …, changed by Y on …" for a row of a table that keeps
 * its authors (created_by, updated_by), or NULL when nobody is known. */
char       *psl_privacy_authorship      (PslStore    *store,
                                         const char  *table,
                                         const char  *id);

/* Whether the person has anything confidential recorded. */
gboolean    psl_privacy_has_confidential(PslStore    *store,
                                         const char  *person_id);
/* The person owning a row of a confidential table, or NULL. */
char       *psl_privacy_owner_of        (PslStore    *store,
                                         const char  *table,
                                         const char  *id);

G_END_DECLS
