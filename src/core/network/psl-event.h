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

typedef struct
{
  char            *id;
  char            *title;
  char            *kind_label;
  char            *held_on;
  char            *place;
  PslEventTurnout  turnout;
} PslEventLine;

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

char     *psl_event_create_from_form (PslStore          *store,
                                     const char        *parent_id,
                                     const char * const *columns,
                                     const char * const *values,
                                     GError           **error);
void      psl_event_line_free       (PslEventLine      *line);
GPtrArray *psl_event_list           (PslStore          *store,
                                     GError           **error);
GPtrArray *psl_event_participants   (PslStore          *store,
                                     const char        *event_id,
                                     GError           **error);

typedef struct
{
  PslParticipantKind kind;
  char              *id;
  char              *name;
} PslParticipantChoice;

void       psl_participant_choice_free (PslParticipantChoice *choice);
GPtrArray *psl_event_candidates     (PslStore          *store,
                                     GError           **error);

G_END_DECLS
