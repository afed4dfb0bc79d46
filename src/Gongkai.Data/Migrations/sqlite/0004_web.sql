-- The web application: accounts (ASP.NET Core Identity through Gongkai's own store), API tokens, the yearly
-- submission of each agency's report with its review, publications, and an append-only audit log.
CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    user_name            TEXT    NOT NULL,
    normalized_user_name TEXT    NOT NULL UNIQUE,
    display_name         TEXT    NOT NULL,
    role                 TEXT    NOT NULL,        -- admin | reviewer | clerk
    agency_id            INTEGER REFERENCES agencies(id), -- clerk: own agency; reviewer: root of the subtree
    password_hash        TEXT,
    security_stamp       TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    lockout_end          TEXT,
    access_failed_count  INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    name        TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,           -- SHA-256 of the token; the token itself is shown once
    created_at  TEXT    NOT NULL,
    revoked_at  TEXT
);

-- One agency's report for one year as it goes through authoring and review.
CREATE TABLE submissions (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agencies(id),
    year          INTEGER NOT NULL,
    status        TEXT    NOT NULL,                -- draft | submitted | returned | accepted | published
    report_json   TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    INTEGER REFERENCES users(id),
    submitted_at  TEXT,
    report_id     INTEGER REFERENCES reports(id)   -- the registry version last published from it
);
CREATE UNIQUE INDEX submissions_agency_year ON submissions(agency_id, year);

CREATE TABLE review_comments (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    cell_key      TEXT,                            -- a cell of the template, or null for the whole report
    body          TEXT    NOT NULL,
    author_id     INTEGER NOT NULL REFERENCES users(id),
    created_at    TEXT    NOT NULL,
    resolved_at   TEXT
);
CREATE INDEX review_comments_submission ON review_comments(submission_id);

-- Evidence for evaluators: each publication of a report version, when and by whom. Never changed.
CREATE TABLE publications (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports(id),
    submission_id INTEGER REFERENCES submissions(id),
    published_at  TEXT    NOT NULL,
    published_by  INTEGER REFERENCES users(id),
    file_sha256   TEXT    NOT NULL
);
CREATE INDEX publications_report ON publications(report_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    user_id     INTEGER,
    user_name   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER publications_no_update BEFORE UPDATE ON publications BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
