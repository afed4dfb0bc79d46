-- Proactive disclosure (主动公开, 《政府信息公开条例》第十九条–第二十六条): each agency's items of government information
-- with their 索引号, the 三审 sign-off of each item (append-only), and the agency's 索引号 scheme with the last serial
-- given out per year. The public 目录 lists the published 主动公开 items.
CREATE TABLE disclosure_index_settings (
    agency_id   INTEGER PRIMARY KEY REFERENCES agencies(id),
    org_code    TEXT    NOT NULL,                -- 组织机构代码 or 统一社会信用代码, printed by {org}
    pattern     TEXT    NOT NULL,                -- e.g. {org}/{yyyy}-{seq:5} (Gongkai.Casework.Disclosure.IndexScheme)
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id)
);

-- The last serial given out per agency and year; raised in the transaction that stores the item, so two items never
-- get the same serial.
CREATE TABLE disclosure_serials (
    agency_id   INTEGER NOT NULL REFERENCES agencies(id),
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL,
    PRIMARY KEY (agency_id, year)
);

CREATE TABLE disclosures (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agencies(id),
    index_number  TEXT    NOT NULL,              -- 索引号, free text in the agency's scheme
    serial_year   INTEGER NOT NULL,
    serial        INTEGER NOT NULL,
    title         TEXT    NOT NULL,              -- 名称
    summary       TEXT    NOT NULL,              -- 内容概述
    body          TEXT    NOT NULL,
    doc_number    TEXT,                          -- 文号
    category      INTEGER NOT NULL,              -- 第二十条 item number 1–15; 21 = 第二十一条
    attribute     TEXT    NOT NULL,              -- 公开属性: proactive | on_request | exempt
    generated_on  TEXT    NOT NULL,              -- 生成日期 yyyy-MM-dd
    changed_on    TEXT,                          -- last change of the information (第二十六条 counts from it)
    status        TEXT    NOT NULL,              -- draft | review | secrecy_check | approval | published | withdrawn
    published_on  TEXT,                          -- the day of the last publication
    created_by    INTEGER NOT NULL REFERENCES users(id),
    version       INTEGER NOT NULL,              -- optimistic concurrency
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX disclosures_agency_index_number ON disclosures(agency_id, index_number);
CREATE INDEX disclosures_agency_status ON disclosures(agency_id, status);
CREATE INDEX disclosures_catalogue ON disclosures(status, attribute, generated_on);

CREATE TABLE disclosure_signoffs (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
    stage         TEXT    NOT NULL,              -- the stage signed
    decision      TEXT    NOT NULL,              -- submit | pass | reject | revise | withdraw
    to_stage      TEXT    NOT NULL,
    signer_id     INTEGER NOT NULL REFERENCES users(id),
    signer_name   TEXT    NOT NULL,
    comment       TEXT,
    at            TEXT    NOT NULL
);
CREATE INDEX disclosure_signoffs_disclosure ON disclosure_signoffs(disclosure_id, id);
CREATE TRIGGER disclosure_signoffs_no_update BEFORE UPDATE ON disclosure_signoffs BEGIN SELECT RAISE(ABORT, 'disclosure_signoffs is append-only'); END;
CREATE TRIGGER disclosure_signoffs_no_delete BEFORE DELETE ON disclosure_signoffs BEGIN SELECT RAISE(ABORT, 'disclosure_signoffs is append-only'); END;
