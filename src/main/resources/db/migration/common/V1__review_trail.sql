-- Runs unchanged on SQLite and PostgreSQL; the only dialect difference is the auto-numbered key column,
-- filled in by the ${auto_id} Flyway placeholder. No patient names or IDs are stored: the SR export copies
-- them from the analysed image's own header.

-- The results shown to readers: a flag stays "pending" until an event decides it.
CREATE TABLE ai_result (
    seq                 ${auto_id},
    study_uid           VARCHAR(64)      NOT NULL,
    series_uid          VARCHAR(64)      NOT NULL,
    sop_uid             VARCHAR(64)      NOT NULL,
    finding             VARCHAR(64)      NOT NULL,
    model_id            VARCHAR(128)     NOT NULL,
    model_version       VARCHAR(64)      NOT NULL,
    model_sha256        CHAR(64)         NOT NULL,
    probability         DOUBLE PRECISION NOT NULL,
    threshold           DOUBLE PRECISION NOT NULL,
    registered_at       VARCHAR(40)      NOT NULL,
    CONSTRAINT ai_result_flag UNIQUE (sop_uid, finding, model_id, model_version, model_sha256)
);
CREATE INDEX ai_result_by_study ON ai_result (study_uid);

-- Append-only audit trail; current state is derived from it (ReviewLedger). Rows are never updated or
-- deleted (enforced by the V2 triggers); an undo is a new row naming the row it compensates.
CREATE TABLE review_event (
    seq                 ${auto_id},
    event_id            VARCHAR(36)      NOT NULL UNIQUE,
    kind                VARCHAR(8)       NOT NULL CHECK (kind IN ('ACCEPT', 'REJECT', 'MODIFY', 'UNDO')),
    reader              VARCHAR(128)     NOT NULL,
    recorded_at         VARCHAR(40)      NOT NULL,
    study_uid           VARCHAR(64)      NOT NULL,
    series_uid          VARCHAR(64)      NOT NULL,
    sop_uid             VARCHAR(64)      NOT NULL,
    finding             VARCHAR(64)      NOT NULL,
    model_id            VARCHAR(128)     NOT NULL,
    model_version       VARCHAR(64)      NOT NULL,
    model_sha256        CHAR(64)         NOT NULL,
    probability         DOUBLE PRECISION NOT NULL,
    threshold           DOUBLE PRECISION NOT NULL,
    reason              VARCHAR(32),
    note                VARCHAR(4000)    NOT NULL,
    -- UNIQUE: a decision can be compensated once, even when two workstations race to undo it.
    undoes_event_id     VARCHAR(36)      UNIQUE REFERENCES review_event (event_id),
    CHECK ((kind = 'REJECT') = (reason IS NOT NULL)),
    CHECK ((kind = 'UNDO') = (undoes_event_id IS NOT NULL))
);
CREATE INDEX review_event_by_study ON review_event (study_uid);
