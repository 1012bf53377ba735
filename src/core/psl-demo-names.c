/* psl-demo-names.c — names, places and trades of the demo territory (the Pays de Figeac, Lot)
 *
 * Every list ends with a NULL entry; psl_demo_count() gives its length.
 */

#include "config.h"

#include <string.h>

#include "psl-demo-names.h"

const char *const psl_demo_female_names[] = {
  "Léa", "Manon", "Camille", "Chloé", "Inès", "Sarah", "Jade", "Lina", "Emma", "Julie",
  "Océane", "Anaïs", "Marion", "Laura", "Amandine", "Élodie", "Nadia", "Fatima", "Aïcha",
  "Sandrine", "Nathalie", "Céline", "Karine", "Sophie", "Mélanie", "Justine", "Morgane",
  "Lucie", "Clara", "Noémie", "Yasmine", "Samia", "Gwendoline", "Pauline", "Louise", NULL
};

const char *const psl_demo_male_names[] = {
  "Lucas", "Hugo", "Théo", "Nathan", "Enzo", "Louis", "Mathis", "Kylian", "Yanis", "Rayan",
  "Quentin", "Maxime", "Kevin", "Jordan", "Anthony", "Dylan", "Florian", "Romain", "Mehdi",
  "Karim", "Sébastien", "Julien", "Thierry", "Pascal", "Laurent", "Bruno", "Cédric", "Jérémy",
  "Alexis", "Baptiste", "Clément", "Adrien", "Samuel", "Mamadou", "Ibrahim", NULL
};

const char *const psl_demo_last_names[] = {
  "Delmas", "Lacombe", "Vayssière", "Bouscarat", "Lafon", "Cayla", "Marty", "Couderc",
  "Lagarrigue", "Bessières", "Calmejane", "Fabre", "Teulières", "Malaval", "Cantarel",
  "Lacoste", "Roques", "Puech", "Bergougnoux", "Soulié", "Vidal", "Andrieu", "Lavergne",
  "Castagné", "Bonnet", "Mazet", "Carrié", "Delpeuch", "Pélissier", "Fouilhac", "Lalbertie",
  "Bouyssou", "Rigal", "Lapergue", "Mouly", "Ginestet", "Garrigou", "Salgues", "Cassagnes",
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau",
  "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fernandes", "Da Silva", "Benali",
  "Haddad", "Diallo", "Traoré", "Nguyen", "Kowalski", "Lopez", "Martinez", NULL
};

const PslDemoCommune psl_demo_communes[] = {
  { "Figeac", "46100", 0 }, { "Capdenac-Gare", "12700", 8 }, { "Cajarc", "46160", 25 },
  { "Lacapelle-Marival", "46120", 21 }, { "Bagnac-sur-Célé", "46270", 14 },
  { "Assier", "46320", 19 }, { "Leyme", "46120", 27 }, { "Latronquière", "46210", 30 },
  { "Saint-Céré", "46400", 43 }, { "Gramat", "46500", 35 }, { "Livernon", "46320", 23 },
  { "Faycelles", "46100", 7 }, { "Béduer", "46100", 10 }, { "Lissac-et-Mouret", "46100", 6 },
  { "Cambes", "46100", 9 }, { "Fons", "46100", 11 }, { "Marcilhac-sur-Célé", "46160", 28 },
  { "Cardaillac", "46100", 10 }, { "Sousceyrac-en-Quercy", "46190", 45 },
  { "Bretenoux", "46130", 50 }, { "Biars-sur-Cère", "46130", 52 }, { "Gréalou", "46160", 20 },
  { "Felzins", "46270", 12 }, { "Viazac", "46100", 13 }, { "Planioles", "46100", 5 },
  { "Camburat", "46100", 8 }, { "Lunan", "46100", 6 }, { "Montredon", "46270", 16 },
  { "Saint-Félix", "46100", 9 }, { "Decazeville", "12300", 28 }, { "Villefranche-de-Rouergue", "12200", 36 },
  { NULL }
};

const PslDemoFirmKind psl_demo_firm_kinds[] = {
  { "tertiaire", "47.11F", "Supérette %s", "Employé de libre-service", "D1507", 15 },
  { "tertiaire", "47.71Z", "Boutique %s", "Vendeur en habillement", "D1214", 6 },
  { "tertiaire", "69.20Z", "Cabinet comptable %s", "Secrétaire comptable", "M1608", 20 },
  { "tertiaire", "47.11D", "Intermarché de %s", "Employé de rayon", "D1507", 60 },
  { "btp", "43.22A", "Plomberie %s", "Plombier chauffagiste", "F1603", 12 },
  { "btp", "41.20A", "SARL Bâtiment %s", "Maçon", "F1703", 35 },
  { "btp", "43.34Z", "Peinture %s et fils", "Peintre en bâtiment", "F1606", 8 },
  { "btp", "43.21A", "Électricité %s", "Électricien du bâtiment", "F1602", 18 },
  { "hotellerie_restauration", "56.10A", "Restaurant Le %s", "Commis de cuisine", "G1602", 12 },
  { "hotellerie_restauration", "55.10Z", "Hôtel des %s", "Employé d'étage", "G1501", 25 },
  { "hotellerie_restauration", "56.10C", "Boulangerie %s", "Vendeur en boulangerie", "D1106", 9 },
  { "transport_logistique", "49.41A", "Transports %s", "Conducteur poids lourd", "N4101", 80 },
  { "transport_logistique", "52.10B", "Plateforme logistique %s", "Préparateur de commandes", "N1103", 150 },
  { "services_personnes", "87.10A", "EHPAD %s", "Agent de service hospitalier", "J1301", 70 },
  { "services_personnes", "88.10A", "ADMR de %s", "Aide à domicile", "K1302", 45 },
  { "services_personnes", "81.21Z", "Nettoyage %s", "Agent de propreté", "K2204", 40 },
  { "industrie", "30.30Z", "Ateliers aéronautiques %s", "Opérateur sur machine", "H2903", 400 },
  { "industrie", "25.62B", "Mécanique de précision %s", "Ajusteur monteur", "H2901", 120 },
  { "industrie", "10.13B", "Salaisons %s", "Opérateur de production alimentaire", "H2102", 60 },
  { "industrie", "16.23Z", "Menuiserie %s", "Menuisier", "H2206", 14 },
  { "espaces_verts", "81.30Z", "Paysages %s", "Jardinier paysagiste", "A1203", 10 },
  { "espaces_verts", "01.50Z", "GAEC %s", "Agent agricole polyvalent", "A1416", 5 },
  { "espaces_verts", "02.20Z", "Exploitation forestière %s", "Bûcheron", "A1201", 7 },
  { NULL }
};

const PslDemoPartner psl_demo_partners[] = {
  { "France Travail Figeac", "france_travail", "Figeac" },
  { "Mission locale du Lot — antenne de Figeac", "mission_locale", "Figeac" },
  { "Cap emploi 46", "cap_emploi", "Cahors" },
  { "PLIE du Grand Figeac", "plie", "Figeac" },
  { "CCAS de Figeac", "ccas", "Figeac" },
  { "CCAS de Capdenac-Gare", "ccas", "Capdenac-Gare" },
  { "Chantier d'insertion Célé Environnement", "siae", "Bagnac-sur-Célé" },
  { "Association intermédiaire Figeac Services", "siae", "Figeac" },
  { "GRETA Midi-Pyrénées Nord", "organisme_formation", "Figeac" },
  { "AFPA de Capdenac", "organisme_formation", "Capdenac-Gare" },
  { "OPCO EP", "opco", "Toulouse" },
  { "OPCO Mobilités", "opco", "Toulouse" },
  { "CCI du Lot", "chambre", "Cahors" },
  { "Chambre de métiers et de l'artisanat du Lot", "chambre", "Cahors" },
  { "Club d'entreprises du Grand Figeac", "club_entreprises", "Figeac" },
  { "Conseil départemental du Lot", "departement", "Cahors" },
  { "Maison des solidarités départementales", "departement", "Figeac" },
  { "Centre médico-psychologique de Figeac", "sante", "Figeac" },
  { "Point relais mobilité (auto-école sociale)", "association", "Figeac" },
  { "Secours populaire — comité de Figeac", "association", "Figeac" },
  { "Région Occitanie — Maison de Région", "financeur", "Figeac" },
  { "État — DDETS du Lot", "financeur", "Cahors" },
  { "Lycée professionnel Champollion", "organisme_formation", "Figeac" },
  { "Centre social et culturel de Figeac", "association", "Figeac" },
  { NULL }
};

const char *const psl_demo_streets[] = {
  "avenue Bernard Fontanges", "rue de Colomb", "quai Bessières", "route de Cahors",
  "zone artisanale de l'Aiguille", "zone d'activités de Lafarrerie", "place Carnot",
  "rue Gambetta", "chemin du Moulin", "avenue de Toulouse", "rue du Lot", "route de Rodez", NULL
};

const char *const psl_demo_purposes[] = {
  "Présenter le service et nos actions d'insertion",
  "Faire le point sur les besoins de recrutement",
  "Proposer une immersion (PMSMP)",
  "Préparer l'accueil d'un jeune en stage",
  "Suivi d'une personne en poste",
  "Invitation au petit-déjeuner d'entreprises",
  "Relayer une offre d'emploi",
  "Préparer le job dating de printemps",
  "Bilan de l'année écoulée",
  "Présenter un candidat", NULL
};

const char *const psl_demo_outcomes[] = {
  "Intéressé, à recontacter après la saison",
  "Accord pour deux immersions d'une semaine",
  "Pas de besoin pour l'instant",
  "Offre transmise, trois candidats à présenter",
  "Visite de l'atelier avec le responsable de production",
  "Demande de CV, rendez-vous fixé",
  "L'entreprise souhaite un tuteur formé",
  "Retour positif sur la personne accueillie", NULL
};

const char *const psl_demo_next_steps[] = {
  "Rappeler le responsable",
  "Envoyer les CV avec accord des candidats",
  "Fixer la date de l'immersion",
  "Proposer une visite avec un groupe de jeunes",
  "Faire le bilan de l'immersion",
  "Envoyer la convention", NULL
};

const char *const psl_demo_projects[] = {
  "Aide à domicile", "Cuisine, restauration", "Logistique, cariste", "Vente en magasin",
  "Maçonnerie", "Espaces verts", "Conduite routière", "Agent de production",
  "Secrétariat", "Soins aux personnes âgées", "Mécanique industrielle", "Agriculture", NULL
};

guint
psl_demo_count (const void *array,
                gsize       element_size)
{
  const char *p = array;
  guint n = 0;

  /* Each list ends with an element whose first pointer is NULL. */
  while (*(const void * const *) (p + n * element_size) != NULL)
    n++;
  return n;
}
