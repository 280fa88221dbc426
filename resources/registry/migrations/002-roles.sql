-- 002: who may do what, enforced by the database itself (roles and row-level security), so
-- that no client, Kasibi or another, can go around it:
--   kasibi_reader   reads everything;
--   kasibi_reviewer reads, and adds comments and the Appendix 3 conclusion to a published
--                   version (never its content);
--   kasibi_author   reads, and publishes the standards of its own organisation only.
-- A login gets one of them (GRANT kasibi_author TO login) and, for an author, its organisation
-- in kasibi.account. Roles belong to the whole server: they may exist from another registry.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasibi_reader') THEN
        CREATE ROLE kasibi_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasibi_reviewer') THEN
        CREATE ROLE kasibi_reviewer NOLOGIN IN ROLE kasibi_reader;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasibi_author') THEN
        CREATE ROLE kasibi_author NOLOGIN IN ROLE kasibi_reader;
    END IF;
END
$$;

-- Which organisation each author's login publishes for.
CREATE TABLE kasibi.account (
    login name PRIMARY KEY,
    organisation text NOT NULL REFERENCES kasibi.organisation (id)
);

-- The login's own organisation (session_user: inside this function current_user is its owner).
CREATE FUNCTION kasibi.my_organisation() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT organisation FROM kasibi.account WHERE login = session_user
$$;

-- Review of a published version: remarks on its elements and the Appendix 3 conclusion.
CREATE TABLE kasibi.review_comment (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    standard uuid NOT NULL,
    version integer NOT NULL,
    element text NOT NULL,
    body text NOT NULL CHECK (body <> ''),
    author name NOT NULL DEFAULT current_user,
    created timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (standard, version) REFERENCES kasibi.standard_version (standard, version)
);

CREATE TABLE kasibi.review_conclusion (
    standard uuid NOT NULL,
    version integer NOT NULL,
    conclusion jsonb NOT NULL,
    author name NOT NULL DEFAULT current_user,
    created timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (standard, version, author),
    FOREIGN KEY (standard, version) REFERENCES kasibi.standard_version (standard, version)
);

REVOKE ALL ON SCHEMA kasibi FROM PUBLIC;
GRANT USAGE ON SCHEMA kasibi TO kasibi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA kasibi TO kasibi_reader;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA kasibi TO kasibi_reader;
REVOKE EXECUTE ON FUNCTION kasibi.index_version() FROM PUBLIC;

GRANT INSERT ON kasibi.standard, kasibi.standard_version TO kasibi_author;
GRANT INSERT ON kasibi.review_comment, kasibi.review_conclusion TO kasibi_reviewer;

ALTER TABLE kasibi.standard ENABLE ROW LEVEL SECURITY;
CREATE POLICY standard_read ON kasibi.standard FOR SELECT USING (true);
CREATE POLICY standard_own ON kasibi.standard FOR INSERT TO kasibi_author
    WITH CHECK (organisation = kasibi.my_organisation());

ALTER TABLE kasibi.standard_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY version_read ON kasibi.standard_version FOR SELECT USING (true);
CREATE POLICY version_own ON kasibi.standard_version FOR INSERT TO kasibi_author
    WITH CHECK (published_by = current_user AND EXISTS (
        SELECT FROM kasibi.standard s
        WHERE s.id = standard AND s.organisation = kasibi.my_organisation()));

ALTER TABLE kasibi.review_comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON kasibi.review_comment FOR SELECT USING (true);
CREATE POLICY comment_own ON kasibi.review_comment FOR INSERT TO kasibi_reviewer
    WITH CHECK (author = current_user);

ALTER TABLE kasibi.review_conclusion ENABLE ROW LEVEL SECURITY;
CREATE POLICY conclusion_read ON kasibi.review_conclusion FOR SELECT USING (true);
CREATE POLICY conclusion_own ON kasibi.review_conclusion FOR INSERT TO kasibi_reviewer
    WITH CHECK (author = current_user);
