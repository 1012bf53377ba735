/* psl-contact.h — people at firms and partners (interlocuteurs) */
#pragma once

#include "psl-record.h"
/* psl_portfolio_hand_over() was declared here before it had its own file. */
#include "psl-portfolio.h"

G_BEGIN_DECLS

typedef struct
{
  char     *id;
  char     *company_id;
  char     *partner_id;
  char     *civility;
  char     *first_name;
  char     *last_name;
  char     *role;
  char     *role_label;        /* the role as the reference list names it */
  char     *job_title;
  char     *phone;
  char     *mobile;
  char     *email;
  char     *preferred_channel;
  gboolean  is_tutor;
  gboolean  active;
  char     *notes;
} PslContact;

extern const PslField psl_contact_fields[];

void        psl_contact_free             (PslContact         *contact);
char       *psl_contact_get_name         (const PslContact   *contact);
char       *psl_contact_get_value        (const PslContact   *contact,
                                          const char         *column);
PslContact *psl_contact_load             (PslStore           *store,
                                          const char         *id,
                                          GError            **error);
GPtrArray  *psl_contact_list_for_company (PslStore           *store,
                                          const char         *company_id,
                                          GError            **error);
char       *psl_contact_create           (PslStore           *store,
                                          const char         *company_id,
                                          const char         *first_name,
                                          const char         *last_name,
                                          GError            **error);
gboolean    psl_contact_set              (PslStore           *store,
                                          const char         *id,
                                          const char         *column,
                                          const char         *value,
                                          GError            **error);
GPtrArray  *psl_contact_choices          (PslStore           *store,
                                          const char         *owner_id);
char       *psl_contact_create_from_form (PslStore          *store,
                                          const char        *company_id,
                                          const char * const *columns,
                                          const char * const *values,
                                          GError           **error);
char       *psl_contact_save             (PslStore           *store,
                                          const char         *company_id,
                                          const char         *id,
                                          const char * const *columns,
                                          const char * const *values,
                                          const char        **refused_column,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslContact, psl_contact_free)

G_END_DECLS
