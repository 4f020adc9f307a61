"""Page furniture: lines that are the web page's voice, not the article's.

"READ ALSO: ...", "Related: ...", bylines and photo captions often carry a quoted
headline; a quote found there is left out of the output (docs/plugins/quotes.md).
The markers are data (``furniture_markers.txt``), matched at the start of a line.
"""

from __future__ import annotations

import re
from importlib import resources

from claimkit import Document


def _load_markers() -> list[str]:
    source = resources.files("claimkit_quotes").joinpath("furniture_markers.txt")
    markers = []
    for raw in source.read_text("utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            markers.append(line)
    return markers


_MARKERS = _load_markers()
# A marker at the start of a line, then a colon, a dash or a pipe. The alternation is a
# list of literals, anchored at a line start, so it cannot backtrack far.
_MARKER_AT = re.compile(
    r"[ \t]*(?:" + "|".join(re.escape(m) for m in _MARKERS) + r")[ \t]*[:|\-\u2013\u2014]",
    re.IGNORECASE,
)
_FURNITURE = re.compile(r"(?:^|(?<=\n))" + _MARKER_AT.pattern, re.IGNORECASE)


def furniture_spans(document: Document) -> list[tuple[int, int]]:
    """(start, end) of each furniture line of the article."""
    text = document.text
    spans = []
    for match in _FURNITURE.finditer(text):
        end = text.find("\n", match.end())
        spans.append((match.start(), len(text) if end < 0 else end))
    return spans


def on_furniture_line(text: str, offset: int, seen: dict[int, bool]) -> bool:
    """Is ``offset`` on a furniture line? The same answer as looking ``offset`` up in
    ``furniture_spans``, but only the line holding it is read (``seen`` caches the answer
    per line start), so an article costs nothing beyond its claims' lines.
    """
    line_start = text.rfind("\n", 0, offset) + 1
    answer = seen.get(line_start)
    if answer is None:
        answer = seen[line_start] = _MARKER_AT.match(text, line_start) is not None
    return answer
