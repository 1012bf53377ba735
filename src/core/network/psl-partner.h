/* psl-partner.h — partner structures, partnerships and the referrals they send */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef struct
{
  char  *partner_id;
  char  *name;
  char  *kind_label;
  guint  referrals;
} PslReferralCount;

typedef struct
{
  char  *id;
  char  *name;
  char  *kind_label;
  char  *commune;
  guint  referrals;         /* received in the last twelve months */
  guint  partnerships;      /* live ones */
} PslPartnerLine;

typedef struct
{
  char  *id;
  char  *type_label;
  char  *instrument_label;
  char  *start_date;
  char  *end_date;
  char  *review_on;
  char  *staff_name;
  guint  reviews;
  char  *last_review;
} PslPartnershipLine;

extern const PslField psl_partner_fields[];
extern const PslField psl_partnership_review_fields[];
extern const PslField psl_partnership_fields[];

char      *psl_partner_create          (PslStore   *store,
                                        const char *name,
                                        const char *kind,
                                        GError    **error);
gboolean   psl_partner_set             (PslStore   *store,
                                        const char *id,
                                        const char *column,
                                        const char *value,
                                        GError    **error);
char      *psl_partnership_create      (PslStore   *store,
                                        const char *company_id,
                                        const char *partner_id,
                                        const char *cooperation_type,
                                        const char *start_date,
                                        GError    **error);
gboolean   psl_partnership_set         (PslStore   *store,
                                        const char *id,
                                        const char *column,
                                        const char *value,
                                        GError    **error);
char      *psl_partnership_add_review  (PslStore   *store,
                                        const char *partnership_id,
                                        const char *reviewed_on,
                                        const char *summary,
                                        GError    **error);
GPtrArray *psl_partner_referral_counts (PslStore   *store,
                                        const char *from,
                                        const char *to,
                                        GError    **error);
void       psl_referral_count_free     (PslReferralCount *count);

char      *psl_partner_create_from_form (PslStore          *store,
                                         const char        *parent_id,
                                         const char * const *columns,
                                         const char * const *values,
                                         GError           **error);
char      *psl_partnership_create_for_company (PslStore          *store,
                                               const char        *company_id,
                                               const char * const *columns,
                                               const char * const *values,
                                               GError           **error);
char      *psl_partnership_create_for_partner (PslStore          *store,
                                               const char        *partner_id,
                                               const char * const *columns,
                                               const char * const *values,
                                               GError           **error);
char      *psl_partnership_review_from_form   (PslStore          *store,
                                               const char        *partnership_id,
                                               const char * const *columns,
                                               const char * const *values,
                                               GError           **error);
void       psl_partner_line_free       (PslPartnerLine *line);
GPtrArray *psl_partner_list            (PslStore   *store,
                                        const char *today,
                                        GError    **error);
void       psl_partnership_line_free   (PslPartnershipLine *line);
GPtrArray *psl_partnership_list        (PslStore   *store,
                                        gboolean    of_partner,
                                        const char *id,
                                        GError    **error);

G_END_DECLS
