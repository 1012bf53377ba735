-- The Annexe 5 engagement survey ("nouveau pacte"), as a questionnaire
-- template: blocks and questions with stable codes; the answers of a firm
-- are stored in questionnaire_response.  Each "yes" that opens something
-- names the pathway phase of the opportunity it can create.
INSERT INTO questionnaire_template (id, code, title, version, definition) VALUES (
  'a5e1f0c2-3b4d-4e6f-8a9b-0c1d2e3f4a5b', 'annexe5_engagement',
  'Enquête d''engagement des entreprises (nouveau pacte)', 1,
  json('{
    "blocks": [
      { "title": "Mieux vous connaître",
        "questions": [
          { "code": "contact_person", "kind": "text", "label": "Personne à contacter" } ] },
      { "title": "Intégrer en emploi",
        "questions": [
          { "code": "recruits", "kind": "yes_no", "label": "Avez-vous besoin de recruter ?", "phase": 4, "subtype": "cdd" },
          { "code": "recruits_posts", "kind": "text", "label": "Sur quels postes ?" },
          { "code": "alternance", "kind": "yes_no", "label": "Envisagez-vous de former en alternance ?", "phase": 3, "subtype": "apprentissage" },
          { "code": "alternance_posts", "kind": "text", "label": "Sur quels postes ?" },
          { "code": "mixed_hiring", "kind": "yes_no", "label": "Êtes-vous prêt à recruter des femmes sur des métiers réputés masculins et inversement ?" },
          { "code": "mixed_hiring_posts", "kind": "text", "label": "Sur quels postes ?" },
          { "code": "knows_aids", "kind": "yes_no", "label": "Connaissez-vous les mesures d''aide à l''emploi des jeunes (contrats aidés, aides à l''alternance…) ?" } ] },
      { "title": "S''ouvrir à de nouvelles compétences",
        "questions": [
          { "code": "short_stages", "kind": "yes_no", "label": "Acceptez-vous de recevoir des jeunes en stage (10 jours maximum) ?", "phase": 2, "subtype": "stage" },
          { "code": "mixed_stages", "kind": "yes_no", "label": "Acceptez-vous d''accueillir en stage des femmes sur des métiers réputés masculins et des hommes sur des métiers réputés féminins ?" },
          { "code": "stage_period", "kind": "text", "label": "À quelle période de l''année ?" } ] },
      { "title": "Vous faire connaître auprès des jeunes",
        "questions": [
          { "code": "visits", "kind": "yes_no", "label": "Acceptez-vous de faire visiter votre entreprise ?", "phase": 1, "subtype": "visite" },
          { "code": "talks", "kind": "yes_no", "label": "Acceptez-vous d''intervenir devant des jeunes pour présenter votre activité ?", "phase": 1, "subtype": "rencontre_pro" } ] }
    ]
  }'));
