"""Page benchmark: requests/s and p50/p95 latency of key pages against a bare Django view.

Run with `bin/bench`. Starts gunicorn (2 sync workers) on a loopback port with the demo
content, loads each address with wrk for a fixed time, cached (anonymous) and uncached (a
session cookie bypasses the page cache), and counts the SQL queries of each page.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.2f %.3f %.3f %d %d\\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status, summary.requests))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")


def load(url: str, seconds: int, connections: int, cookie: str | None) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name, url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30).stdout
    os.unlink(script.name)
    match = re.search(r"RESULT ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)", output)
    if not match:
        raise RuntimeError(f"wrk gave no result for {url}:\n{output}")
    rps, p50, p95, errors, total = match.groups()
    return {
        "rps": float(rps),
        "p50": float(p50),
        "p95": float(p95),
        "errors": int(errors),
        "requests": int(total),
    }


def query_counts(paths: dict[str, str]) -> dict[str, int]:
    import django
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    django.setup()
    # As the uncached load runs: the page cache bypassed by a session cookie, while renditions,
    # menu and settings come from their caches as on a running site.
    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies["sessionid"] = "bench"
    counts = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        counts[name] = len(captured)
    return counts


def pick_paths() -> dict[str, str]:
    import django

    django.setup()
    from cms.pages.models import ArticlePage, NewsIndexPage

    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    article = (
        ArticlePage.objects.live().filter(locale__language_code="vi").order_by("-date").first()
    )
    return {
        "bare view": "/bench/bare/",
        "home": "/",
        "news index": news.url,
        "article": article.url,
        "search": "/tim-kiem/?q=ha+noi",
    }


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    return parser.parse_args()


def measure(paths: dict[str, str], args: argparse.Namespace) -> list[tuple]:
    """Load every path cached and uncached under gunicorn; the first path is the bare view."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        wait_for(base + "/bench/bare/")
        load(base + "/bench/bare/", 3, args.connections, None)  # warm both workers up
        rows = []
        for name, path in paths.items():
            urllib.request.urlopen(base + path).read()  # fill the page cache
            cached = load(base + path, args.seconds, args.connections, None)
            uncached = None
            if name != "bare view":
                uncached = load(base + path, args.seconds, args.connections, "sessionid=bench")
            rows.append((name, path, cached, uncached))
        # The yardstick again at the end; the better of the two runs is the reference.
        again = load(base + paths["bare view"], args.seconds, args.connections, None)
        if again["rps"] > rows[0][2]["rps"]:
            rows[0] = (rows[0][0], rows[0][1], again, None)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return rows


def print_table(title: str, rows: list[tuple], counts: dict, args: argparse.Namespace) -> None:
    bare = rows[0][2]["rps"]
    database = os.environ.get("DATABASE_URL", "sqlite")
    cache_kind = "redis" if os.environ.get("REDIS_URL") else "file"
    print(
        f"\n{title}: gunicorn {args.workers} sync workers, wrk {args.connections} "
        f"connections x {args.seconds}s per line, database {database}, cache {cache_kind}\n"
    )
    width = max(11, *(len(name) for name, *_ in rows))
    header = (
        f"{'page':<{width}} {'mode':<9} {'req/s':>8} {'% bare':>7} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'errors':>6} {'queries':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, _path, cached, uncached in rows:
        for mode, result in (("cached", cached), ("uncached", uncached)):
            if result is None:
                continue
            share = 100 * result["rps"] / bare
            queries = counts.get(name, "") if mode == "uncached" else ""
            print(
                f"{name:<{width}} {mode:<9} {result['rps']:>8.0f} {share:>6.1f}% "
                f"{result['p50']:>7.1f} {result['p95']:>7.1f} {result['errors']:>6} "
                f"{queries!s:>7}"
            )


def main() -> int:
    args = arguments(__doc__)
    if not shutil.which("wrk"):
        print("wrk is needed: bin/bench installs it with apt-get when run as root", file=sys.stderr)
        return 2
    paths = pick_paths()
    rows = measure(paths, args)
    counts = query_counts({name: path for name, path, *_ in rows if name != "bare view"})
    print_table("Page benchmark", rows, counts, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
