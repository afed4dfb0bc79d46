-- Everyone who changed an item's content after the drafter: none of them may sign its review (four eyes).
CREATE TABLE disclosure_editors (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
    user_id       INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (disclosure_id, user_id)
);
