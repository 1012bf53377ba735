/* psl-import-kinds.c — what each kind of import fills: firms, contacts, people, journal
 *
 * Each kind offers the fields of its record that a list may hold, and the
 * usual titles of their columns.  Contacts and the journal name the firm
 * they belong to (by SIRET, or by name and postcode).  People are offered
 * only the fields of their identity and pathway: nothing confidential is
 * ever taken from a file's column, whatever its title.
 */

#define G_LOG_DOMAIN "psl-import-kinds"

#include "config.h"

#include "psl-i18n.h"

#include "psl-company.h"
#include "psl-contact.h"
#include "psl-import-kinds.h"
#include "psl-interaction.h"
#include "psl-person.h"

static const PslField firm_links[] = {
  { "company_name",       PSL_FIELD_TEXT, N_("Firm") },
  { "company_identifier", PSL_FIELD_TEXT, N_("Firm's SIRET or BCE number") },
  { "company_postcode",   PSL_FIELD_TEXT, N_("Firm's postcode") },
  { NULL }
};

/* Fields a file never fills: a partner is not matched by name, and the
 * contact of an exchange is chosen on its form. */
static const char *not_offered[] = { "prescriber_id", "contact_id", "next_done_on", NULL };

/* Column titles people give these fields, folded (lower case, no accents). */
typedef struct { const char *target; const char *names; } Synonym;

static const Synonym firm_synonyms[] = {
  { "legal_name", "raison sociale|nom|nom de l'entreprise|entreprise|societe|denomination|legal name|name" },
  { "trade_name", "enseigne|nom commercial|trade name" },
  { "identifier", "siret|siren|numero siret|n siret|bce|numero bce|kbo|numero d'entreprise|identifiant" },
  { "naf_code", "naf|code naf|ape|code ape|nace|code nace" },
  { "sector", "secteur|secteur d'activite|activite|sector" },
  { "size_band", "type|type d'entreprise|taille|categorie" },
  { "referent_id", "referent|referente|conseiller|conseillere|charge de relations|suivi par" },
  { "first_contact_origin", "origine|origine du contact|premier contact" },
  { "relationship_start", "debut de la relation|date de debut|depuis|date du premier contact|date de creation" },
  { "headcount", "effectif|effectifs|salaries|nombre de salaries|headcount" },
  { "address", "adresse|adresse postale|rue|address" },
  { "postcode", "code postal|cp|postcode|zip" },
  { "commune", "commune|ville|localite|city" },
  { "website", "site|site web|site internet|website|web" },
  { "phone", "telephone|tel|tel.|phone|standard" },
  { "email", "email|e-mail|courriel|mail|adresse mail" },
  { "seasonality", "saisonnalite|saison" },
  { "hiring_needs", "besoins|besoins de recrutement|recrutement" },
  { "csr_commitments", "rse|engagements rse" },
  { "partnership_level", "niveau|niveau de partenariat" },
  { "notes", "notes|remarques|commentaire|commentaires|observations" },
  { NULL }
};

static const Synonym link_synonyms[] = {
  { "company_name", "entreprise|societe|raison sociale|employeur|structure|nom de l'entreprise" },
  { "company_identifier", "siret|siren|numero siret|n siret|bce|numero bce" },
  { "company_postcode", "code postal|cp|code postal de l'entreprise" },
  { NULL }
};

static const Synonym contact_synonyms[] = {
  { "last_name", "nom|nom de famille|nom du contact|interlocuteur|contact" },
  { "first_name", "prenom|prenom du contact" },
  { "civility", "civilite|titre" },
  { "role", "fonction|role" },
  { "job_title", "poste|intitule du poste|intitule" },
  { "phone", "telephone|tel|tel.|telephone fixe|ligne directe" },
  { "mobile", "portable|mobile|telephone portable|tel portable" },
  { "email", "email|e-mail|courriel|mail|adresse mail" },
  { "is_tutor", "tuteur|tutrice|tuteur ou tutrice" },
  { "notes", "notes|remarques|commentaire|commentaires|observations" },
  { NULL }
};

static const Synonym person_synonyms[] = {
  { "last_name", "nom|nom de famille|nom de naissance|nom d'usage" },
  { "first_name", "prenom" },
  { "sex", "sexe|genre|civilite" },
  { "birth_date", "date de naissance|ne le|nee le|ne(e) le|naissance" },
  { "phone", "telephone|tel|tel.|portable|mobile" },
  { "email", "email|e-mail|courriel|mail|adresse mail" },
  { "address", "adresse|adresse postale|rue" },
  { "postcode", "code postal|cp" },
  { "commune", "commune|ville|localite" },
  { "referent_id", "referent|referente|conseiller|conseillere|cip|suivi par" },
  { "situation", "situation|statut" },
  { "qualification", "niveau|niveau de qualification|qualification|diplome" },
  { "phase", "phase|etape|phase du parcours" },
  { "project", "projet|projet professionnel" },
  { "entered_on", "date d'entree|entree|date d'entree en accompagnement|debut d'accompagnement|date d'accueil|date d'inscription" },
  { "exited_on", "date de sortie|sortie|fin d'accompagnement" },
  { "notes", "notes|remarques|commentaire|commentaires|observations" },
  { NULL }
};

static const Synonym journal_synonyms[] = {
  { "occurred_at", "date|date de l'echange|date du contact|date de l'action|le" },
  { "kind", "type|nature|type d'echange|type de contact|canal" },
  { "staff_id", "conseiller|conseillere|charge de relations|par|auteur|referent|referente" },
  { "purpose", "objet|sujet|motif|titre" },
  { "outcome", "compte rendu|texte|description|commentaire|commentaires|notes|resultat|details" },
  { "next_step", "suite a donner|prochaine etape|action a mener" },
  { "next_due", "relance|date de relance|a relancer le|echeance" },
  { "duration_min", "duree|duree (min)|duree en minutes" },
  { NULL }
};

/* The record's fields less those not offered, then the links. */
static PslField *
targets_of (const PslField *fields,
            gboolean        with_links)
{
  GArray *targets = g_array_new (TRUE, TRUE, sizeof (PslField));

  for (const PslField *f = fields; f->column != NULL; f++)
    if (!g_strv_contains (not_offered, f->column))
      g_array_append_val (targets, *f);
  for (const PslField *f = firm_links; with_links && f->column != NULL; f++)
    g_array_append_val (targets, *f);
  return (PslField *) g_array_free (targets, FALSE);
}

const PslImportKindInfo *
psl_import_kind_info (PslImportKind kind)
{
  static PslImportKindInfo infos[4];
  static gsize made = 0;

  /* The targets are read from the records' own declarations, once. */
  if (g_once_init_enter (&made))
    {
      infos[PSL_IMPORT_FIRMS] = (PslImportKindInfo) { PSL_IMPORT_FIRMS, "firms", "company", psl_company_fields,
                                                      targets_of (psl_company_fields, FALSE), "legal_name" };
      infos[PSL_IMPORT_CONTACTS] = (PslImportKindInfo) { PSL_IMPORT_CONTACTS, "contacts", "contact",
                                                         psl_contact_fields, targets_of (psl_contact_fields, TRUE),
                                                         "last_name" };
      infos[PSL_IMPORT_PEOPLE] = (PslImportKindInfo) { PSL_IMPORT_PEOPLE, "people", "person", psl_person_fields,
                                                       targets_of (psl_person_fields, FALSE), "last_name" };
      infos[PSL_IMPORT_JOURNAL] = (PslImportKindInfo) { PSL_IMPORT_JOURNAL, "journal", "interaction",
                                                        psl_interaction_fields,
                                                        targets_of (psl_interaction_fields, TRUE), "company_name" };
      g_once_init_leave (&made, 1);
    }
  return &infos[kind];
}

gboolean
psl_import_kind_from_name (const char    *name,
                           PslImportKind *kind)
{
  for (PslImportKind k = PSL_IMPORT_FIRMS; k <= PSL_IMPORT_JOURNAL; k++)
    if (g_strcmp0 (psl_import_kind_info (k)->name, name) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static const char *
find_in (const Synonym *synonyms,
         const char    *folded_title)
{
  for (const Synonym *s = synonyms; s->target != NULL; s++)
    {
      g_auto(GStrv) names = g_strsplit (s->names, "|", -1);

      if (g_strv_contains ((const char * const *) names, folded_title))
        return s->target;
    }
  return NULL;
}

/* The field a column titled so holds, or NULL. */
const char *
psl_import_kind_guess (PslImportKind kind,
                       const char   *folded_title)
{
  const Synonym *own[] = { firm_synonyms, contact_synonyms, person_synonyms, journal_synonyms };
  const char *target = find_in (own[kind], folded_title);

  if (target == NULL && (kind == PSL_IMPORT_CONTACTS || kind == PSL_IMPORT_JOURNAL))
    target = find_in (link_synonyms, folded_title);
  return target;
}
