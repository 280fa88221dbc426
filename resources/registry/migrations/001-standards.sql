-- 001: the registry's standards. Every published version is kept whole (the interchange JSON,
-- so nothing is lost); the latest version of each standard is indexed for what is asked of it:
-- the standard's codes and names, its cards, their related professions and every text.
-- Never edit a migration that has been released; add the next one.

CREATE SCHEMA kasibi;

-- One row: which registry this is (a .kasibi file records it with the version it matches) and
-- the schema version reached, which Kasibi reads before anything else.
CREATE TABLE kasibi.registry (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    schema_version integer NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);
INSERT INTO kasibi.registry (schema_version) VALUES (0);

-- The developer organisations: each standard belongs to one.
CREATE TABLE kasibi.organisation (
    id text PRIMARY KEY CHECK (id <> ''),
    name text NOT NULL
);

CREATE TABLE kasibi.standard (
    id uuid PRIMARY KEY,
    organisation text NOT NULL REFERENCES kasibi.organisation (id),
    latest_version integer NOT NULL DEFAULT 0,
    code text NOT NULL DEFAULT '',
    name_ru text NOT NULL DEFAULT '',
    name_kk text NOT NULL DEFAULT '',
    oked_section text NOT NULL DEFAULT '',
    oked_division text NOT NULL DEFAULT '',
    oked_group text NOT NULL DEFAULT '',
    oked_class text NOT NULL DEFAULT '',
    oked_subclass text NOT NULL DEFAULT '',
    developer_ru text NOT NULL DEFAULT '',
    developer_kk text NOT NULL DEFAULT '',
    release_year integer,
    planned_update date,
    general jsonb NOT NULL DEFAULT '{}' -- the latest version without its cards, for search
);
CREATE INDEX standard_by_code ON kasibi.standard (code);
CREATE INDEX standard_by_division ON kasibi.standard (oked_division);
CREATE INDEX standard_by_section ON kasibi.standard (oked_section);
CREATE INDEX standard_by_subclass ON kasibi.standard (oked_subclass text_pattern_ops);

-- The versions, whole and never changed: a new content is a new version.
CREATE TABLE kasibi.standard_version (
    standard uuid NOT NULL REFERENCES kasibi.standard (id),
    version integer NOT NULL CHECK (version > 0),
    code text NOT NULL,
    content jsonb NOT NULL,
    published_by name NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (standard, version)
);

CREATE TABLE kasibi.card (
    standard uuid NOT NULL REFERENCES kasibi.standard (id),
    id text NOT NULL,
    position integer NOT NULL,
    nkz_group text NOT NULL,
    nkz_occupation text NOT NULL,
    ork_level text NOT NULL,
    nrk_level text NOT NULL,
    name_ru text NOT NULL,
    name_kk text NOT NULL,
    content jsonb NOT NULL, -- the card as in the latest version, for search
    PRIMARY KEY (standard, id)
);
CREATE INDEX card_by_occupation ON kasibi.card (nkz_occupation text_pattern_ops, ork_level);
CREATE INDEX card_by_group ON kasibi.card (nkz_group text_pattern_ops);

CREATE TABLE kasibi.related_profession (
    standard uuid NOT NULL,
    card text NOT NULL,
    id text NOT NULL,
    position integer NOT NULL,
    nkz_occupation text NOT NULL,
    ork_level text NOT NULL,
    nrk_level text NOT NULL,
    name_ru text NOT NULL,
    name_kk text NOT NULL,
    PRIMARY KEY (standard, id),
    FOREIGN KEY (standard, card) REFERENCES kasibi.card (standard, id) ON DELETE CASCADE
);
CREATE INDEX related_by_occupation ON kasibi.related_profession (nkz_occupation text_pattern_ops);

-- Full-text search: the texts of each card (card = '' for the rest of the standard) in one
-- language. Russian is stemmed by PostgreSQL's 'russian' configuration; Kazakh, which has no
-- stemmer, is lower-cased and split by 'simple'.
CREATE TABLE kasibi.search_text (
    standard uuid NOT NULL REFERENCES kasibi.standard (id),
    card text NOT NULL,
    language text NOT NULL CHECK (language IN ('kk', 'ru')),
    words tsvector NOT NULL,
    PRIMARY KEY (standard, card, language)
);
CREATE INDEX search_text_words ON kasibi.search_text USING gin (words);

CREATE FUNCTION kasibi.words(language text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'ru' THEN to_tsvector('russian', body)
                         ELSE to_tsvector('simple', lower(body)) END
$$;

CREATE FUNCTION kasibi.query(language text, words text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'ru' THEN plainto_tsquery('russian', words)
                         ELSE plainto_tsquery('simple', lower(words)) END
$$;

-- Every text of a part of the interchange JSON in one language: the strings under its key.
CREATE FUNCTION kasibi.texts(part jsonb, language text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT x #>> '{}'
    FROM jsonb_path_query(part, ('strict $.**.' || language)::jsonpath) x
    WHERE jsonb_typeof(x) = 'string'
$$;

-- A version is only ever the next one: whatever client inserts it, the standard's row is
-- locked and a version that is not latest + 1 is refused (someone published in between). The
-- indexes are then rebuilt from the new content, so they always describe the latest version.
CREATE FUNCTION kasibi.index_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s jsonb := NEW.content -> 'standard';
    latest integer;
BEGIN
    SELECT latest_version INTO latest FROM kasibi.standard WHERE id = NEW.standard FOR UPDATE;
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
        general = s - 'professionCards'
    WHERE id = NEW.standard;

    DELETE FROM kasibi.search_text WHERE standard = NEW.standard;
    DELETE FROM kasibi.related_profession WHERE standard = NEW.standard;
    DELETE FROM kasibi.card WHERE standard = NEW.standard;

    INSERT INTO kasibi.card
    SELECT NEW.standard, c ->> 'id', x.ordinality - 1,
           coalesce(c ->> 'nkzGroupCode', ''), coalesce(c ->> 'nkzOccupationCode', ''),
           coalesce(c ->> 'orkLevel', ''), coalesce(c ->> 'nrkLevel', ''),
           coalesce(c #>> '{name,ru}', ''), coalesce(c #>> '{name,kk}', ''), c
    FROM jsonb_array_elements(coalesce(s -> 'professionCards', '[]')) WITH ORDINALITY x(c, ordinality);

    INSERT INTO kasibi.related_profession
    SELECT NEW.standard, c ->> 'id', r ->> 'id', y.ordinality - 1,
           coalesce(r ->> 'nkzOccupationCode', ''), coalesce(r ->> 'orkLevel', ''),
           coalesce(r ->> 'nrkLevel', ''),
           coalesce(r #>> '{name,ru}', ''), coalesce(r #>> '{name,kk}', '')
    FROM jsonb_array_elements(coalesce(s -> 'professionCards', '[]')) x(c)
    CROSS JOIN LATERAL jsonb_array_elements(coalesce(c -> 'relatedProfessions', '[]'))
        WITH ORDINALITY y(r, ordinality);

    INSERT INTO kasibi.search_text (standard, card, language, words)
    SELECT NEW.standard, p.card, l.language,
           kasibi.words(l.language, coalesce((SELECT string_agg(t, E'\n')
                                              FROM kasibi.texts(p.part, l.language) t), ''))
    FROM (SELECT '' AS card, s - 'professionCards' AS part
          UNION ALL
          SELECT c ->> 'id', c FROM jsonb_array_elements(coalesce(s -> 'professionCards', '[]')) c) p
    CROSS JOIN (VALUES ('kk'), ('ru')) l(language);
    RETURN NEW;
END
$$;

CREATE TRIGGER standard_version_indexed BEFORE INSERT ON kasibi.standard_version
    FOR EACH ROW EXECUTE FUNCTION kasibi.index_version();
