-- 005: the first parts whose texts hold the words, always found through the language's GIN
-- index. PostgreSQL guesses poorly how many rows a query of several words matches; when it
-- guesses many, it reads the whole table instead, unpacking every part's words (over half a
-- second on 1,500 standards, for a query that matches none). A page of matches is always best
-- read through the index, so this function's own plan may not scan the table. ROWS tells the
-- query around it that a page is a few rows (RegistrySearch's 20), not a thousand, so that it
-- looks up their standards and cards by key rather than reading those tables whole.
CREATE FUNCTION kasibi.matching_parts(wanted text, page integer)
RETURNS TABLE (standard uuid, card text, language text, rank real)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 20 SET enable_seqscan = off AS $$
    SELECT m.standard, m.card, m.language, ts_rank(m.words, kasibi.query(m.language, wanted))
    FROM (SELECT t.standard, t.card, t.language, t.words
          FROM kasibi.search_text t
          WHERE (t.language = 'ru' AND t.words @@ kasibi.query('ru', wanted))
             OR (t.language = 'kk' AND t.words @@ kasibi.query('kk', wanted))
          LIMIT page) m
$$;
GRANT EXECUTE ON FUNCTION kasibi.matching_parts(text, integer) TO kasibi_reader;
