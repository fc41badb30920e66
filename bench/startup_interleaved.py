#!/usr/bin/env python3
"""Start-up to a painted dashboard (issue 4), the bare QChartView program and chiso run in
turn rather than in two blocks as hyperfine does: on a shared 2-core machine the speed drifts
over a minute, and turns keep the drift out of the ratio. Usage: startup_interleaved.py [runs]"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
with tempfile.TemporaryDirectory() as tmp:
    chiso = os.path.join(root, "build/bench/app/chiso")
    db = os.path.join(tmp, "db.sqlite")
    subprocess.run([chiso, "init", "--db", db], env=env, stdout=subprocess.DEVNULL, check=True)
    programs = {
        "bare QChartView": [os.path.join(root, "build/bench/bench/bench_bare_chart")],
        "chiso dashboard": [chiso, "--db", db, "--screenshot", os.path.join(tmp, "shot.bmp"), "--view", "dashboard"],
    }
    times = {name: [] for name in programs}
    for turn in range(runs + 5):  # the first five warm the caches
        for name, command in programs.items():
            start = time.perf_counter()
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            if turn >= 5:
                times[name].append((time.perf_counter() - start) * 1000)
bare, dashboard = times["bare QChartView"], times["chiso dashboard"]
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.1f} ms, mean {statistics.mean(values):.1f} ms ({len(values)} runs)")
ratios = sorted(d / b for b, d in zip(bare, dashboard))
print(f"ratio, turn by turn: median {statistics.median(ratios):.3f}, "
      f"middle half {ratios[len(ratios) // 4]:.3f}–{ratios[3 * len(ratios) // 4]:.3f}")
