-- The last case number given per agency and year, raised by one upsert in the registering transaction, so two
-- clerks (or an online application and a clerk) registering at once never get the same number.
CREATE TABLE application_serials (
    agency_id   bigint  NOT NULL REFERENCES agencies(id),
    year        integer NOT NULL,
    last_serial integer NOT NULL,
    PRIMARY KEY (agency_id, year)
);
INSERT INTO application_serials (agency_id, year, last_serial)
SELECT agency_id, CAST(substr(number, 1, 4) AS integer), MAX(CAST(substr(number, 6) AS integer)) FROM applications GROUP BY agency_id, CAST(substr(number, 1, 4) AS integer);
