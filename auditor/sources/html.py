"""HTML reports: the visible text, with every character mapped to its source line.

Built on the standard library's `html.parser.HTMLParser` rather than an
HTML-to-text converter (html2text, inscriptis): those return text without
offsets, and a finding must point at the line of the HTML file a reviewer opens.
`HTMLParser.getpos()` gives the exact source line and column of every piece of
text. Blocks (p, h1, li, tr, ...) become paragraphs, whitespace collapses as a
browser collapses it, script/style/head are skipped, character references are
decoded, and `<!-- audit: ... -->` comments are kept so inline suppressions work.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

from auditor.sources.mapped import MappedDocument, TextBuilder

PARAGRAPH_TAGS = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure", "figcaption",
    "caption", "pre", "hr", "form", "fieldset", "address", "details", "summary", "body",
}
LINE_TAGS = {"br", "li", "tr", "dt", "dd", "thead", "tbody", "tfoot"}
CELL_TAGS = {"td", "th"}
SKIP_TAGS = {"script", "style", "head", "template", "noscript", "svg", "math"}
# Elements that need no end tag (void ones, and those a browser closes implicitly): they
# do not count towards the nesting depth.
UNCOUNTED_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                  "tfoot", "colgroup", "rb", "rt", "rp"}
# Browsers stop nesting at a few hundred levels; a page nested deeper is not a report.
MAX_DEPTH = 2000


class TooDeep(ValueError):
    pass


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out = TextBuilder()
        self.skip = 0
        self.pre = 0
        self.pending_break = 0
        self.pending_space: tuple[int, int] | None = None
        self.cells_in_row = 0
        self.depth = 0

    # -- structure ---------------------------------------------------------
    def _break(self, newlines: int) -> None:
        self.pending_break = max(self.pending_break, newlines)
        self.pending_space = None

    def handle_starttag(self, tag, attrs):
        if tag not in UNCOUNTED_TAGS:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise TooDeep(f"is HTML nested more than {MAX_DEPTH:,} elements deep, which no report is")
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in PARAGRAPH_TAGS:
            self._break(2)
            if tag == "pre":
                self.pre += 1
        elif tag in LINE_TAGS:
            self._break(1)
            if tag == "tr":
                self.cells_in_row = 0
        elif tag in CELL_TAGS:
            if self.cells_in_row:
                self._emit_synthetic(" | ")
            self.cells_in_row += 1

    def handle_startendtag(self, tag, attrs):
        if tag in LINE_TAGS or tag in PARAGRAPH_TAGS:
            self._break(1 if tag == "br" else 2)

    def handle_endtag(self, tag):
        if tag not in UNCOUNTED_TAGS:
            self.depth = max(self.depth - 1, 0)
        if tag in SKIP_TAGS:
            self.skip = max(self.skip - 1, 0)
        elif tag in PARAGRAPH_TAGS:
            self._break(2)
            if tag == "pre":
                self.pre = max(self.pre - 1, 0)
        elif tag in LINE_TAGS:
            self._break(1)

    def handle_comment(self, data):
        if "audit:" in data and not self.skip:
            line, col = self.getpos()
            self._break(2)
            self._emit_text(f"<!--{data}-->", line, col + 1, keep_space=True)
            self._break(2)

    # -- text --------------------------------------------------------------
    def _flush_breaks(self) -> None:
        if self.pending_break and len(self.out):
            for _ in range(self.pending_break):
                self.out.add("\n")
        self.pending_break = 0

    def _emit_synthetic(self, text: str) -> None:
        if self.pending_break:
            return
        for ch in text:
            self.out.add(ch)
        self.pending_space = None

    def _emit_text(self, data: str, line: int, column: int, keep_space: bool = False) -> None:
        for ch in data:
            if ch.isspace() and not (self.pre or keep_space):
                if self.pending_space is None and not self.pending_break:
                    self.pending_space = (line, column)
            else:
                self._flush_breaks()
                if self.pending_space is not None:
                    if len(self.out) and self.out.last_char() not in "\n ":
                        self.out.add(" ", *self.pending_space)
                    self.pending_space = None
                self.out.add(ch, line, column)
            if ch == "\n":
                line, column = line + 1, 1
            else:
                column += 1

    def handle_data(self, data):
        if self.skip:
            return
        line, col = self.getpos()
        self._emit_text(data, line, col + 1)

    def _reference(self, text: str) -> None:
        if self.skip:
            return
        line, col = self.getpos()
        for ch in html.unescape(text):
            self._emit_text(ch, line, col + 1)

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")


def html_document(name: str, markup: str) -> MappedDocument:
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    text = parser.out.text().rstrip() + "\n"
    return MappedDocument(name, text, anchors=tuple(parser.out.anchors))
