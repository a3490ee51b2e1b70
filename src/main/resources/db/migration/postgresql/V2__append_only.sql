-- The trail is evidence: refuse UPDATE and DELETE at the database, not only in our code.
CREATE FUNCTION review_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'review_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER review_event_no_update BEFORE UPDATE OR DELETE ON review_event
    FOR EACH ROW EXECUTE FUNCTION review_event_append_only();
