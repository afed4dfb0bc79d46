-- The registry: agencies tree, report versions, their findings and the original files (content-addressed).
CREATE TABLE agencies (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES agencies(id),
    path        TEXT    NOT NULL,               -- '/1/7/42/': ids from the root down to this agency
    kind        TEXT    NOT NULL,               -- root | unplaced | province | city | county | township | department | other
    code        TEXT,                           -- GB/T 2260 code of a region
    name        TEXT    NOT NULL,               -- short name: 巨鹿镇, 教育局
    full_name   TEXT    NOT NULL,               -- canonical issuer name: 巨鹿县巨鹿镇人民政府
    confidence  REAL    NOT NULL,               -- of the placement, 0..1
    evidence    TEXT,                           -- why it was placed here
    placed_by   TEXT    NOT NULL,               -- import | manual
    created_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX agencies_parent_kind_name ON agencies(parent_id, kind, name);
CREATE UNIQUE INDEX agencies_code ON agencies(code);
CREATE INDEX agencies_path ON agencies(path);
CREATE INDEX agencies_full_name ON agencies(full_name);

CREATE TABLE agency_aliases (
    alias      TEXT    NOT NULL,
    agency_id  INTEGER NOT NULL REFERENCES agencies(id),
    PRIMARY KEY (alias, agency_id)
);

-- A manual correction: reports whose issuer is printed as this name belong to this agency.
CREATE TABLE placement_overrides (
    issuer     TEXT    PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agencies(id),
    created_at TEXT    NOT NULL
);

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agencies(id),
    year          INTEGER,
    version       INTEGER NOT NULL,
    is_current    INTEGER NOT NULL,
    format        TEXT    NOT NULL,
    issuer        TEXT,                         -- the agency as the document prints it
    published_on  TEXT,                         -- yyyy-MM-dd when known
    imported_at   TEXT    NOT NULL,
    file_sha256   TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    errors        INTEGER NOT NULL,
    warnings      INTEGER NOT NULL,
    confidence    REAL    NOT NULL,
    cells         BLOB    NOT NULL,             -- CellVector: every catalog cell, packed
    report_json   TEXT    NOT NULL,             -- canonical JSON (shared/spec/report-json.md)
    findings_json TEXT    NOT NULL,
    diff_json     TEXT                          -- changes against the previous version
);
CREATE UNIQUE INDEX reports_agency_year_version ON reports(agency_id, year, version);
CREATE INDEX reports_year_current ON reports(year, is_current, agency_id);

CREATE TABLE findings (
    report_id INTEGER NOT NULL REFERENCES reports(id),
    code      TEXT    NOT NULL,
    severity  TEXT    NOT NULL,
    cell_key  TEXT
);
CREATE INDEX findings_report ON findings(report_id);
CREATE INDEX findings_code ON findings(code, report_id);

CREATE TABLE files (
    sha256      TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    compression TEXT    NOT NULL,               -- none | deflate
    content     BLOB    NOT NULL,
    name        TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    report_id   INTEGER REFERENCES reports(id), -- null when the file could not be read as a report
    error       TEXT
);
CREATE INDEX files_report ON files(report_id);

-- The tree's two fixed nodes: the root, and where agencies wait whose place could not be inferred.
INSERT INTO agencies (id, parent_id, path, kind, code, name, full_name, confidence, evidence, placed_by, created_at)
VALUES (1, NULL, '/1/', 'root', NULL, '全国', '全国', 1, NULL, 'import', ''),
       (2, 1, '/1/2/', 'unplaced', NULL, '未归属', '未归属', 1, NULL, 'import', '');
