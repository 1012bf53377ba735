/* psl-demo-names.h — names, places and trades of the demo territory (the Pays de Figeac, Lot) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *postcode;
  int         km;          /* road distance from Figeac */
} PslDemoCommune;

typedef struct
{
  const char *sector;      /* ref_item sector code */
  const char *naf;
  const char *pattern;     /* "%s" takes a family name or a place */
  const char *trade;       /* the trade it hires for */
  const char *rome;
  int         headcount_max;
} PslDemoFirmKind;

typedef struct
{
  const char *name;
  const char *kind;        /* ref_item partner_kind code */
  const char *commune;
} PslDemoPartner;

extern const char *const     psl_demo_female_names[];
extern const char *const     psl_demo_male_names[];
extern const char *const     psl_demo_last_names[];
extern const PslDemoCommune  psl_demo_communes[];
extern const PslDemoFirmKind psl_demo_firm_kinds[];
extern const PslDemoPartner  psl_demo_partners[];
extern const char *const     psl_demo_streets[];
extern const char *const     psl_demo_purposes[];
extern const char *const     psl_demo_outcomes[];
extern const char *const     psl_demo_next_steps[];
extern const char *const     psl_demo_projects[];

guint psl_demo_count (const void *array,
                      gsize       element_size);

G_END_DECLS
