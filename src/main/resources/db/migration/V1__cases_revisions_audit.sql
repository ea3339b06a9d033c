-- CollabRisk schema 1: the marker that says this database is CollabRisk's, cases with their immutable
-- revisions, and the hash-chained audit log (records kept five years, 15 CFR 762.6).

CREATE TABLE collabrisk_meta (
    meta_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);
INSERT INTO collabrisk_meta (meta_key, meta_value) VALUES ('application', 'CollabRisk');
-- The last audit entry (seq and hash), updated in the same transaction as every append: it serialises
-- appenders (SELECT ... FOR UPDATE) and lets verification notice entries removed from the end of the chain.
INSERT INTO collabrisk_meta (meta_key, meta_value) VALUES ('audit_head', '0 0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE cases (
    id              VARCHAR(64)              NOT NULL PRIMARY KEY,
    title           VARCHAR(1000)            NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    overall_outcome VARCHAR(30),
    people_count    INT                      NOT NULL,
    artifact_count  INT                      NOT NULL,
    revision        INT                      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    case_json       CLOB                     NOT NULL
);
CREATE INDEX cases_status_idx ON cases (status);
CREATE INDEX cases_updated_idx ON cases (updated_at);

-- Every saved version of a case. Rows are only ever inserted.
CREATE TABLE case_revisions (
    case_id   VARCHAR(64)              NOT NULL,
    revision  INT                      NOT NULL,
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by  VARCHAR(200)             NOT NULL,
    sha256    CHAR(64)                 NOT NULL,
    case_json CLOB                     NOT NULL,
    PRIMARY KEY (case_id, revision),
    CONSTRAINT case_revisions_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

-- Append-only; each entry's hash covers the previous entry's hash (SHA-256 chain).
CREATE TABLE audit_log (
    seq       BIGINT                   NOT NULL PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)             NOT NULL,
    action    VARCHAR(40)              NOT NULL,
    subject   VARCHAR(200)             NOT NULL,
    detail    VARCHAR(4000)            NOT NULL,
    prev_hash CHAR(64)                 NOT NULL,
    hash      CHAR(64)                 NOT NULL
);
