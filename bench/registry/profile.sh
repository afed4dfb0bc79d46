#!/usr/bin/env bash
# bench/registry/profile.sh — where an import's time goes (issue 4), by simple experiments rather than a profiler.
#
#   bench/registry/profile.sh CORPUS.zip [LIMIT]        # LIMIT: documents used (default 5000, every k-th of the archive)
#
# 1. gongkai-registry-profile (bench/registry/Gongkai.RegistryProfile): each step of the CPU half timed on one thread
#    (thread CPU, after a warm-up), ReportPreparer.Prepare on 1 and 2 workers, and the SQL half alone — the same
#    prepared documents written through the importer's writer into an empty SQLite file and an empty PostgreSQL database.
# 2. The CLI on the same LIMIT documents (a zip of them): import --workers 1 / 2 into SQLite, --workers 2 into
#    PostgreSQL, and `gongkai parse DIR -o OUT` (read + recognize + check + canonical JSON, no database) — wall, CPU and
#    CPU % (200 % = both cores busy) from /usr/bin/time.
#
# Environment: GONGKAI (the CLI, as in run.sh), PROFILE (default: dotnet
# /tmp/art-bench/bin/Gongkai.RegistryProfile/release/gongkai-registry-profile.dll; build it with
# `dotnet build bench/registry/Gongkai.RegistryProfile -c Release --artifacts-path /tmp/art-bench`), WORK (default
# /tmp/gongkai-registry-profile), WARMUP seconds (default 20), PGBIN, PGPORT, KEEP_PG=1 (see pg.sh).
set -euo pipefail

CORPUS="$(realpath "$1")"
LIMIT="${2:-5000}"
HERE="$(cd "$(dirname "$0")" && pwd)"
GONGKAI="${GONGKAI:-dotnet /tmp/art-bench/bin/Gongkai.Cli/release/gongkai.dll}"
PROFILE="${PROFILE:-dotnet /tmp/art-bench/bin/Gongkai.RegistryProfile/release/gongkai-registry-profile.dll}"
WORK="${WORK:-/tmp/gongkai-registry-profile}"
read -r -a G <<<"$GONGKAI"
read -r -a P <<<"$PROFILE"
mkdir -p "$WORK"
# shellcheck source=pg.sh
source "$HERE/pg.sh"
trap stop_pg EXIT
start_pg "$WORK/pg" "$WORK/pg.log"

echo "== load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
# The LIMIT documents: every k-th entry of the archive, as a zip and as a directory.
SUBSET="$WORK/subset-$LIMIT.zip"
rm -rf "$WORK/subset" && mkdir -p "$WORK/subset"
python3 - "$CORPUS" "$SUBSET" "$WORK/subset" "$LIMIT" <<'PY'
import sys, zipfile
src, dst, folder, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
    names = sorted(n for n in z.namelist() if not n.endswith("/"))
    names = names[:: max(1, len(names) // limit)][:limit]  # spread over the years and provinces, not the first LIMIT
    for n in names:
        data = z.read(n)
        out.writestr(n, data)
    z.extractall(folder, names)
PY
echo "== 1. steps of the CPU half, and the writer alone"
rm -f "$WORK/writer.db" "$WORK/writer.db-wal" "$WORK/writer.db-shm"
fresh_db profile_writer
"${P[@]}" "$SUBSET" --limit "$LIMIT" --warmup "${WARMUP:-20}" \
    --writer "$WORK/writer.db" --writer "Host=127.0.0.1;Port=$PGPORT;Username=bench;Database=profile_writer"

echo
echo "== 2. the CLI on the same $LIMIT documents"
timed() {
    local label="$1"
    shift
    /usr/bin/time -f "%e %U %S %P %M" -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || true
    read -r e u s p m <"$WORK/time.txt"
    printf '| %s | %s | %.0f | %s | %s | %.0f |\n' "$label" "$e" "$(awk -v e="$e" -v n="$LIMIT" 'BEGIN { print n / e }')" \
        "$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')" "$p" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')"
}
echo "| run | wall s | documents/s | CPU s | CPU % | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|"
for w in 1 2; do
    rm -f "$WORK/cli.db"*
    timed "import --workers $w, SQLite" "${G[@]}" import "$SUBSET" --db "$WORK/cli.db" --workers "$w"
done
fresh_db profile_cli
timed "import --workers 2, PostgreSQL" "${G[@]}" import "$SUBSET" --db "Host=127.0.0.1;Port=$PGPORT;Username=bench;Database=profile_cli" --workers 2
rm -rf "$WORK/parsed"
timed "parse DIR -o OUT (no database)" "${G[@]}" parse "$WORK/subset" -o "$WORK/parsed"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
