/* psl-privacy.h — the team's logins and roles, as direction arranges them
 *
 * Direction ties each login to a staff member, gives roles and records
 * who leaves; everyone reads who wrote what.  Who is at the keyboard and
 * what they may read is psl-actor.h, included here for the callers that
 * need both. */
#pragma once

#include "psl-actor.h"
#include "psl-privacy-key.h"

G_BEGIN_DECLS

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

/* "Created by X on …, changed by Y on …" for a row of a table that keeps
 * its authors (created_by, updated_by), or NULL when nobody is known. */
char       *psl_privacy_authorship      (PslStore    *store,
                                         const char  *table,
                                         const char  *id);

/* Whether the person has anything confidential recorded. */
gboolean    psl_privacy_has_confidential(PslStore    *store,
                                         const char  *person_id);
G_END_DECLS
