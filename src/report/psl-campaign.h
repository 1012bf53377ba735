/* psl-campaign.h — the "nouveau pacte" campaign: a letter and a filled-in
 * survey (Annexe 5) for each firm of a selection */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *today;        /* the letters' date, ISO */
  const char *reply_by;     /* the day the surveys should come back by, ISO */
  const char *signatory;    /* "Jeanne Roques, directrice", or NULL for the structure only */
  /* The selection: active firms, all of them when every field is NULL. */
  const char *company_id;
  const char *sector;
  const char *level;
  const char *referent_id;
  const char *antenna_id;
} PslCampaignOptions;

/* A cover page listing the firms, then for each firm its letter and its
 * survey, each firm from a new page; @n_letters is how many. */
PslDocument *psl_campaign_new (PslStore                  *store,
                               const PslCampaignOptions  *options,
                               guint                     *n_letters,
                               GError                   **error);

G_END_DECLS
