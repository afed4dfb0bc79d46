#!/usr/bin/env bash
# Deadline counting, Gongkai against workalendar (Debian python3-workalendar), on the same inputs.
#   bench/casework/run.sh [COUNT [SECONDS]]     defaults 20000 deadlines, each side timed for at least 3 s
# Inputs: COUNT (start, working days) pairs, starts uniform over 2019-01-01..2023-09-30 (the peer knows 2018–2023),
# working days drawn from 7 (补正 notice), 15 (consultation), 20 (reply), 40 (extended reply). Prints both rates,
# their ratio and how many due dates agree (with the first differences).
set -euo pipefail
count=${1:-20000}
seconds=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/gk-bench-deadlines.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! /usr/bin/python3 -c 'import workalendar' 2>/dev/null; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y --no-install-recommends python3-workalendar >/dev/null
fi

/usr/bin/python3 - "$count" > "$work/input.tsv" <<'PY'
import datetime, random, sys
rng = random.Random(20261122)
first, last = datetime.date(2019, 1, 1), datetime.date(2023, 9, 30)
span = (last - first).days
for _ in range(int(sys.argv[1])):
    print(f"{first + datetime.timedelta(days=rng.randrange(span + 1))}\t{rng.choice((7, 15, 20, 40))}")
PY

dotnet build -c Release "$root/bench/Gongkai.Bench" -v q -nologo >/dev/null
ours=$(dotnet "$root/artifacts/bin/Gongkai.Bench/release/Gongkai.Bench.dll" --deadlines "$work/input.tsv" "$work/gongkai.tsv" "$seconds")
peer=$(/usr/bin/python3 -W ignore "$here/peer.py" "$work/input.tsv" "$work/peer.tsv" "$seconds")
echo "$ours"
echo "$peer"
/usr/bin/python3 - "$ours" "$peer" <<'PY'
import re, sys
rate = lambda s: float(re.search(r"([\d,]+) deadlines/s", s).group(1).replace(",", ""))
print(f"ratio: gongkai/peer = {rate(sys.argv[1]) / rate(sys.argv[2]):.1f}x")
PY
/usr/bin/python3 "$here/compare.py" "$work/input.tsv" "$work/gongkai.tsv" "$work/peer.tsv"
