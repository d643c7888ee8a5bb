"""Imports that cross a top-level folder are absolute (``from normgraph.graph import ...``).

The folders install as one package through a package-dir mapping (``core/`` is
``normgraph``, ``graph/`` is ``normgraph.graph``, ...), so a relative import that leaves its
folder (``from ..config import`` in ``api/``, ``from .graph import`` in ``core/``) resolves only
through the editable install: editors and code navigation cannot follow it. CONTRIBUTING.md
states the rule; this test keeps it.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("core", "api", "graph", "loaders", "ontology", "queries")
RELATIVE = re.compile(r"^\s*from (\.+)([\w.]*) import ", re.MULTILINE)


def crossing(path: Path, root: Path = ROOT) -> list[str]:
    """The relative imports of ``path`` (under ``root``) that leave its top-level folder."""
    parts = path.relative_to(root).parts
    depth = len(parts) - 2  # packages below the top-level folder
    found = []
    for match in RELATIVE.finditer(path.read_text(encoding="utf-8")):
        dots, target = len(match.group(1)), match.group(2)
        climbs_out = dots - 1 > depth
        into_sibling = parts[0] == "core" and dots - 1 == depth and target.split(".")[0] in FOLDERS
        if climbs_out or into_sibling:
            found.append(match.group(0).strip())
    return found


def test_no_relative_import_crosses_a_top_level_folder() -> None:
    offenders = {
        str(path.relative_to(ROOT)): crossing(path)
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if crossing(path)
    }
    assert offenders == {}


def test_the_check_sees_both_kinds_of_crossing(tmp_path: Path) -> None:
    modules = {
        "api/app.py": ("from ..config import Settings\nfrom .errors import ApiError\n", 1),
        "core/build.py": ("from .graph import GraphStore\nfrom .config import Settings\n", 1),
        "loaders/odihr/loader.py": (
            "from ..rdf.facts import Fact\nfrom ...namespaces import NG\n",
            1,
        ),
        "loaders/rdf/iris.py": ("from normgraph.namespaces import ID\n", 0),
    }
    for name, (text, crossings) in modules.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        assert len(crossing(path, tmp_path)) == crossings, name
