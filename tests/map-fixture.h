/* map-fixture.h — the first half of 2026 of a structure's network, counted by hand
 *
 * Two antennas, Nord ("n", Alice) and Sud ("s", Bruno).  Firms c1–c3 and
 * partners pa, pb are on the map; c4 (only an old contact), c5 (deleted)
 * and pc (nothing in the period) are not.  Expected figures are written
 * beside each row; test-partner-map checks them, test-map-picture and
 * test-map-page draw and show them.
 */
#pragma once

#define MAP_FROM "2026-01-01"
#define MAP_TO   "2026-06-30"

#define MAP_FIXTURE \
  "UPDATE structure SET name = 'Mission locale du Causse';" \
  "INSERT INTO site (id, name) VALUES ('n', 'Nord'), ('s', 'Sud');" \
  "INSERT INTO staff (id, first_name, last_name, antenna_id) VALUES ('a', 'Alice', 'Vayssière', 'n'), ('b', 'Bruno', 'Rey', 's');" \
  "INSERT INTO person (id, first_name, last_name, antenna_id, entered_on) VALUES" \
  " ('p1', 'A', 'A', 'n', '2025-01-01'), ('p2', 'B', 'B', 'n', '2025-01-01')," \
  " ('p3', 'C', 'C', 's', '2025-01-01'), ('p4', 'D', 'D', 's', '2025-01-01');" \
  "INSERT INTO company (id, legal_name, trade_name, sector, partnership_level, referent_id, deleted_at) VALUES" \
  " ('c1', 'SARL Bex', 'Maçonnerie Bex', 'btp', 'ambassadrice', 'a', NULL)," \
  " ('c2', 'Usinage Lot', NULL, 'industrie', 'referencee', 'b', NULL)," \
  " ('c3', 'Atelier \"Guillemets\"', '  ', NULL, NULL, 'b', NULL)," \
  " ('c4', 'Dormante', NULL, 'btp', NULL, 'a', NULL)," \
  " ('c5', 'Supprimée', NULL, 'btp', NULL, 'a', '2026-03-01T00:00:00Z');" \
  "INSERT INTO partner (id, name, kind) VALUES ('pa', 'CCAS Nord', 'ccas'), ('pb', 'Mission locale voisine', 'mission_locale')," \
  " ('pc', 'Sans activité', 'plie');" \
  /* c1: 7 contacts (Alice), one deleted; c2: 2 (Bruno) + 1 with pa (Alice) + 1 before; c3: 1 */ \
  "INSERT INTO interaction (id, company_id, partner_id, staff_id, kind, occurred_at, deleted_at) VALUES" \
  " ('i1', 'c1', NULL, 'a', 'appel', '2026-01-01T08:00', NULL)," \
  " ('i2', 'c1', NULL, 'a', 'appel', '2026-02-01T08:00', NULL)," \
  " ('i3', 'c1', NULL, 'a', 'visite', '2026-03-01T08:00', NULL)," \
  " ('i4', 'c1', NULL, 'a', 'appel', '2026-04-01T08:00', NULL)," \
  " ('i5', 'c1', NULL, 'a', 'appel', '2026-05-01T08:00', NULL)," \
  " ('i6', 'c1', NULL, 'a', 'appel', '2026-06-01T08:00', NULL)," \
  " ('i7', 'c1', NULL, 'a', 'appel', '2026-06-30T18:00', NULL)," \
  " ('i8', 'c1', NULL, 'a', 'appel', '2026-03-02T08:00', '2026-03-03T00:00:00Z')," \
  " ('i9', 'c2', NULL, 'b', 'visite', '2026-02-10T08:00', NULL)," \
  " ('i10', 'c2', NULL, 'b', 'appel', '2026-05-10T08:00', NULL)," \
  " ('i11', 'c2', 'pa', 'a', 'rencontre', '2026-04-10T08:00', NULL)," \
  " ('i12', 'c2', NULL, 'b', 'appel', '2025-12-31T23:00', NULL)," \
  " ('i13', 'c3', NULL, 'b', 'appel', '2026-06-15T08:00', NULL)," \
  " ('i14', 'c4', NULL, 'a', 'appel', '2025-12-31T08:00', NULL)," \
  " ('i15', 'c5', NULL, 'a', 'appel', '2026-02-15T08:00', NULL);" \
  /* realised in the period: o1 (filled) and o2 (somebody started) for c1 */ \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status, staff_id) VALUES" \
  " ('o1', 'c1', 4, 'Maçon', '2026-02-01', 'filled', 'a')," \
  " ('o2', 'c1', 2, 'Immersion', '2026-03-01', 'open', 'a')," \
  " ('o3', 'c2', 4, 'Régleur', '2026-03-01', 'open', 'b')," \
  " ('o4', 'c1', 4, 'Coffreur', '2025-12-01', 'filled', 'a');" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, proposed_on, start_date) VALUES" \
  " ('pl1', 'p1', 'c1', 'o2', 'contract', 'contract', '2026-03-01', '2026-03-10')," \
  " ('pl2', 'p3', 'c2', NULL, 'immersion', 'immersion', '2026-03-20', '2026-04-01')," \
  " ('pl3', 'p2', 'c1', NULL, 'refused', 'contract', '2026-04-01', '2026-05-01')," \
  " ('pl4', 'p4', 'c3', NULL, 'contract', 'contract', '2026-06-01', '2026-07-01');" \
  /* pa sent p1 (placed at c1) twice, once long ago: one start still; pb
   * sent p3 (placed at c2) and p4 */ \
  "INSERT INTO referral (id, partner_id, person_id, received_on) VALUES" \
  " ('r1', 'pa', 'p1', '2026-01-05'), ('r2', 'pb', 'p3', '2026-02-01'), ('r3', 'pb', 'p4', '2026-02-02')," \
  " ('r4', 'pa', 'p2', '2025-06-01'), ('r5', 'pa', 'p1', '2024-09-01');" \
  "INSERT INTO partnership (id, company_id, partner_id, cooperation_type, start_date, end_date, our_staff_id) VALUES" \
  " ('ps1', NULL, 'pb', 'tutorat', '2025-01-01', NULL, 'b')," \
  " ('ps2', 'c2', NULL, 'immersion', '2026-06-30', NULL, 'a')," \
  " ('ps3', 'c1', NULL, 'immersion', '2025-01-01', '2025-12-31', 'a');" \
  "INSERT INTO event (id, kind, title, held_on) VALUES ('e1', 'forum', 'Forum', '2026-03-15');" \
  "INSERT INTO event_participant (id, event_id, company_id, partner_id) VALUES" \
  " ('ep1', 'e1', 'c3', NULL), ('ep2', 'e1', NULL, 'pa');"
