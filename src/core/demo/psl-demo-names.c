/* psl-demo-names.c — names, places, firms and words of the demo territory (the Pays de Figeac, Lot)
 *
 * A real rural territory, so that the demo reads true to the people who
 * will try it: the communes, postcodes and trades are those of the Pays de
 * Figeac and its edges in the Aveyron; the firms, partners' staff and
 * people are made up from common names of the region.  Every list ends
 * with a NULL entry; psl_demo_count() gives its length.
 */

#include "config.h"

#include "psl-demo-names.h"

const char *const psl_demo_female_names[] = {
  "Léa", "Manon", "Camille", "Chloé", "Inès", "Sarah", "Jade", "Lina", "Emma", "Julie",
  "Océane", "Anaïs", "Marion", "Laura", "Amandine", "Élodie", "Nadia", "Fatima", "Aïcha",
  "Sandrine", "Nathalie", "Céline", "Karine", "Sophie", "Mélanie", "Justine", "Morgane",
  "Lucie", "Clara", "Noémie", "Yasmine", "Samia", "Gwendoline", "Pauline", "Louise",
  "Maëlys", "Lola", "Alicia", "Romane", "Margaux", "Axelle", "Mathilde", "Charlotte",
  "Audrey", "Émilie", "Aurélie", "Virginie", "Stéphanie", "Sylvie", "Christelle", "Magali",
  "Coralie", "Estelle", "Elsa", "Zoé", "Kenza", "Myriam", "Salomé", "Valentine", "Agathe", NULL
};

const char *const psl_demo_male_names[] = {
  "Lucas", "Hugo", "Théo", "Nathan", "Enzo", "Louis", "Mathis", "Kylian", "Yanis", "Rayan",
  "Quentin", "Maxime", "Kevin", "Jordan", "Anthony", "Dylan", "Florian", "Romain", "Mehdi",
  "Karim", "Sébastien", "Julien", "Thierry", "Pascal", "Laurent", "Bruno", "Cédric", "Jérémy",
  "Alexis", "Baptiste", "Clément", "Adrien", "Samuel", "Mamadou", "Ibrahim", "Tom", "Noah",
  "Léo", "Evan", "Killian", "Valentin", "Corentin", "Loïc", "Benjamin", "Guillaume", "Nicolas",
  "Olivier", "Philippe", "Didier", "Fabrice", "Stéphane", "Frédéric", "Jean-Marc", "Gilles",
  "Damien", "Bastien", "Axel", "Malik", "Sofiane", "Timothée", NULL
};

const char *const psl_demo_last_names[] = {
  "Delmas", "Lacombe", "Vayssière", "Bouscarat", "Lafon", "Cayla", "Marty", "Couderc",
  "Lagarrigue", "Bessières", "Calmejane", "Fabre", "Teulières", "Malaval", "Cantarel",
  "Lacoste", "Roques", "Puech", "Bergougnoux", "Soulié", "Vidal", "Andrieu", "Lavergne",
  "Castagné", "Bonnet", "Mazet", "Carrié", "Delpeuch", "Pélissier", "Fouilhac", "Lalbertie",
  "Bouyssou", "Rigal", "Lapergue", "Mouly", "Ginestet", "Garrigou", "Salgues", "Cassagnes",
  "Laborie", "Delbos", "Lacam", "Cazals", "Bach", "Lascombes", "Vialette", "Costes",
  "Maury", "Lavayssière", "Destruel", "Boissou", "Cabrignac", "Gaillard", "Issaly", "Lafage",
  "Meyssen", "Pradines", "Rouquié", "Sarrazin", "Tillet", "Valette", "Bousquet", "Cavaillé",
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau",
  "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fernandes", "Da Silva", "Benali",
  "Haddad", "Diallo", "Traoré", "Nguyen", "Kowalski", "Lopez", "Martinez", "Rodrigues",
  "Pereira", "Mendes", "Bensaïd", "Cissé", "Dos Santos", "Rousseau", "Fontaine", "Chevalier",
  "Girard", "Roux", "Blanc", "Guérin", "Muller", "Faure", "André", "Mercier", "Boyer", NULL
};

/* Coordinates are rounded: they place a firm on a map of the territory,
 * nothing finer. */
const PslDemoCommune psl_demo_communes[] = {
  { "Figeac", "46100", 44.609, 2.032, 0 },
  { "Capdenac-Gare", "12700", 44.576, 2.079, 0 },
  { "Capdenac", "46100", 44.578, 2.062, 0 },
  { "Cajarc", "46160", 44.486, 1.842, 2 },
  { "Lacapelle-Marival", "46120", 44.728, 1.926, 0 },
  { "Bagnac-sur-Célé", "46270", 44.667, 2.158, 0 },
  { "Assier", "46320", 44.674, 1.877, 0 },
  { "Leyme", "46120", 44.786, 1.900, 1 },
  { "Latronquière", "46210", 44.799, 2.079, 1 },
  { "Saint-Céré", "46400", 44.860, 1.894, 1 },
  { "Gramat", "46500", 44.781, 1.725, 1 },
  { "Livernon", "46320", 44.640, 1.852, 0 },
  { "Faycelles", "46100", 44.569, 1.989, 0 },
  { "Béduer", "46100", 44.579, 1.945, 0 },
  { "Lissac-et-Mouret", "46100", 44.629, 1.981, 0 },
  { "Cambes", "46100", 44.605, 1.952, 0 },
  { "Fons", "46100", 44.659, 1.956, 0 },
  { "Marcilhac-sur-Célé", "46160", 44.551, 1.733, 2 },
  { "Cardaillac", "46100", 44.681, 2.010, 0 },
  { "Sousceyrac-en-Quercy", "46190", 44.874, 2.034, 1 },
  { "Bretenoux", "46130", 44.914, 1.839, 1 },
  { "Biars-sur-Cère", "46130", 44.926, 1.853, 1 },
  { "Gréalou", "46160", 44.533, 1.887, 2 },
  { "Felzins", "46270", 44.620, 2.140, 0 },
  { "Viazac", "46100", 44.640, 2.101, 0 },
  { "Planioles", "46100", 44.628, 2.038, 0 },
  { "Camburat", "46100", 44.645, 2.000, 0 },
  { "Lunan", "46100", 44.605, 2.075, 0 },
  { "Montredon", "46270", 44.625, 2.190, 0 },
  { "Saint-Félix", "46100", 44.620, 2.090, 0 },
  { "Thémines", "46120", 44.740, 1.830, 1 },
  { "Aynac", "46120", 44.785, 1.855, 1 },
  { "Sonac", "46320", 44.715, 1.860, 0 },
  { "Reyrevignes", "46320", 44.650, 1.910, 0 },
  { "Brengues", "46320", 44.580, 1.830, 2 },
  { "Espagnac-Sainte-Eulalie", "46320", 44.595, 1.845, 2 },
  { "Lentillac-Saint-Blaise", "46100", 44.595, 2.130, 0 },
  { "Linac", "46270", 44.665, 2.100, 0 },
  { "Saint-Jean-Mirabel", "46270", 44.635, 2.100, 0 },
  { "Corn", "46100", 44.610, 1.910, 0 },
  { "Boussac", "46100", 44.595, 1.955, 0 },
  { "Decazeville", "12300", 44.560, 2.250, 0 },
  { "Villefranche-de-Rouergue", "12200", 44.351, 2.035, 2 },
  { NULL }
};

const char *const psl_demo_streets[] = {
  "avenue Bernard Fontanges", "rue de Colomb", "quai Bessières", "route de Cahors",
  "zone artisanale de l’Aiguille", "zone d’activités de Lafarrerie", "place Carnot",
  "rue Gambetta", "chemin du Moulin", "avenue de Toulouse", "rue du Lot", "route de Rodez",
  "avenue Émile Bouyssou", "rue de la République", "allée Victor Hugo", "rue des Écoles",
  "route de Gramat", "rue du Château", "place de la Halle", "route de Maurs",
  "zone industrielle de l’Aiguille", "avenue Jean Jaurès", "rue du Pont", "chemin des Vignes", NULL
};

/* For the small communes, where people live at a lieu-dit. */
const char *const psl_demo_localities[] = {
  "lieu-dit Le Bourg", "lieu-dit La Borie", "lieu-dit Le Mas del Puech", "lieu-dit Les Cazelles",
  "lieu-dit La Fon", "lieu-dit Le Pech", "lieu-dit La Bastide", "lieu-dit Le Moulin", NULL
};

const char *const psl_demo_places[] = {
  "Causse", "Célé", "Ségala", "Quercy", "Limargue", "Lot", "Pech", "Moulin", "Vallon",
  "Pont", "Plateau", "Bournac", NULL
};

const char *const psl_demo_residences[] = {
  "Les Tilleuls", "Les Jardins du Célé", "La Roseraie", "Le Val Fleuri", "Les Cèdres",
  "Les Marronniers", "La Source", "Les Hauts de Figeac", NULL
};

const PslDemoFirmKind psl_demo_firm_kinds[] = {
  { "tertiaire", "10.71C", { "Boulangerie {n}", "Boulangerie-pâtisserie du {l}" }, 6, 1, 12, NULL, NULL,
    { { "Boulanger", "D1102" }, { "Vendeur en boulangerie", "D1106" } } },
  { "tertiaire", "47.22Z", { "Boucherie-charcuterie {n}", NULL }, 3, 1, 8, NULL, NULL,
    { { "Boucher", "D1101" }, { "Vendeur en alimentation", "D1106" } } },
  { "tertiaire", "47.11D", { "Supermarché du {l}", "Supermarché {n} {dp}" }, 2, 20, 80, NULL, NULL,
    { { "Employé de libre-service", "D1507" }, { "Hôte de caisse", "D1505" } } },
  { "tertiaire", "47.11B", { "Épicerie {n}", "Alimentation du {l}" }, 2, 1, 5, NULL, NULL,
    { { "Employé de libre-service", "D1507" } } },
  { "tertiaire", "45.20A", { "Garage du {l}", "Garage {n}" }, 5, 2, 12, NULL, NULL,
    { { "Mécanicien automobile", "I1604" }, { "Carrossier", "I1606" } } },
  { "tertiaire", "69.20Z", { "Cabinet comptable {n}", NULL }, 2, 3, 25, NULL, NULL,
    { { "Secrétaire comptable", "M1608" }, { "Assistant administratif", "M1607" } } },
  { "tertiaire", "96.02A", { "Coiffure {n}", "Salon de coiffure du {l}" }, 2, 1, 6, NULL, NULL,
    { { "Coiffeur", "D1202" } } },
  { "tertiaire", "47.73Z", { "Pharmacie {n}", "Pharmacie du {l}" }, 2, 3, 12, NULL, NULL,
    { { "Préparateur en pharmacie", "J1307" } } },
  { "tertiaire", "47.76Z", { "Jardinerie du {l}", NULL }, 1, 5, 25, NULL, "Pic d’activité au printemps",
    { { "Vendeur en jardinerie", "D1209" }, { "Employé de libre-service", "D1507" } } },
  { "btp", "43.99C", { "Maçonnerie {n}", "SARL Bâtiment {n}" }, 5, 2, 30, NULL, NULL,
    { { "Maçon", "F1703" }, { "Manœuvre du bâtiment", "F1704" } } },
  { "btp", "43.22A", { "Plomberie-chauffage {n}", NULL }, 3, 1, 12, NULL, NULL,
    { { "Plombier chauffagiste", "F1603" } } },
  { "btp", "43.21A", { "Électricité {n}", "{n} Électricité générale" }, 3, 1, 18, NULL, NULL,
    { { "Électricien du bâtiment", "F1602" } } },
  { "btp", "43.34Z", { "Peinture {n} et fils", "Peinture et décoration du {l}" }, 2, 1, 10, NULL, NULL,
    { { "Peintre en bâtiment", "F1606" } } },
  { "btp", "43.91B", { "Charpente-couverture {n}", NULL }, 2, 2, 15, NULL, NULL,
    { { "Couvreur", "F1610" }, { "Charpentier bois", "F1503" } } },
  { "btp", "42.11Z", { "Travaux publics du {l}", "SAS {n} TP" }, 1, 15, 90, NULL, NULL,
    { { "Constructeur de routes", "F1702" }, { "Conducteur d’engins", "F1302" } } },
  { "hotellerie_restauration", "56.10A", { "Restaurant Le {l}", "Auberge du {l}" }, 4, 2, 15, NULL,
    "Pic d’activité de mai à septembre",
    { { "Commis de cuisine", "G1602" }, { "Serveur en restauration", "G1803" }, { "Plongeur", "G1605" } } },
  { "hotellerie_restauration", "55.10Z", { "Hôtel du {l}", "Hôtel {n}" }, 2, 4, 30, NULL,
    "Saison touristique d’avril à octobre",
    { { "Employé d’étage", "G1501" }, { "Réceptionniste", "G1703" } } },
  { "hotellerie_restauration", "55.30Z", { "Camping du {l}", NULL }, 1, 2, 12, NULL,
    "Ouvert de mai à septembre",
    { { "Agent d’entretien polyvalent", "I1203" }, { "Animateur", "G1202" } } },
  { "hotellerie_restauration", "56.29A", { "Cuisine centrale {dp}", NULL }, 1, 8, 40, NULL, NULL,
    { { "Agent de restauration", "G1605" }, { "Cuisinier", "G1602" } } },
  { "transport_logistique", "49.41A", { "Transports {n}", "SARL Transports {n}" }, 3, 5, 80, NULL, NULL,
    { { "Conducteur poids lourd", "N4101" }, { "Chauffeur-livreur", "N4105" } } },
  { "transport_logistique", "52.10B", { "Plateforme logistique du {l}", NULL }, 1, 20, 180, NULL, NULL,
    { { "Préparateur de commandes", "N1103" }, { "Cariste", "N1101" } } },
  { "transport_logistique", "86.90A", { "Ambulances-taxis {n}", NULL }, 2, 2, 15, NULL, NULL,
    { { "Ambulancier", "J1305" }, { "Chauffeur de taxi", "N4102" } } },
  { "transport_logistique", "49.42Z", { "Déménagements {n}", NULL }, 1, 3, 20, NULL, NULL,
    { { "Déménageur", "N1105" } } },
  { "services_personnes", "87.10A", { "EHPAD {r}", "Résidence {r}" }, 2, 30, 90, "associatif", NULL,
    { { "Agent de service hospitalier", "J1301" }, { "Aide-soignant", "J1501" } } },
  { "services_personnes", "86.10Z", { "Hôpital local {dp}", NULL }, 1, 50, 320, "collectivite", NULL,
    { { "Agent de service hospitalier", "J1301" }, { "Aide-soignant", "J1501" }, { "Agent de restauration", "G1605" } } },
  { "services_personnes", "88.10A", { "ADMR {dp}", "Association d’aide à domicile {dp}" }, 2, 10, 60, "associatif", NULL,
    { { "Aide à domicile", "K1302" }, { "Agent d’entretien à domicile", "K1304" } } },
  { "services_personnes", "81.21Z", { "Nettoyage {n}", "Propreté du {l}" }, 2, 10, 50, NULL, NULL,
    { { "Agent de propreté", "K2204" } } },
  { "services_personnes", "88.91A", { "Crèche {r}", "Micro-crèche {n}" }, 1, 4, 15, "associatif", NULL,
    { { "Auxiliaire petite enfance", "K1303" } } },
  { "services_personnes", "84.11Z", { "Mairie {dp}", NULL }, 2, 5, 60, "collectivite", NULL,
    { { "Agent technique polyvalent", "I1203" }, { "Agent d’entretien des espaces verts", "A1203" },
      { "Agent d’entretien des locaux", "K2204" } } },
  { "industrie", "30.30Z", { "Ateliers aéronautiques {n}", "{n} Aéro Usinage" }, 1, 30, 450, NULL, NULL,
    { { "Opérateur sur machine d’usinage", "H2903" }, { "Ajusteur monteur", "H2901" }, { "Soudeur", "H2913" } } },
  { "industrie", "25.62B", { "Mécanique de précision {n}", "Usinage du {l}" }, 1, 10, 120, NULL, NULL,
    { { "Opérateur sur machine d’usinage", "H2903" }, { "Ajusteur monteur", "H2901" } } },
  { "industrie", "10.13B", { "Salaisons {n}", "Salaisons du {l}" }, 1, 15, 80, NULL, NULL,
    { { "Opérateur de production alimentaire", "H2102" } } },
  { "industrie", "10.51C", { "Fromagerie du {l}", NULL }, 1, 5, 40, NULL, NULL,
    { { "Opérateur de production alimentaire", "H2102" }, { "Agent de conditionnement", "H3302" } } },
  { "industrie", "16.23Z", { "Menuiserie {n}", "Menuiserie du {l}" }, 2, 2, 20, NULL, NULL,
    { { "Menuisier", "H2206" } } },
  { "industrie", "16.10A", { "Scierie {n}", NULL }, 1, 3, 25, NULL, NULL,
    { { "Opérateur de scierie", "H2202" }, { "Manutentionnaire", "N1105" } } },
  { "espaces_verts", "81.30Z", { "Paysages {n}", "Les Jardins du {l}" }, 2, 1, 15, NULL, "Pic d’activité au printemps",
    { { "Jardinier paysagiste", "A1203" } } },
  { "espaces_verts", "01.45Z", { "GAEC du {l}", "GAEC {n}" }, 3, 1, 6, NULL, "Agnelages et foins au printemps",
    { { "Agent agricole polyvalent", "A1416" }, { "Aide d’élevage", "A1403" } } },
  { "espaces_verts", "02.20Z", { "Exploitation forestière {n}", NULL }, 1, 1, 8, NULL, NULL,
    { { "Bûcheron", "A1201" } } },
  { "espaces_verts", "46.21Z", { "Coopérative agricole du {l}", NULL }, 1, 15, 60, NULL, "Moissons en juillet",
    { { "Magasinier", "N1103" }, { "Agent agricole polyvalent", "A1416" } } },
  { "espaces_verts", "01.30Z", { "Pépinières {n}", NULL }, 1, 3, 15, NULL, "Pic d’activité au printemps",
    { { "Horticulteur", "A1414" } } },
  { NULL }
};

/* The partners of a mission locale of the territory, the most common
 * first: a small demo takes the head of the list. */
const PslDemoPartner psl_demo_partners[] = {
  { "France Travail Figeac", "france_travail", "Figeac", "46100", "intermediation", NULL, TRUE },
  { "Cap emploi 46", "cap_emploi", "Cahors", "46000", "tutorat", "handicap sante", TRUE },
  { "CCAS de Figeac", "ccas", "Figeac", "46100", "gouvernance", "logement finances acces_droits", TRUE },
  { "Maison des solidarités départementales de Figeac", "departement", "Figeac", "46100", "gouvernance",
    "administratif acces_droits garde_enfants", TRUE },
  { "Chantier d’insertion Célé Environnement", "siae", "Bagnac-sur-Célé", "46270", "immersion", "qualification confiance", TRUE },
  { "GRETA Midi-Pyrénées Nord", "organisme_formation", "Figeac", "46100", "preparation", "langue qualification", FALSE },
  { "Point relais mobilité du Grand Figeac", "association", "Figeac", "46100", "co_traitance", "mobilite", FALSE },
  { "PLIE du Grand Figeac", "plie", "Figeac", "46100", "co_traitance", NULL, TRUE },
  { "Club d’entreprises du Grand Figeac", "club_entreprises", "Figeac", "46100", "decouverte", NULL, FALSE },
  { "CCI du Lot", "chambre", "Cahors", "46000", "decouverte", NULL, FALSE },
  { "Chambre de métiers et de l’artisanat du Lot", "chambre", "Cahors", "46000", "preparation", NULL, FALSE },
  { "Association intermédiaire Figeac Services", "siae", "Figeac", "46100", "immersion", "qualification", TRUE },
  { "Lot Intérim Insertion (ETTI)", "siae", "Figeac", "46100", "intermediation", NULL, FALSE },
  { "Centre médico-psychologique de Figeac", "sante", "Figeac", "46100", "tutorat", "sante confiance", TRUE },
  { "SPIP du Lot, antenne de Figeac", "autre", "Figeac", "46100", "tutorat", "justice", TRUE },
  { "Conseil départemental du Lot", "departement", "Cahors", "46000", "gouvernance", NULL, FALSE },
  { "DDETS du Lot", "financeur", "Cahors", "46000", "gouvernance", NULL, FALSE },
  { "Région Occitanie, Maison de Région de Figeac", "financeur", "Figeac", "46100", "gouvernance", NULL, FALSE },
  { "OPCO EP", "opco", "Toulouse", "31000", "preparation", NULL, FALSE },
  { "OPCO Mobilités", "opco", "Toulouse", "31000", "preparation", NULL, FALSE },
  { "Chambre d’agriculture du Lot", "chambre", "Cahors", "46000", "decouverte", NULL, FALSE },
  { "Mission locale Ouest Aveyron", "mission_locale", "Villefranche-de-Rouergue", "12200", "co_traitance", NULL, TRUE },
  { "CCAS de Capdenac-Gare", "ccas", "Capdenac-Gare", "12700", "gouvernance", "logement finances", TRUE },
  { "Secours populaire, comité de Figeac", "association", "Figeac", "46100", "mecenat", "finances", FALSE },
  { "Habitat jeunes du Grand Figeac", "association", "Figeac", "46100", "co_traitance", "logement", TRUE },
  { "Centre social et culturel de Figeac", "association", "Figeac", "46100", "decouverte", "garde_enfants confiance", FALSE },
  { "Lycée professionnel Champollion", "organisme_formation", "Figeac", "46100", "decouverte", NULL, FALSE },
  { "CFA interprofessionnel du Lot", "organisme_formation", "Cahors", "46000", "preparation", "qualification", FALSE },
  { NULL }
};

const PslDemoPartnerPattern psl_demo_partner_patterns[] = {
  { "CCAS {dp}", "ccas", "gouvernance" },
  { "Centre social {dp}", "association", "decouverte" },
  { "Maison France services {dp}", "autre", "co_traitance" },
  { "Foyer rural {dp}", "association", "decouverte" },
  { "Maison de santé {dp}", "sante", "tutorat" },
  { "Épicerie solidaire {dp}", "association", "mecenat" },
  { "Familles rurales {dp}", "association", "co_traitance" },
  { NULL }
};

const PslDemoJobTitle psl_demo_job_titles[] = {
  { "direction", NULL, "Gérant", "Gérante" },
  { "direction", NULL, "Directeur", "Directrice" },
  { "direction", NULL, "Chef d’entreprise", "Cheffe d’entreprise" },
  { "rh", NULL, "Responsable des ressources humaines", "Responsable des ressources humaines" },
  { "rh", NULL, "Chargé de recrutement", "Chargée de recrutement" },
  { "chef_site", NULL, "Chef d’équipe", "Cheffe d’équipe" },
  { "chef_site", "industrie", "Responsable de production", "Responsable de production" },
  { "chef_site", "btp", "Chef de chantier", "Cheffe de chantier" },
  { "chef_site", "tertiaire", "Responsable de magasin", "Responsable de magasin" },
  { "chef_site", "hotellerie_restauration", "Chef de cuisine", "Cheffe de cuisine" },
  { "chef_site", "services_personnes", "Responsable de secteur", "Responsable de secteur" },
  { "administratif", NULL, "Secrétaire", "Secrétaire" },
  { "administratif", NULL, "Assistant de direction", "Assistante de direction" },
  { "administratif", NULL, "Comptable", "Comptable" },
  /* at partners */
  { "autre", NULL, "Conseiller entreprises", "Conseillère entreprises" },
  { "autre", NULL, "Chargé de mission", "Chargée de mission" },
  { "autre", NULL, "Référent de parcours", "Référente de parcours" },
  { "autre", NULL, "Travailleur social", "Travailleuse sociale" },
  { "autre", NULL, "Formateur", "Formatrice" },
  { NULL }
};

const PslDemoExchange psl_demo_firm_exchanges[] = {
  { "Présenter la mission locale et ses services aux employeurs",
    "Intéressé, souhaite recevoir la plaquette", "Envoyer la plaquette et rappeler" },
  { "Faire le point sur les besoins de recrutement",
    "Deux postes à pourvoir avant l’été", "Envoyer les CV avec l’accord des candidats" },
  { "Proposer une immersion (PMSMP)",
    "Accord pour deux immersions d’une semaine", "Fixer les dates de l’immersion" },
  { "Préparer l’accueil d’un jeune en immersion",
    "Tuteur désigné, horaires et tenue précisés", "Envoyer la convention d’immersion" },
  { "Suivi d’une personne en poste",
    "Bonne intégration dans l’équipe, à confirmer à la fin de l’essai", "Faire le bilan de fin de période d’essai" },
  { "Invitation au petit-déjeuner d’entreprises",
    "Viendra avec son responsable de production", "Confirmer l’inscription" },
  { "Relayer une offre d’emploi",
    "Offre transmise, trois candidats à présenter", "Présenter les candidats retenus" },
  { "Préparer le job dating du printemps",
    "Participera avec deux postes à présenter", "Envoyer le programme du job dating" },
  { "Bilan de l’année écoulée",
    "Satisfait des jeunes accueillis, prêt à continuer", "Proposer une convention de partenariat" },
  { "Présenter un candidat",
    "Entretien fixé la semaine prochaine", "Préparer l’entretien avec le candidat" },
  { "Relance après une première prise de contact",
    "Pas de besoin pour l’instant, à recontacter après la saison", "Relancer après la saison" },
  { "Bilan d’une immersion",
    "Retour positif, embauche envisagée en CDD", "Étudier les aides à l’embauche possibles" },
  { "Informer sur l’apprentissage et ses aides",
    "Envisage un apprenti à la rentrée", "Mettre en relation avec le CFA" },
  { "Organiser une visite de l’entreprise avec un groupe de jeunes",
    "Visite de l’atelier acceptée pour huit jeunes", "Confirmer la date de la visite" },
  { "Médiation après une difficulté signalée par le tuteur",
    "Horaires revus, la situation s’apaise", "Refaire un point dans quinze jours" },
  { "Proposer de témoigner devant des jeunes",
    "Accepte d’intervenir à la réunion d’information", "Caler la date de l’intervention" },
  { "Point sur les clauses sociales du marché public",
    "Besoin de 600 heures d’insertion sur le chantier", "Proposer des candidats pour le chantier" },
  { "Remercier pour l’accueil d’un stagiaire",
    "Prêt à recommencer à l’automne", NULL },
  { NULL }
};

const PslDemoExchange psl_demo_partner_exchanges[] = {
  { "Réunion de coordination des parcours",
    "Situations de six jeunes revues ensemble", "Envoyer le compte rendu" },
  { "Orientation d’un jeune vers une formation",
    "Place réservée sur la prochaine session", "Confirmer l’inscription du jeune" },
  { "Demande d’aide à la mobilité",
    "Aide au permis accordée, début des leçons le mois prochain", "Suivre l’avancement du permis" },
  { "Point sur une situation de logement",
    "Dossier de logement temporaire déposé", "Relancer la commission d’attribution" },
  { "Préparation du comité de suivi",
    "Indicateurs de l’année transmis", "Envoyer le bilan chiffré" },
  { "Échange sur une offre partagée",
    "Deux candidats proposés chacun", NULL },
  { "Présentation d’un nouveau dispositif",
    "Information relayée aux conseillers", NULL },
  { NULL }
};

const PslDemoEvent psl_demo_events[] = {
  { "job_dating", "Job dating de l’aéronautique", "Espace Mitterrand, Figeac" },
  { "petit_dejeuner", "Petit-déjeuner des entreprises du Grand Figeac", "Hôtel de ville, Figeac" },
  { "forum", "Forum de l’emploi saisonnier", "Salle Balène, Figeac" },
  { "portes_ouvertes", "Portes ouvertes du chantier d’insertion", "Bagnac-sur-Célé" },
  { "visite_entreprise", "Visite d’une plateforme logistique avec un groupe de jeunes", "Capdenac-Gare" },
  { "reunion_information", "Réunion d’information sur l’apprentissage", "Mission locale, Figeac" },
  { "job_dating", "Job dating des services à la personne", "Salle des fêtes, Saint-Céré" },
  { "forum", "Forum des métiers du BTP", "Lycée Champollion, Figeac" },
  { "visite_entreprise", "Visite d’un atelier d’usinage", "Zone de l’Aiguille, Figeac" },
  { "reunion_information", "Réunion d’information sur les métiers de l’hôtellerie-restauration", "Antenne de Saint-Céré" },
  { NULL }
};

const PslDemoSensitive psl_demo_sensitive[] = {
  { "health", "Suivi médical en cours ; éviter le port de charges lourdes." },
  { "health", "Traitement au long cours, rendez-vous mensuels à prévoir dans l’emploi du temps." },
  { "disability", "Reconnaissance de la qualité de travailleur handicapé (RQTH) en cours de validité." },
  { "disability", "Dossier de RQTH déposé à la MDPH, en attente de réponse." },
  { "justice", "Mesure de justice en cours, suivie par le SPIP ; horaires de pointage à respecter." },
  { "benefit", "Allocataire du RSA." },
  { "benefit", "Bénéficiaire de l’allocation du contrat d’engagement jeune." },
  { "benefit", "Allocation aux adultes handicapés (AAH)." },
  { NULL }
};

const PslDemoLevelStep psl_demo_level_steps[] = {
  { "referencee", "Premier contact enregistré" },
  { "transactionnelle", "Première offre d’emploi transmise" },
  { "engagee", "Accueil d’une première immersion" },
  { "partenaire", "Opportunités sur plusieurs phases, interlocuteurs nommés de part et d’autre" },
  { "fidelisee", "Convention signée, ouverture aux publics les plus éloignés" },
  { "ambassadrice", "Témoigne auprès des autres entreprises au petit-déjeuner" },
  { NULL }
};

const char *const psl_demo_dormant_reasons[] = {
  "Plus de besoin depuis la reprise de l’entreprise",
  "Interlocuteur parti, à reprendre avec son successeur",
  "Activité saisonnière, à relancer au printemps",
  "Difficultés économiques, recrutements gelés",
  "Mauvaise expérience avec un précédent stagiaire, à renouer", NULL
};

const char *const psl_demo_hiring_needs[] = {
  "Recrute régulièrement pour la saison",
  "Un poste à pourvoir en CDI au printemps",
  "Départs en retraite à remplacer dans les deux ans",
  "Besoin ponctuel lors des surcroîts d’activité",
  "Prêt à former un apprenti", NULL
};

const char *const psl_demo_csr_commitments[] = {
  "Signataire de la charte de la diversité",
  "Engagée dans la démarche « Les entreprises s’engagent »",
  "Clauses sociales dans ses marchés publics",
  "Accueille des stagiaires de troisième chaque année", NULL
};

/* Said of a woman, then of a man: the words agree with the person. */
const char *const psl_demo_strengths_female[] = {
  "Ponctuelle, aime le travail manuel",
  "À l’aise avec le public, souriante",
  "Bonne condition physique, habituée au travail en extérieur",
  "Expérience des saisons (vendanges, restauration)",
  "Sérieuse et motivée, apprend vite",
  "Bricoleuse, a aidé dans l’exploitation familiale",
  "Patiente, a gardé des enfants dans sa famille", NULL
};

const char *const psl_demo_strengths_male[] = {
  "Ponctuel, aime le travail manuel",
  "À l’aise avec le public, souriant",
  "Bonne condition physique, habitué au travail en extérieur",
  "Expérience des saisons (vendanges, restauration)",
  "Sérieux et motivé, apprend vite",
  "Bricoleur, a aidé dans l’exploitation familiale",
  "Patient, a gardé des enfants dans sa famille", NULL
};

const char *const psl_demo_languages[] = {
  "Français", "Français", "Français", "Français, anglais", "Français, arabe",
  "Français, portugais", "Français, espagnol", "Arabe, français en cours d’apprentissage", NULL
};

const char *const psl_demo_person_steps[] = {
  "Mettre à jour son CV",
  "Venir aux rendez-vous mensuels",
  "S’inscrire au code de la route",
  "Réaliser une immersion dans le métier visé",
  "Ouvrir son espace personnel sur le site de France Travail",
  "Prendre rendez-vous avec l’assistante sociale",
  "Participer à l’atelier de recherche d’emploi", NULL
};

const char *const psl_demo_structure_steps[] = {
  "Rechercher une entreprise d’accueil pour une immersion",
  "Mobiliser l’aide au permis de conduire",
  "Orienter vers le CCAS pour l’aide au logement",
  "Proposer une formation qualifiante",
  "Présenter la candidature à un employeur partenaire", NULL
};

const char *const psl_demo_followup_notes[] = {
  "RAS, bien intégré dans l’équipe.",
  "Le tuteur est satisfait ; quelques retards le matin, à surveiller.",
  "Difficultés avec les horaires coupés, point prévu avec l’employeur.",
  "Très bonne implication, l’employeur parle de prolonger le contrat.",
  "Fatigue physique ressentie, poste aménagé pour deux semaines.",
  "Question sur la fiche de paie, expliquée avec la personne.", NULL
};

const char *const psl_demo_alert_actions[] = {
  "Rencontre tripartite avec le tuteur et la personne",
  "Appel à l’employeur et rendez-vous avec la personne dans la semaine",
  "Orientation vers le CCAS pour la question de logement",
  "Horaires réaménagés avec le responsable d’équipe", NULL
};

const char *const psl_demo_alert_resolutions[] = {
  "Horaires aménagés, situation apaisée",
  "Malentendu levé lors de la rencontre tripartite",
  "Solution de garde trouvée, retour à la normale", NULL
};

const char *const psl_demo_event_firm_outcomes[] = {
  "Deux entretiens programmés", "A rencontré six jeunes", "Une immersion proposée",
  "Intéressé pour la prochaine édition", NULL
};

const char *const psl_demo_event_person_outcomes[] = {
  "Entretien obtenu", "Immersion proposée", "A découvert le métier", "Absent", NULL
};

const char *const psl_demo_evaluation_comments[] = {
  "Relation suivie, interlocuteur disponible.",
  "Accueil de qualité, le tuteur prend le temps d’expliquer.",
  "Réponses lentes aux sollicitations, mais fiables.",
  "Entreprise très impliquée, à valoriser auprès des autres.",
  "Peu de retours après les immersions, à retravailler.", NULL
};

const char *const psl_demo_roadmaps[] = {
  "Deux immersions par trimestre et une visite annuelle avec un groupe",
  "Priorité aux jeunes du territoire sur les postes saisonniers",
  "Participation au jury des mises en situation professionnelle",
  "Orientation réciproque des publics et comité de suivi semestriel", NULL
};

const char *const psl_demo_review_summaries[] = {
  "Objectifs atteints, convention reconduite.",
  "Moins d’immersions que prévu ; relancer les tuteurs.",
  "Bonne dynamique, deux embauches en CDI sur l’année.", NULL
};

const char *const psl_demo_referral_notes[] = {
  "Orientation après l’inscription à France Travail",
  "Repérage par l’assistante sociale",
  "Fin de parcours en chantier d’insertion, projet à consolider",
  NULL
};

const char *const psl_demo_company_notes[] = {
  "Accueil des nouveaux le lundi matin ; prévoir des chaussures de sécurité.",
  "Préfère être appelé entre 13 h et 14 h.",
  "Le gérant part à la retraite l’an prochain : reprise en cours.",
  "Tuteur formé l’an dernier, très pédagogue.", NULL
};

const char *const psl_demo_person_notes[] = {
  "Préfère les SMS aux appels.",
  "Rendez-vous du lundi à décaler au mardi (garde d’enfants).",
  "Attend la réponse de l’auto-école sociale.",
  "A demandé à ne pas travailler le week-end pour le moment.", NULL
};

const char *const psl_demo_placement_notes[] = {
  "Horaires : 7 h – 14 h, du lundi au vendredi.",
  "Tenue de travail fournie par l’entreprise.",
  "Transport assuré par un collègue les premiers jours.", NULL
};

const char *const psl_demo_immersion_host_views[] = {
  "Toujours à l’heure, à l’écoute des consignes ; doit gagner en rapidité.",
  "Bon contact avec l’équipe et la clientèle.",
  "Beaucoup de motivation, pose les bonnes questions. Une recrue que nous reprendrions volontiers.",
  "Des difficultés avec les horaires du matin, le travail est soigné.",
  "A besoin d’encouragements, progresse vite quand on lui explique.", NULL
};

const char *const psl_demo_immersion_person_views[] = {
  "Le métier me plaît, je voudrais continuer.",
  "C’est plus physique que je ne pensais.",
  "J’ai aimé l’équipe, j’aimerais faire une formation.",
  "Je ne sais pas encore si c’est pour moi.", NULL
};

const char *const psl_demo_partner_notes[] = {
  "Permanence le jeudi matin à l’antenne de Figeac.",
  "Comité de suivi tous les six mois.",
  "Interlocutrice habituelle à temps partiel, passer par l’accueil le mercredi.", NULL
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
