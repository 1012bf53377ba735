/* psl-demo-names.h — names, places, firms and words of the demo territory (the Pays de Figeac, Lot)
 *
 * Plain data for psl-demo.c.  Every list ends with an element whose first
 * member is NULL; psl_demo_count() gives its length.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *postcode;
  double      latitude;    /* approximate centre of the village */
  double      longitude;
  guint       antenna;     /* the office that serves it: 0 Figeac, 1 Saint-Céré, 2 Cajarc */
} PslDemoCommune;

typedef struct
{
  const char *label;       /* ROME-like trade label */
  const char *rome;
} PslDemoTrade;

/* A kind of firm of the territory.  The name patterns take "{n}" a family
 * name, "{p}" the commune, "{dp}" "de Figeac" or "d'Assier", "{l}" a local
 * place name (Causse, Célé…), "{r}" a residence name (Les Tilleuls…). */
typedef struct
{
  const char  *sector;        /* ref_item sector */
  const char  *naf;
  const char  *patterns[2];   /* the second may be NULL */
  guint        weight;        /* how common the kind is on the territory */
  guint        headcount_min;
  guint        headcount_max;
  const char  *size_band;     /* NULL: from the headcount; else "associatif" or "collectivite" */
  const char  *seasonality;
  PslDemoTrade trades[3];     /* the first is the main trade; unused ones are { NULL } */
} PslDemoFirmKind;

typedef struct
{
  const char *name;
  const char *kind;        /* ref_item partner_kind */
  const char *commune;
  const char *postcode;
  const char *cooperation; /* ref_item cooperation_type of the partnership with it */
  const char *helps;       /* barrier codes it helps to lift, space-separated, or NULL */
  gboolean    prescribes;  /* sends people to the structure */
} PslDemoPartner;

/* Partners made from a commune when the demo needs more than the known ones. */
typedef struct
{
  const char *pattern;     /* "{dp}" as in PslDemoFirmKind */
  const char *kind;
  const char *cooperation;
} PslDemoPartnerPattern;

typedef struct
{
  const char *role;        /* ref_item contact_role */
  const char *sector;      /* only in firms of this sector, or NULL */
  const char *male;
  const char *female;
} PslDemoJobTitle;

/* One exchange with a firm or a partner: what it was for, what came of
 * it, and the next step when a reminder is set. */
typedef struct
{
  const char *purpose;
  const char *outcome;
  const char *next_step;
} PslDemoExchange;

typedef struct
{
  const char *kind;        /* ref_item event_kind */
  const char *title;
  const char *place;
} PslDemoEvent;

typedef struct
{
  const char *category;    /* person_sensitive category */
  const char *detail;
} PslDemoSensitive;

typedef struct
{
  const char *level;       /* ref_item partnership_level */
  const char *reason;      /* why the firm reached it */
} PslDemoLevelStep;

extern const char *const           psl_demo_female_names[];
extern const char *const           psl_demo_male_names[];
extern const char *const           psl_demo_last_names[];
extern const PslDemoCommune        psl_demo_communes[];
extern const char *const           psl_demo_streets[];
extern const char *const           psl_demo_localities[];
extern const char *const           psl_demo_places[];
extern const char *const           psl_demo_residences[];
extern const PslDemoFirmKind       psl_demo_firm_kinds[];
extern const PslDemoPartner        psl_demo_partners[];
extern const PslDemoPartnerPattern psl_demo_partner_patterns[];
extern const PslDemoJobTitle       psl_demo_job_titles[];
extern const PslDemoExchange       psl_demo_firm_exchanges[];
extern const PslDemoExchange       psl_demo_partner_exchanges[];
extern const PslDemoEvent          psl_demo_events[];
extern const PslDemoSensitive      psl_demo_sensitive[];
extern const PslDemoLevelStep      psl_demo_level_steps[];
extern const char *const           psl_demo_dormant_reasons[];
extern const char *const           psl_demo_hiring_needs[];
extern const char *const           psl_demo_csr_commitments[];
extern const char *const           psl_demo_strengths_female[];
extern const char *const           psl_demo_strengths_male[];
extern const char *const           psl_demo_languages[];
extern const char *const           psl_demo_person_steps[];
extern const char *const           psl_demo_structure_steps[];
extern const char *const           psl_demo_followup_notes[];
extern const char *const           psl_demo_alert_actions[];
extern const char *const           psl_demo_alert_resolutions[];
extern const char *const           psl_demo_event_firm_outcomes[];
extern const char *const           psl_demo_event_person_outcomes[];
extern const char *const           psl_demo_evaluation_comments[];
extern const char *const           psl_demo_roadmaps[];
extern const char *const           psl_demo_review_summaries[];
extern const char *const           psl_demo_referral_notes[];
extern const char *const           psl_demo_company_notes[];
extern const char *const           psl_demo_person_notes[];
extern const char *const           psl_demo_placement_notes[];
extern const char *const           psl_demo_immersion_host_views[];
extern const char *const           psl_demo_immersion_person_views[];
extern const char *const           psl_demo_partner_notes[];

guint psl_demo_count (const void *array,
                      gsize       element_size);

G_END_DECLS
