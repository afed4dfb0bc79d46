# bench/registry/pg.sh — a private throw-away PostgreSQL cluster for the registry benchmarks (sourced, not run).
#
#   source pg.sh; start_pg DATADIR LOGFILE; psql_ -c '…'; … ; stop_pg
#
# As ../shared/design/ecosystem.md §3: initdb runs as the `postgres` user (it refuses root), the server listens on
# 127.0.0.1 and a free port ($PGPORT if set), with the server's default durability (fsync, synchronous_commit and
# full_page_writes on, shared_buffers 128MB). A cluster already running in DATADIR is reused. Sets PGPORT.
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
pg_started=""

start_pg() {
    PGDATA="$1"
    local log="${2:-/dev/null}"
    if [[ -f "$PGDATA/postmaster.pid" ]] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
        PGPORT="$(sed -n 4p "$PGDATA/postmaster.pid")"
        echo "postgres: reusing the cluster in $PGDATA on port $PGPORT" >&2
        return
    fi
    if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
        mkdir -p "$PGDATA" && chown postgres "$PGDATA" && chmod 700 "$PGDATA"
        runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >>"$log" 2>&1
    fi
    PGPORT="${PGPORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA" start >>"$log" 2>&1
    pg_started=1
    echo "postgres: $("$PGBIN/postgres" --version), port $PGPORT, fsync=$(psql_ -Atc 'show fsync'), synchronous_commit=$(psql_ -Atc 'show synchronous_commit'), shared_buffers=$(psql_ -Atc 'show shared_buffers')" >&2
}

# Stops the cluster this shell started (never one it merely reused), unless KEEP_PG=1.
stop_pg() {
    if [[ -n "$pg_started" && "${KEEP_PG:-}" != 1 ]]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
        pg_started=""
    fi
}

# psql on the private cluster, database $PGDB (default postgres).
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U bench -d "${PGDB:-postgres}" -v ON_ERROR_STOP=1 "$@"; }

# A fresh, empty database: fresh_db NAME
fresh_db() { PGDB=postgres psql_ -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1; }
