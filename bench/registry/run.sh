#!/usr/bin/env bash
# bench/registry/run.sh — the registry at national scale (issue 4), on SQLite and on a real PostgreSQL.
#
#   bench/registry/run.sh [N [SEED]]                       # defaults: N=2000, SEED=20261122
#
# What it does, for each engine in $ENGINES (default "sqlite postgres"):
#   1. generates the corpus once: `gongkai generate --count N --seed SEED --years 2019-2024 -o corpus.zip`
#      (kept in $WORK and reused by both engines and by later runs with the same N and SEED);
#   2. imports it into an empty registry under `/usr/bin/time -v` (wall, user+sys CPU, CPU %, peak RSS);
#   3. imports it again (every file already stored: the cost of idempotency);
#   4. measures the database on disk (SQLite: the file after a WAL checkpoint; PostgreSQL: pg_database_size);
#   5. times, $REPEAT times each (the table shows min–max wall and the largest peak RSS):
#        stats rollup                                   (every cell, every year, the whole country)
#        stats rollup --agency 河北省 --year 2023
#        stats quality --year 2023
#        stats agencies --year 2023 --top 10
#        stats similar --agency 河北省 --year 2023, and --year 2023   (once each, cut off after $SIMILAR_TIMEOUT s)
#        export --to csv / --to xlsx --year 2023
#   6. runs the peers on the same data (the "peer tool side by side" rule):
#        sqlite3 / psql summing every cell of every current report straight from the canonical JSON
#        (json_each / jsonb_each_text, grouped by year and template — the same job as `stats rollup`),
#        the same for three cells only (json_extract / ->>), and python3's csv module summing every cell
#        column of the exported 2023 CSV (the same job as `stats rollup --year 2023`);
#      and checks that the peers' sums equal ours (s3.received.total per year and template).
#   7. prints a table and writes it to $WORK/results-N.tsv (one row per measurement, raw seconds).
#
# PostgreSQL: a private throw-away cluster (docs: ../shared/design/ecosystem.md §3), initdb run as the
# `postgres` user, listening on 127.0.0.1 and a free port, with the server's default durability (fsync on,
# synchronous_commit on, full_page_writes on) since this is a benchmark. It is stopped on exit unless KEEP_PG=1.
#
# Environment (all optional):
#   GONGKAI          command that runs the CLI     (default: dotnet /tmp/art-bench/bin/Gongkai.Cli/release/gongkai.dll;
#                                                   build it with `dotnet build src/Gongkai.Cli -c Release --artifacts-path /tmp/art-bench`)
#   WORK             working directory             (default: /tmp/gongkai-registry-bench)
#   ENGINES          "sqlite postgres" | "sqlite" | "postgres"
#   REPEAT           runs of each query            (default 3)
#   SIMILAR_TIMEOUT  seconds for `stats similar`   (default 600; 0 skips it)
#   WORKERS          passed to `import --workers`  (default: the CLI's own default, one per core)
#   PGBIN            PostgreSQL binaries           (default /usr/lib/postgresql/15/bin)
#   PGPORT           port of the private cluster   (default: a free one)
#   COMMIT           the commit the CLI was built from, for the log (default: this checkout's HEAD)
#   KEEP_PG=1        leave the cluster running (its data directory is $WORK/pg)
#   SKIP_IMPORT=1    reuse the registries already in $WORK (queries and peers only)
#
# Runs as root (it needs runuser to start PostgreSQL as `postgres`). The machine is shared: run it at a quiet
# moment, look at the load average it prints, and compare ratios to the peers rather than absolute seconds.
set -euo pipefail

N="${1:-2000}"
SEED="${2:-20261122}"
GONGKAI="${GONGKAI:-dotnet /tmp/art-bench/bin/Gongkai.Cli/release/gongkai.dll}"
WORK="${WORK:-/tmp/gongkai-registry-bench}"
ENGINES="${ENGINES:-sqlite postgres}"
REPEAT="${REPEAT:-3}"
SIMILAR_TIMEOUT="${SIMILAR_TIMEOUT:-600}"
YEAR=2023
PROVINCE=河北省
read -r -a G <<<"$GONGKAI"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
CORPUS="$WORK/corpus-$N-$SEED.zip"
RESULTS="$WORK/results-$N.tsv"
LOG="$WORK/log-$N.txt"
: >"$LOG"
printf 'engine\tstep\truns\twall_min_s\twall_max_s\tcpu_s\tcpu_pct\trss_max_mb\tnote\n' >"$RESULTS"

say() { printf '%s\n' "$*" | tee -a "$LOG" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# measure ENGINE STEP RUNS NOTE -- COMMAND...  — runs COMMAND RUNS times under /usr/bin/time, appends one row.
# COMMAND's stdout goes to $WORK/out.txt, its stderr to the log. A non-zero exit is recorded, not fatal.
measure() {
    local engine="$1" step="$2" runs="$3" note="$4"
    shift 5
    local tf="$WORK/time.txt" walls=() cpu=0 pct="" rss=0 status=0
    for ((i = 0; i < runs; i++)); do
        status=0
        /usr/bin/time -f '%e %U %S %P %M' -o "$tf" "$@" >"$WORK/out.txt" 2>>"$LOG" || status=$?
        read -r e u s p m < <(tail -1 "$tf")
        walls+=("$e")
        cpu="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
        pct="$p"
        ((m > rss)) && rss="$m"
        if ((status != 0)); then note="${note:+$note; }exit $status"; fi
    done
    local min max
    min="$(printf '%s\n' "${walls[@]}" | sort -g | head -1)"
    max="$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$step" "$runs" "$min" "$max" "$cpu" "$pct" \
        "$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')" "$note" >>"$RESULTS"
    say "  $engine  $step: ${min}–${max} s wall, cpu ${cpu} s ($pct), peak RSS $((rss / 1024)) MB${note:+ — $note}"
}

# The query-and-sums time `stats rollup` prints (用时 … 秒) for its last RUNS runs, as "min–max s".
summed() {
    grep -a '（summed in）' "$LOG" | tail -n "$1" | sed -E 's/.*用时 ([0-9.]+) 秒.*/\1/' | sort -g |
        awk 'NR == 1 { low = $0 } { high = $0 } END { print low "–" high " s" }'
}

note_row() { printf '%s\t%s\t\t\t\t\t\t\t%s\n' "$1" "$2" "$3" >>"$RESULTS"; say "  $1  $2: $3"; }

# ---- corpus ------------------------------------------------------------------------------------------------
say "gongkai registry bench: N=$N seed=$SEED engines=[$ENGINES] repeat=$REPEAT work=$WORK"
say "cli: $GONGKAI"
say "commit: ${COMMIT:-$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo '?')}  load: $(load)  $(date -u +%FT%TZ)"
if [[ ! -f "$CORPUS" ]]; then
    # generate writes a directory unless the name ends in .zip
    rm -f "${CORPUS%.zip}.part.zip"
    measure corpus generate 1 "" -- "${G[@]}" generate --count "$N" --seed "$SEED" --years 2019-2024 -o "${CORPUS%.zip}.part.zip"
    mv "${CORPUS%.zip}.part.zip" "$CORPUS"
fi
note_row corpus size "$(python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]).infolist(); print(f"{len(z)} files, {sum(i.file_size for i in z) / 1048576:.1f} MB unpacked, ", end="")' "$CORPUS")$(du -m "$CORPUS" | cut -f1) MB zipped"

# ---- PostgreSQL: a private cluster (pg.sh) -------------------------------------------------------------------
# shellcheck source=pg.sh
source "$(dirname "$0")/pg.sh"
trap stop_pg EXIT

# ---- one engine ------------------------------------------------------------------------------------------------
run_engine() {
    local engine="$1" db size
    case "$engine" in
        sqlite)
            db="$WORK/registry-$N.db"
            if [[ "${SKIP_IMPORT:-}" != 1 ]]; then rm -f "$db" "$db-wal" "$db-shm"; fi
            ;;
        postgres)
            start_pg "$WORK/pg" "$LOG" 2> >(tee -a "$LOG" >&2)
            PGDB="registry_$N"
            if [[ "${SKIP_IMPORT:-}" != 1 ]]; then fresh_db "$PGDB"; fi
            db="Host=127.0.0.1;Port=$PGPORT;Username=bench;Database=$PGDB"
            ;;
    esac
    say "== $engine: $db  (load $(load))"
    local workers=()
    [[ -n "${WORKERS:-}" ]] && workers=(--workers "$WORKERS")

    if [[ "${SKIP_IMPORT:-}" != 1 ]]; then
        measure "$engine" import 1 "" -- "${G[@]}" import "$CORPUS" --db "$db" "${workers[@]}"
        say "    $(tail -1 "$WORK/out.txt")"
        measure "$engine" "import again (all stored)" 1 "" -- "${G[@]}" import "$CORPUS" --db "$db" "${workers[@]}"
        say "    $(tail -1 "$WORK/out.txt")"
    fi

    if [[ "$engine" == sqlite ]]; then
        sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
        size="$(du -m "$db" | cut -f1) MB file; by table (MB): $(sqlite3 "$db" "SELECT group_concat(name || ' ' || mb, ', ') FROM (SELECT name, round(sum(pgsize) / 1048576.0, 1) AS mb FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC LIMIT 5)")"
    else
        psql_ -c 'VACUUM ANALYZE' >/dev/null
        size="$(psql_ -Atc "SELECT round(pg_database_size(current_database()) / 1048576.0) || ' MB database; by table with TOAST and indexes (MB): ' || string_agg(relname || ' ' || mb, ', ') FROM (SELECT relname, round(pg_total_relation_size(oid) / 1048576.0, 1) AS mb FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY pg_total_relation_size(oid) DESC LIMIT 5) t")"
    fi
    note_row "$engine" "database size" "$size"

    measure "$engine" "stats rollup (all years, whole country)" "$REPEAT" "" -- "${G[@]}" stats rollup --db "$db"
    note_row "$engine" "stats rollup (all years, whole country): query and sums in process" "$(summed "$REPEAT")"
    measure "$engine" "stats rollup --agency $PROVINCE --year $YEAR" "$REPEAT" "" -- "${G[@]}" stats rollup --agency "$PROVINCE" --year "$YEAR" --db "$db"
    note_row "$engine" "stats rollup --agency $PROVINCE --year $YEAR: query and sums in process" "$(summed "$REPEAT")"
    measure "$engine" "stats rollup --year $YEAR" "$REPEAT" "" -- "${G[@]}" stats rollup --year "$YEAR" --to json --db "$db"
    note_row "$engine" "stats rollup --year $YEAR: query and sums in process" "$(summed "$REPEAT")"
    cp "$WORK/out.txt" "$WORK/rollup-$engine-$YEAR.json"
    measure "$engine" "stats quality --year $YEAR" "$REPEAT" "" -- "${G[@]}" stats quality --year "$YEAR" --db "$db"
    measure "$engine" "stats agencies --year $YEAR --top 10" "$REPEAT" "" -- "${G[@]}" stats agencies --year "$YEAR" --top 10 --db "$db"
    if ((SIMILAR_TIMEOUT > 0)); then
        measure "$engine" "stats similar --agency $PROVINCE --year $YEAR" 1 "cut off after ${SIMILAR_TIMEOUT} s if exit 124" -- \
            timeout "$SIMILAR_TIMEOUT" "${G[@]}" stats similar --agency "$PROVINCE" --year "$YEAR" --db "$db"
        say "    $(head -1 "$WORK/out.txt")"
        measure "$engine" "stats similar --year $YEAR" 1 "cut off after ${SIMILAR_TIMEOUT} s if exit 124" -- \
            timeout "$SIMILAR_TIMEOUT" "${G[@]}" stats similar --year "$YEAR" --db "$db"
        say "    $(head -1 "$WORK/out.txt")"
    fi
    measure "$engine" "export --to csv --year $YEAR" "$REPEAT" "" -- "${G[@]}" export --to csv -o "$WORK/export-$engine.csv" --year "$YEAR" --db "$db"
    measure "$engine" "export --to xlsx --year $YEAR" "$REPEAT" "" -- "${G[@]}" export --to xlsx -o "$WORK/export-$engine.xlsx" --year "$YEAR" --db "$db"
    note_row "$engine" "export sizes" "csv $(du -k "$WORK/export-$engine.csv" | cut -f1) KB, xlsx $(du -k "$WORK/export-$engine.xlsx" | cut -f1) KB"

    # ---- peers on the same data ----
    local every three
    if [[ "$engine" == sqlite ]]; then
        every="SELECT r.year, r.format, j.key, sum(j.value), count(j.value) FROM reports r JOIN agencies a ON a.id = r.agency_id, json_each(r.report_json, '\$.cells') j WHERE r.is_current = 1 AND r.year IS NOT NULL GROUP BY 1, 2, 3;"
        three="SELECT r.year, r.format, sum(json_extract(r.report_json, '\$.cells.\"s3.received.total\"')), sum(json_extract(r.report_json, '\$.cells.\"s3.disclosed.total\"')), sum(json_extract(r.report_json, '\$.cells.\"s4.review.total\"')) FROM reports r WHERE r.is_current = 1 AND r.year IS NOT NULL GROUP BY 1, 2;"
        measure "$engine" "peer: sqlite3 json_each, every cell" "$REPEAT" "" -- sqlite3 -separator $'\t' "$db" "$every"
        cp "$WORK/out.txt" "$WORK/peer-$engine-every.tsv"
        measure "$engine" "peer: sqlite3 json_extract, 3 cells" "$REPEAT" "" -- sqlite3 "$db" "$three"
    else
        every="SELECT r.year, r.format, j.key, sum(j.value::numeric), count(j.value) FROM reports r JOIN agencies a ON a.id = r.agency_id, jsonb_each_text(r.report_json::jsonb -> 'cells') j WHERE r.is_current = 1 AND r.year IS NOT NULL GROUP BY 1, 2, 3"
        three="WITH t AS MATERIALIZED (SELECT r.year, r.format, r.report_json::jsonb -> 'cells' AS c FROM reports r WHERE r.is_current = 1 AND r.year IS NOT NULL) SELECT year, format, sum((c ->> 's3.received.total')::numeric), sum((c ->> 's3.disclosed.total')::numeric), sum((c ->> 's4.review.total')::numeric) FROM t GROUP BY 1, 2"
        measure "$engine" "peer: psql jsonb_each_text, every cell" "$REPEAT" "" -- \
            psql -X -h 127.0.0.1 -p "$PGPORT" -U bench -d "$PGDB" -At -F $'\t' -c "$every"
        cp "$WORK/out.txt" "$WORK/peer-$engine-every.tsv"
        measure "$engine" "peer: psql ->> on jsonb, 3 cells" "$REPEAT" "" -- \
            psql -X -h 127.0.0.1 -p "$PGPORT" -U bench -d "$PGDB" -At -c "$three"
    fi
    measure "$engine" "peer: python3 csv, every cell of the $YEAR export" "$REPEAT" "" -- \
        python3 "$(dirname "$0")/sum_csv.py" "$WORK/export-$engine.csv"
    cp "$WORK/out.txt" "$WORK/peer-$engine-csv.tsv"
    note_row "$engine" "peer agreement" "$(python3 "$(dirname "$0")/agree.py" "$WORK/rollup-$engine-$YEAR.json" "$YEAR" "$WORK/peer-$engine-every.tsv" "$WORK/peer-$engine-csv.tsv")"
}

startup_done=""
for engine in $ENGINES; do
    if [[ -z "$startup_done" ]]; then
        measure any "gongkai --version (start-up)" "$REPEAT" "" -- "${G[@]}" --version
        startup_done=1
    fi
    run_engine "$engine"
done

say "load at the end: $(load)"
echo
python3 "$(dirname "$0")/table.py" "$RESULTS" "$N"
