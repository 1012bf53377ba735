/* psl-mentor.h — volunteer mentors (parrainage): who they are, whom they follow, their meetings */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

/* A meeting's note is a line or two, not a report. */
#define PSL_MENTOR_NOTE_MAX 1000

typedef struct
{
  char  *id;
  char  *name;
  char  *situation;       /* label, or NULL */
  char  *employer;
  char  *trade;
  char  *availability;
  char  *phone;
  char  *email;
  guint  following;       /* people they follow today */
  guint  followed;        /* people they ever followed */
  guint  meetings;
  char  *last_meeting;    /* YYYY-MM-DD, or NULL */
} PslMentorLine;

/* The structure's mentoring in figures, for the diagnostic's question 1. */
typedef struct
{
  guint mentors;          /* mentors recorded */
  guint active_mentors;   /* of whom following someone today */
  guint mentored_now;     /* people with a mentor today */
  guint mentored_year;    /* people with a mentor at some time in the last twelve months */
  guint meetings_year;    /* meetings held in the last twelve months */
} PslMentoringFigures;

extern const PslField psl_mentor_fields[];
extern const PslField psl_mentorship_fields[];
extern const PslField psl_mentor_meeting_fields[];
extern const char *const psl_mentor_situation_choices[];
extern const char *const psl_mentor_meeting_kind_choices[];

char      *psl_mentor_create             (PslStore           *store,
                                          const char         *name,
                                          GError            **error);
char      *psl_mentor_create_from_form   (PslStore           *store,
                                          const char         *parent_id,
                                          const char * const *columns,
                                          const char * const *values,
                                          GError            **error);
gboolean   psl_mentor_set                (PslStore           *store,
                                          const char         *id,
                                          const char         *column,
                                          const char         *value,
                                          GError            **error);
gboolean   psl_mentor_delete             (PslStore           *store,
                                          const char         *id,
                                          const char         *today,
                                          guint              *ended,
                                          GError            **error);
GPtrArray *psl_mentor_list               (PslStore           *store,
                                          const char         *today,
                                          GError            **error);
void       psl_mentor_line_free          (PslMentorLine      *line);

char      *psl_mentorship_create         (PslStore           *store,
                                          const char         *mentor_id,
                                          const char         *person_id,
                                          const char         *started_on,
                                          const char         *ended_on,
                                          GError            **error);
char      *psl_mentorship_create_for_person (PslStore           *store,
                                             const char         *person_id,
                                             const char * const *columns,
                                             const char * const *values,
                                             GError            **error);
gboolean   psl_mentorship_check_form     (GHashTable         *values,
                                          const char        **refused_column,
                                          GError            **error);
GPtrArray *psl_mentorship_lines_for_person (PslStore         *store,
                                            const char       *person_id,
                                            GError          **error);
GPtrArray *psl_mentorship_lines_for_mentor (PslStore         *store,
                                            const char       *mentor_id,
                                            GError          **error);
char      *psl_mentor_current_name       (PslStore           *store,
                                          const char         *person_id,
                                          const char         *today,
                                          GError            **error);

char      *psl_mentor_meeting_create     (PslStore           *store,
                                          const char         *mentorship_id,
                                          const char         *held_on,
                                          const char         *kind,
                                          const char         *note,
                                          GError            **error);
char      *psl_mentor_meeting_create_from_form (PslStore           *store,
                                                const char         *mentor_id,
                                                const char * const *columns,
                                                const char * const *values,
                                                GError            **error);
gboolean   psl_mentor_meeting_check_form (GHashTable         *values,
                                          const char        **refused_column,
                                          GError            **error);
GPtrArray *psl_mentor_meeting_lines      (PslStore           *store,
                                          const char         *mentor_id,
                                          GError            **error);

gboolean   psl_mentoring_figures         (PslStore           *store,
                                          const char         *today,
                                          PslMentoringFigures *figures,
                                          GError            **error);

G_END_DECLS
