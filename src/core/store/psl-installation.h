/* psl-installation.h — the structure and the antenna this database belongs to */
#pragma once

#include "psl-store.h"
#include "psl-ref.h"

G_BEGIN_DECLS

typedef struct
{
  char *structure_id;
  char *structure_name;
  char *country;        /* "FR" or "BE": chooses the reference lists */
  char *antenna_name;   /* the local site */
  char *funders_footer;
} PslInstallation;

void             psl_installation_free          (PslInstallation *inst);
PslInstallation *psl_installation_load          (PslStore        *store,
                                                 GError         **error);
gboolean         psl_installation_set_structure_name (PslStore   *store,
                                                      const char *name,
                                                      GError    **error);
gboolean         psl_installation_set_antenna_name   (PslStore   *store,
                                                      const char *name,
                                                      GError    **error);
gboolean         psl_installation_set_country        (PslStore   *store,
                                                      const char *country,
                                                      GError    **error);

/* The structure's sites (head office, antennas, permanences) as
 * PslRefItem (id, name), by name: whose record it is, across sites. */
GPtrArray       *psl_installation_sites              (PslStore   *store,
                                                      GError    **error);
/* A site's name; NULL with no error when there is no such site. */
char            *psl_installation_site_name          (PslStore   *store,
                                                      const char *site_id,
                                                      GError    **error);
/* The id of the site named name (any case) or whose id is name; NULL
 * with PSL_STORE_ERROR_NOT_FOUND when there is none. */
char            *psl_installation_find_site          (PslStore   *store,
                                                      const char *name,
                                                      GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslInstallation, psl_installation_free)

G_END_DECLS
