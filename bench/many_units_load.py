#!/usr/bin/env python3
"""Issue 18's load, on a PostgreSQL server this script starts (a throw-away cluster in a
temporary folder, 127.0.0.1, a free port, fsync on): 63 unit logins submit their month at the
same moment (63 `chiso import` processes, each a 500-figure file of its own region) while 5
office readers run `chiso report` in a loop. Then the same with the server stopped at once
(`pg_ctl restart -m immediate`) in the middle.

Checked after each round: every import succeeded or was refused for a reason of its own, and
each region holds exactly its file's figures or none (none lost, none doubled); printed: the
p50 / p95 / max import time and the readers' report times.

Run from the repository after a build: bench/many_units_load.py [build folder, default build/dev]
"""
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/dev")
CHISO = os.path.join(BUILD, "app/chiso")
UNITS = 63
FIGURES = 500
READERS = 5
BIN = sorted(d for d in (os.path.join("/usr/lib/postgresql", v, "bin") for v in os.listdir("/usr/lib/postgresql")))[-1]
AS_ROOT = os.geteuid() == 0
SUPERUSER = "postgres" if AS_ROOT else os.environ.get("USER", "chiso")


def run_as_postgres(args, **kw):
    return subprocess.run((["runuser", "-u", "postgres", "--"] if AS_ROOT else []) + args, cwd="/tmp", check=True, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def unit_csv(folder, code):
    """500 figures of one region: 9 indicators' months over the years, a source of its own."""
    path = os.path.join(folder, f"unit-{code}.csv")
    indicators = ["revenue", "profit", "state_budget", "gdp_contribution", "workforce"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n")
        for i in range(FIGURES):
            indicator = indicators[i % len(indicators)]
            year = 2015 + (i // len(indicators)) // 12
            month = 1 + (i // len(indicators)) % 12
            f.write(f"value,{indicator},{code},{year},{month},{1000 + i},reported,,Sở {code} báo cáo,,,\n")
    os.chmod(path, 0o644)
    return path


class Cluster:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="chiso-load-")
        if AS_ROOT:
            shutil.chown(self.dir, "postgres")
        self.port = free_port()
        run_as_postgres([f"{BIN}/initdb", "-D", f"{self.dir}/data", "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
                        stdout=subprocess.DEVNULL)
        self.start()

    def start(self):
        run_as_postgres([f"{BIN}/pg_ctl", "-D", f"{self.dir}/data", "-o",
                         f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200",
                         "-l", f"{self.dir}/log", "-w", "-s", "start"])

    def restart_immediately(self):
        run_as_postgres([f"{BIN}/pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "-s", "stop"])
        self.start()

    def stop(self):
        run_as_postgres([f"{BIN}/pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "-s", "stop"], stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database, user=SUPERUSER):
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def psql(self, database, sql):
        return subprocess.run([f"{BIN}/psql", "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, "-d", database,
                               "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def chiso(*args):
    started = time.monotonic()
    done = subprocess.run([CHISO, *args, "--lang", "en"], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", CHISO_BUSY_TIMEOUT_MS="60000"))
    return done.returncode, time.monotonic() - started, done.stderr.strip()


def round_of_imports(cluster, database, codes, files, restart_after=None):
    url = lambda user: cluster.url(database, user)
    results = {}
    report_times = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            code, seconds, _ = chiso("report", "--db", url(f"{database}_office"), "--region", "VN")
            if code == 0:
                report_times.append(seconds)

    def unit(code):
        results[code] = chiso("import", files[code], "--db", url(f"{database}_u{code}"))

    readers = [threading.Thread(target=reader) for _ in range(READERS)]
    units = [threading.Thread(target=unit, args=(code,)) for code in codes]
    for t in readers + units:
        t.start()
    if restart_after is not None:
        time.sleep(restart_after)
        cluster.restart_immediately()
    for t in units:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    return results, report_times


def prepare(cluster, database, codes):
    cluster.psql("postgres", f"CREATE DATABASE {database}")
    subprocess.run([CHISO, "init", "--db", cluster.url(database), "--lang", "en"], check=True, capture_output=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    add = lambda name, *rest: subprocess.run([CHISO, "server", "add-user", name, *rest, "--db", cluster.url(database), "--lang", "en"],
                                             check=True, capture_output=True, stdin=subprocess.DEVNULL)
    add(f"{database}_office", "--role", "office")
    for code in codes:
        add(f"{database}_u{code}", "--role", "unit", "--region", code)


def check(cluster, database, codes, results):
    """Each region holds all its file's figures or none, as its import said."""
    counts = dict(line.split("|") for line in cluster.psql(
        database, "SELECT region, count(*) FROM observation WHERE region <> 'VN' GROUP BY region").splitlines() if line)
    lost_or_doubled = []
    refused = {}
    for code in codes:
        stored = int(counts.get(code, 0))
        exit_code, _, err = results[code]
        # A server stopped during COMMIT may have made the import durable before its answer
        # was lost: the program then says it may or may not be stored, and either is right.
        # A part of a file is never right.
        uncertain = "may have been stored or not" in err
        if stored not in (0, FIGURES) or exit_code == 0 and stored != FIGURES \
                or exit_code != 0 and stored != 0 and not uncertain:
            lost_or_doubled.append((code, exit_code, stored))
        if exit_code != 0:
            refused[code] = err.splitlines()[-1] if err else f"exit {exit_code}"
    return lost_or_doubled, refused


def summary(title, results, report_times, lost_or_doubled, refused):
    times = [seconds for code, (exit_code, seconds, _) in results.items() if exit_code == 0]
    print(f"{title}: {len(times)} of {len(results)} imports stored, {len(refused)} refused, "
          f"{len(lost_or_doubled)} with figures lost or doubled")
    if times:
        print(f"  import time: p50 {percentile(times, 50):.2f} s, p95 {percentile(times, 95):.2f} s, max {max(times):.2f} s")
    if report_times:
        print(f"  readers: {len(report_times)} reports, p50 {percentile(report_times, 50):.2f} s, "
              f"p95 {percentile(report_times, 95):.2f} s, max {max(report_times):.2f} s")
    reasons = sorted(set(refused.values()))
    for reason in reasons[:5]:
        print(f"  refused: {reason}")
    for code, exit_code, stored in lost_or_doubled:
        print(f"  REGION {code}: import ended {exit_code}, {stored} figures stored")


def main():
    if not os.access(CHISO, os.X_OK):
        sys.exit(f"{CHISO} is not built")
    codes = [line.split(",")[0] for line in open(os.path.join(ROOT, "..", "shared", "data", "provinces-until-2025-06.csv"), encoding="utf-8")
             .read().splitlines()[1:]][:UNITS]
    cluster = Cluster()
    folder = tempfile.mkdtemp(prefix="chiso-load-files-")
    failed = False
    try:
        files = {code: unit_csv(folder, code) for code in codes}
        print(f"{len(codes)} units × {FIGURES} figures, {READERS} readers; PostgreSQL on 127.0.0.1:{cluster.port}")
        prepare(cluster, "calm", codes)
        results, reports = round_of_imports(cluster, "calm", codes, files)
        lost, refused = check(cluster, "calm", codes, results)
        summary("all at once", results, reports, lost, refused)
        failed |= bool(lost) or bool(refused)
        prepare(cluster, "stormy", codes)
        results, reports = round_of_imports(cluster, "stormy", codes, files, restart_after=1.0 + random.random())
        lost, refused = check(cluster, "stormy", codes, results)
        summary("server stopped at once in the middle", results, reports, lost, refused)
        failed |= bool(lost)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
