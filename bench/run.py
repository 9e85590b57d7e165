"""Load the directory with approved startups and measure it under gunicorn, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/udon_startups \\
        .venv/bin/python -m bench.run --startups 10000 --large 100000 --duration 3

Not part of the test suite. It writes rows named bench-* into the configured database
(removing earlier bench-* rows first), starts gunicorn on 127.0.0.1 only, drives it with wrk
(Debian package `wrk`), measures p95 latency with a sequential Python client, and writes the
results with the machine and the command into its section of docs/benchmarks.md.
"""

import argparse
import http.client
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PORT = 0  # chosen free at start: other people may be benchmarking on this machine too
SECTION_HEADING = "## Startup directory (startups)"
NOTES_MARKER = "<!-- notes: kept when bench/run.py rewrites the numbers above -->"
THAI_SEARCH = "คิวโรงพยา"  # part of "ระบบจองคิวโรงพยาบาล", in about 1 row in 100

PREFIXES = ["ระบบ", "แพลตฟอร์ม", "แอป", "ตลาด", "ศูนย์", "เครือข่าย", "บริการ", "ชุมชน"]
TOPICS = ["ข้าวหอมมะลิ", "ผ้าทอมือ", "ท่องเที่ยวทะเลบัว", "สุขภาพผู้สูงอายุ", "การศึกษาออนไลน์",
          "ขนส่งพัสดุ", "พลังงานแสงอาทิตย์", "ประมงน้ำจืด", "หมอลำ", "สมุนไพรพื้นบ้าน"]  # fmt: skip
PLACES = ["อุดร", "บ้านเชียง", "กุมภวาปี", "หนองหาน", "บ้านผือ", "เพ็ญ", "นายูง", "น้ำโสม"]


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def load(total: int) -> float:
    """Make exactly `total` approved bench-* startups exist; returns seconds spent."""
    from django.db import connection, transaction
    from django.utils import timezone

    from members.enums import District
    from startups.enums import LookingFor, Sector, Stage, Status
    from startups.models import Startup

    started = time.monotonic()
    existing = Startup.objects.filter(slug__startswith="bench-").count()
    if existing > total:
        Startup.objects.filter(slug__startswith="bench-").delete()
        existing = 0
    rng = random.Random(existing)
    districts, sectors, stages = District.values, Sector.values, Stage.values
    now = timezone.now()
    batch = []
    for number in range(existing, total):
        if number % 100 == 0:
            name_th = f"ระบบจองคิวโรงพยาบาล{rng.choice(PLACES)} {number}"
        else:
            name_th = f"{rng.choice(PREFIXES)}{rng.choice(TOPICS)}{rng.choice(PLACES)} {number}"
        startup = Startup(
            slug=f"bench-{number}",
            name_th=name_th,
            name_en=f"Bench Startup {number}",
            tagline_th=f"{rng.choice(TOPICS)}สำหรับคนอุดรธานี",
            tagline_en="A benchmark startup from Udon Thani",
            description_th="สตาร์ทอัพสำหรับวัดประสิทธิภาพ " * 5,
            sector=rng.choice(sectors),
            stage=rng.choice(stages),
            district=rng.choice(districts),
            looking_for=rng.sample(LookingFor.values, 2),
            hiring=number % 3 == 0,
            status=Status.APPROVED,
            approved_at=now,
            created_at=now,
        )
        startup.search_text = startup.build_search_text()
        batch.append(startup)
        if len(batch) == 2000:
            with transaction.atomic():
                Startup.objects.bulk_create(batch)
            batch = []
    if batch:
        Startup.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE startups_startup")
    return time.monotonic() - started


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(workers: int) -> subprocess.Popen:
    global PORT  # one server at a time; the helpers below read it
    PORT = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "udon_ecosystem.wsgi",
         "--bind", f"{HOST}:{PORT}", "--workers", str(workers), "--no-control-socket",
         "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if _get("/bench/bare/")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def _get(path: str) -> tuple[int, float, bytes]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    connection.request("GET", path, headers={"Accept-Language": "th"})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, time.perf_counter() - started, body


def wrk(path: str, duration: int, connections: int) -> dict:
    """Requests per second and latency percentiles from wrk, after a one-second warm-up."""
    url = f"http://{HOST}:{PORT}{path}"
    subprocess.run(["wrk", "-t2", f"-c{connections}", "-d1s", url],
                   capture_output=True, check=True)  # fmt: skip
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|90|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p50": percentiles.get("50"), "p99": percentiles.get("99"),
            "errors": int(errors.group(1)) if errors else 0}  # fmt: skip


def p95(path: str, samples: int) -> tuple[float, float, int]:
    """Sequential requests from one client: (p50 ms, p95 ms, matches on the page)."""
    status, _elapsed, body = _get(path)
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    matches = body.decode().count('class="startup-card card"')
    timings = sorted(_get(path)[1] * 1000 for _ in range(samples))
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], matches


def machine() -> str:
    from django.db import connection

    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())  # fmt: skip
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = f"SQLite {cursor.execute('select sqlite_version()').fetchone()[0]}"
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return (
        f"{os.cpu_count()} × {cpu}, {memory} GB RAM, {platform.platform()}, Python "
        f"{platform.python_version()}, {database}, "
        f"{(wrk_version.stdout or wrk_version.stderr).splitlines()[0]}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--startups", type=int, default=10_000)
    parser.add_argument(
        "--large",
        type=int,
        default=0,
        help="then grow to this many for the p95 of Thai search (e.g. 100000)",
    )
    parser.add_argument("--duration", type=int, default=3, help="seconds per wrk measurement")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--samples", type=int, default=200, help="requests for each p95")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()  # fmt: skip
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    _django()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    search = f"/startups/?q={quote(THAI_SEARCH)}"
    targets = [
        ("Bare Django view (floor)", "/bench/bare/"),
        ("Directory, Thai, page 1", "/startups/"),
        ("Directory, filtered (sector + district + hiring)",
         "/startups/?sector=agritech&district=mueang&hiring=on"),
        (f"Thai search “{THAI_SEARCH}”", search),
    ]  # fmt: skip
    rows, latency_rows = [], []
    sizes = [args.startups] + ([args.large] if args.large else [])
    for size in sizes:
        seconds = load(size)
        connection.close()
        print(f"loaded {size} bench startups in {seconds:.1f} s", flush=True)
        server = start_server(args.workers)
        try:
            for label, path in targets if size == args.startups else targets[-1:]:
                result = wrk(path, args.duration, args.connections)
                result["load"] = os.getloadavg()[0]
                rows.append((size, label, result))
                print(size, label, result, flush=True)
            median, p95_ms, matches = p95(search, args.samples)
            latency_rows.append((size, median, p95_ms, matches))
            print(size, "search p50/p95 ms", round(median, 1), round(p95_ms, 1), flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)
    write_report(args, rows, latency_rows, machine())


def write_report(args, rows, latency_rows, machine_line):
    command = "DATABASE_URL=… .venv/bin/python -m bench.run " + " ".join(sys.argv[1:])
    lines = [
        SECTION_HEADING,
        "",
        f"Run on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `{command}`.",
        "",
        f"Machine: {machine_line}.",
        "",
        f"Server: gunicorn, {args.workers} sync workers, `--no-control-socket`, bench.settings "
        "(base settings, DEBUG off, CONN_MAX_AGE 60 on PostgreSQL), 127.0.0.1 only. Load: wrk, "
        f"2 threads, {args.connections} connections, {args.duration} s per row after a 1 s "
        "warm-up. Anonymous requests in Thai (the default language, unprefixed URLs).",
        "",
        "### Throughput",
        "",
        "| startups | page | requests/s | p50 | p99 | non-2xx | 1-min load after |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for size, label, result in rows:
        lines.append(f"| {size:,} | {label} | {result['rps']:,.0f} | {result['p50']} | "
                     f"{result['p99']} | {result['errors']} | {result['load']:.1f} |")  # fmt: skip
    lines += [
        "",
        "### Latency of Thai search (one client, sequential)",
        "",
        f"`/startups/?q={THAI_SEARCH}`: a substring from the middle of a Thai word, served by "
        "the pg_trgm GIN index on PostgreSQL; the page shows 20 of the matches, ranked by "
        f"trigram word similarity. {args.samples} requests each.",
        "",
        "| startups | matches on page 1 | p50 (ms) | p95 (ms) |",
        "|---:|---:|---:|---:|",
    ]
    for size, median, p95_ms, matches in latency_rows:
        lines.append(f"| {size:,} | {matches} | {median:.1f} | {p95_ms:.1f} |")
    # Only this app's section is replaced: from its heading to the notes marker. Other apps'
    # sections and the hand-written reading below the marker stay as they are.
    output = Path(args.output)
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n\n"
    generated = "\n".join(lines) + "\n\n"
    if SECTION_HEADING in text and NOTES_MARKER in text:
        before = text.split(SECTION_HEADING, 1)[0]
        after = NOTES_MARKER + text.split(NOTES_MARKER, 1)[1]
        text = before + generated + after
    else:
        text = text.rstrip("\n") + "\n\n" + generated + NOTES_MARKER + "\n"
    output.write_text(text, encoding="utf-8")
    print("written", args.output)


if __name__ == "__main__":
    main()
