/* psl-document-rows.h — what the printed documents read from the file, in one place
 *
 * Each printed document (a person's pathway, a candidate presentation, a
 * contract of mutual commitments, the campaign letters, the record of
 * processing) asks core for plain structures and lays them out; no
 * document holds a query.  A loader that finds no such record returns
 * NULL (or FALSE) with no error: the document says, in its own words, what
 * is missing.
 */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* A person's pathway (internal document) */

typedef struct
{
  char *name;            /* "First Last" */
  char *entered_on;
  char *exited_on;
  char *outcome;         /* the outcome's label */
  char *referent;
  char *situation;       /* the situation's label */
  char *project;
  char *commune;
} PslPathwaySummary;

typedef struct
{
  char     *identified_on;
  char     *lifted_on;
  char     *status;
  char     *label;       /* the reference list's label, or the code */
  gboolean  sensitive;   /* the list marks it personal: never printed by name */
} PslPathwayBarrier;

void               psl_pathway_summary_free (PslPathwaySummary *summary);
/* Not deleted and not merged into another person. */
PslPathwaySummary *psl_pathway_summary_load (PslStore          *store,
                                             const char        *person_id,
                                             GError           **error);
/* PslPathwayBarrier, by the day identified. */
GPtrArray         *psl_pathway_barriers     (PslStore          *store,
                                             const char        *person_id,
                                             GError           **error);

/* A candidate presentation (what a firm may receive) */

typedef struct
{
  char *name;
  char *project;
  char *strengths;
  char *languages;
  int   driving_licence;   /* 1, 0, or -1 when not recorded */
  char *available_from;
  char *qualification;     /* the level's label */
  char *referent;          /* NULL when the person has none */
  char *referent_phone;
  char *referent_email;
} PslCandidateProfile;

typedef struct
{
  char *start_date;
  char *end_date;          /* the end, or else the planned end */
  char *firm;
  char *kind;              /* "immersion" or "contract" */
  char *title;             /* the offer's title, or else the contract type's label */
  char *immersion_type;
  char *evaluation;        /* an immersion's review, as stored */
} PslCandidateExperience;

void                 psl_candidate_profile_free    (PslCandidateProfile    *profile);
void                 psl_candidate_experience_free (PslCandidateExperience *experience);
/* The name a firm trades under; NULL with no error for a deleted firm. */
char                *psl_candidate_firm_name       (PslStore    *store,
                                                    const char  *company_id,
                                                    GError     **error);
/* FALSE with no error when there is no such person (or a deleted one). */
gboolean             psl_candidate_person_exists   (PslStore    *store,
                                                    const char  *person_id,
                                                    GError     **error);
PslCandidateProfile *psl_candidate_profile_load    (PslStore    *store,
                                                    const char  *person_id,
                                                    GError     **error);
/* PslCandidateExperience: immersions and contracts held, latest first. */
GPtrArray           *psl_candidate_experience      (PslStore    *store,
                                                    const char  *person_id,
                                                    GError     **error);
/* The person and the firm of a placement; FALSE with no error when it is gone. */
gboolean             psl_candidate_placement_parties (PslStore    *store,
                                                      const char  *placement_id,
                                                      char       **person_id,
                                                      char       **company_id,
                                                      GError     **error);

/* A contract of mutual commitments, to be signed */

typedef struct
{
  char *person_id;
  char *person;
  int   revision;
  char *signed_on;
  char *objectives;
  char *review_on;
  char *review_outcome;
  char *counsellor;
  char *place;             /* the antenna's town, or else the structure's */
} PslCommitmentPaper;

typedef struct
{
  char *side;              /* "person" or "structure" */
  char *label;
  char *due_on;
  char *done_on;
} PslCommitmentPaperStep;

typedef struct
{
  char *revision;
  char *signed_on;
  char *review_on;
  char *review_outcome;
} PslCommitmentRevision;

void                psl_commitment_paper_free      (PslCommitmentPaper *paper);
PslCommitmentPaper *psl_commitment_paper_load      (PslStore    *store,
                                                    const char  *commitment_id,
                                                    GError     **error);
/* PslCommitmentPaperStep of both sides, dated ones first by due day. */
GPtrArray          *psl_commitment_paper_steps     (PslStore    *store,
                                                    const char  *commitment_id,
                                                    GError     **error);
/* PslCommitmentRevision: the person's other contracts, oldest first. */
GPtrArray          *psl_commitment_paper_history   (PslStore    *store,
                                                    const char  *person_id,
                                                    const char  *except_id,
                                                    GError     **error);

/* The "nouveau pacte" campaign letters */

typedef struct
{
  char *name;
  char *address;
  char *postcode;
  char *commune;
  char *phone;
  char *email;
} PslLetterhead;

/* The firms written to: active ones, all of them when every field is NULL. */
typedef struct
{
  const char *company_id;
  const char *sector;
  const char *level;
  const char *referent_id;
  const char *antenna_id;
} PslCampaignSelection;

typedef struct
{
  char *id;
  char *legal_name;
  char *address;
  char *postcode;
  char *commune;
  char *phone;
  char *email;
  char *sector;            /* the sector's label */
  char *contact;           /* the first active contact, the direction first */
} PslCampaignFirm;

void           psl_letterhead_clear       (PslLetterhead               *letterhead);
/* The structure's name and address; fields stay NULL when not known. */
gboolean       psl_letterhead_load        (PslStore                    *store,
                                           PslLetterhead               *letterhead,
                                           GError                     **error);
void           psl_campaign_firm_free     (PslCampaignFirm             *firm);
/* PslCampaignFirm by postcode then name. */
GPtrArray     *psl_campaign_firms         (PslStore                    *store,
                                           const PslCampaignSelection  *selection,
                                           GError                     **error);
/* The active firms of the network, and the people who started a contract in year. */
gboolean       psl_campaign_figures       (PslStore                    *store,
                                           int                          year,
                                           gint64                      *n_firms,
                                           gint64                      *n_hired,
                                           GError                     **error);

/* The record of processing (GDPR, article 30) */

typedef struct
{
  gint64  people;          /* followed and not anonymised */
  gint64  contacts;
  gint64  staff;           /* still in the team */
  gint64  sites;           /* not retired */
  char   *directors;       /* "First Last, First Last", or NULL */
} PslProcessingFigures;

/* Each count is -1 when it cannot be read: the record still prints. */
void           psl_processing_figures_load  (PslStore              *store,
                                             PslProcessingFigures  *figures);
void           psl_processing_figures_clear (PslProcessingFigures  *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPathwaySummary, psl_pathway_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCandidateProfile, psl_candidate_profile_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCommitmentPaper, psl_commitment_paper_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PslLetterhead, psl_letterhead_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PslProcessingFigures, psl_processing_figures_clear)

G_END_DECLS
