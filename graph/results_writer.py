r"""SPARQL 1.1 result serialisers for solutions held as rdflib terms.

Stores serialise their own answers when they can; these serve the cases where the rows
pass through Python first, such as an answer cut at the row cap (a store's serialiser
cannot be told to stop after *n* rows) and a remote server's answer rewritten in the
format asked for. They write what pyoxigraph writes, so both stores give the same bytes.
Formats: SPARQL 1.1 Query Results JSON, XML, CSV and TSV (https://www.w3.org/TR/sparql11-results-json/,
https://www.w3.org/TR/rdf-sparql-XMLres/, https://www.w3.org/TR/sparql11-results-csv-tsv/).

>>> from rdflib import Literal, URIRef
>>> rows = [{"s": URIRef("http://example.org/a"), "n": Literal(1)}]
>>> serialize_solutions(["s", "n"], rows, ResultFormat.TSV).decode().splitlines()
['?s\t?n', '<http://example.org/a>\t1']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .base import Row
from .formats import ResultFormat

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_TURTLE_SHORTHAND = {
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"[+-]?([0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
    _XSD + "boolean": re.compile(r"true|false"),
}
"""Literals a TSV cell may hold bare, as in Turtle, when their text fits the grammar."""


def serialize_solutions(
    variables: Sequence[str], rows: Iterable[Row], result_format: ResultFormat
) -> bytes:
    """The solutions in one of the four solution formats."""
    if result_format is ResultFormat.JSON:
        return _json(variables, rows)
    if result_format is ResultFormat.XML:
        return _xml(variables, rows)
    if result_format is ResultFormat.CSV:
        return _csv(variables, rows)
    if result_format is ResultFormat.TSV:
        return _tsv(variables, rows)
    raise ValueError(f"a SELECT answer cannot be {result_format.name}")


def serialize_boolean(answer: bool, result_format: ResultFormat) -> bytes:
    """An ASK answer in one of the four solution formats, as pyoxigraph writes it.

    >>> serialize_boolean(True, ResultFormat.TSV)
    b'true'
    """
    word = "true" if answer else "false"
    if result_format is ResultFormat.JSON:
        return b'{"head":{},"boolean":' + word.encode() + b"}"
    if result_format is ResultFormat.XML:
        return (
            '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head></head><boolean>{word}</boolean></sparql>"
        ).encode()
    if result_format in (ResultFormat.CSV, ResultFormat.TSV):
        return word.encode()
    raise ValueError(f"an ASK answer cannot be {result_format.name}")


def _datatype(term: Literal) -> str | None:
    if term.language or term.datatype is None or str(term.datatype) == _XSD_STRING:
        return None
    return str(term.datatype)


def _parts(term: Node) -> tuple[str, str, str | None, str | None]:
    """``(kind, text, language, datatype)`` of a term, the one dispatch every format shares;
    the kind is ``uri``, ``bnode`` or ``literal`` (the JSON type and the XML element)."""
    if isinstance(term, URIRef):
        return "uri", str(term), None, None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    if isinstance(term, Literal):
        return "literal", str(term), term.language or None, _datatype(term)
    raise TypeError(f"cannot serialise {term!r}")


def _json_term(term: Node) -> dict[str, str]:
    kind, text, language, datatype = _parts(term)
    value = {"type": kind, "value": text}
    if language:
        value["xml:lang"] = language
    elif datatype:
        value["datatype"] = datatype
    return value


def _json(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    bindings = [{name: _json_term(value) for name, value in row.items()} for row in rows]
    document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _xml_term(term: Node) -> str:
    kind, text, language, datatype = _parts(term)
    attribute = ""
    if language:
        attribute = f" xml:lang={quoteattr(language)}"
    elif datatype:
        attribute = f" datatype={quoteattr(datatype)}"
    return f"<{kind}{attribute}>{escape(text)}</{kind}>"


def _xml(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables))
    out.append("</head>\n<results>")
    for row in rows:
        cells = "".join(
            f"<binding name={quoteattr(name)}>{_xml_term(value)}</binding>"
            for name, value in row.items()
        )
        out.append(f"<result>{cells}</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out).encode("utf-8")


def _csv(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(
            [
                "" if (v := row.get(name)) is None else f"_:{v}" if isinstance(v, BNode) else str(v)
                for name in variables
            ]
        )
    return buffer.getvalue().encode("utf-8")


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (what TSV cells hold)."""
    kind, text, language, datatype = _parts(term)
    if kind == "uri":
        return f"<{text}>"
    if kind == "bnode":
        return f"_:{text}"
    quoted = '"' + text.translate(_NT_ESCAPES) + '"'
    if language:
        return f"{quoted}@{language}"
    if datatype:
        return f"{quoted}^^<{datatype}>"
    return quoted


def _tsv_term(term: Node) -> str:
    if isinstance(term, Literal) and term.datatype is not None:
        shorthand = _TURTLE_SHORTHAND.get(str(term.datatype))
        if shorthand is not None and shorthand.fullmatch(str(term)):
            return str(term)
    return nt_term(term)


def _tsv(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in rows:
        lines.append(
            "\t".join("" if (v := row.get(name)) is None else _tsv_term(v) for name in variables)
        )
    return ("\n".join(lines) + "\n").encode("utf-8")
