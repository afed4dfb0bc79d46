"""bench/web/wrk_summary.py — one TSV row from a `wrk --latency` log plus CPU counters.

  python3 wrk_summary.py NAME WRK_LOG SERVER_CPU_SECONDS WRK_CPU_SECONDS WALL_SECONDS BUSY_PCT SERVER_RUNQ_MICROSECONDS
prints: name req/s p50_ms p90_ms p99_ms max_ms requests errors server_cpu_pct server_runq_pct wrk_cpu_pct machine_busy_pct
(percentages of one core: 200 % = both cores busy; server_runq = time the server's threads waited for a CPU).
errors = non-2xx/3xx responses + socket errors (connect, read, write, timeout).
"""
import re
import sys

name, log_path, server_cpu, wrk_cpu, wall, busy, runq_us = sys.argv[1:8]
text = open(log_path, encoding="utf-8").read()


def ms(value: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not m:
        raise SystemExit(f"wrk_summary: cannot read latency {value!r} in {log_path}")
    n, unit = float(m.group(1)), m.group(2)
    return {"us": n / 1000, "ms": n, "s": n * 1000, "m": n * 60000}[unit]


def percentile(p: str) -> float:
    m = re.search(rf"^\s*{p}%\s+(\S+)", text, re.M)
    if not m:
        raise SystemExit(f"wrk_summary: no {p}% line in {log_path} (was --latency given?)")
    return ms(m.group(1))


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
latency_max = ms(re.search(r"^\s*Latency\s+\S+\s+\S+\s+(\S+)", text, re.M).group(1))
errors = 0
if m := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
    errors += int(m.group(1))
if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
    errors += sum(int(g) for g in m.groups())
wall_s = float(wall)
row = [
    name, f"{rps:.0f}", f"{percentile('50'):.2f}", f"{percentile('90'):.2f}", f"{percentile('99'):.2f}",
    f"{latency_max:.2f}", str(requests), str(errors),
    f"{100 * float(server_cpu) / wall_s:.0f}", f"{100 * float(runq_us) / 1e6 / wall_s:.0f}",
    f"{100 * float(wrk_cpu) / wall_s:.0f}", f"{float(busy):.0f}",
]
print("\t".join(row))
