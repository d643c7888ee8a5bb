"""What the load bench measures: latencies and errors per request kind, and the CPU a
server's process tree used (read from /proc, Linux), for ``bench/load.py``."""

from __future__ import annotations

import asyncio
import os
from collections import Counter, defaultdict
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Tally:
    """Latencies and statuses per request kind."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def record(self, kind: str, seconds: float, outcome: str | None) -> None:
        self.latencies[kind].append(seconds)
        if outcome is not None:
            self.errors[kind][outcome] += 1

    def total(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    def error_count(self) -> int:
        return sum(sum(c.values()) for c in self.errors.values())

    def print(self, title: str, seconds: float) -> None:
        print(f"\n{title} ({seconds:.0f} s)")
        print(f"  {'kind':<14}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}  errors")
        for kind in sorted(self.latencies):
            values = sorted(self.latencies[kind])
            errors = ", ".join(f"{k}: {n}" for k, n in self.errors[kind].items()) or "0"
            print(
                f"  {kind:<14}{len(values):>9}{len(values) / seconds:>9.1f}"
                f"{percentile(values, 50) * 1000:>9.0f}{percentile(values, 95) * 1000:>9.0f}"
                f"  {errors}"
            )
        print(f"  {'all':<14}{self.total():>9}{self.total() / seconds:>9.1f}")


def _tree_cpu(root: int) -> tuple[float, float]:
    """CPU seconds used by process ``root`` itself and by its descendants (live ones, plus
    reaped children through their parents' ``cutime``/``cstime``), from /proc (Linux)."""
    children: dict[int, list[int]] = defaultdict(list)
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children[int(fields[1])].append(pid)
        times[pid] = sum(int(v) for v in fields[11:15]) / tick
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        total += times.get(pid, 0.0)
        stack.extend(children.get(pid, []))
    own = times.get(root, 0.0)
    return own, total - own


def child_pid(word: str) -> int | None:
    """The pid of this process's child whose command line contains ``word``."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError):
            continue
        if ppid == os.getpid() and word in command:
            return int(entry.name)
    return None


def cpu_during(pid: int | None, work: Coroutine[Any, Any, None]) -> tuple[float, float]:
    """Run ``work``; the CPU seconds process ``pid`` and its descendants used meanwhile."""
    before = _tree_cpu(pid) if pid else (0.0, 0.0)
    asyncio.run(work)
    after = _tree_cpu(pid) if pid else (0.0, 0.0)
    return after[0] - before[0], after[1] - before[1]


def cpu_line(cpu: tuple[float, float], requests: int) -> str:
    own, children = (seconds / max(requests, 1) * 1000 for seconds in cpu)
    return (
        f"  server CPU per request: {own + children:.2f} ms "
        f"({own:.2f} in the server process, {children:.2f} in its child processes)"
    )


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, round(p / 100 * (len(sorted_values) - 1)))
    return sorted_values[index]
