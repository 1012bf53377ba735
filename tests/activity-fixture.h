/* activity-fixture.h — the first half of 2026 of a structure with two antennas, counted by hand
 *
 * Judged on 10 July 2026: Nord ("n", Alice) and Sud ("s", Bruno).  Rows
 * just inside and just outside the period, deleted and merged rows are
 * there on purpose.  test-activity checks every figure on it;
 * test-report the report made from them.
 */
#pragma once

#define FROM  "2026-01-01"
#define TO    "2026-06-30"
#define TODAY "2026-07-10"

#define ACTIVITY_FIXTURE \
  "INSERT INTO site (id, name) VALUES ('n', 'Nord'), ('s', 'Sud');" \
  "INSERT INTO staff (id, first_name, last_name, antenna_id) VALUES" \
  " ('b', 'Bruno', 'Rey', 's'), ('a', 'Alice', 'Vayssière', 'n');" \
  "INSERT INTO person (id, first_name, last_name, antenna_id, sex, birth_date, entered_on, exited_on," \
  "                    exit_outcome, referent_id, deleted_at, merged_into) VALUES" \
  /* new, 20 at entry */ \
  " ('p1', 'A', 'A', 'n', 'F', '2005-03-01', '2026-02-10', NULL, NULL, 'a', NULL, NULL)," \
  /* followed from 2025, 35 at entry, exits to a CDI */ \
  " ('p2', 'B', 'B', 'n', 'M', '1990-01-01', '2025-05-01', '2026-03-15', 'emploi_durable', 'a', NULL, NULL)," \
  /* 57 at entry, exits on the last day */ \
  " ('p3', 'C', 'C', 'n', 'F', '1968-06-01', '2025-06-15', '2026-06-30', 'emploi_transition', 'b', NULL, NULL)," \
  /* enters on the last day, no birth date, no counsellor */ \
  " ('p4', 'D', 'D', 's', 'M', NULL, '2026-06-30', NULL, NULL, NULL, NULL, NULL)," \
  /* enters the day after */ \
  " ('p5', 'E', 'E', 's', 'X', '2001-07-01', '2026-07-01', NULL, NULL, 'b', NULL, NULL)," \
  /* left the day before */ \
  " ('p6', 'F', 'F', 'n', 'F', '1980-01-01', '2024-01-01', '2025-12-31', 'autre', 'a', NULL, NULL)," \
  /* deleted */ \
  " ('p7', 'G', 'G', 's', 'F', '2000-01-01', '2026-01-01', NULL, NULL, 'b', '2026-02-01T00:00:00Z', NULL)," \
  /* 24 at entry, leaves on the first day, outcome not given */ \
  " ('p8', 'H', 'H', 's', 'M', '2001-01-01', '2025-09-01', '2026-01-01', NULL, 'b', NULL, NULL)," \
  /* merged into p1 */ \
  " ('p9', 'I', 'I', 'n', 'F', '2006-05-05', '2026-05-05', NULL, NULL, 'a', NULL, 'p1');" \
  "INSERT INTO company (id, legal_name, sector, referent_id, relationship_start, created_at, deleted_at) VALUES" \
  " ('c1', 'Maçonnerie Bex', 'btp', 'a', '2026-02-01', '2025-01-01T00:00:00Z', NULL)," \
  " ('c2', 'Usinage Lot', 'industrie', 'b', '2020-01-01', '2020-01-01T00:00:00Z', NULL)," \
  " ('c3', 'Atelier Sans Secteur', NULL, 'b', NULL, '2026-04-01T10:00:00.000Z', NULL)," \
  " ('c4', 'Supprimée', 'btp', 'a', '2026-03-01', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')," \
  " ('c5', 'Bureau Tardif', 'tertiaire', 'a', '2026-07-02', '2026-07-02T00:00:00Z', NULL);" \
  "INSERT INTO partner (id, name, kind) VALUES ('pa', 'CCAS', 'ccas');" \
  "INSERT INTO interaction (id, company_id, partner_id, staff_id, kind, occurred_at, duration_min, deleted_at) VALUES" \
  " ('i1', 'c1', NULL, 'a', 'visite', '2026-01-01T09:00', 60, NULL)," \
  " ('i2', 'c1', NULL, 'a', 'appel', '2026-02-01T10:00', 15, NULL)," \
  " ('i3', 'c2', NULL, 'b', 'visite', '2026-06-30T16:00', 90, NULL)," \
  " ('i4', 'c2', NULL, 'b', 'courriel', '2026-07-01T08:00', NULL, NULL)," \
  " ('i5', 'c5', NULL, 'a', 'appel', '2025-12-31T17:00', 10, NULL)," \
  " ('i6', 'c2', NULL, 'a', 'appel', '2026-03-03T09:00', NULL, NULL)," \
  " ('i7', 'c3', NULL, 'b', 'rencontre', '2026-05-05T09:00', 45, '2026-05-06T00:00:00Z')," \
  " ('i8', NULL, 'pa', 'a', 'evenement', '2026-04-04T09:00', 120, NULL);" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status, staff_id) VALUES" \
  " ('o1', 'c1', 2, 'Immersion maçon', '2026-01-10', 'open', 'a')," \
  " ('o2', 'c1', 4, 'Maçon CDI', '2026-02-10', 'filled', 'a')," \
  " ('o3', 'c2', 4, 'Régleur', '2026-03-10', 'open', 'b')," \
  " ('o4', 'c2', 1, 'Visite', '2025-12-10', 'filled', 'b')," \
  " ('o5', 'c2', 3, 'Alternance', '2026-06-30', 'cancelled', NULL);" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, immersion_type, contract_type," \
  "                       proposed_on, start_date, end_date, ended_by, end_reason) VALUES" \
  " ('pl1', 'p1', 'c1', 'o1', 'ended', 'immersion', 'discovery', NULL, '2026-01-10', '2026-02-15', '2026-02-28', 'term', NULL)," \
  " ('pl2', 'p1', 'c2', NULL, 'immersion', 'immersion', 'skills', NULL, '2026-06-01', '2026-06-30', NULL, NULL, NULL)," \
  " ('pl3', 'p2', 'c1', 'o2', 'contract', 'contract', NULL, 'cdi', '2026-02-10', '2026-03-01', NULL, NULL, NULL)," \
  " ('pl4', 'p3', 'c2', NULL, 'ended', 'contract', NULL, 'cdd', '2026-03-01', '2026-04-01', '2026-05-10', 'employer', 'comportement')," \
  " ('pl5', 'p8', 'c2', 'o3', 'refused', 'contract', NULL, 'cdd', '2026-03-10', '2026-03-20', NULL, NULL, NULL)," \
  " ('pl6', 'p4', 'c3', NULL, 'ended', 'immersion', 'discovery', NULL, '2026-04-20', '2026-05-01', '2026-05-05', 'person', NULL)," \
  " ('pl7', 'p2', 'c1', NULL, 'contract', 'contract', NULL, 'cdd', '2025-11-01', '2025-12-01', NULL, NULL, NULL);" \
  "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, resolved_on) VALUES" \
  " ('al1', 'p3', 'tutor', 2, '2026-04-20', '2026-05-01')," \
  " ('al2', 'p4', 'person', 3, '2026-06-01', NULL);"
