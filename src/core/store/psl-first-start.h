/* psl-first-start.h — setting up a new file: the structure, its sites, its team
 *
 * A new file goes through the first-start steps once.  The step reached is
 * kept in the file (meta "first_start.step"), so that a first start cut
 * short resumes where it stopped; a file that already holds work never
 * starts them.
 */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_FIRST_START_WELCOME,
  PSL_FIRST_START_STRUCTURE,
  PSL_FIRST_START_SITES,
  PSL_FIRST_START_TEAM,
  PSL_FIRST_START_DOCUMENTS,
  PSL_FIRST_START_TARGETS,
  PSL_FIRST_START_WAYS_ON,
  PSL_FIRST_START_DONE,
} PslFirstStartStep;

typedef struct
{
  const char *code;
  const char *label;     /* translatable, N_() */
} PslChoice;

const char        *psl_first_start_step_code (PslFirstStartStep step);
PslFirstStartStep  psl_first_start_get_step  (PslStore          *store);
gboolean           psl_first_start_set_step  (PslStore          *store,
                                              PslFirstStartStep  step,
                                              GError           **error);

/* The kinds of structure and of staff roles, in the order they are offered. */
const PslChoice   *psl_structure_kinds       (guint             *n_kinds);
const PslChoice   *psl_staff_roles           (guint             *n_roles);

typedef struct
{
  char *kind;
  char *address;
  char *postcode;
  char *commune;
  char *funders_footer;
} PslStructureDetails;

void                 psl_structure_details_free (PslStructureDetails *details);
PslStructureDetails *psl_structure_details_load (PslStore            *store,
                                                 GError             **error);
/* Empty texts are stored as nothing; an unknown kind is refused. */
gboolean             psl_structure_set_kind     (PslStore            *store,
                                                 const char          *kind,
                                                 GError             **error);
gboolean             psl_structure_set_documents (PslStore           *store,
                                                  const char         *address,
                                                  const char         *postcode,
                                                  const char         *commune,
                                                  const char         *funders_footer,
                                                  GError            **error);

/* The structure's other sites (not this one), by name. */
GPtrArray           *psl_site_other_names       (PslStore            *store,
                                                 GError             **error);
/* Adds a site of the structure unless one has that name already. */
gboolean             psl_site_add               (PslStore            *store,
                                                 const char          *name,
                                                 GError             **error);

/* Adds a member of the team at this site; returns the new id.  The name is
 * "First Last…": the first word is the first name, the rest the last name. */
char                *psl_staff_add              (PslStore            *store,
                                                 const char          *full_name,
                                                 const char          *role,
                                                 GError             **error);
gint64               psl_staff_count            (PslStore            *store);

typedef struct
{
  char *id;
  char *name;   /* "First Last" */
  char *role;   /* a code of psl_staff_roles (), or NULL */
} PslStaffMember;

void                 psl_staff_member_free      (PslStaffMember      *member);
/* The team in the order it was entered: PslStaffMember. */
GPtrArray           *psl_staff_members          (PslStore            *store,
                                                 GError             **error);
/* Those still in the team, by last name then first name: PslStaffMember. */
GPtrArray           *psl_staff_active_members   (PslStore            *store,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslStructureDetails, psl_structure_details_free)

G_END_DECLS
