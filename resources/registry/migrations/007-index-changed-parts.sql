-- 007: a new version re-indexes only the parts that changed. An author who corrects one card
-- and publishes again had every card of the standard deleted and inserted anew, with the words
-- of all of them (some 330 kB of text in two languages) taken apart again for full-text search:
-- two thirds of a publish's time in the database. A card whose content and place are as in the
-- latest version keeps its rows (card, related professions, words); so do the words of the rest
-- of the standard when it is unchanged. What the indexes say is exactly what they said before:
-- the rows of every part describe the latest version.
CREATE OR REPLACE FUNCTION kasibi.index_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s jsonb := NEW.content -> 'standard';
    cards jsonb := coalesce(NEW.content #> '{standard,professionCards}', '[]');
    rest jsonb := s - 'professionCards';
    latest integer;
    previous jsonb;
BEGIN
    SELECT latest_version, st.general INTO latest, previous
    FROM kasibi.standard st WHERE id = NEW.standard FOR UPDATE;
    IF NEW.version <> latest + 1 THEN
        RAISE EXCEPTION 'version % of standard % is not the next one (the latest is %)',
            NEW.version, NEW.standard, latest USING ERRCODE = 'KS001';
    END IF;
    IF s ->> 'id' IS DISTINCT FROM NEW.standard::text THEN
        RAISE EXCEPTION 'the content is of standard %, not %', s ->> 'id', NEW.standard
            USING ERRCODE = 'KS002';
    END IF;

    UPDATE kasibi.standard SET
        latest_version = NEW.version,
        code = NEW.code,
        name_ru = coalesce(s #>> '{passport,name,ru}', ''),
        name_kk = coalesce(s #>> '{passport,name,kk}', ''),
        oked_section = coalesce(s #>> '{passport,oked,section,code}', ''),
        oked_division = coalesce(s #>> '{passport,oked,division,code}', ''),
        oked_group = coalesce(s #>> '{passport,oked,group,code}', ''),
        oked_class = coalesce(s #>> '{passport,oked,class,code}', ''),
        oked_subclass = coalesce(s #>> '{passport,oked,subclass,code}', ''),
        developer_ru = coalesce(s #>> '{technicalData,developers,0,name,ru}', ''),
        developer_kk = coalesce(s #>> '{technicalData,developers,0,name,kk}', ''),
        release_year = (s #>> '{technicalData,releaseYear}')::integer,
        planned_update = (s #>> '{technicalData,plannedUpdateDate}')::date,
        general = rest
    WHERE id = NEW.standard;

    -- A card changed, moved or gone loses its rows (its related professions with it: ON DELETE
    -- CASCADE), then its words; the words of the rest of the standard go when it changed.
    DELETE FROM kasibi.card c
    WHERE c.standard = NEW.standard
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(cards) WITH ORDINALITY x(e, ordinality)
                      WHERE e ->> 'id' = c.id AND x.ordinality - 1 = c.position AND e = c.content);
    DELETE FROM kasibi.search_text t
    WHERE t.standard = NEW.standard
      AND CASE WHEN t.card = '' THEN previous IS DISTINCT FROM rest
               ELSE NOT EXISTS (SELECT 1 FROM kasibi.card c
                                WHERE c.standard = NEW.standard AND c.id = t.card) END;

    -- What is left is unchanged; the rest is inserted, as for a first version.
    INSERT INTO kasibi.card
    SELECT NEW.standard, c ->> 'id', x.ordinality - 1,
           coalesce(c ->> 'nkzGroupCode', ''), coalesce(c ->> 'nkzOccupationCode', ''),
           coalesce(c ->> 'orkLevel', ''), coalesce(c ->> 'nrkLevel', ''),
           coalesce(c #>> '{name,ru}', ''), coalesce(c #>> '{name,kk}', ''), c
    FROM jsonb_array_elements(cards) WITH ORDINALITY x(c, ordinality)
    WHERE NOT EXISTS (SELECT 1 FROM kasibi.card k
                      WHERE k.standard = NEW.standard AND k.id = c ->> 'id');

    INSERT INTO kasibi.related_profession
    SELECT NEW.standard, c ->> 'id', r ->> 'id', y.ordinality - 1,
           coalesce(r ->> 'nkzOccupationCode', ''), coalesce(r ->> 'orkLevel', ''),
           coalesce(r ->> 'nrkLevel', ''),
           coalesce(r #>> '{name,ru}', ''), coalesce(r #>> '{name,kk}', '')
    FROM jsonb_array_elements(cards) x(c)
    CROSS JOIN LATERAL jsonb_array_elements(coalesce(c -> 'relatedProfessions', '[]'))
        WITH ORDINALITY y(r, ordinality)
    WHERE NOT EXISTS (SELECT 1 FROM kasibi.related_profession k
                      WHERE k.standard = NEW.standard AND k.card = c ->> 'id');

    INSERT INTO kasibi.search_text (standard, card, language, words)
    SELECT NEW.standard, p.card, l.language,
           kasibi.words(l.language, coalesce((SELECT string_agg(t, E'\n')
                                              FROM kasibi.texts(p.part, l.language) t), ''))
    FROM (SELECT '' AS card, rest AS part
          UNION ALL
          SELECT c ->> 'id', c FROM jsonb_array_elements(cards) c) p
    CROSS JOIN (VALUES ('kk'), ('ru')) l(language)
    WHERE NOT EXISTS (SELECT 1 FROM kasibi.search_text k
                      WHERE k.standard = NEW.standard AND k.card = p.card
                        AND k.language = l.language);
    RETURN NEW;
END
$$;
