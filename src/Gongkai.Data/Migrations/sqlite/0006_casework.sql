-- Casework: applications (依申请公开) with their steps as JSON and the columns the lists and reminders query,
-- review and litigation cases (table 四), the hand-entered table-二 figures, sent reminders, and clerks' e-mail.
CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER NOT NULL REFERENCES agencies(id),
    number         TEXT    NOT NULL,             -- 2026-0012: year of arrival and serial within the agency
    tracking_code  TEXT    NOT NULL UNIQUE,      -- what the applicant types to see the case
    status         TEXT    NOT NULL,             -- CaseStatus, derived from case_json
    applicant_type TEXT    NOT NULL,
    applicant_name TEXT    NOT NULL,
    arrived_on     TEXT    NOT NULL,
    received_on    TEXT,
    closed_on      TEXT,
    outcome        TEXT,
    due_on         TEXT,                         -- the next deadline on the registry's calendar; recomputed when it changes
    due_what       TEXT,
    assigned_to    INTEGER REFERENCES users(id),
    case_json      TEXT    NOT NULL,             -- the whole ApplicationCase
    version        INTEGER NOT NULL,             -- optimistic concurrency
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX applications_agency_number ON applications(agency_id, number);
CREATE INDEX applications_agency_status ON applications(agency_id, status, due_on);

CREATE TABLE appeals (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER NOT NULL REFERENCES agencies(id),
    application_id INTEGER REFERENCES applications(id),
    kind           TEXT    NOT NULL,             -- review | suit_direct | suit_after_review
    case_number    TEXT    NOT NULL,
    body           TEXT    NOT NULL,             -- 复议机关 or court
    filed_on       TEXT    NOT NULL,
    decided_on     TEXT,
    outcome        TEXT,                         -- upheld | corrected | other; null while pending
    note           TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX appeals_agency ON appeals(agency_id, filed_on);

CREATE TABLE casework_figures (
    agency_id      INTEGER NOT NULL REFERENCES agencies(id),
    year           INTEGER NOT NULL,
    figures_json   TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (agency_id, year)
);

CREATE TABLE reminders_sent (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    due_on         TEXT    NOT NULL,
    kind           TEXT    NOT NULL,             -- due_soon | overdue
    recipient      TEXT    NOT NULL,
    sent_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX reminders_sent_once ON reminders_sent(application_id, due_on, kind, recipient);

-- What the notices of an agency print: its document-number prefix, the bodies an applicant may appeal to, a contact.
CREATE TABLE casework_settings (
    agency_id      INTEGER NOT NULL PRIMARY KEY REFERENCES agencies(id),
    doc_prefix     TEXT    NOT NULL,             -- 文号 prefix, e.g. 巨鹿镇依申请公开 → 巨鹿镇依申请公开〔2026〕12号
    review_body    TEXT    NOT NULL,             -- 行政复议机关
    court          TEXT    NOT NULL,             -- 人民法院 with jurisdiction
    contact_person TEXT    NOT NULL,
    contact_phone  TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

ALTER TABLE users ADD COLUMN email TEXT;
