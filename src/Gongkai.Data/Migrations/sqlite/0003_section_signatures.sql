-- MinHash signature of each narrative section: a copied section is 内容雷同 even when the rest of the report differs.
CREATE TABLE section_signatures (
    report_id INTEGER NOT NULL REFERENCES reports(id),
    section   TEXT    NOT NULL,
    minhash   BLOB    NOT NULL,
    PRIMARY KEY (report_id, section)
);
