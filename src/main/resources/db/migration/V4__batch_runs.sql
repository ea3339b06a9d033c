-- CollabRisk schema 4: conference batch screening runs, kept for audit (15 CFR 762.6: five years).
-- One row per run: what was screened (file name and SHA-256), with which lists (versions and hashes) and settings,
-- and the whole result as JSON. Rows are never updated.

CREATE TABLE batch_runs (
    run_id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by       VARCHAR(200)             NOT NULL,
    input_file     VARCHAR(1000)            NOT NULL,
    input_sha256   CHAR(64)                 NOT NULL,
    policy         VARCHAR(20)              NOT NULL,
    threshold      DOUBLE PRECISION         NOT NULL,
    papers         INT                      NOT NULL,
    rows_used      INT                      NOT NULL,
    flagged_papers INT                      NOT NULL,
    lists_json     CLOB                     NOT NULL,
    result_json    CLOB                     NOT NULL
);
CREATE INDEX batch_runs_started_idx ON batch_runs (started_at);
CREATE INDEX batch_runs_input_idx ON batch_runs (input_sha256);
