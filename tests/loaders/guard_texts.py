"""The texts the pattern guards are checked on: two synthetic reports and the tune-half
fixtures (tests that a reader's shortcut never skips a text its pattern would match)."""

from __future__ import annotations

from functools import cache

from bench.quality_gold import read_manifest
from bench.synthetic_reports import synthetic_report


@cache
def guard_texts() -> tuple[str, ...]:
    texts = [synthetic_report(seed) for seed in (1, 2)]
    texts += [
        entry.text_path.read_text(encoding="utf-8")
        for entry in read_manifest()
        if entry.half == "tune"
    ]
    return tuple(texts)
