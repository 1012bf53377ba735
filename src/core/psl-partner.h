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

extern const PslField psl_partner_fields[];
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

G_END_DECLS
