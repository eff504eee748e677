#!/usr/bin/env python3
"""The file system's floor for a built site: how long writing its files takes with nothing else to do.

Reads the site's files into memory a batch at a time and writes them to OUT_DIR in sorted order,
one folder made per new folder and one open, write and close per file; only the writing is timed.
No build can write the same files faster on the same disk, so this is the part of a build's wall
time that rendering faster cannot remove.

usage: floor.py SITE_DIR OUT_DIR
prints: files folders megabytes wall_seconds system_seconds
"""
import os
import sys
import time

BATCH_BYTES = 64 * 1024 * 1024

site, out = sys.argv[1], sys.argv[2]
paths = []
for root, dirs, names in os.walk(site):
    dirs.sort()
    paths.extend(os.path.relpath(os.path.join(root, name), site) for name in sorted(names))

folders = set()
total_bytes = 0
wall = 0.0
system = 0.0


def write(batch):
    global wall, system
    started, cpu = time.perf_counter(), os.times()
    for relative, data in batch:
        folder = os.path.dirname(relative)
        if folder not in folders:
            os.makedirs(os.path.join(out, folder), exist_ok=True)
            folders.add(folder)
        fd = os.open(os.path.join(out, relative), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
    wall += time.perf_counter() - started
    system += os.times().system - cpu.system


batch, batch_bytes = [], 0
for relative in paths:
    with open(os.path.join(site, relative), "rb") as f:
        data = f.read()
    batch.append((relative, data))
    batch_bytes += len(data)
    total_bytes += len(data)
    if batch_bytes >= BATCH_BYTES:
        write(batch)
        batch, batch_bytes = [], 0
write(batch)
print(f"{len(paths)} {len(folders)} {total_bytes / 1e6:.0f} {wall:.2f} {system:.2f}")
