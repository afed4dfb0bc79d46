#!/usr/bin/env python3
"""Do the peers compute the same sums as `gongkai stats rollup`?

Usage: agree.py ROLLUP.json YEAR PEER.tsv [PEER.tsv...]
ROLLUP.json is the stdout of `gongkai stats rollup --year YEAR --to json` (one canonical-JSON document per template,
concatenated). Each PEER.tsv has rows: year, format, cell key, sum, count. Prints one line: cells compared and
mismatches per peer. Amounts are compared to the cent (SQLite's json_each sums reals as doubles).
"""
import json
import sys
from decimal import Decimal

text = open(sys.argv[1], encoding="utf-8").read()
year = sys.argv[2]
ours = {}
decoder = json.JSONDecoder()
i = 0
while True:
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    doc, i = decoder.raw_decode(text, i)
    for key, value in doc["cells"].items():
        if value is not None:
            ours[(doc["format"], key)] = Decimal(str(value))

parts = []
for path in sys.argv[3:]:
    theirs = {}
    for line in open(path, encoding="utf-8"):
        y, fmt, key, total, _ = line.rstrip("\n").split("\t")
        if y == year:
            theirs[(fmt, key)] = Decimal(total)
    # A cell our roll-up prints but the peer has no rows for (blank everywhere) counts as a mismatch too.
    keys = set(ours) | set(theirs)
    bad = [k for k in keys if abs(ours.get(k, Decimal(0)) - theirs.get(k, Decimal(0))) > Decimal("0.01")]
    name = path.rsplit("/", 1)[-1]
    parts.append(f"{name}: {len(keys)} cells, {len(bad)} differ" + (f" (e.g. {sorted(bad)[:3]})" if bad else ""))
print("; ".join(parts))
