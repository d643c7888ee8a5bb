"""The shared readers in ``loaders/extract/`` serve every genre, so they never import a
genre package (another folder of ``loaders/`` with its own title-block reader, ``head.py``):
a genre builds on them, not the other way round. This test keeps the rule."""

from __future__ import annotations

import re
from pathlib import Path

LOADERS = Path(__file__).resolve().parents[2] / "loaders"
IMPORT = re.compile(
    r"^\s*(?:from\s+(?P<source>[\w.]+)\s+import|import\s+(?P<module>[\w.]+))", re.MULTILINE
)


def genre_packages(loaders: Path = LOADERS) -> set[str]:
    """The genre packages: folders of ``loaders/`` other than ``extract`` that read a title
    block (``head.py``)."""
    return {path.parent.name for path in loaders.glob("*/head.py")} - {"extract"}


def genre_imports(path: Path, genres: set[str]) -> list[str]:
    """The imports of ``path`` (a module of ``loaders/extract/``) that reach a genre
    package, relatively (``from ..odihr.x import``) or absolutely."""
    found = []
    for match in IMPORT.finditer(path.read_text(encoding="utf-8")):
        target = match.group("source") or match.group("module")
        relative = re.fullmatch(r"\.\.(\w+)(?:\.[\w.]*)?", target)
        absolute = re.fullmatch(r"normgraph\.loaders\.(\w+)(?:\.[\w.]*)?", target)
        reached = relative or absolute
        package = reached.group(1) if reached is not None else None
        if package in genres:
            found.append(match.group(0).strip())
    return found


def test_the_shared_readers_import_no_genre_package() -> None:
    genres = genre_packages()
    assert {"odihr", "statement", "programme", "scholarship"} <= genres
    offenders = {
        path.name: genre_imports(path, genres)
        for path in sorted((LOADERS / "extract").glob("*.py"))
        if genre_imports(path, genres)
    }
    assert offenders == {}


def test_the_check_sees_relative_and_absolute_genre_imports(tmp_path: Path) -> None:
    module = tmp_path / "reader.py"
    module.write_text(
        "from ..odihr.result_list import Contest\n"
        "from normgraph.loaders.statement import loader\n"
        "from ..rdf.facts import Fact\n"
        "from .actors import Actors\n"
        "import normgraph.loaders.programme.loader\n"
    )
    found = genre_imports(module, {"odihr", "statement", "programme"})
    assert found == [
        "from ..odihr.result_list import",
        "from normgraph.loaders.statement import",
        "import normgraph.loaders.programme.loader",
    ]
