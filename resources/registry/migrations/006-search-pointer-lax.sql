-- 006: the field of a search hit is found in a fraction of the time (a word common to every card,
-- such as «экскаваторов», took 30 to 60 ms for a page of 20 hits, nearly all of it here).
--
-- Two causes. A strict jsonpath asked only whether something exists still walks the whole value:
-- strict mode must prove that no step raised an error, so it collects every match. At each step
-- down, every member before the one that holds the text and the whole of that one were walked.
-- In lax mode the walk stops at the first match; for this question lax and strict agree (lax
-- unwraps an array to its elements, which the recursive walk visits anyway). And the part came
-- in as a compressed, out-of-line value that was read and unpacked again at each use in the first
-- step; it is now unpacked once.
CREATE OR REPLACE FUNCTION kasibi.pointer_of(part jsonb, language text, body text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    node jsonb := jsonb_path_query_first(part, 'strict $');
    pointer text := '';
    step text;
    holds jsonpath := ('lax $.** ? (@.' || language || ' == $text)')::jsonpath;
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
