"""Markdown reports: the text a reader of the rendered page sees, each character mapped
back to its line and column in the Markdown file.

Parsed with markdown-it-py (CommonMark, GFM tables, front matter and footnotes from
mdit-py-plugins). What a rendered page does not show as prose is left out, so that
none of it is read as a figure: front matter, code blocks and inline code, link
targets and titles, image alt text, footnote markers ("[^1]"), bare URLs, HTML tags
and emphasis markers. Headings, paragraphs, list items and footnote text are kept,
a block a paragraph; the lines of a paragraph stay lines, as in the file (so a
Markdown report reads as the same words in a .txt file do); a table's rows are
lines "| cell | cell |" under a delimiter row, the Markdown layout the table model
reads. `<!-- audit: ... -->` comments
are kept so that inline suppressions work.

markdown-it gives line ranges for blocks but no positions for inline content, so
each inline token's characters are found again in its source lines, in order.
"""
from __future__ import annotations

import re
import bisect
from functools import lru_cache

from auditor import lazy_re
from auditor.sources.mapped import MappedDocument, TextBuilder

# A bare URL in running text ("https://example.org/data?v=2.5", "www.ons.gov.uk/2023"):
# not prose; its digits are not figures.
_BARE_URL = lazy_re.compile(r"(?:\b[a-z][a-z0-9+.\-]{1,9}://|\bwww\.)[^\s<>\"'`]*", re.I)
# A footnote marker the footnote plugin does not take (no definition): "[^1]", "[^note]".
_FOOTNOTE_MARKER = lazy_re.compile(r"\[\^[^\]\s]{1,40}\]")
SOFT_BREAK = "\n"  # a paragraph's line break: kept, as a .txt file keeps it
MAX_NESTING = 100  # markdown-it stops nesting here (its CommonMark preset at 20): deeper quotes and lists are not read


def _markdown_it(links: bool = True):
    with lazy_re.imports_kept():  # its patterns' programs read back, not compiled at every start
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin
        from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
    md.enable(["table", "strikethrough"]).use(front_matter_plugin).use(footnote_plugin)
    md.disable("text_join")  # keep escapes and entities as tokens of their own: their source differs
    if not links:
        md.inline.ruler.disable(["link", "image", "footnote_ref", "footnote_inline"])
    return md


@lru_cache(maxsize=1)
def _parser():
    md = _markdown_it()
    bracketless = _markdown_it(links=False)
    md.core.ruler.at("inline", lambda state: _inline_within_limits(state, bracketless))
    return md


# markdown-it's link rules scan to the end of a paragraph for the "]" of every "[" (100,000
# brackets take minutes). A report's paragraph holds a few links at most: one of more than
# MAX_BRACKETS brackets is read without link syntax (its brackets stay as text), and one of
# more than MAX_INLINE_CHARS characters is taken as its characters, without inline markup.
MAX_BRACKETS = 64
MAX_INLINE_CHARS = 20_000


def _inline_within_limits(state, bracketless) -> None:
    """markdown-it's core "inline" rule, within the bounds above."""
    from markdown_it.token import Token

    for token in state.tokens:
        if token.type != "inline":
            continue
        if len(token.content) > MAX_INLINE_CHARS:
            token.children = [Token("text", "", 0, content=token.content)]
            continue
        token.children = []
        md = bracketless if token.content.count("[") > MAX_BRACKETS else state.md
        md.inline.parse(token.content, md, state.env, token.children)


def _audit_comments(text: str) -> list[tuple[int, int]]:
    """Where the `<!-- audit: ... -->` comments of `text` are (found in one pass: an unclosed
    "<!--" is not searched to the end again for every one before it)."""
    found, at = [], 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            return found
        end = text.find("-->", start + 4)
        if end < 0:
            return found
        if "audit:" in text[start:end]:
            found.append((start, end + 3))
        at = end + 3


class _Inline:
    """Where the characters of one inline token's content stand in the source."""

    def __init__(self, src: str, first_line: int, columns: list[int]) -> None:
        self.src = src
        self.line_starts = [0]
        for k, ch in enumerate(src):
            if ch == "\n":
                self.line_starts.append(k + 1)
        self.first_line = first_line
        self.columns = columns  # 0-based source column where each content line starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of content offset `offset`."""
        k = bisect.bisect_right(self.line_starts, offset) - 1
        column = self.columns[k] if k < len(self.columns) else 0
        return self.first_line + k + 1, column + offset - self.line_starts[k] + 1


def _content_columns(content: str, source_lines: list[str], first_line: int) -> list[int]:
    """The source column of each line of an inline token's content. markdown-it takes a
    block's lines from where its markers end ("> ", "- ", indentation) and strips the
    whole, so each content line is the end of its source line, trailing spaces aside."""
    columns = []
    for k, part in enumerate(content.split("\n")):
        index = first_line + k
        line = source_lines[index] if index < len(source_lines) else ""
        stem, end = part.rstrip(), line.rstrip()
        column = len(end) - len(stem)
        if column < 0 or end[column:] != stem:
            found = line.find(stem)
            column = found if found >= 0 else 0
        columns.append(column)
    return columns


def _skip_brackets(src: str, p: int) -> int:
    """Past the balanced [...] that starts at `p` (backslash escapes respected)."""
    depth, i = 0, p
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(src)


def _skip_destination(src: str, p: int) -> int:
    """Past what follows a link's text or an image's alt at `p` (just after its "]"):
    "(dest "title")", "[ref]", "[]" or nothing (a shortcut reference)."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    if src.startswith("(", p):
        i = p + 1
        while i < len(src) and src[i] in " \t\n":
            i += 1
        dest = parseLinkDestination(src, i, len(src))
        if dest.ok:
            i = dest.pos
            while i < len(src) and src[i] in " \t\n":
                i += 1
            title = parseLinkTitle(src, i, len(src))
            if title.ok:
                i = title.pos
                while i < len(src) and src[i] in " \t\n":
                    i += 1
        if src.startswith(")", i):
            return i + 1
        end = src.find(")", p)
        return end + 1 if end >= 0 else p
    if src.startswith("[", p):
        return _skip_brackets(src, p)
    return p


class _Reader:
    def __init__(self, source: str) -> None:
        self.lines = source.split("\n")
        self.out = TextBuilder()
        self.pending_break = 0
        self.list_depth = 0
        self.quote_depth = 0
        self.gap = False

    # -- output ---------------------------------------------------------------
    def _break(self, newlines: int) -> None:
        self.pending_break = max(self.pending_break, newlines)

    def _gap(self) -> None:
        """Something shown apart (a footnote mark, an image, a URL) was left out here: the words on
        either side stay apart ("12[^1]12" is not 1212)."""
        self.gap = True

    def _emit(self, ch: str, line: int | None = None, column: int | None = None) -> None:
        if self.gap:
            self.gap = False
            if ch.isalnum() and self.out.last_char().isalnum():
                self.out.add(" ")
        if self.pending_break:
            if self.out.last_char() == " ":
                self.out.drop_last()  # a block ends at its last word
            if len(self.out):
                for _ in range(self.pending_break):
                    self.out.add("\n")
            self.pending_break = 0
            if ch.isspace():
                return  # no space at the start of a block
        if self.quote_depth and line is not None and ch != "\n" and self.out.last_char() in ("\n", ""):
            # a quoted line keeps its marker, as the file writes it: "> hospitals | 300.5" under
            # "Health | 410.0" is a part of that row for the table model
            markers = self.lines[line - 1][:column - 1].count(">") if line <= len(self.lines) else 0
            if markers:
                for _ in range(markers):
                    self.out.add(">")
                self.out.add(" ")
        if ch == "\n" and self.out.last_char() == " ":
            self.out.drop_last()  # a line ends at its last word
        if ch == " " and self.out.last_char() in (" ", "\n", ""):
            return  # what was left out leaves no run of spaces
        self.out.add(ch, line, column)

    def _emit_span(self, inline: _Inline, start: int, end: int) -> None:
        src = inline.src
        k = start
        while k < end:
            ch = src[k]
            line, column = inline.position(k)
            self._emit(" " if ch in "\n\t" else ch, line, column)
            k += 1
            # the rest of this source line at once, when _emit would add each character as it is:
            # no tab or line end, no run of spaces, and the output not at a line's start (a quote marker)
            stop = src.find("\n", k, end)
            stop = end if stop < 0 else stop
            run = src[k:stop]
            last = self.out.last_char()
            if run and last not in ("\n", "") and "\t" not in run and "  " not in run \
                    and not (run[0] == " " and last == " ") and not self.gap and not self.pending_break:
                self.out.add_run(run, line, column + 1)
                k = stop

    def _emit_text(self, inline: _Inline, start: int, end: int) -> None:
        """Text from the source at [start, end), without bare URLs and stray footnote markers."""
        src = inline.src
        spans = [m.span() for m in _BARE_URL.finditer(src, start, end)]
        spans += [m.span() for m in _FOOTNOTE_MARKER.finditer(src, start, end)]
        at = start
        for s, e in sorted(spans):
            if s < at:
                continue
            self._emit_span(inline, at, s)
            self._gap()
            at = e
        self._emit_span(inline, at, end)

    # -- blocks ---------------------------------------------------------------
    def read(self, tokens) -> None:
        cells_in_row = 0
        delimiter_row = ""
        for tok in tokens:
            kind = tok.type
            if kind == "inline":
                self._inline(tok)
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self._break(2 if not self.list_depth else 1)
                self.list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
                self._break(2 if not self.list_depth else 1)
            elif kind == "list_item_open":
                self._break(1)
            elif kind == "tr_open":
                self._break(1)
                cells_in_row = 0
            elif kind in ("th_open", "td_open"):
                self._emit_synthetic(" | " if cells_in_row else "| ")
                cells_in_row += 1
            elif kind == "tr_close":
                self._emit_synthetic(" |")
                delimiter_row = "|" + "---|" * cells_in_row
            elif kind == "thead_close":
                # the header's delimiter row, as written in Markdown: the table model reads tables in
                # this layout ("| Region | 2023 |", "|---|---|", "| North | 1,204 |")
                self._break(1)
                self._emit_synthetic(delimiter_row)
            elif kind in ("th_close", "td_close", "thead_open", "tbody_open", "tbody_close"):
                pass  # a table's rows are lines of one block
            elif kind in ("table_open", "table_close"):
                self._break(2)
            elif kind.endswith("_open") or kind.endswith("_close") or kind == "hr":
                self._break(1 if self.list_depth else 2)
            elif kind == "html_block":
                self._html_block(tok)
            # fence, code_block, front_matter and footnote anchors are not prose: left out
            if kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth = max(self.quote_depth - 1, 0)
            if tok.block and tok.nesting >= 0 and tok.map and tok.map[0] > 0 and self.lines[tok.map[0] - 1].strip():
                # no blank line before this block in the file: the block goes on the next line, as in the
                # file ("Health | 410.0" then "> hospitals | 300.5"), not in a paragraph of its own
                self.pending_break = min(self.pending_break, 1)

    def _emit_synthetic(self, text: str) -> None:
        if self.pending_break and len(self.out):
            for _ in range(self.pending_break):
                self.out.add("\n")
        self.pending_break = 0
        for ch in text:
            self.out.add(ch)

    def _html_block(self, tok) -> None:
        """A block of HTML in the Markdown (a <table>, a <div>, a comment) read as the HTML reader
        reads a page, each character at its line and column in the Markdown file; `<!-- audit:
        ... -->` comments are kept by it, so suppressions work."""
        from auditor.sources.html import TooDeep, html_document

        content = tok.content.rstrip("\n")
        first = tok.map[0] if tok.map else 0
        try:
            block = html_document("", content, page=False)
        except TooDeep:
            return  # nested past what any page is: not read, as a page so nested is not
        columns = _content_columns(content, self.lines, first)
        text = block.text.strip("\n")
        if not text.strip():
            return
        self._break(2)
        start = block.text.index(text[0])
        for k, ch in enumerate(text, start=start):
            line, column = block.position(k)
            shift = columns[line - 1] if line - 1 < len(columns) else 0
            self._emit(ch, first + line, shift + column)
        self._break(2)

    # -- inline ---------------------------------------------------------------
    def _inline(self, tok) -> None:
        src = tok.content
        first = tok.map[0] if tok.map else 0
        if tok.map and tok.map[1] - tok.map[0] == 1 and "\n" not in src:
            line = self.lines[first] if first < len(self.lines) else ""
            column = self._cell_column(line, src)
            columns = [column]
        else:
            columns = _content_columns(src, self.lines, first)
        inline = _Inline(src, first, columns)
        p = 0
        skipping = 0  # inside an autolink: its text is a URL
        for child in tok.children or ():
            kind = child.type
            if kind == "text":
                at = src.find(child.content, p) if child.content else p
                if at < 0:
                    continue  # not found as written: leave it out rather than misplace it
                if not skipping:
                    self._emit_text(inline, at, at + len(child.content))
                p = at + len(child.content)
            elif kind == "text_special":  # an escape ("\*") or an entity ("&amp;")
                at = src.find(child.markup, p) if child.markup else -1
                if at < 0:
                    continue
                if not skipping:
                    line, column = inline.position(at)
                    for ch in child.content:
                        self._emit(ch, line, column)
                p = at + len(child.markup)
            elif kind in ("softbreak", "hardbreak"):
                at = src.find("\n", p)
                if at >= 0:
                    line, column = inline.position(at)
                    self._emit(SOFT_BREAK, line, column)
                    p = at + 1
            elif kind == "code_inline":
                at = src.find(child.markup, p)
                if at >= 0:
                    close = self._closing_backticks(src, at + len(child.markup), child.markup)
                    p = close
                self._emit(" ")
            elif kind == "link_open":
                at = src.find("<" if child.markup == "autolink" else "[", p)
                if child.markup == "autolink":
                    skipping += 1
                    end = src.find(">", max(at, p))
                    p = end + 1 if end >= 0 else p
                elif at >= 0:
                    p = at + 1
            elif kind == "link_close":
                if skipping:
                    skipping -= 1
                    continue
                at = src.find("]", p)
                if at >= 0:
                    p = _skip_destination(src, at + 1)
            elif kind == "image":
                at = src.find("![", p)
                if at >= 0:
                    p = _skip_destination(src, _skip_brackets(src, at + 1))
                self._emit(" ")
            elif kind == "footnote_ref":
                self._gap()
                at = src.find("[^", p)
                if at >= 0:
                    end = src.find("]", at)
                    p = end + 1 if end >= 0 else p
            elif kind == "html_inline":
                at = src.find(child.content, p)
                if at < 0:
                    continue
                if _audit_comments(child.content) == [(0, len(child.content))]:
                    self._emit_span(inline, at, at + len(child.content))
                p = at + len(child.content)
            elif child.markup and kind.endswith(("_open", "_close")):  # emphasis, strikethrough
                at = src.find(child.markup, p)
                if at >= 0:
                    p = at + len(child.markup)

    def _cell_column(self, line: str, content: str) -> int:
        """The column of a one-line inline's content (a heading, a table cell) in its line,
        searching on from the previous cell of the same line."""
        if getattr(self, "_cell_line", None) is not line:
            self._cell_line, self._cell_at = line, 0
        found = line.find(content, self._cell_at) if content else -1
        if found < 0:
            found = line.find(content) if content else self._cell_at
        if found < 0:
            return 0
        self._cell_at = found + len(content)
        return found

    @staticmethod
    def _closing_backticks(src: str, p: int, run: str) -> int:
        """Past the run of exactly len(run) backticks that closes a code span opened before `p`."""
        while True:
            at = src.find(run, p)
            if at < 0:
                return len(src)
            end = at
            while end < len(src) and src[end] == "`":
                end += 1
            if end - at == len(run) and (at == 0 or src[at - 1] != "`"):
                return end
            p = end


def markdown_document(name: str, source: str) -> MappedDocument:
    tokens = _parser().parse(source)
    reader = _Reader(source)
    reader.read(tokens)
    text = reader.out.text().rstrip() + "\n"
    return MappedDocument(name, text, anchors=tuple(reader.out.anchors))
