"""PDF reports through PDFium (pypdfium2): text per page, positions as a reader
counts them, page and line on that page.

A figure's `page` is its page number and `line`/`column` are the line on that
page and the character on that line, as PDFium lays the text out. Lines that
wrap mid-sentence are joined with a space in the text the auditor reads (so a
sentence is read whole), while every character keeps its page and line. A
paragraph begins after a vertical gap of two font heights or more from one line's
baseline to the next (the rule of pypdf's layout mode, which read PDFs before).

Tables: a table row comes as one line of words ("Employed ('000) 11 444.0 11 300.2
143.8"), in which no reader can tell the cells apart. The grid of a ruled table is
found from the page's ruling lines and rectangles (`_ruled_tables`, pdfplumber's
"lines" strategy on PDFium's path objects); without ruling lines, a row's cells are
told apart by the wide gaps between them (`_aligned_rows`). Each line that holds
exactly one row's cells becomes that row, "cell | cell | cell", the layout the table
model reads: the row label, the header's periods and scales ("('000)") and each cell's
column survive, and every cell keeps its page, line and column.
"""
from __future__ import annotations

import ctypes
import threading
from collections import defaultdict

from auditor import lazy_re
from auditor.sources.mapped import MappedDocument

_ENDS_BLOCK = lazy_re.compile(r"[.:;!?)\]]\s*$")
_STARTS_BLOCK = lazy_re.compile(r"^\s*(?:[A-Z#•\-*|]|\d+[.)]\s)")


class NoText(ValueError):
    pass


# Tables are looked for on the pages whose text has rows of numbers, and on this many pages at most.
MAX_TABLE_PAGES = 200
# A page drawn with more objects and path segments than this (a chart, a map) is not searched
# for a ruled grid, nor one whose lines cross more often, nor one whose cells take more steps to find.
MAX_SEGMENTS = 50_000
MAX_CROSSINGS = 5_000
MAX_CELL_STEPS = 200_000
_NUMBER = lazy_re.compile(r"[-+−–(]?\d[\d,. ]*%?\)?")
_WHITESPACE = lazy_re.compile(r"\s+")
_LINE_BREAK = lazy_re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# PDFium is not thread-safe, and `audit corpus` runs reports in threads.
_PDFIUM = threading.Lock()


_WORD = lazy_re.compile(r"\S+")
_CELL_NUMBER = lazy_re.compile(r"\(?[-+−–]?[$€£¥₹]?\d[\d,.]*%?\)?")


def _ends_in_two_numbers(line: str) -> bool:
    words = line.split()
    return len(words) >= 2 and bool(_CELL_NUMBER.fullmatch(words[-1])) and bool(_CELL_NUMBER.fullmatch(words[-2]))


def _looks_tabular(lines: list[str]) -> bool:
    """Two lines or more that end in two numbers or more ("Employed 11 444.0 11 300.2 143.8"):
    a table may be there. A line of prose rarely ends so ("fell to 5.1% from")."""
    return sum(1 for line in lines if _ends_in_two_numbers(line)) >= 2


# -- ruled tables: pdfplumber's "lines" strategy on PDFium's path objects ----------------------
_SNAP = 3.0  # points: edges this close are one ruling line (pdfplumber's snap, join and intersection tolerances)
_MIN_EDGE = 3.0  # points: shorter edges are not ruling lines


def _path_edges(page, raw) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]] | None:
    """The horizontal (y, x0, x1) and vertical (x, y0, y1) straight segments of the page's paths
    (in forms too), in page space with y growing downwards; None past MAX_SEGMENTS."""
    height = raw.FPDF_GetPageHeightF(page)
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    budget = [MAX_SEGMENTS]
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()

    def walk(count, get, outer):
        budget[0] -= max(count, 0)
        if budget[0] < 0:
            return False
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
                continue
            if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
            if outer is not None:  # a form's objects are placed by the form's matrix
                oa, ob, oc, od, oe, of = outer
                a, b, c, d, e, f = (a * oa + b * oc, a * ob + b * od, c * oa + d * oc, c * ob + d * od,
                                    e * oa + f * oc + oe, e * ob + f * od + of)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                if not walk(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k),
                            (a, b, c, d, e, f)):
                    return False
                continue
            segments = raw.FPDFPath_CountSegments(obj)
            budget[0] -= max(segments, 0)
            if budget[0] < 0:
                return False
            start = current = None
            for k in range(segments):
                segment = raw.FPDFPath_GetPathSegment(obj, k)
                raw.FPDFPathSegment_GetPoint(segment, x, y)
                point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
                kind_of = raw.FPDFPathSegment_GetType(segment)
                if kind_of == raw.FPDF_SEGMENT_MOVETO:
                    start = current = point
                    continue
                if kind_of == raw.FPDF_SEGMENT_LINETO and current is not None:
                    _add_edge(current, point, horizontal, vertical)
                current = point
                if raw.FPDFPathSegment_GetClose(segment) and start is not None:
                    _add_edge(current, start, horizontal, vertical)
                    current = start
        return True

    if not walk(raw.FPDFPage_CountObjects(page), lambda k: raw.FPDFPage_GetObject(page, k), None):
        return None
    return horizontal, vertical


def _add_edge(p, q, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.5 and abs(x0 - x1) >= 1:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < 0.5 and abs(y0 - y1) >= 1:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _merged(edges: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Edges (at, lo, hi) on nearly the same line snapped to it (their mean), and those that
    touch or overlap on one line joined into one; edges shorter than _MIN_EDGE dropped."""
    out: list[tuple[float, float, float]] = []
    edges = sorted(edges)
    k = 0
    while k < len(edges):
        group = [edges[k]]
        k += 1
        while k < len(edges) and edges[k][0] <= group[-1][0] + _SNAP:
            group.append(edges[k])
            k += 1
        at = sum(e[0] for e in group) / len(group)
        joined: list[list[float]] = []
        for _, lo, hi in sorted(group, key=lambda e: e[1]):
            if joined and lo <= joined[-1][1] + _SNAP:
                joined[-1][1] = max(joined[-1][1], hi)
            else:
                joined.append([lo, hi])
        out += [(at, lo, hi) for lo, hi in joined if hi - lo >= _MIN_EDGE]
    return out


def _ruled_grids(horizontal, vertical) -> list[list[list[tuple[float, float, float, float] | None]]]:
    """The tables the ruling lines draw, top to bottom: each a list of rows, each row the cells
    (x0, top, x1, bottom) under the table's columns, None where a cell spans that column."""
    horizontal, vertical = _merged(horizontal), _merged(vertical)
    if not horizontal or not vertical or len(horizontal) * len(vertical) > 250_000:
        return []
    # where a vertical line crosses a horizontal one, and which lines meet there
    meets: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for v, (x, top, bottom) in enumerate(vertical):
        for h, (y, left, right) in enumerate(horizontal):
            if top - _SNAP <= y <= bottom + _SNAP and left - _SNAP <= x <= right + _SNAP:
                vs, hs = meets.setdefault((x, y), (set(), set()))
                vs.add(v)
                hs.add(h)
    if len(meets) > MAX_CROSSINGS:
        return []
    by_x: dict[float, list[float]] = defaultdict(list)
    by_y: dict[float, list[float]] = defaultdict(list)
    for x, y in sorted(meets):
        by_x[x].append(y)
        by_y[y].append(x)

    def joined(p, q) -> bool:  # p and q lie on one ruling line
        return bool(meets[p][0] & meets[q][0]) if p[0] == q[0] else bool(meets[p][1] & meets[q][1])

    cells = []
    steps = 0
    for x, y in sorted(meets):  # the smallest cell whose top-left corner is here
        found = None
        rights = [r for r in by_y[y] if r > x and joined((x, y), (r, y))]
        for below in (b for b in by_x[x] if b > y):
            if not rights:
                break
            if not joined((x, y), (x, below)):
                continue
            for right in rights:
                steps += 1
                if (right, below) in meets and joined((right, below), (right, y)) and joined((right, below), (x, below)):
                    found = (x, y, right, below)
                    break
            if found:
                break
        if steps > MAX_CELL_STEPS:
            return []
        if found:
            cells.append(found)
    # cells that share a corner are one table
    at_corner: dict[tuple[float, float], list[int]] = defaultdict(list)
    for k, cell in enumerate(cells):
        for corner in _corners(cell):
            at_corner[corner].append(k)
    tables: list[list[tuple]] = []
    placed = [False] * len(cells)
    for first in range(len(cells)):
        if placed[first]:
            continue
        placed[first] = True
        table, todo = [], [first]
        while todo:
            k = todo.pop()
            table.append(cells[k])
            for corner in _corners(cells[k]):
                for other in at_corner[corner]:
                    if not placed[other]:
                        placed[other] = True
                        todo.append(other)
        if len(table) > 1:
            tables.append(table)
    grids = []
    for table in sorted(tables, key=lambda t: (min(c[1] for c in t), min(c[0] for c in t))):
        columns = sorted({c[0] for c in table})
        rows: dict[float, dict[float, tuple]] = defaultdict(dict)
        for cell in table:
            rows[cell[1]][cell[0]] = cell
        grids.append([[rows[top].get(x) for x in columns] for top in sorted(rows)])
    return grids


def _corners(cell) -> tuple:
    x0, top, x1, bottom = cell
    return (x0, top), (x0, bottom), (x1, top), (x1, bottom)


def _ruled_tables(page, textpage, raw) -> list[list[str]] | None:
    """The rows of the ruled tables on the page, each cell's text on one line; None when the page
    has no ruling lines at all (or too many to search)."""
    edges = _path_edges(page, raw)
    if edges is None or not edges[0] or not edges[1]:
        return None
    height = raw.FPDF_GetPageHeightF(page)
    rows = []
    for grid in _ruled_grids(*edges):
        for row in grid:
            rows.append([_bounded_text(raw, textpage, c[0], height - c[3], c[2], height - c[1]).replace("\r\n", " ").strip()
                         if c else "" for c in row])
    return rows


# -- tables aligned by their words, without ruling lines --------------------------------------
# Without ruling lines, a row's cells are told apart by the gaps between them: a column is set off
# by more than the width of its font's em, a word from the next by a space of a third of one.
_COLUMN_GAP = 1.0  # ems


def _cells_by_gaps(line: str, at: int, textpage, raw) -> list[str] | None:
    """The cells of a line of the page's text (its first character at text index `at`), split
    where the gap between two words is a column's; None when the characters cannot be placed."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    cells: list[list[str]] = []
    previous_right = None
    for word in _WORD.finditer(line):
        first, last = at + word.start(), at + word.end() - 1
        if raw.FPDFText_GetUnicode(textpage, first) != ord(line[word.start()]):
            return None  # the text's indexes are not the characters' (PDFium added or left one out)
        if not raw.FPDFText_GetCharBox(textpage, first, left, right, bottom, top):
            return None
        start = left.value
        size = raw.FPDFText_GetFontSize(textpage, first) or 10.0
        if not raw.FPDFText_GetCharBox(textpage, last, left, right, bottom, top):
            return None
        if previous_right is None or start - previous_right > _COLUMN_GAP * size:
            cells.append([])
        cells[-1].append(word.group())
        previous_right = right.value
    return [" ".join(words) for words in cells]


def _aligned_rows(lines: list[tuple[int, str]], textpage, raw) -> list[list[str]]:
    """The rows of the tables on a page without ruling lines: runs of two lines or more that end
    in two numbers and split into cells at wide gaps, with the line above a run as its header
    when it splits too. A run whose cells cut a grouped number ("11 | 444.0") is left as text."""
    rows: list[list[str]] = []
    k = 0
    while k < len(lines):
        run = []
        while k < len(lines) and _ends_in_two_numbers(lines[k][1]):
            cells = _cells_by_gaps(lines[k][1], lines[k][0], textpage, raw)
            if not cells or len(cells) < 2:
                break
            run.append(cells)
            k += 1
        if len(run) >= 2:
            start = k - len(run)
            above = start - 1
            if above >= 0 and lines[above][1].strip():
                header = _cells_by_gaps(lines[above][1], lines[above][0], textpage, raw)
                if header and len(header) >= 2:
                    run.insert(0, header)
            if _numeric_grid(run):
                rows += run
        k += 1 if not run else 0
    return rows


_ENDS_IN_GROUP = lazy_re.compile(r"(?:^|[^\d.,])\d{1,3}$")  # "11", not the ".2" of "300.2"
_STARTS_WITH_GROUP = lazy_re.compile(r"^\d{3}(?!\d)")


def _numeric_grid(rows) -> bool:
    """A grid found from word alignment is a table when most of its rows hold two numbers or more,
    and no number is cut in two at a space that groups its thousands ("11 | 444.0")."""
    if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
        return False
    for row in rows:
        for left, right in zip(row, row[1:]):
            if left and right and _ENDS_IN_GROUP.search(left.strip()) and _STARTS_WITH_GROUP.match(right.strip()):
                return False
    numeric = sum(1 for r in rows if sum(1 for c in r if c and _NUMBER.fullmatch(c.strip())) >= 2)
    return numeric * 2 >= len(rows)


def _as_row(line: str, rows: list[list[str]]) -> list[tuple[str, int]] | None:
    """The cells of `line` with their 0-based columns in it, when the line is one of the table
    `rows` (the same characters, spaces aside); None when it is not."""
    key = _WHITESPACE.sub("", line)
    for row in rows:
        cells = list(row)
        while cells and not cells[0]:
            cells.pop(0)  # a header has no label over the row labels
        if len([c for c in cells if c]) < 2 or _WHITESPACE.sub("", "".join(cells)) != key:
            continue
        placed, at = [], 0
        for cell in cells:
            if not cell:
                placed.append(("", at))
                continue
            found = line.find(cell, at)
            if found < 0:
                break
            placed.append((cell, found))
            at = found + len(cell)
        else:
            return placed
    return None




def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of a page's text, each with the index of its first character."""
    out, at = [], 0
    for m in _LINE_BREAK.finditer(text):
        out.append((at, text[at:m.start()]))
        at = m.end()
    out.append((at, text[at:]))
    return out


def _paragraph_starts(lines: list[tuple[int, str]], textpage, raw) -> set[int]:
    """The indexes of `lines` that follow a vertical gap, where a paragraph may begin: from the
    baseline of the line before, two heights of the line's font or more (pypdf's layout rule)."""
    starts: set[int] = set()
    x, y = ctypes.c_double(), ctypes.c_double()
    previous = None
    for k, (at, line) in enumerate(lines):
        stripped = line.lstrip()
        if not stripped:
            continue
        first = at + len(line) - len(stripped)
        if not raw.FPDFText_GetCharOrigin(textpage, first, x, y):
            previous = None
            continue
        size = raw.FPDFText_GetFontSize(textpage, first)
        if previous is not None and size > 0 and abs(previous - y.value) >= 2 * size:
            starts.add(k)
        previous = y.value
    return starts


# -- PDFium, the library pypdfium2 ships -------------------------------------------------------
# pypdfium2's classes import logging, argparse, textwrap and more, and its bindings declare all of
# PDFium's 500 functions (with ctypes.util and subprocess): 17 ms of CPU, a tenth of a one-page
# audit. The reader declares the 29 functions it calls, with the signatures of pypdfium2's bindings
# (generated from PDFium's headers), on the library file pypdfium2 installs; where that file is
# not found (a pypdfium2 built against a system PDFium), pypdfium2's bindings are used.
_SIGNATURES = {  # name: (result, arguments); handles are pointers
    "FPDF_InitLibraryWithConfig": (None, ("config",)),
    "FPDF_LoadMemDocument64": ("p", ("p", "size", "p")),
    "FPDF_GetLastError": ("ulong", ()),
    "FPDF_GetPageCount": ("int", ("p",)),
    "FPDF_LoadPage": ("p", ("p", "int")),
    "FPDF_ClosePage": (None, ("p",)),
    "FPDF_CloseDocument": (None, ("p",)),
    "FPDF_GetPageHeightF": ("float", ("p",)),
    "FPDFText_LoadPage": ("p", ("p",)),
    "FPDFText_ClosePage": (None, ("p",)),
    "FPDFText_CountChars": ("int", ("p",)),
    "FPDFText_GetText": ("int", ("p", "int", "int", "ushort*")),
    "FPDFText_GetBoundedText": ("int", ("p", "double", "double", "double", "double", "ushort*", "int")),
    "FPDFText_GetTextIndexFromCharIndex": ("int", ("p", "int")),
    "FPDFText_GetCharOrigin": ("int", ("p", "int", "double*", "double*")),
    "FPDFText_GetFontSize": ("double", ("p", "int")),
    "FPDFText_GetUnicode": ("uint", ("p", "int")),
    "FPDFText_GetCharBox": ("int", ("p", "int", "double*", "double*", "double*", "double*")),
    "FPDFPage_CountObjects": ("int", ("p",)),
    "FPDFPage_GetObject": ("p", ("p", "int")),
    "FPDFPageObj_GetType": ("int", ("p",)),
    "FPDFPageObj_GetMatrix": ("int", ("p", "matrix")),
    "FPDFFormObj_CountObjects": ("int", ("p",)),
    "FPDFFormObj_GetObject": ("p", ("p", "ulong")),
    "FPDFPath_CountSegments": ("int", ("p",)),
    "FPDFPath_GetPathSegment": ("p", ("p", "int")),
    "FPDFPathSegment_GetPoint": ("int", ("p", "float*", "float*")),
    "FPDFPathSegment_GetType": ("int", ("p",)),
    "FPDFPathSegment_GetClose": ("int", ("p",)),
}


class _Matrix(ctypes.Structure):
    _fields_ = [(name, ctypes.c_float) for name in "abcdef"]


class _Config(ctypes.Structure):  # FPDF_LIBRARY_CONFIG, version 2
    _fields_ = [("version", ctypes.c_int), ("m_pUserFontPaths", ctypes.c_void_p),
                ("m_pIsolate", ctypes.c_void_p), ("m_v8EmbedderSlot", ctypes.c_uint)]


class _Library:
    """PDFium's functions and the constants the reader uses, as attributes (pypdfium2_raw's names)."""
    FPDF_ERR_FILE, FPDF_ERR_FORMAT, FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY = 2, 3, 4, 5
    FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_FORM = 2, 5
    FPDF_SEGMENT_LINETO, FPDF_SEGMENT_MOVETO = 0, 2
    FS_MATRIX = _Matrix

    def __init__(self, functions) -> None:
        for name in _SIGNATURES:
            setattr(self, name, getattr(functions, name))


_PDFIUM_LIBRARY: list = []


def _library_file() -> str | None:
    import importlib.util
    import os
    import sys

    spec = importlib.util.find_spec("pypdfium2_raw")
    if spec is None or not spec.submodule_search_locations:
        return None
    name = ("pdfium.dll" if sys.platform.startswith(("win32", "cygwin", "msys"))
            else "libpdfium.dylib" if sys.platform.startswith(("darwin", "ios")) else "libpdfium.so")
    path = os.path.join(list(spec.submodule_search_locations)[0], name)
    return path if os.path.isfile(path) else None


def _declared(path: str) -> _Library:
    c = ctypes
    kinds = {"p": c.c_void_p, "int": c.c_int, "uint": c.c_uint, "ulong": c.c_ulong, "size": c.c_size_t, "float": c.c_float,
             "double": c.c_double, "ushort*": c.POINTER(c.c_ushort), "double*": c.POINTER(c.c_double),
             "float*": c.POINTER(c.c_float), "matrix": c.POINTER(_Matrix), "config": c.POINTER(_Config)}
    library = c.CDLL(path)
    for name, (result, arguments) in _SIGNATURES.items():
        function = getattr(library, name)
        function.restype = kinds[result] if result else None
        function.argtypes = tuple(kinds[a] for a in arguments)
    return _Library(library)


def _pdfium() -> _Library:
    """PDFium, started once (PDFium ignores a second start, by pypdfium2 if it is imported too)."""
    if not _PDFIUM_LIBRARY:
        path = _library_file()
        if path is not None:
            library = _declared(path)
            library.FPDF_InitLibraryWithConfig(ctypes.byref(_Config(2, None, None, 0)))
        else:
            import pypdfium2_raw as raw

            library = _Library(raw)
            library.FS_MATRIX = raw.FS_MATRIX
            raw.FPDF_InitLibraryWithConfig(raw.FPDF_LIBRARY_CONFIG(
                version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0))
        _PDFIUM_LIBRARY.append(library)
    return _PDFIUM_LIBRARY[0]


def _page_text(raw, textpage) -> str:
    """The text of a page (pypdfium2's get_text_range): the buffer is sized from the text indexes of
    the first and last characters that have one, since PDFium may write past a range that begins
    or ends with characters it leaves out (crbug.com/pdfium/2079)."""
    first, last = 0, raw.FPDFText_CountChars(textpage) - 1
    while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(textpage, first) == -1:
        first += 1
    while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(textpage, last) == -1:
        last -= 1
    if first > last:
        return ""
    size = raw.FPDFText_GetTextIndexFromCharIndex(textpage, last) + 2 - raw.FPDFText_GetTextIndexFromCharIndex(textpage, first)
    buffer = (ctypes.c_ushort * size)()
    written = raw.FPDFText_GetText(textpage, first, last - first + 1, buffer)
    return bytes(memoryview(buffer).cast("B")[:max(written - 1, 0) * 2]).decode("utf-16-le", errors="ignore")


def _bounded_text(raw, textpage, left: float, bottom: float, right: float, top: float) -> str:
    """The text PDFium finds inside a rectangle of the page (pypdfium2's get_text_bounded)."""
    size = raw.FPDFText_GetBoundedText(textpage, left, top, right, bottom, None, 0)
    if size <= 0:
        return ""
    buffer = (ctypes.c_ushort * size)()
    raw.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buffer, size)
    return bytes(memoryview(buffer).cast("B")).decode("utf-16-le", errors="ignore")


def _open(raw, data: bytes):
    document = raw.FPDF_LoadMemDocument64(data, len(data), None)  # an empty user password is tried by PDFium
    if not document:
        error = raw.FPDF_GetLastError()
        if error == raw.FPDF_ERR_PASSWORD:
            raise NoText("is an encrypted PDF that needs a password to open; save an unprotected copy")
        raise ValueError({raw.FPDF_ERR_FORMAT: "damaged, or not a PDF", raw.FPDF_ERR_FILE: "cannot be read",
                          raw.FPDF_ERR_SECURITY: "an unsupported security handler"}.get(error, f"PDFium error {error}"))
    return document


def _pages(data: bytes) -> tuple[list[list[str]], list[set[int]], dict[int, list[list[str]]]]:
    """Each page's lines and the lines that start a paragraph, and the rows of its tables, by page."""
    raw = _pdfium()
    document = _open(raw, data)
    page_lines, page_breaks, tables = [], [], {}
    try:
        for number in range(1, raw.FPDF_GetPageCount(document) + 1):
            page = raw.FPDF_LoadPage(document, number - 1)
            if not page:
                raise ValueError(f"page {number} cannot be loaded")
            textpage = raw.FPDFText_LoadPage(page)
            try:
                if not textpage:
                    raise ValueError(f"the text of page {number} cannot be read")
                lines = _lines(_page_text(raw, textpage))
                page_lines.append([line for _, line in lines])
                page_breaks.append(_paragraph_starts(lines, textpage, raw))
                if number <= MAX_TABLE_PAGES and _looks_tabular(page_lines[-1]):
                    rows = _ruled_tables(page, textpage, raw)
                    if rows is None:  # no ruling lines: a table aligned by its words
                        rows = _aligned_rows(lines, textpage, raw)
                    if rows:
                        tables[number] = rows
            finally:
                if textpage:
                    raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
    finally:
        raw.FPDF_CloseDocument(document)
    return page_lines, page_breaks, tables


def pdf_document(name: str, data: bytes) -> MappedDocument:
    with _PDFIUM:
        page_lines, page_breaks, tables = _pages(data)
    chars: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    page_starts: list[int] = []
    offset = 0
    for page_number, lines in enumerate(page_lines, start=1):
        if page_number > 1:
            if chars:
                chars.append("\n\n")
                offset += 2
            page_starts.append(offset)
        rows = tables.get(page_number, [])
        previous, previous_row = "", False
        for line_number, line in enumerate(lines, start=1):
            content = line.rstrip()
            if not content.strip() or (line_number - 1 in page_breaks[page_number - 1] and _ENDS_BLOCK.search(previous)):
                previous = ""  # a paragraph ends here (a gap after a line that ends a sentence: wide line
                # spacing alone is no paragraph break)
            if not content.strip():
                continue
            cells = _as_row(content, rows) if rows else None
            if previous and (cells is not None) != previous_row:
                chars.append("\n\n")  # a table is a block of its own, as in HTML
                offset += 2
            elif previous:
                joined = cells is None and not _ENDS_BLOCK.search(previous) and not _STARTS_BLOCK.match(content)
                chars.append(" " if joined else "\n")
                offset += 1
            elif offset and chars and not chars[-1].endswith("\n"):
                chars.append("\n\n")
                offset += 2
            if cells is None:
                anchors.append((offset, line_number, 1))
                chars.append(content)
                offset += len(content)
            else:  # a table row: its cells, each where it stands on the line
                for k, (cell, column) in enumerate(cells):
                    if k:
                        chars.append(" | ")
                        offset += 3
                    anchors.append((offset, line_number, column + 1))
                    chars.append(cell)
                    offset += len(cell)
            previous, previous_row = content, cells is not None
    text = "".join(chars)
    if not text.strip():
        raise NoText("has no text layer (a scanned PDF?)")
    return MappedDocument(name, text + "\n", tuple(page_starts), anchors=tuple(anchors))
