/* psl-demo.h — realistic, deterministic demo data for a rural territory */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint   staff;
  guint   partners;
  guint   companies;
  guint   contacts;
  guint   people;
  guint   interactions;
  guint   opportunities;
  guint   placements;
  guint32 seed;
} PslDemoSize;

/* Called now and then with the share done, from 0.0 to 1.0. */
typedef void (*PslDemoProgress) (double fraction, gpointer user_data);

void     psl_demo_size_default (PslDemoSize     *size);
void     psl_demo_size_large   (PslDemoSize     *size);
/* Every count factor times as large. */
void     psl_demo_size_scale   (PslDemoSize     *size,
                                guint            factor);
gboolean psl_demo_generate     (PslStore        *store,
                                const PslDemoSize *size,
                                const char      *today,
                                PslDemoProgress  progress,
                                gpointer         user_data,
                                GError         **error);

G_END_DECLS
