#!/usr/bin/env python3
"""Measures how long this machine keeps a CPU from a thread that is ready to run, with nothing of ours in the way.

One process per CPU, pinned to it, asks to wake every 2 ms and writes down every wake-up that came late by STALL_MS
or more: "cpu,from_us,to_us" (epoch microseconds: when it should have woken, when it did), after a line
"# cpu N SCHED_FIFO" (or "normal") per CPU. As root it runs SCHED_FIFO, so no ordinary thread (the app's,
PostgreSQL's, the stub's) can keep it waiting: what it records is then time the machine itself took (the hypervisor,
the kernel, interrupts), which delays whatever the app had on that CPU too. Without the permission it runs as an
ordinary thread and says so on stderr: its lateness then includes waiting behind the load, and reads as such.

    bench/stall-meter.py target/queue-bench-stalls.csv     # until stopped (SIGTERM)
"""
import os
import signal
import sys
import time

STALL_MS = 2.0
TICK_S = 0.002  # often enough to see a 2 ms stall; every wake-up is a little CPU taken from the bench


def meter(cpu, out):
    os.sched_setaffinity(0, {cpu})
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(50))
        mode = "SCHED_FIFO"
    except PermissionError:
        mode = "normal"
        print(f"stall-meter: cpu {cpu} at normal priority (no permission for SCHED_FIFO)", file=sys.stderr)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    stall_ns = int(STALL_MS * 1_000_000)
    tick_ns = int(TICK_S * 1_000_000_000)
    with open(out, "a", buffering=1) as lines:
        lines.write(f"# cpu {cpu} {mode}\n")
        while True:
            before = time.monotonic_ns()
            time.sleep(TICK_S)
            late = time.monotonic_ns() - before - tick_ns
            if late >= stall_ns:
                woke_us = time.time_ns() // 1000
                lines.write(f"{cpu},{woke_us - late // 1000},{woke_us}\n")


def main():
    out = sys.argv[1]
    with open(out, "w") as header:
        header.write("cpu,from_us,to_us\n")
    children = []
    for cpu in sorted(os.sched_getaffinity(0)):
        pid = os.fork()
        if pid == 0:
            meter(cpu, out)
            os._exit(0)
        children.append(pid)

    def stop(*_):
        for child in children:
            os.kill(child, signal.SIGTERM)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        os.waitpid(child, 0)


if __name__ == "__main__":
    main()
