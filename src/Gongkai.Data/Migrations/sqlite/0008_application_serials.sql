-- The last case number given per agency and year, raised by one upsert in the registering transaction, so two
-- clerks (or an online application and a clerk) registering at once never get the same number.
CREATE TABLE application_serials (
    agency_id   INTEGER NOT NULL REFERENCES agencies(id),
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL,
    PRIMARY KEY (agency_id, year)
);
INSERT INTO application_serials (agency_id, year, last_serial)
SELECT agency_id, CAST(substr(number, 1, 4) AS INTEGER), MAX(CAST(substr(number, 6) AS INTEGER)) FROM applications GROUP BY agency_id, CAST(substr(number, 1, 4) AS INTEGER);
