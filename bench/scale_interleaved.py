#!/usr/bin/env python3
"""Issue 16: every command and the window's start on the bundled database and on the same
database with a million figures of other regions, run in turn (bundled, big, bundled, big…)
as startup_interleaved.py does, so that the drift of a shared 2-core machine stays out of the
ratios. Wall time (median of the turns), the ratio big / bundled (median of the turn-by-turn
ratios) and the peak resident memory (largest over the turns, as /usr/bin/time -v reports it).
Usage: scale_interleaved.py BUNDLED.sqlite BIG.sqlite [turns]"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
chiso = os.path.join(root, "build/bench/app/chiso")
bundled, big = sys.argv[1], sys.argv[2]
turns = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def run(command):
    """Wall milliseconds and peak resident MiB of one run (wait4 gives its own rusage)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


with tempfile.TemporaryDirectory() as tmp:
    # A home of its own: no remembered window period or region, the same for both databases.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_DATA_HOME=os.path.join(tmp, "data"))
    out = os.path.join(tmp, "out")
    commands = {
        "report --year 2024 --month 6": ["report", "--year", "2024", "--month", "6"],
        "report --format json (latest month)": ["report", "--format", "json"],
        "--screenshot --view dashboard": ["--screenshot", out + ".bmp", "--view", "dashboard", "--as-of", "2024-06"],
        "forecast --as-of 2024-06": ["forecast", "--as-of", "2024-06"],
        "backtest": ["backtest"],
        "check": ["check"],
        "briefing --year 2024 --month 6": ["briefing", "--year", "2024", "--month", "6", "-o", out + ".pdf"],
        "export --region VN": ["export", "--region", "VN", "-o", out + ".csv"],
    }
    times = {name: ([], []) for name in commands}
    peaks = {name: [0.0, 0.0] for name in commands}
    for turn in range(turns + 2):  # the first two warm the caches
        for name, arguments in commands.items():
            # Which database goes first alternates, so that neither always follows the other.
            order = [(0, bundled), (1, big)] if turn % 2 == 0 else [(1, big), (0, bundled)]
            for which, db in order:
                ms, mib = run([chiso, "--db", db, "--lang", "vi"] + arguments)
                if turn >= 2:
                    times[name][which].append(ms)
                peaks[name][which] = max(peaks[name][which], mib)

    print(f"{'command (region VN)':38} {'bundled':>10} {'big':>10} {'ratio':>7}  {'peak MiB':>15}")
    for name in commands:
        small, large = times[name]
        ratios = sorted(b / a for a, b in zip(small, large))
        print(f"{name:38} {statistics.median(small):8.1f}ms {statistics.median(large):8.1f}ms "
              f"{statistics.median(ratios):7.3f}  {peaks[name][0]:6.1f} / {peaks[name][1]:6.1f}"
              f"   (middle half of ratios {ratios[len(ratios) // 4]:.3f}–{ratios[3 * len(ratios) // 4]:.3f}, {len(ratios)} turns)")

    # Every row of the big database, streamed: its memory must not grow with the rows.
    ms, mib = run([chiso, "--db", big, "export", "-o", out + "-all.csv"])
    rows = sum(1 for _ in open(out + "-all.csv", encoding="utf-8")) - 1
    print(f"export (every region, {rows:,} rows): {ms / 1000:.1f} s, peak {mib:.1f} MiB")
