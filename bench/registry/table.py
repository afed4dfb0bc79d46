#!/usr/bin/env python3
"""Prints results-N.tsv (written by run.sh) as a Markdown table, with rates for the import rows.

Usage: table.py RESULTS.tsv N
"""
import csv
import sys

n = int(sys.argv[2])
print("| engine | step | wall s (min–max) | CPU s | CPU % | peak RSS MB | note |")
print("|---|---|---:|---:|---:|---:|---|")
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        if not r["wall_min_s"]:
            print(f"| {r['engine']} | {r['step']} | | | | | {r['note']} |")
            continue
        lo, hi = float(r["wall_min_s"]), float(r["wall_max_s"])
        wall = f"{lo:.2f}" if r["runs"] == "1" or lo == hi else f"{lo:.2f}–{hi:.2f}"
        note = r["note"]
        if r["step"].startswith("import"):
            note = (note + "; " if note else "") + f"{n / lo:,.0f} documents/s"
        print(f"| {r['engine']} | {r['step']} | {wall} | {r['cpu_s']} | {r['cpu_pct']} | {r['rss_max_mb']} | {note} |")
