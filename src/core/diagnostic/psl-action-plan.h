/* psl-action-plan.h — Annexe 2: the activities of the action plan, their sub-activities and months */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *parent_id;       /* NULL for an activity */
  char  *number;          /* "2", "2.1": its place in the plan */
  char  *activity;
  char  *lead;
  char  *objective;
  char  *tasks;
  char  *participation;
  char  *indicators;
  char  *start_month;     /* YYYY-MM, or NULL */
  char  *end_month;
  guint  depth;           /* 0 an activity, 1 a sub-activity */
} PslPlanItem;

/* The columns a form edits, with their rules. */
extern const PslField psl_action_plan_fields[];

void         psl_plan_item_free          (PslPlanItem  *item);
/* The plan in reading order: each activity followed by its
 * sub-activities, numbered. */
GPtrArray   *psl_action_plan_list        (PslStore     *store,
                                          GError      **error);
/* Checks what a form or a caller gives: an activity named, months as
 * YYYY-MM or MM/YYYY, the end not before the start.  Fills start and end
 * (may be NULL) with the months in ISO. */
gboolean     psl_action_plan_check       (const char   *activity,
                                          const char   *start_month,
                                          const char   *end_month,
                                          char        **start,
                                          char        **end,
                                          const char  **refused_column,
                                          GError      **error);
/* parent_id: the activity a sub-activity belongs to, or NULL. */
char        *psl_action_plan_add         (PslStore     *store,
                                          const char   *parent_id,
                                          const PslPlanItem *item,
                                          GError      **error);
gboolean     psl_action_plan_update      (PslStore     *store,
                                          const PslPlanItem *item,
                                          GError      **error);
/* A removed activity takes its sub-activities with it; restoring brings
 * back those removed with it. */
gboolean     psl_action_plan_remove      (PslStore     *store,
                                          const char   *id,
                                          GError      **error);
gboolean     psl_action_plan_restore     (PslStore     *store,
                                          const char   *id,
                                          GError      **error);
/* For PslRecordForm: the rules across the fields of a form (values by
 * column, as typed), and the making of a new item under parent_id. */
gboolean     psl_action_plan_check_form  (GHashTable   *values,
                                          const char  **refused_column,
                                          GError      **error);
char        *psl_action_plan_create_from_form (PslStore           *store,
                                               const char         *parent_id,
                                               const char * const *columns,
                                               const char * const *values,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPlanItem, psl_plan_item_free)

G_END_DECLS
