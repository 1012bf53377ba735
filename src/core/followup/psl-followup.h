/* psl-followup.h — a follow-up in work recorded: who took part, how it goes, what weakens it, what was decided */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

/* The questions of a follow-up's report, in order (seed 000). */
typedef enum
{
  PSL_FOLLOWUP_TASKS,          /* tasks and integration */
  PSL_FOLLOWUP_TEAM,           /* relations with the team */
  PSL_FOLLOWUP_HOURS_PAY,      /* hours and pay, as felt */
  PSL_FOLLOWUP_TRAINING,       /* training promised and given */
  PSL_FOLLOWUP_PERSON_WORDS,   /* the person's own words */
  PSL_FOLLOWUP_EMPLOYER_VIEW,  /* the employer's view */
  PSL_FOLLOWUP_N_QUESTIONS
} PslFollowupQuestion;

typedef struct
{
  char      *done_on;         /* YYYY-MM-DD */
  char      *mode;            /* on_site, phone, mail, office, video */
  GPtrArray *participants;    /* char *: person, tutor, manager, counsellor */
  char      *answers[PSL_FOLLOWUP_N_QUESTIONS];
  GPtrArray *factors;         /* char *: codes of the list "weakening_factor" */
  GPtrArray *responses;       /* char *: codes of the list "response" */
  char      *next_on;         /* the next follow-up, or NULL */
  char      *next_label;
  char      *placement_id;    /* read only: the placement followed, or NULL */
  gboolean   under_way;       /* read only: that placement has not ended */
} PslFollowupRecord;

PslFollowupRecord *psl_followup_record_new   (void);
void               psl_followup_record_free  (PslFollowupRecord *record);
const char        *psl_followup_question     (PslFollowupQuestion question);
const char        *psl_followup_participant_label (const char *code);
extern const char *const psl_followup_participants[];
extern const char *const psl_followup_modes[];
const char        *psl_followup_mode_label   (const char *code);
/* What was recorded, or a record dated today with nothing else. */
PslFollowupRecord *psl_followup_load         (PslStore          *store,
                                              const char        *followup_id,
                                              GError           **error);
/* Saves the record; tripartite when the person, someone of the firm and
 * the counsellor took part.  A next date makes the next follow-up.
 * Refused: no date, in the future, before the placement starts, a next
 * date not after this one or in the past. */
gboolean           psl_followup_save         (PslStore                *store,
                                              const char              *followup_id,
                                              const PslFollowupRecord *record,
                                              GError                 **error);
/* A follow-up added by hand to a person's plan: its label and date. */
extern const PslField psl_followup_fields[];
char              *psl_followup_create_from_form (PslStore           *store,
                                                  const char         *person_id,
                                                  const char * const *columns,
                                                  const char * const *values,
                                                  GError            **error);
/* PslRecordLine: those to do first, by date, then those done. */
GPtrArray         *psl_followup_lines        (PslStore          *store,
                                              const char        *person_id,
                                              GError           **error);
/* The label and the person's name, for a window's title. */
char              *psl_followup_title        (PslStore          *store,
                                              const char        *followup_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslFollowupRecord, psl_followup_record_free)

G_END_DECLS
