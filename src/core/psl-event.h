/* psl-event.h — job datings, breakfasts, forums, open days, company visits */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_PARTICIPANT_COMPANY,
  PSL_PARTICIPANT_PARTNER,
  PSL_PARTICIPANT_PERSON,
} PslParticipantKind;

typedef struct
{
  guint companies;
  guint partners;
  guint people;
} PslEventTurnout;

extern const PslField psl_event_fields[];

char     *psl_event_create          (PslStore          *store,
                                     const char        *kind,
                                     const char        *title,
                                     const char        *held_on,
                                     GError           **error);
gboolean  psl_event_set             (PslStore          *store,
                                     const char        *id,
                                     const char        *column,
                                     const char        *value,
                                     GError           **error);
gboolean  psl_event_add_participant (PslStore          *store,
                                     const char        *event_id,
                                     PslParticipantKind kind,
                                     const char        *participant_id,
                                     GError           **error);
gboolean  psl_event_turnout         (PslStore          *store,
                                     const char        *event_id,
                                     PslEventTurnout   *turnout,
                                     GError           **error);

G_END_DECLS
