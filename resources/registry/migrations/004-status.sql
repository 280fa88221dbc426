-- 004: each version's status in the approval procedure (draft, in review, in rework,
-- approved), which Kasibi derives at publish from the latest step of the document's timeline
-- (the interchange format has none). The standard's row shows its latest version's. Versions
-- published before this step are taken for drafts.
ALTER TABLE kasibi.standard_version ADD COLUMN status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'in-review', 'in-rework', 'approved'));
ALTER TABLE kasibi.standard ADD COLUMN status text NOT NULL DEFAULT 'draft';
CREATE INDEX standard_by_status ON kasibi.standard (status);

-- After kasibi.index_version() has made the version the latest: its status is the standard's.
CREATE FUNCTION kasibi.record_status() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE kasibi.standard SET status = NEW.status WHERE id = NEW.standard;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION kasibi.record_status() FROM PUBLIC;

CREATE TRIGGER standard_version_status AFTER INSERT ON kasibi.standard_version
    FOR EACH ROW EXECUTE FUNCTION kasibi.record_status();
