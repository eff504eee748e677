#!/usr/bin/env python3
"""Times the preview (`insyn serve`) on a site: from a save of a statement to its page served with
the new text, as the browser's live reload would fetch it. Starts the preview, edits the statement's
body ROUNDS times (a second apart, as a person saves) and polls its page every 5 ms after each save.

usage: serve.py INSYN CONTENT STATEMENT_FILE ROUNDS
prints: "START_S MEDIAN_MS MIN_MS MAX_MS RSS_MB" (the preview's start, its peak resident memory)
"""
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    # A request made while the preview's first build runs waits for it (the port is open from the
    # start), and that build of 10 000 cases took more than 30 s on a slow hour.
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def peak_rss_mb(pid):
    # The launcher execs java, so the preview's process is the one started.
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return 0


def main():
    insyn, content, statement, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    front = open(statement, encoding="utf-8").read()
    audit = re.search(r"^audit: *(\S+)", front, re.M).group(1).lower()
    by = re.search(r"^by: *(\S+)", front, re.M).group(1)
    port = free_port()
    page = f"http://127.0.0.1:{port}/granskningar/{audit}/yttranden/{by}/"
    started = time.monotonic()
    preview = subprocess.Popen([insyn, "serve", "--content", content, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while fetch(page)[0] != 200:
            if preview.poll() is not None:
                sys.exit("the preview stopped before it served " + page)
            time.sleep(0.05)
        start_s = time.monotonic() - started
        millis = []
        run = os.urandom(4).hex()  # the statement may hold the markers of an earlier run
        for round_ in range(1, rounds + 1):
            time.sleep(1.0)
            marker = f"Mätändring {run}-{round_} i svaret."
            with open(statement, "a", encoding="utf-8") as f:
                f.write(f"\n{marker}\n")
            saved = time.monotonic()
            while marker not in fetch(page)[1]:
                if time.monotonic() - saved > 120:
                    sys.exit(f"round {round_}: the new text was not served within 120 s")
                time.sleep(0.005)
            millis.append((time.monotonic() - saved) * 1000)
        millis.sort()
        print(f"{start_s:.2f} {millis[len(millis) // 2]:.0f} {millis[0]:.0f} {millis[-1]:.0f} {peak_rss_mb(preview.pid)}")
    finally:
        preview.terminate()
        preview.wait(timeout=30)


if __name__ == "__main__":
    main()
