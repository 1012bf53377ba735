/* psl-positioning.h — Annexe 3: how the structure stands beside the other employment providers */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_POSITIONING_N_ITEMS 17

typedef enum
{
  PSL_PROVIDER_STRUCTURE,
  PSL_PROVIDER_INTERIM,
  PSL_PROVIDER_FRANCE_TRAVAIL,
  PSL_N_PROVIDERS
} PslProvider;

typedef struct
{
  int   ratings[PSL_POSITIONING_N_ITEMS][PSL_N_PROVIDERS];   /* 1–5, 0 not rated */
  char *notes[PSL_POSITIONING_N_ITEMS];                      /* the lines of work, or NULL */
  char *answered_on;                                         /* last changed, or NULL */
} PslPositioning;

extern const char *const psl_positioning_item_codes[PSL_POSITIONING_N_ITEMS];

/* Translated. */
const char     *psl_positioning_item_label   (guint             item);
const char     *psl_provider_label           (PslProvider       provider);

void            psl_positioning_free         (PslPositioning   *positioning);
/* The structure's table, empty when it was never filled in. */
PslPositioning *psl_positioning_load         (PslStore         *store,
                                              GError          **error);
/* rating 1 to 5, or 0 to clear it; saved at once. */
gboolean        psl_positioning_set_rating   (PslStore         *store,
                                              guint             item,
                                              PslProvider       provider,
                                              int               rating,
                                              GError          **error);
/* notes NULL or empty clears them. */
gboolean        psl_positioning_set_notes    (PslStore         *store,
                                              guint             item,
                                              const char       *notes,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPositioning, psl_positioning_free)

G_END_DECLS
