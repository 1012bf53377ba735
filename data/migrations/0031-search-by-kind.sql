-- The search index, one table per kind.
--
-- One FTS5 table for every kind was asked "kind: person AND dur*": FTS5
-- walked the rows of the kind as far as the matches of the words, the
-- whole kind when none matched (the notes, often), so that a search cost
-- more than twice as much on a file twice as large.  A table per kind
-- reads only the matches, and stops at the first few.
--
-- The triggers that keep these tables (psl-search.c) are made again after
-- this migration, under the same names as those that kept the old table
-- (which nothing fires in between); they index at once every record,
-- search_map being emptied here.  search_map keeps its meaning: where a
-- record's entry is, now in its kind's table.

DROP TABLE search_index;
DELETE FROM search_map;

CREATE VIRTUAL TABLE search_index_company USING fts5(ref_id UNINDEXED, title, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE search_index_contact USING fts5(ref_id UNINDEXED, title, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE search_index_person USING fts5(ref_id UNINDEXED, title, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE search_index_partner USING fts5(ref_id UNINDEXED, title, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE search_index_note USING fts5(ref_id UNINDEXED, title, detail, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
