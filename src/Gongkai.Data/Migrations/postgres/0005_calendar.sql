-- Holidays and make-up working days added after the build (a new year's State Council arrangement), on top of the
-- calendar embedded in Gongkai.Core (cn-holidays.tsv). A row for a date the calendar already lists replaces it.
CREATE TABLE calendar_days (
    date      text PRIMARY KEY,
    kind      text NOT NULL,
    name      text NOT NULL,
    added_at  text NOT NULL,
    added_by  text NOT NULL
);
