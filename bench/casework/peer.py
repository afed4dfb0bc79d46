#!/usr/bin/python3
"""The peer: workalendar's China calendar (Debian python3-workalendar 17.0.0, 2018–2023) counts the same deadlines.

usage: peer.py INPUT.tsv OUTPUT.tsv [SECONDS]
INPUT has one "start<TAB>working_days" per line; OUTPUT gets the due dates in the same order. The whole list is
counted again until SECONDS (default 3) have passed; the rate is printed as "peer: N deadlines/s".
"""
import datetime
import sys
import time

from workalendar.asia import China


def main():
    src, dst = sys.argv[1], sys.argv[2]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    rows = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            start, n = line.split("\t")
            rows.append((datetime.date.fromisoformat(start), int(n)))
    calendar = China()
    calendar.add_working_days(rows[0][0], rows[0][1])  # warm the holiday cache
    done, began, due = 0, time.perf_counter(), []
    while True:
        due = [calendar.add_working_days(start, n) for start, n in rows]
        done += len(rows)
        if time.perf_counter() - began >= seconds:
            break
    elapsed = time.perf_counter() - began
    with open(dst, "w", encoding="utf-8") as f:
        f.writelines(d.isoformat() + "\n" for d in due)
    print(f"peer: {done / elapsed:,.0f} deadlines/s ({done} in {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
