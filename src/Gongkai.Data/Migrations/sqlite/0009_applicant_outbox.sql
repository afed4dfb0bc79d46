-- Notices e-mailed to the applicant: queued in the transaction of the step that produced the notice, sent by the
-- reminder service (so a mail server that is down loses nothing), each kind of notice once per application.
CREATE TABLE applicant_outbox (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    kind           TEXT    NOT NULL,             -- NoticeKind: Correction | Extension | FeeDemand | Decision
    recipient      TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,   -- refused deliveries; given up after 5
    sent_at        TEXT
);
CREATE UNIQUE INDEX applicant_outbox_once ON applicant_outbox(application_id, kind);
CREATE INDEX applicant_outbox_pending ON applicant_outbox(sent_at, attempts);
