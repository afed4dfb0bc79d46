#!/usr/bin/env python3
"""Peer for `gongkai stats rollup`: sums every cell column of a `gongkai export --to csv` file with the csv module.

Usage: sum_csv.py EXPORT.csv  → TSV on stdout: year, format, cell key, sum, reports with the cell filled.
The export has two header rows (Chinese labels, then cell keys); cell columns start after `warnings`.
Sums are exact (decimal.Decimal), grouped by year and template as the roll-up is.
"""
import csv
import sys
from collections import defaultdict
from decimal import Decimal

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    keys = next(rows)
    first = keys.index("warnings") + 1
    year, fmt = keys.index("year"), keys.index("format")
    sums = defaultdict(Decimal)
    counts = defaultdict(int)
    for row in rows:
        group = (row[year], row[fmt])
        for i in range(first, len(keys)):
            text = row[i]
            if text:
                sums[group + (keys[i],)] += Decimal(text)
                counts[group + (keys[i],)] += 1
out = sys.stdout
for k in sorted(sums):
    out.write(f"{k[0]}\t{k[1]}\t{k[2]}\t{sums[k]}\t{counts[k]}\n")
