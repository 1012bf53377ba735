/* psl-clause.h — social clauses of public contracts: the contract, the hours it owes, the people placed on it */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Limits a contract and its hours keep; the window and the command line
 * say them before core refuses. */
#define PSL_CLAUSE_TITLE_MAX     200   /* characters, as the buyer's name */
#define PSL_CLAUSE_LOT_MAX       100   /* the lot, the contract's reference */
#define PSL_CLAUSE_HOURS_MAX     100000.0
#define PSL_CLAUSE_HOURS_A_DAY   10.0  /* Code du travail, L. 3121-18 */

typedef enum
{
  PSL_CLAUSE_UPCOMING,   /* the contract has not started */
  PSL_CLAUSE_ON_TRACK,   /* hours done at least the pro rata of the time elapsed */
  PSL_CLAUSE_LATE,       /* fewer, or the contract ended short */
  PSL_CLAUSE_DONE,       /* the hours owed are done */
} PslClauseState;

/* A contract as typed; id NULL for a new one. */
typedef struct
{
  char   *id;
  char   *company_id;
  char   *title;
  char   *lot;          /* or NULL */
  char   *buyer;        /* the public buyer */
  char   *reference;    /* the contract's number, or NULL */
  char   *starts_on;    /* YYYY-MM-DD */
  char   *ends_on;
  double  hours_owed;
} PslClauseContract;

/* The hours of one person, all periods together. */
typedef struct
{
  char   *person_id;
  char   *person_name;   /* full, for the team */
  char   *initials;      /* what the buyer reads */
  char   *first_on;
  char   *last_on;
  double  hours;
} PslClausePerson;

/* One line of hours: a person over a period. */
typedef struct
{
  char   *id;
  char   *person_id;
  char   *person_name;
  char   *initials;
  char   *placement_id;  /* or NULL */
  char   *from_on;
  char   *to_on;
  double  hours;
} PslClauseHours;

typedef struct
{
  PslClauseContract contract;
  char             *company_name;
  gboolean          company_deleted;
  char             *today;           /* the day the state is reckoned on */
  char             *reckoned_to;     /* the pro rata's last day, or NULL when none is due yet */
  double            hours_done;
  double            hours_left;      /* owed − done, 0 at least */
  double            hours_expected;  /* the pro rata due by reckoned_to */
  PslClauseState    state;
  GPtrArray        *people;          /* PslClausePerson, most hours first */
  GPtrArray        *lines;           /* PslClauseHours, oldest first */
} PslClauseBalance;

/* One of the people who may be placed on a contract: a placement of the
 * structure's people at the firm (an immersion or a contract). */
typedef struct
{
  char *person_id;
  char *placement_id;
  char *label;           /* "Léa Puech — contrat du 02/03/2026 au 31/08/2026" */
} PslClauseCandidate;

void              psl_clause_contract_clear   (PslClauseContract *contract);
void              psl_clause_balance_free     (PslClauseBalance  *balance);
void              psl_clause_candidate_free   (PslClauseCandidate *candidate);

/* Checks what was typed (title, buyer, dates, hours) and says in French
 * what to correct. */
gboolean          psl_clause_contract_check   (const PslClauseContract *contract,
                                               GError                 **error);
/* Records a new contract (contract->id NULL) or saves one; returns its
 * id.  Refused for a firm deleted or unknown, and for new dates that
 * would leave hours already recorded outside them. */
char             *psl_clause_contract_save    (PslStore                *store,
                                               const PslClauseContract *contract,
                                               GError                 **error);
gboolean          psl_clause_contract_delete  (PslStore                *store,
                                               const char              *contract_id,
                                               GError                 **error);

/* Hours a person did on the contract from from_on to to_on, through
 * placement_id when given (theirs, at the contract's firm).  Refused
 * outside the contract's dates, after today_iso, beyond ten hours a day
 * over the period, for a person or a firm deleted. */
char             *psl_clause_hours_add        (PslStore                *store,
                                               const char              *contract_id,
                                               const char              *person_id,
                                               const char              *placement_id,
                                               const char              *from_on,
                                               const char              *to_on,
                                               double                   hours,
                                               const char              *today_iso,
                                               GError                 **error);
gboolean          psl_clause_hours_delete     (PslStore                *store,
                                               const char              *hours_id,
                                               GError                 **error);

/* The contract with its balance reckoned on today_iso; NULL with
 * PSL_STORE_ERROR_NOT_FOUND when it is not (or no longer) there. */
PslClauseBalance *psl_clause_balance_load     (PslStore                *store,
                                               const char              *contract_id,
                                               const char              *today_iso,
                                               GError                 **error);
/* PslClauseBalance of the firm's contracts, the latest first. */
GPtrArray        *psl_clause_balances_for_company (PslStore            *store,
                                                   const char          *company_id,
                                                   const char          *today_iso,
                                                   GError             **error);
/* PslClauseCandidate: the firm's immersions and contracts that started. */
GPtrArray        *psl_clause_candidates       (PslStore                *store,
                                               const char              *company_id,
                                               GError                 **error);

const char       *psl_clause_state_label      (PslClauseState           state);
/* The rule of the states, in a sentence. */
const char       *psl_clause_state_rule       (void);
/* Why this contract is in its state, with its figures. */
char             *psl_clause_state_explain    (const PslClauseBalance  *balance);
/* "1 234,5 h" */
char             *psl_clause_format_hours     (double                   hours);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslClauseBalance, psl_clause_balance_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PslClauseContract, psl_clause_contract_clear)

G_END_DECLS
