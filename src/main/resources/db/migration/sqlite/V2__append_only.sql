-- The trail is evidence: refuse UPDATE and DELETE at the database, not only in our code.
CREATE TRIGGER review_event_no_update BEFORE UPDATE ON review_event
BEGIN
    SELECT RAISE(ABORT, 'review_event is append-only');
END;
CREATE TRIGGER review_event_no_delete BEFORE DELETE ON review_event
BEGIN
    SELECT RAISE(ABORT, 'review_event is append-only');
END;
