#!/usr/bin/python3
"""usage: compare.py INPUT.tsv GONGKAI.tsv PEER.tsv — how many due dates agree; the differences by the period they span.

Known difference: the 2020 Spring Festival was extended to 2 February by 国办发明电〔2020〕1号 (COVID-19), which also
cancelled the make-up working Saturday of 1 February. shared/data/cn-holidays.tsv has the extension; workalendar 17.0.0
has the original notice only. Every other difference is printed.
"""
import datetime
import sys

EXTENSION = {datetime.date(2020, 1, 31), datetime.date(2020, 2, 1), datetime.date(2020, 2, 2)}

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
ours = [l.strip() for l in open(sys.argv[2], encoding="utf-8")]
peer = [l.strip() for l in open(sys.argv[3], encoding="utf-8")]
assert len(rows) == len(ours) == len(peer), (len(rows), len(ours), len(peer))
explained, other = 0, []
for (start, n), o, p in zip(rows, ours, peer):
    if o == p:
        continue
    s, last = datetime.date.fromisoformat(start), max(datetime.date.fromisoformat(o), datetime.date.fromisoformat(p))
    if any(s < d <= last for d in EXTENSION):
        explained += 1
    else:
        other.append((start, n, o, p))
print(f"agree: {len(rows) - explained - len(other)} of {len(rows)}; "
      f"{explained} differ across the 2020 COVID-19 extension of the Spring Festival (in Gongkai's data, not the peer's); "
      f"{len(other)} other differences")
for start, n, o, p in other[:20]:
    print(f"  {start} +{n}: gongkai {o}, peer {p}")
