#!/usr/bin/env bash
# bench/web/run.sh — load on the web application (issue 5): a report page and the stateless check API under wrk,
# with nginx serving the same report page as a static file side by side on the same machine.
#
#   bench/web/run.sh
#
# What it does:
#   1. installs wrk and nginx-light with apt-get when missing;
#   2. builds src/Gongkai.Web in Release (--artifacts-path $ART) and starts it on a fresh SQLite file in $WORK, which
#      imports samples/seeds on first start (as a fresh install does), with the check API's rate limit raised by
#      configuration (--Gongkai:CheckApiPerMinute=1000000) and logging at Warning;
#   3. checks the two targets answer 200 (the report page, and the check API's JSON for the seed), and saves the
#      report page's HTML as the static peer's file;
#   4. for each target: a warm-up ($WARMUP), then `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency`:
#        gongkai-report   GET  $REPORT on Gongkai (Razor page, output cache)
#        gongkai-report-uncached  the same page with an Authorization header (uncached.lua), which the output cache never answers: every request
#                         misses the output cache and renders from the database (optional; not in the default)
#        gongkai-check    POST /api/check, multipart field "file" = $SEED (check.lua): read, recognize, check, JSON
#        nginx-report     GET  $REPORT on nginx (worker_processes auto, access_log off, sendfile), the saved HTML
#      recording req/s, p50/p90/p99/max latency, errors (non-2xx/3xx + socket errors), the server's CPU (user+sys of
#      its processes over the run; 200 % = both cores), the time its threads were runnable but waiting for a CPU
#      (server_runq, from /proc/PID/task/*/schedstat, summed over its threads: 100 % = on average one of its threads
#      ready to run but waiting for a core; its own threads queue behind each other too), wrk's own CPU and the whole
#      machine's busy CPU;
#   5. prints a table and writes $WORK/results.tsv (raw wrk logs: $WORK/wrk-*.log; app log: $WORK/app.log).
#
# wrk runs on the same two cores as the server (the issue asks for this machine), so the server gets what wrk
# leaves; the nginx row shows what the machine and wrk allow for a page served from a file.
#
# Environment (all optional):
#   WORK         working directory                    (default /tmp/gongkai-web-bench; emptied at start)
#   ART          build output of the app              (default /tmp/art-bench-web)
#   DURATION     measured run per target              (default 60s)
#   WARMUP       warm-up run per target               (default 10s)
#   THREADS      wrk threads                          (default 2)
#   CONNECTIONS  wrk connections                      (default 32)
#   REPORT       report page path                     (default /reports/1)
#   SEED         file posted to /api/check            (default samples/seeds/000_c9419c5d055fd0e3.txt)
#   TARGETS      which rows to measure                (default "gongkai-report gongkai-check nginx-report")
#   COMMIT       commit the app was built from         (default: this checkout's HEAD)
#   BUILD_ARGS   extra arguments to `dotnet build`     (default none)
#   NICE         run the app, nginx and wrk at this nice level, e.g. -10 on a shared machine so the benchmark gets the
#                cores before other people's builds (default: unchanged; the level is printed with the results)
# Runs as root (apt-get); run it at a quiet moment and read the load it prints.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/web"
WORK="${WORK:-/tmp/gongkai-web-bench}"
ART="${ART:-/tmp/art-bench-web}"
DURATION="${DURATION:-60s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
REPORT="${REPORT:-/reports/1}"
SEED="${SEED:-$root/samples/seeds/000_c9419c5d055fd0e3.txt}"
TARGETS="${TARGETS:-gongkai-report gongkai-check nginx-report}"
COMMIT="${COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)}"
export SEED

# ---- 1. tools -------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if (( ${#missing[@]} > 0 )); then
    sudo=""
    if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; fi
    export DEBIAN_FRONTEND=noninteractive
    echo "bench: installing ${missing[*]}"
    $sudo apt-get update </dev/null >/dev/null
    $sudo apt-get install -y --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi

# ---- 2. build and start the app --------------------------------------------------------------------------
echo "bench: building src/Gongkai.Web (Release) into $ART"
# shellcheck disable=SC2086
dotnet build "$root/src/Gongkai.Web" -c Release --artifacts-path "$ART" -nologo -v q ${BUILD_ARGS:-} >"$WORK.build.log" 2>&1 ||
    { tail -20 "$WORK.build.log"; echo "bench: the build failed" >&2; exit 1; }
dll="$ART/bin/Gongkai.Web/release/Gongkai.Web.dll"

rm -rf "$WORK" && mkdir -p "$WORK/app" "$WORK/static$(dirname "$REPORT")" "$WORK/nginx"
chmod 755 "$WORK" "$WORK/static"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT="$(free_port)"
NGINX_PORT="$(free_port)"
app="http://127.0.0.1:$APP_PORT"
peer="http://127.0.0.1:$NGINX_PORT"

app_pid=""
nginx_pid=""
cleanup() {
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

prio=()
[[ -n "${NICE:-}" ]] && prio=(nice -n "$NICE")
(cd "$WORK/app" && exec "${prio[@]}" dotnet "$dll" --urls "$app" --db "$WORK/app/gongkai.db" \
    --Gongkai:Samples="$root/samples/seeds" --Gongkai:CheckApiPerMinute=1000000 \
    --Logging:LogLevel:Default=Warning) >"$WORK/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "$app/" 2>/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$WORK/app.log"; echo "bench: the app exited" >&2; exit 1; }
    sleep 0.5
done
curl -fsS -o /dev/null "$app/" || { cat "$WORK/app.log"; echo "bench: the app did not answer on $app" >&2; exit 1; }

# ---- 3. the targets answer ----------------------------------------------------------------------------------
status="$(curl -sS -o "$WORK/static$REPORT" -w '%{http_code}' "$app$REPORT")"
[[ "$status" == 200 ]] || { echo "bench: $REPORT answered $status" >&2; exit 1; }
chmod 644 "$WORK/static$REPORT"
status="$(curl -sS -o "$WORK/check.json" -w '%{http_code}' -F "file=@$SEED;type=text/plain" "$app/api/check")"
[[ "$status" == 200 ]] || { cat "$WORK/check.json"; echo "bench: /api/check answered $status" >&2; exit 1; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "cells" in json.dumps(d) or d, "empty JSON"' "$WORK/check.json"

cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        location / { default_type "text/html; charset=utf-8"; try_files \$uri =404; }
    }
}
CONF
"${prio[@]}" nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' 2>>"$WORK/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$peer$REPORT" 2>/dev/null && break; sleep 0.1; done
cmp -s <(curl -fsS "$peer$REPORT") "$WORK/static$REPORT" || { echo "bench: nginx does not serve the saved page" >&2; exit 1; }

# ---- 4. measure ---------------------------------------------------------------------------------------------
ticks="$(getconf CLK_TCK)"
# user+sys seconds of a process and its children's live processes (nginx: master + workers).
cpu_of() {
    local total=0 p
    for p in "$1" $(pgrep -P "$1" || true); do
        [[ -r /proc/$p/stat ]] || continue
        total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$p/stat") ))
    done
    python3 -c "print($total / $ticks)"
}
# nanoseconds the threads of a process and of its children spent waiting for a CPU while runnable (schedstat field 2).
runq_of() {
    local p total=0
    for p in "$1" $(pgrep -P "$1" || true); do
        total=$(( total + $(cat /proc/"$p"/task/*/schedstat 2>/dev/null | awk '{ w += $2 } END { printf "%.0f", w }') ))
    done
    echo "$total"
}
# busy and total jiffies of the whole machine (all cores).
machine() { awk '/^cpu / { idle = $5 + $6; t = 0; for (i = 2; i <= 9; i++) t += $i; print t - idle, t }' /proc/stat; }

measure() { # NAME URL SERVER_PID [wrk args...]
    local name="$1" url="$2" pid="$3"
    shift 3
    echo "bench: $name — warm-up $WARMUP"
    "${prio[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >"$WORK/warmup-$name.log"
    sleep 2
    echo "bench: $name — wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $* $url   (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
    local c0 c1 q0 q1 m0 m1 start end
    c0="$(cpu_of "$pid")"; q0="$(runq_of "$pid")"; read -r -a m0 <<<"$(machine)"; start="$(date +%s.%N)"
    "${prio[@]}" /usr/bin/time -f "%U %S" -o "$WORK/wrk-$name.time" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$WORK/wrk-$name.log"
    end="$(date +%s.%N)"; c1="$(cpu_of "$pid")"; q1="$(runq_of "$pid")"; read -r -a m1 <<<"$(machine)"
    local wall server_cpu wrk_cpu busy
    wall="$(python3 -c "print($end - $start)")"
    server_cpu="$(python3 -c "print($c1 - $c0)")"
    wrk_cpu="$(awk '{ print $1 + $2 }' "$WORK/wrk-$name.time")"
    busy="$(python3 -c "print(100 * $(nproc) * (${m1[0]} - ${m0[0]}) / (${m1[1]} - ${m0[1]}))")"
    python3 "$here/wrk_summary.py" "$name" "$WORK/wrk-$name.log" "$server_cpu" "$wrk_cpu" "$wall" "$busy" "$(( (q1 - q0) / 1000 ))" | tee -a "$WORK/results.tsv"
    [[ "$pid" == "$app_pid" ]] && echo "# app RSS after $name: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$app_pid/status")" >>"$WORK/results.tsv"
    return 0
}

{
    echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)  commit: $COMMIT  machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "# dotnet $(dotnet --version), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3), seed $(basename "$SEED") ($(stat -c %s "$SEED") bytes), report page $(stat -c %s "$WORK/static$REPORT") bytes"
    echo "# nice level of app, nginx and wrk: ${NICE:-0 (unchanged)}"
    echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg); busiest other processes:"
    ps -eo pid,pcpu,etime,comm --sort=-pcpu | grep -v -E " (ps|grep|run.sh|dotnet|nginx|wrk)$" | sed -n '2,6p' | sed 's/^/#   /'
    printf 'target\treq/s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\terrors\tserver_cpu_%%\tserver_runq_%%\twrk_cpu_%%\tmachine_busy_%%\n'
} | tee "$WORK/results.tsv"

for target in $TARGETS; do
    case "$target" in
        gongkai-report) measure gongkai-report "$app$REPORT" "$app_pid" ;;
        gongkai-report-uncached) measure gongkai-report-uncached "$app$REPORT" "$app_pid" -s "$here/uncached.lua" ;;
        gongkai-check) measure gongkai-check "$app/api/check" "$app_pid" -s "$here/check.lua" ;;
        nginx-report) measure nginx-report "$peer$REPORT" "$nginx_pid" ;;
        *) echo "bench: unknown target $target" >&2; exit 2 ;;
    esac
done

echo "# app peak RSS: $(awk '/VmHWM/ { print $2 / 1024 " MB" }' "/proc/$app_pid/status"); load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/results.tsv"
echo
column -t -s $'\t' < <(grep -v '^#' "$WORK/results.tsv")
