-- 003: search by words that stays fast on a registry of thousands of standards.
--
-- One GIN index per language: a Russian query is answered only by the Russian rows' index and
-- a Kazakh one by the Kazakh rows', so the index finds exactly the rows the query wants and the
-- heap is not read (nor the words detoasted) for the other language's rows.
CREATE INDEX search_text_words_ru ON kasibi.search_text USING gin (words) WHERE language = 'ru';
CREATE INDEX search_text_words_kk ON kasibi.search_text USING gin (words) WHERE language = 'kk';
DROP INDEX kasibi.search_text_words;

-- The JSON Pointer (under the part) of the first text in a language with exactly this wording,
-- in the order kasibi.texts() yields them: each step goes down into the first member or element
-- that holds such a text, so only the way to it is walked and nothing is sent to the client to
-- look it up there.
CREATE FUNCTION kasibi.pointer_of(part jsonb, language text, body text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    node jsonb := part;
    pointer text := '';
    step text;
    holds jsonpath := ('strict $.** ? (@.' || language || ' == $text)')::jsonpath;
    wanted jsonb := jsonb_build_object('text', body);
BEGIN
    LOOP
        IF jsonb_typeof(node) = 'object' AND node -> language = to_jsonb(body) THEN
            RETURN pointer || '/' || language;
        END IF;
        SELECT c.key, c.value INTO step, node
        FROM (SELECT e.key, e.value
              FROM jsonb_each(CASE jsonb_typeof(node) WHEN 'object' THEN node END) e
              UNION ALL
              SELECT (a.n - 1)::text, a.value
              FROM jsonb_array_elements(CASE jsonb_typeof(node) WHEN 'array' THEN node END)
                   WITH ORDINALITY a(value, n)) c
        WHERE jsonb_typeof(c.value) IN ('object', 'array')
          AND jsonb_path_exists(c.value, holds, wanted)
        LIMIT 1;
        IF NOT FOUND THEN RETURN NULL; END IF;
        pointer := pointer || '/' || step;
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION kasibi.pointer_of(jsonb, text, text) TO kasibi_reader;

-- What a search and a pull read back is large JSON (a card, a whole version): lz4 unpacks it
-- several times faster than PostgreSQL's default pglz. Rows already stored keep theirs until
-- rewritten. A server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE kasibi.card ALTER COLUMN content SET COMPRESSION lz4;
    ALTER TABLE kasibi.standard ALTER COLUMN general SET COMPRESSION lz4;
    ALTER TABLE kasibi.standard_version ALTER COLUMN content SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;
