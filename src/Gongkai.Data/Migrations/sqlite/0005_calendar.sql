-- Holidays and make-up working days added after the build (a new year's State Council arrangement), on top of the
-- calendar embedded in Gongkai.Core (cn-holidays.tsv). A row for a date the calendar already lists replaces it.
CREATE TABLE calendar_days (
    date      TEXT PRIMARY KEY,                 -- yyyy-MM-dd
    kind      TEXT NOT NULL,                    -- holiday | workday
    name      TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
);
