/* psl-interaction.h — the journal of contacts with firms, and the reminders it sets */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *company_id;
  char  *contact_id;
  char  *contact_name;
  char  *staff_id;
  char  *staff_name;
  char  *kind;
  char  *kind_label;
  char  *occurred_at;    /* YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  gint64 duration_min;   /* -1 when not said */
  char  *purpose;
  char  *outcome;
  char  *details;        /* JSON: the visit template */
  char  *next_step;
  char  *next_due;
  char  *next_done_on;
} PslInteraction;

/* Someone else's recent contact with a firm, shown before calling it again. */
typedef struct
{
  char *staff_name;
  char *occurred_at;
  char *kind_label;
} PslRecentContact;

/* A firm contacted by a colleague within this many days is flagged. */
#define PSL_INTERACTION_RECENT_DAYS 21
/* An effective visit lasts 45 to 60 minutes (seed 004). */
#define PSL_INTERACTION_VISIT_MINUTES 50

/* The visit template (seed 004): what is asked of an effective visit. */
typedef enum
{
  PSL_VISIT_ACTIVITY,   /* the firm's activity and organisation */
  PSL_VISIT_NEEDS,      /* needs heard */
  PSL_VISIT_SERVICES,   /* services proposed */
  PSL_VISIT_N_TOPICS
} PslVisitTopic;

extern const PslField psl_interaction_fields[];
extern const char *const psl_visit_topic_codes[PSL_VISIT_N_TOPICS];
extern const char *const psl_visit_topic_labels[PSL_VISIT_N_TOPICS];

void              psl_interaction_free         (PslInteraction *interaction);
void              psl_recent_contact_free      (PslRecentContact *recent);
char             *psl_interaction_create       (PslStore   *store,
                                                const char *company_id,
                                                const char *kind,
                                                const char *occurred_at,
                                                const char *staff_id,
                                                GError    **error);
gboolean          psl_interaction_set          (PslStore   *store,
                                                const char *id,
                                                const char *column,
                                                const char *value,
                                                GError    **error);
gboolean          psl_interaction_set_visit    (PslStore           *store,
                                                const char         *id,
                                                const char * const *topics,
                                                GError            **error);
char             *psl_interaction_visit_text   (const char         *details);
GPtrArray        *psl_interaction_list_for_company (PslStore   *store,
                                                    const char *company_id,
                                                    GError    **error);
gboolean          psl_interaction_reminder_done (PslStore   *store,
                                                 const char *id,
                                                 const char *done_on,
                                                 GError    **error);
PslRecentContact *psl_interaction_recent_by_others (PslStore   *store,
                                                    const char *company_id,
                                                    const char *staff_id,
                                                    const char *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslInteraction, psl_interaction_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslRecentContact, psl_recent_contact_free)

G_END_DECLS
