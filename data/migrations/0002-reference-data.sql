-- Reference lists shipped with Passerelle (French labels, editable).
-- Codes are stable identifiers; labels may be changed by the user.

INSERT INTO ref_list (code, label, editable) VALUES ('phase', 'Phases du parcours', 0);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('a23705d9-a7f8-5037-84c8-1bfb95ccc8cd', 'phase', '1', 'Orientation / découverte des métiers', NULL, '', 0, 0),
  ('d218f459-7810-5bac-8492-5d81bf37e56b', 'phase', '2', 'Confirmation du projet (stage, immersion)', NULL, '', 1, 0),
  ('fa34b19b-0237-50d4-8c9f-946c8e76b0c7', 'phase', '3', 'Formation en alternance', NULL, '', 2, 0),
  ('229aa204-acbf-5e86-8637-bf618556b4c0', 'phase', '4', 'Emploi', NULL, '', 3, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('sector', 'Secteurs d''activité', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('e8da6f07-1105-5b6d-8edf-163ad84671e7', 'sector', 'tertiaire', 'Tertiaire (commerce, administratif…)', NULL, '', 0, 0),
  ('d1f27bfb-44bc-5154-afbb-04ba887e5508', 'sector', 'btp', 'BTP', NULL, '', 1, 0),
  ('ebbb24cd-c3e1-5c38-b092-27bc259d8380', 'sector', 'hotellerie_restauration', 'Hôtellerie-restauration', NULL, '', 2, 0),
  ('e85ed523-29d6-5c14-bc07-c29828284e6c', 'sector', 'transport_logistique', 'Transport-logistique', NULL, '', 3, 0),
  ('bad94a9b-292a-5ec4-bdca-8659a3aa4838', 'sector', 'services_personnes', 'Services aux personnes et aux collectivités', NULL, '', 4, 0),
  ('9a28d0b4-d7e9-5286-97c4-69c93fed5bcb', 'sector', 'industrie', 'Industrie', NULL, '', 5, 0),
  ('557da30a-1e62-5ccb-b1dd-917b9b7d260b', 'sector', 'espaces_verts', 'Espaces verts, agriculture, environnement', NULL, '', 6, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('company_size', 'Types d''entreprise', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('539637fc-4f9b-5a91-a5a9-6d6749fd2bdf', 'company_size', 'tpe', 'TPE (moins de 10)', NULL, '', 0, 0),
  ('ba759d73-f1ef-5154-a426-77bae2e5f2bd', 'company_size', 'pme', 'PMI-PME', NULL, '', 1, 0),
  ('ce20b98c-f374-5908-837f-4faf21f2999e', 'company_size', 'grande', 'Grande entreprise (+200 personnes)', NULL, '', 2, 0),
  ('397a25eb-f0ff-5571-87a8-85b9c2cbecf3', 'company_size', 'associatif', 'Associatif', NULL, '', 3, 0),
  ('5a71b605-5c26-5216-80e3-e996efcfed10', 'company_size', 'collectivite', 'Collectivité publique', NULL, '', 4, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('first_contact_origin', 'Origine du premier contact', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('58d85a15-327c-5c90-bfa9-0c4bfb0cdaeb', 'first_contact_origin', 'prospection', 'Sortant : prospection', NULL, '', 0, 0),
  ('ecc9ee94-3c45-5340-aa94-a314c2380b4b', 'first_contact_origin', 'forum', 'Sortant : forum, salon', NULL, '', 1, 0),
  ('39e1489e-61d9-5fc7-846c-416f8dd55489', 'first_contact_origin', 'visite', 'Sortant : visite', NULL, '', 2, 0),
  ('8d0e8aef-7711-533a-b709-c3d109bd8ed7', 'first_contact_origin', 'offre', 'Entrant : offre d''emploi', NULL, '', 3, 0),
  ('bfbd47e8-0444-5a9c-8d85-6fd220b9dd2d', 'first_contact_origin', 'reseau', 'Entrant : recommandation, réseau', NULL, '', 4, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('partnership_level', 'Niveaux de partenariat', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('2c5b26a2-4d6c-5943-8c6c-0e6bc78b8804', 'partnership_level', 'referencee', 'Référencée', NULL, '', 0, 0),
  ('1a3b5df8-1adf-5213-969d-c25d76e34daa', 'partnership_level', 'transactionnelle', 'Transactionnelle (offres d''emploi seulement)', NULL, '', 1, 0),
  ('d9fde940-4773-5eae-b65a-069ccb5644e5', 'partnership_level', 'engagee', 'Engagée (une opportunité hors emploi)', NULL, '', 2, 0),
  ('bcca1eb6-5b6d-524a-876d-fba79a838b75', 'partnership_level', 'partenaire', 'Partenaire (plusieurs phases, interlocuteurs nommés)', NULL, '', 3, 0),
  ('65e9dddb-e993-5078-8cf0-526455fb93bc', 'partnership_level', 'fidelisee', 'Fidélisée (partenariat formalisé, ouverture aux publics discriminés)', NULL, '', 4, 0),
  ('1b66503d-91e2-53c7-bf4a-824a0dc68197', 'partnership_level', 'ambassadrice', 'Ambassadrice (témoigne auprès des pairs)', NULL, '', 5, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('contact_role', 'Fonctions des interlocuteurs', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('e0660bad-b073-5ffe-9b62-59984fed6095', 'contact_role', 'direction', 'Direction', NULL, '', 0, 0),
  ('d58e5970-3189-5ccb-8822-e545de1b2e45', 'contact_role', 'rh', 'Ressources humaines', NULL, '', 1, 0),
  ('8c4b0a6d-420b-546e-a985-ce137ad46301', 'contact_role', 'chef_site', 'Responsable de site, chef d''équipe', NULL, '', 2, 0),
  ('d563de9f-a71d-5fb2-980b-3f1526d5d6f1', 'contact_role', 'tuteur', 'Tuteur, tutrice', NULL, '', 3, 0),
  ('bdc27c77-d7f3-5a7a-b78c-16839a20f400', 'contact_role', 'administratif', 'Administratif', NULL, '', 4, 0),
  ('3e15cedb-8388-5c60-a2b5-1c3b8d108e45', 'contact_role', 'autre', 'Autre', NULL, '', 5, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('interaction_kind', 'Types d''échanges', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('37780429-6f3c-5cf3-bbc7-9bba500a82f3', 'interaction_kind', 'visite', 'Visite', NULL, '', 0, 0),
  ('9a19f174-0172-537f-861c-d1425b0ce563', 'interaction_kind', 'appel', 'Appel téléphonique', NULL, '', 1, 0),
  ('416ec818-c099-5e73-bb97-901fa560660a', 'interaction_kind', 'courriel', 'Courriel', NULL, '', 2, 0),
  ('c78e75da-b74c-5900-b002-d24e7d3d59da', 'interaction_kind', 'courrier', 'Courrier', NULL, '', 3, 0),
  ('424ad796-7c84-5bb4-9b6c-d81b0adc5632', 'interaction_kind', 'evenement', 'Événement', NULL, '', 4, 0),
  ('20479015-c1cf-5190-b055-c3d5e647690a', 'interaction_kind', 'rencontre', 'Rencontre au bureau', NULL, '', 5, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('event_kind', 'Types d''événements', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('bf9665ed-b244-5e7b-be6e-c4a2181f8bec', 'event_kind', 'job_dating', 'Job dating', NULL, '', 0, 0),
  ('2881a75c-985d-5f29-a859-619cbf7e763d', 'event_kind', 'petit_dejeuner', 'Petit-déjeuner d''entreprises', NULL, '', 1, 0),
  ('de5768cd-8927-5060-b365-a909ab0b107e', 'event_kind', 'forum', 'Forum, salon', NULL, '', 2, 0),
  ('52f56326-01d4-5bda-8153-661f0b2315ee', 'event_kind', 'portes_ouvertes', 'Journée portes ouvertes', NULL, '', 3, 0),
  ('7cc5edaa-f7b1-5d28-8a6f-0f4369ffc1a1', 'event_kind', 'reunion_information', 'Réunion d''information', NULL, '', 4, 0),
  ('44514940-6dce-5839-9454-9b4b01e0bc63', 'event_kind', 'visite_entreprise', 'Visite d''entreprise avec des personnes accompagnées', NULL, '', 5, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('opportunity_origin', 'Origine des opportunités', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('a6714f5f-d4b6-5f38-a446-d046ea19a935', 'opportunity_origin', 'relation', 'Relation existante', NULL, '', 0, 0),
  ('01b6de33-bbc1-55c9-926c-887971eeabcb', 'opportunity_origin', 'action_negociee', 'Action négociée', NULL, '', 1, 0),
  ('c8f1aa19-2c2c-5d76-9031-6e838b8e3a0d', 'opportunity_origin', 'accord_local', 'Accord local', NULL, '', 2, 0),
  ('fcecbf50-aa83-5a5b-b586-da2fa7915c36', 'opportunity_origin', 'evenement', 'Événement', NULL, '', 3, 0),
  ('954758a4-b048-5fca-8759-9f27bd81b7ed', 'opportunity_origin', 'autre', 'Autre', NULL, '', 4, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('opportunity_subtype', 'Sous-types d''opportunités', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('65cafec1-561f-5c48-943e-4bd6eabc0a7c', 'opportunity_subtype', 'visite', 'Visite d''entreprise', '1', '', 0, 0),
  ('44b2b9a7-f295-55fe-9f18-bb3bc22475ac', 'opportunity_subtype', 'rencontre_pro', 'Rencontre d''un professionnel', '1', '', 1, 0),
  ('741b3e9b-cae3-571e-9036-a91c120e9889', 'opportunity_subtype', 'info', 'Réunion d''information', '1', '', 2, 0),
  ('ef0f5f9c-fbdc-5232-a5b2-1591353af300', 'opportunity_subtype', 'stage', 'Stage', '2', '', 3, 0),
  ('2ed8de80-994b-5b84-9d1d-6a96e5fee4c9', 'opportunity_subtype', 'pmsmp', 'Immersion (PMSMP)', '2', '', 4, 0),
  ('61ecc56b-df6a-5167-9593-6478a390f27f', 'opportunity_subtype', 'apprentissage', 'Contrat d''apprentissage', '3', '', 5, 0),
  ('3befb67d-5647-54e5-81b0-56dd3e9dd343', 'opportunity_subtype', 'professionnalisation', 'Contrat de professionnalisation', '3', '', 6, 0),
  ('e8f6e7d8-3380-5bcb-a54c-67ea45d4ec46', 'opportunity_subtype', 'cdd', 'CDD', '4', '', 7, 0),
  ('7dfae6cd-6a3e-573d-a689-b2cb7f915843', 'opportunity_subtype', 'cdi', 'CDI', '4', '', 8, 0),
  ('a0bff358-9004-57b3-b815-1e700bbf6071', 'opportunity_subtype', 'interim', 'Mission d''intérim', '4', '', 9, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('contract_type', 'Types de contrat', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('3e39a7e8-4fcf-57bd-9d1e-c94bbbbd798c', 'contract_type', 'cdi', 'CDI', NULL, 'FR', 0, 0),
  ('df78ca13-3aca-5d39-92a9-2264e75de81d', 'contract_type', 'cdd', 'CDD', NULL, 'FR', 1, 0),
  ('a380d016-e1d8-5719-93af-d07f2eee20c0', 'contract_type', 'cddi', 'CDDI (insertion)', NULL, 'FR', 2, 0),
  ('f7c16aa8-a6ca-51fe-8efc-5c40ef6f7f9c', 'contract_type', 'interim', 'Intérim', NULL, 'FR', 3, 0),
  ('c4a43de0-4098-55bd-8232-b4d1d97c0a04', 'contract_type', 'mission_insertion', 'Mission d''intérim d''insertion', NULL, 'FR', 4, 0),
  ('cbc2281b-155c-5c7d-b3a1-657bfe8b2c26', 'contract_type', 'pec', 'CUI / Parcours emploi compétences', NULL, 'FR', 5, 0),
  ('31f5a1a9-e285-5c31-a849-9b106488053d', 'contract_type', 'apprentissage', 'Contrat d''apprentissage', NULL, 'FR', 6, 0),
  ('045e0881-3a6b-5fdf-ae2a-8f50321a2f40', 'contract_type', 'professionnalisation', 'Contrat de professionnalisation', NULL, 'FR', 7, 0),
  ('e6f54146-4b5d-515e-8332-33583f2f36a6', 'contract_type', 'pmsmp', 'Stage / immersion (PMSMP)', NULL, 'FR', 8, 0),
  ('429c1e6d-4af4-5bef-b448-a3f5eb47c00e', 'contract_type', 'be_cdi', 'Contrat à durée indéterminée', NULL, 'BE', 9, 0),
  ('b9fe6534-3ead-5782-a0b5-dc43ade0647b', 'contract_type', 'be_cdd', 'Contrat à durée déterminée', NULL, 'BE', 10, 0),
  ('8a21fadd-79ca-5ec5-a32d-5d89a7951ea3', 'contract_type', 'be_interim', 'Intérim', NULL, 'BE', 11, 0),
  ('769ae1e0-7a4f-5617-877d-c34162d15434', 'contract_type', 'article60', 'Article 60 §7', NULL, 'BE', 12, 0),
  ('27b3f6ec-1e03-52f2-ae3e-5efcd5745550', 'contract_type', 'article61', 'Article 61', NULL, 'BE', 13, 0),
  ('a6ce64eb-bfab-5ee3-9ed4-03da4cb207d8', 'contract_type', 'activa', 'Activa', NULL, 'BE', 14, 0),
  ('715928c8-0e01-5f91-86f2-d70d12d1211b', 'contract_type', 'titres_services', 'Titres-services', NULL, 'BE', 15, 0),
  ('1ac4df0a-53eb-5e57-9695-ca8fbb8d49f7', 'contract_type', 'be_alternance', 'Formation en alternance', NULL, 'BE', 16, 0),
  ('d15d637c-3587-5b45-8f04-3c86a87d66ce', 'contract_type', 'be_stage', 'Stage en entreprise', NULL, 'BE', 17, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('barrier', 'Freins périphériques', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('9f7795b8-2c71-5dc9-b425-7be211ad435a', 'barrier', 'mobilite', 'Mobilité', NULL, '', 0, 0),
  ('f4c7e715-a205-5415-be80-d936b376acc6', 'barrier', 'logement', 'Logement', NULL, '', 1, 0),
  ('d29859f4-6668-5660-8ca4-204f4d2dad97', 'barrier', 'sante', 'Santé', NULL, '', 2, 1),
  ('f8283199-ebcf-51c0-a5bd-85b4d12820fc', 'barrier', 'garde_enfants', 'Garde d''enfants', NULL, '', 3, 0),
  ('ef9eaa9e-7f31-5e67-939d-70a46b7d3d59', 'barrier', 'finances', 'Surendettement, finances', NULL, '', 4, 0),
  ('a5ddf672-e250-53bc-b821-4dd3afbaf9ba', 'barrier', 'justice', 'Justice', NULL, '', 5, 1),
  ('b99a92a9-2f0f-5995-8fef-c465296d724d', 'barrier', 'langue', 'Langue, illettrisme', NULL, '', 6, 0),
  ('df2c5655-fd07-52c2-b48e-cdd03afef138', 'barrier', 'qualification', 'Qualification', NULL, '', 7, 0),
  ('1cc53e1d-a811-5365-a2b2-745c6d0689af', 'barrier', 'confiance', 'Confiance en soi, isolement', NULL, '', 8, 0),
  ('891b858d-949d-5bce-aba1-81b68479a62a', 'barrier', 'acces_droits', 'Accès aux droits', NULL, '', 9, 0),
  ('5e11b1c0-8e86-56af-abc7-4be4b1525e6d', 'barrier', 'handicap', 'Handicap', NULL, '', 10, 1),
  ('6f91724d-d1b3-5ab6-a28a-a4fcbaf56442', 'barrier', 'administratif', 'Situation administrative', NULL, '', 11, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('competence_group', 'Groupes de compétences', 0);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('130fd451-68f0-5da9-9d87-755eb70b2fd5', 'competence_group', 'technicite', 'Technicité', NULL, '', 0, 0),
  ('714c7e9b-3922-5fd3-b76d-edb413c3ccba', 'competence_group', 'organisation', 'Organisation', NULL, '', 1, 0),
  ('0a84a789-3c8d-5ee3-807f-2db77e1c4c74', 'competence_group', 'environnement', 'Environnement professionnel', NULL, '', 2, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('competence', 'Référentiel de compétences', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('08ec0200-caa5-5fff-963f-49bda1652ea7', 'competence', 'pictogrammes', 'Lire des pictogrammes, des schémas, des codes couleurs', 'technicite', '', 0, 0),
  ('cfb2d7e3-4666-52de-8d7d-54aa1fd136f5', 'competence', 'lire_ecrire_compter', 'Lire, écrire, compter', 'technicite', '', 1, 0),
  ('c0a890c4-f99f-5675-b44d-9863eb4c5dbd', 'competence', 'gestes_techniques', 'Maîtriser les gestes techniques', 'technicite', '', 2, 0),
  ('11b4f1a6-a072-564c-b70b-2b311b4a6cc1', 'competence', 'memorisation', 'Mémoriser', 'technicite', '', 3, 0),
  ('e54201f5-3491-54a2-9603-85e27bef58a1', 'competence', 'outils_numeriques', 'Utiliser les outils numériques', 'technicite', '', 4, 0),
  ('ec93c25f-03c3-505e-a700-d8e8e1d84d48', 'competence', 'travail_seul', 'Travailler seul', 'organisation', '', 5, 0),
  ('f19349e8-96c9-50e4-bcd6-b8f68955fd2f', 'competence', 'travail_equipe', 'Travailler en équipe', 'organisation', '', 6, 0),
  ('219d332f-6aff-5d61-97ba-e0a75774753a', 'competence', 'transmettre_information', 'Transmettre l''information', 'organisation', '', 7, 0),
  ('e67d4b26-5636-50a8-b4c3-7f5f5b16b75f', 'competence', 'imprevu', 'Intégrer l''imprévu', 'organisation', '', 8, 0),
  ('f9765cf2-233a-5e47-8e42-da748e23e0ce', 'competence', 'horaires', 'Respecter les horaires', 'organisation', '', 9, 0),
  ('ed18a7af-768c-5b2a-9f0c-9f622b9f6908', 'competence', 'temps_production', 'Respecter le temps de production', 'organisation', '', 10, 0),
  ('d2747680-7de3-56dc-98c0-b6c64317c814', 'competence', 'precision', 'Précision', 'environnement', '', 11, 0),
  ('47edf1ac-1e03-5245-8cce-45639e017b2f', 'competence', 'consignes', 'Respect des consignes', 'environnement', '', 12, 0),
  ('8a2d3dfc-2111-53dd-82b6-ea5ac137b39e', 'competence', 'resistance_physique', 'Résistance physique', 'environnement', '', 13, 0),
  ('6c91af2d-ad8e-5582-ba3d-0612d2278060', 'competence', 'resistance_morale', 'Résistance morale', 'environnement', '', 14, 0),
  ('58e8fc6b-611e-526e-91cd-17f14ce583da', 'competence', 'relation_clientele', 'Relation clientèle', 'environnement', '', 15, 0),
  ('70779716-6978-5288-817c-b098a71179e8', 'competence', 'qualite_prestation', 'Qualité de la prestation', 'environnement', '', 16, 0),
  ('da64a31e-906f-519e-8109-442459bdcb57', 'competence', 'image_soi', 'Image professionnelle de soi', 'environnement', '', 17, 0),
  ('cba087ba-e130-5aa0-b552-c912e6fe283e', 'competence', 'disponibilite', 'Disponibilité', 'environnement', '', 18, 0),
  ('3ae49c62-d167-5056-be43-b7e4fdcb828b', 'competence', 'mobilite', 'Mobilité', 'environnement', '', 19, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('weakening_factor', 'Facteurs de fragilisation de la relation d''emploi', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('44379c8f-d7dd-5bd7-bac2-7e8813f6d70b', 'weakening_factor', 'vie_personnelle', 'La vie personnelle prend le pas sur le travail', NULL, '', 0, 0),
  ('c4119a26-2c2d-5458-be4b-2bcae6781728', 'weakening_factor', 'perte_reperes', 'Perte des repères sur les habitudes de travail', NULL, '', 1, 0),
  ('a988407d-6c16-5fbc-89e6-9919d9bdd048', 'weakening_factor', 'lire_ecrire', 'Difficultés de lecture, d''écriture', NULL, '', 2, 0),
  ('078cef7b-2771-5fd0-8805-d947d32119e7', 'weakening_factor', 'seul_equipe', 'Travail seul ou en équipe mal vécu', NULL, '', 3, 0),
  ('3803045c-8950-5e30-a6f4-36f5462dc67c', 'weakening_factor', 'usure_physique', 'Usure physique', NULL, '', 4, 0),
  ('76e7d9e7-468c-5c8e-9e5d-c72a5bc7fb09', 'weakening_factor', 'usure_morale', 'Usure morale', NULL, '', 5, 0),
  ('13b0fbf5-6545-5525-9dcd-0775f250f8ae', 'weakening_factor', 'integration_tronquee', 'Période d''intégration tronquée', NULL, '', 6, 0),
  ('06765975-f6d1-5038-8823-c3dc7e5b2b75', 'weakening_factor', 'formation_differee', 'Formation différée', NULL, '', 7, 0),
  ('2c5ee5ed-080f-5d6e-8af2-51b72333c5c7', 'weakening_factor', 'equipe_non_preparee', 'Équipe non préparée à l''accueil', NULL, '', 8, 0),
  ('612f72ee-fe79-52ed-9d3f-0ced4cd4f7fb', 'weakening_factor', 'encadrement_immediat', 'Encadrement centré sur la production immédiate', NULL, '', 9, 0),
  ('da969846-2c62-54b9-84b0-9b52428a1b39', 'weakening_factor', 'non_dits', 'Problèmes non dits', NULL, '', 10, 0),
  ('6880c9f1-2cf9-5564-9ac9-37959b63a12c', 'weakening_factor', 'horaires_penibilite', 'Horaires ignorant la pénibilité', NULL, '', 11, 0),
  ('24c849e8-5fbb-59eb-99e1-2099a4cbd7d3', 'weakening_factor', 'temps_salaire', 'Déséquilibre entre temps de travail et salaire', NULL, '', 12, 0),
  ('93d049c8-5352-511a-95e1-f7713ad7da7f', 'weakening_factor', 'site_client', 'Travail délégué sur le site d''un client', NULL, '', 13, 0),
  ('40b8ecf3-414b-5fec-88ab-01954573aecb', 'weakening_factor', 'qualite_subjective', 'Critères de qualité subjectifs', NULL, '', 14, 0),
  ('cef3c7e5-2f8a-5108-9c93-10ef753d55f6', 'weakening_factor', 'disponibilite_large', '« Disponibilité » ou « mobilité » attendues sans limite', NULL, '', 15, 0),
  ('e4ac9637-6ebb-55fd-a37d-05724d35d2d1', 'weakening_factor', 'apparence', 'Critères d''apparence', NULL, '', 16, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('response', 'Réponses apportées', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('eca05e8d-041c-5a5e-bf9a-bc130a87c3a0', 'response', 'lever_freins', 'Accompagnement personnel : lever les freins', NULL, '', 0, 0),
  ('b6cd4b65-4c3f-54de-bfe6-77993563e9dd', 'response', 'interface', 'Interface entre la personne et l''entreprise', NULL, '', 1, 0),
  ('ad61faec-238a-5839-86b8-27b250303864', 'response', 'mediation_familiale', 'Médiation familiale', NULL, '', 2, 0),
  ('dcb3085e-2ad7-5189-8268-5d3e9f9584f1', 'response', 'informer_former', 'Informer, former, mettre en situation', NULL, '', 3, 0),
  ('b0c55620-b0c0-5991-84da-4ba32a592b5e', 'response', 'securiser_recrutement', 'Sécuriser le recrutement (repérer les savoir-être)', NULL, '', 4, 0),
  ('f55c922b-39bc-5e4b-bb26-196f06a38b1e', 'response', 'pratiques_rh', 'Nouvelles pratiques RH (période d''intégration, sensibiliser l''encadrement)', NULL, '', 5, 0),
  ('8c155386-8741-56b7-80a7-9ea02734dbea', 'response', 'intervention_entreprise', 'Intervention dans l''entreprise', NULL, '', 6, 0),
  ('2773d653-5a12-52d1-b339-b1b2f29f11d8', 'response', 'alerter_entreprise', 'Alerter l''entreprise', NULL, '', 7, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('rupture_cause', 'Causes de rupture', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('5c42283b-eb6b-5473-9463-aebbb56c37cf', 'rupture_cause', 'comportement', 'Comportement', NULL, '', 0, 0),
  ('fd83585a-a199-5ff8-9660-e7d534f611a1', 'rupture_cause', 'integration_equipe', 'Intégration dans l''équipe', NULL, '', 1, 0),
  ('103348a7-7d6c-5532-87ed-17b02b81c629', 'rupture_cause', 'sante_handicap', 'Santé, handicap', NULL, '', 2, 0),
  ('7c8a4a6f-3d1d-5104-abbc-b50be9f72762', 'rupture_cause', 'fin_non_preparee', 'Fin non préparée', NULL, '', 3, 0),
  ('0959c89c-292c-56d4-8f14-9dbbc33ff17a', 'rupture_cause', 'trop_apprendre', 'Trop à apprendre à la fois', NULL, '', 4, 0),
  ('0c8fe6ea-9e83-51eb-8d50-08c054cd7cae', 'rupture_cause', 'lenteur', 'Lenteur', NULL, '', 5, 0),
  ('7e81e06c-2d65-53b1-b978-65f008efc698', 'rupture_cause', 'rejet_collegues', 'Rejet par les collègues', NULL, '', 6, 0),
  ('08cf026f-9a45-5107-8779-c9f9b0d89949', 'rupture_cause', 'abandon_formation', 'Abandon de la formation', NULL, '', 7, 0),
  ('bbf3e8c4-44c1-59eb-b786-0e3630eb2c9b', 'rupture_cause', 'fin_periode_essai_employeur', 'Fin de la période d''essai par l''employeur', NULL, '', 8, 0),
  ('4054c528-6bb9-5949-a7c0-b9792b9918d0', 'rupture_cause', 'demission', 'Démission de la personne', NULL, '', 9, 0),
  ('cdfeb2e2-8ce4-5340-8a99-a9a75b034425', 'rupture_cause', 'fin_contrat', 'Fin de contrat', NULL, '', 10, 0),
  ('7bfc0eac-0e15-5f49-bd0c-f94b27c064be', 'rupture_cause', 'autre', 'Autre', NULL, '', 11, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('outcome', 'Situations à la sortie', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('f33fbb06-2c3c-5c7c-99d6-d4b68cd0115a', 'outcome', 'emploi_durable', 'Emploi durable (CDI ou CDD de 6 mois et plus)', NULL, '', 0, 0),
  ('6c043a8a-3abb-5fc7-829c-ba470a66b7fa', 'outcome', 'emploi_transition', 'Emploi de transition (CDD de moins de 6 mois, intérim, contrat aidé)', NULL, '', 1, 0),
  ('fb68871a-b586-56cf-890c-c3c9e2b6e53c', 'outcome', 'formation_qualifiante', 'Formation qualifiante', NULL, '', 2, 0),
  ('fe4f0d08-37e7-503c-a415-efd95b0825e8', 'outcome', 'sortie_positive', 'Autre sortie positive', NULL, '', 3, 0),
  ('95043451-ef71-5e73-ad4a-bc41e2859cdf', 'outcome', 'poursuite_parcours', 'Poursuite de parcours', NULL, '', 4, 0),
  ('f220c364-fd5b-586b-98b0-a44d3b510b4e', 'outcome', 'demandeur_emploi', 'Demandeur d''emploi', NULL, '', 5, 0),
  ('b50981a7-3577-5c4b-9f3b-4154b12ac5a2', 'outcome', 'autre', 'Autre, sans nouvelles', NULL, '', 6, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('cooperation_type', 'Types de coopération', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('d71ece8d-9e58-51aa-ac1c-508b9f349348', 'cooperation_type', 'decouverte', 'Découverte des métiers (visites, petits-déjeuners, forums)', NULL, '', 0, 0),
  ('844a6ad8-4db3-5f64-b755-0e3d608c69f1', 'cooperation_type', 'immersion', 'Immersion', NULL, '', 1, 0),
  ('fc941e42-5931-54bb-a77b-34929403349c', 'cooperation_type', 'certification', 'Certification des compétences avec jurys d''entreprises', NULL, '', 2, 0),
  ('17bc0489-2439-51d3-aa8a-d98e76512b85', 'cooperation_type', 'preparation', 'Formation préqualifiante', NULL, '', 3, 0),
  ('a6b67bbe-a65f-5a08-88eb-7259378a4d18', 'cooperation_type', 'intermediation', 'Job dating, intermédiation', NULL, '', 4, 0),
  ('68f8ff35-41e1-5c75-9b75-ab33fdb137c2', 'cooperation_type', 'tutorat', 'Parrainage, tutorat, suivi dans l''emploi', NULL, '', 5, 0),
  ('5f53609f-2104-5780-8c89-bbe352bfbdb8', 'cooperation_type', 'sous_traitance', 'Sous-traitance', NULL, '', 6, 0),
  ('569311df-1b65-531b-9f4c-d75d0f105efb', 'cooperation_type', 'co_traitance', 'Co-traitance', NULL, '', 7, 0),
  ('7519e7d0-899d-57d2-ad6f-c9c9b6f44fa7', 'cooperation_type', 'clauses_sociales', 'Clauses sociales dans les marchés publics', NULL, '', 8, 0),
  ('0c3d28c5-d08f-5b06-9431-6fcbf0c40211', 'cooperation_type', 'achats_responsables', 'Prestations de services et achats responsables', NULL, '', 9, 0),
  ('6c7f7966-4693-5c77-adc5-be92123114ca', 'cooperation_type', 'creation_activite', 'Création commune d''une activité', NULL, '', 10, 0),
  ('38fabb12-b353-5e8a-9655-053c29831468', 'cooperation_type', 'mecenat', 'Mécénat', NULL, '', 11, 0),
  ('5db2c89c-d8fd-5bfd-8035-64f66f48df29', 'cooperation_type', 'gouvernance', 'Gouvernance', NULL, '', 12, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('instrument', 'Formes du partenariat', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('770350ad-a127-5c20-b23d-60912088e83f', 'instrument', 'aucun', 'Sans formalisation', NULL, '', 0, 0),
  ('539705a2-f4d1-5bec-aa95-2abd999c278b', 'instrument', 'charte', 'Charte', NULL, '', 1, 0),
  ('473ca98b-0c56-577f-baaf-f53040b5811b', 'instrument', 'convention', 'Convention', NULL, '', 2, 0),
  ('546c19f5-6f59-5b81-bcc7-652548d0728a', 'instrument', 'accord_pluriannuel', 'Accord pluriannuel', NULL, '', 3, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('partner_kind', 'Types de structures partenaires', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('843a20af-bc1a-52dd-b8a1-9cb397c0a854', 'partner_kind', 'france_travail', 'France Travail', NULL, 'FR', 0, 0),
  ('f47f5036-a826-51d3-97c8-1bf2cc4d9cdb', 'partner_kind', 'forem', 'Le Forem / Actiris / VDAB', NULL, 'BE', 1, 0),
  ('bb7d0cf0-3bea-5474-bba2-626bffffea32', 'partner_kind', 'mission_locale', 'Mission locale', NULL, 'FR', 2, 0),
  ('f345cb37-e97c-54c1-8ce0-f24dea3636bb', 'partner_kind', 'cap_emploi', 'Cap emploi', NULL, 'FR', 3, 0),
  ('a007d79b-3a98-5d9b-b5d5-f0de472598c2', 'partner_kind', 'plie', 'PLIE', NULL, 'FR', 4, 0),
  ('07096819-e31b-53a1-ba5f-1c10c8f77c06', 'partner_kind', 'ccas', 'CCAS', NULL, 'FR', 5, 0),
  ('5afdd1a9-e52f-5a50-9fc9-b9091989eadd', 'partner_kind', 'cpas', 'CPAS', NULL, 'BE', 6, 0),
  ('a6152ff3-f504-580a-8492-00aed3e19889', 'partner_kind', 'siae', 'SIAE', NULL, '', 7, 0),
  ('33f48b0a-2e49-5edb-b11b-d3f6e90b0fd0', 'partner_kind', 'organisme_formation', 'Organisme de formation', NULL, '', 8, 0),
  ('06837c62-6b51-5bb4-a40d-d4b89217986c', 'partner_kind', 'opco', 'OPCO', NULL, 'FR', 9, 0),
  ('cca9ddfb-dc9f-5dea-b878-f9c5a693827b', 'partner_kind', 'chambre', 'Chambre consulaire', NULL, '', 10, 0),
  ('1b9df4b2-cd76-5f75-a901-21ff2077483a', 'partner_kind', 'club_entreprises', 'Club d''entreprises', NULL, '', 11, 0),
  ('7140d69b-d3c3-5fbc-be98-c55cf5ab3529', 'partner_kind', 'financeur', 'Financeur', NULL, '', 12, 0),
  ('3894ebcf-3acf-5551-98c4-fa4fb08beeaf', 'partner_kind', 'departement', 'Conseil départemental', NULL, 'FR', 13, 0),
  ('3ca340bd-95de-59e4-b2c6-4280d13ce032', 'partner_kind', 'association', 'Association', NULL, '', 14, 0),
  ('c0ad7061-f62d-59db-b286-e13b5ca1dab5', 'partner_kind', 'sante', 'Structure de soins', NULL, '', 15, 0),
  ('01e0d670-7e47-527e-aa25-879994250096', 'partner_kind', 'autre', 'Autre', NULL, '', 16, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('situation', 'Situations', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('010c582f-c23e-5076-95f3-ff034ffdba20', 'situation', 'demandeur_emploi', 'Demandeur d''emploi', NULL, '', 0, 0),
  ('918dc65a-8e04-5a2c-8ff1-15ffce1fd7d4', 'situation', 'rsa', 'Allocataire du RSA', NULL, 'FR', 1, 0),
  ('e60ca981-33d6-513b-b2a1-02d29d5dc40b', 'situation', 'ris', 'Bénéficiaire du RIS', NULL, 'BE', 2, 0),
  ('d5f6933b-5ad4-5add-98cb-922cba4bf5ab', 'situation', 'cddi', 'Salarié en insertion (CDDI)', NULL, 'FR', 3, 0),
  ('1df810e4-0542-5531-8600-b4f7613e71ca', 'situation', 'jeune_sans_emploi', 'Jeune sans emploi ni formation', NULL, '', 4, 0),
  ('37e47384-ad05-5071-a15a-6605aef7998e', 'situation', 'salarie', 'Salarié', NULL, '', 5, 0),
  ('d81db1a8-357a-52e4-92e5-8438d3518ea9', 'situation', 'formation', 'En formation', NULL, '', 6, 0),
  ('38d1def3-2abc-558e-9beb-ce6d05109ffc', 'situation', 'autre', 'Autre', NULL, '', 7, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('qualification_level', 'Niveaux de qualification', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('f620e4f3-d278-5a5c-b6e4-dc50e04ece65', 'qualification_level', 'infra3', 'Sans diplôme (infra 3)', NULL, '', 0, 0),
  ('96b11319-7444-5ab2-8c35-ceba991a0e28', 'qualification_level', '3', 'CAP, BEP (niveau 3)', NULL, '', 1, 0),
  ('d32e3d53-8ddc-5329-bae8-24faffc248a4', 'qualification_level', '4', 'Baccalauréat (niveau 4)', NULL, '', 2, 0),
  ('6d74722f-cb2f-5b48-9a89-474fbdc648c6', 'qualification_level', '5', 'Bac+2 (niveau 5)', NULL, '', 3, 0),
  ('29a012bd-44d7-58c1-9224-8b004b1e5714', 'qualification_level', '6', 'Licence et plus (niveau 6+)', NULL, '', 4, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('consent_scope', 'Objets du consentement', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('0307a803-f36a-5084-b987-70a4207ed995', 'consent_scope', 'cv_entreprise', 'Transmettre le CV à une entreprise', NULL, '', 0, 0),
  ('bed76a1c-a673-5eb8-9ecc-61363cf64a69', 'consent_scope', 'partage_partenaire', 'Partager le parcours avec un partenaire', NULL, '', 1, 0),
  ('d016814c-b361-5ea5-b5b9-5c358e8850cb', 'consent_scope', 'donnees_sensibles', 'Conserver des données sensibles', NULL, '', 2, 0),
  ('429448fa-b694-52f3-bce8-a1725c6946fc', 'consent_scope', 'enquete_sortie', 'Être recontacté après la sortie', NULL, '', 3, 0);

INSERT INTO ref_list (code, label, editable) VALUES ('refusal_reason', 'Motifs de refus ou d''abandon', 1);
INSERT INTO ref_item (id, list_code, code, label, parent_code, country, position, sensitive) VALUES
  ('521954d2-87bb-5c9c-9f05-13f0cad2a000', 'refusal_reason', 'profil', 'Profil ne correspondant pas', NULL, '', 0, 0),
  ('75801180-5203-5f51-bbb6-9a89daa5688d', 'refusal_reason', 'personne_refuse', 'Refus de la personne', NULL, '', 1, 0),
  ('f944bbc1-4336-57b1-9b6c-9a455f10de98', 'refusal_reason', 'entreprise_refuse', 'Refus de l''entreprise', NULL, '', 2, 0),
  ('3f1dc29a-d2f2-5f2a-b6d1-89c373cd7946', 'refusal_reason', 'mobilite', 'Problème de mobilité', NULL, '', 3, 0),
  ('daa70978-95eb-5772-baf7-79f9885914e1', 'refusal_reason', 'horaires', 'Horaires incompatibles', NULL, '', 4, 0),
  ('2e8ea962-6ad2-52d2-a06a-371f6ea3865b', 'refusal_reason', 'poste_pourvu', 'Poste déjà pourvu', NULL, '', 5, 0),
  ('959e53cb-edf2-5083-bb5d-f5d4a64b2097', 'refusal_reason', 'autre', 'Autre', NULL, '', 6, 0);
