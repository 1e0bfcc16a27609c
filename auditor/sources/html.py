"""HTML reports: the visible text, with every character mapped to its source line.

Built on the standard library's `html.parser.HTMLParser` rather than an
HTML-to-text converter (html2text, inscriptis): those return text without
offsets, and a finding must point at the line of the HTML file a reviewer opens.
`HTMLParser.getpos()` gives the exact source line and column of every piece of
text. Blocks (p, h1, li, tr, ...) become paragraphs, whitespace collapses as a
browser collapses it, script/style/head are skipped, character references are
decoded, and `<!-- audit: ... -->` comments are kept so inline suppressions work.

A saved web page is mostly not the report: menus, tickers, sidebars, cookie banners,
share bars, comments and footers hold numbers too ("14 Broad Street", "1,204 comments").
By default only the main content is read, chosen the way reader modes choose it:
the page's <main>, <article> or role="main" element when it has one, and in any case
without the elements that are page furniture by their tag (nav, aside, footer, form,
a page-level header), their ARIA role (navigation, banner, contentinfo, complementary,
search, dialog), the words of their class and id ("site-footer", "cookie-consent",
"related-stories"), or their links (a short block mostly of links is a menu). `all_content=True` reads every visible text, as before.
(Compared with trafilatura on the pages in bench/documents/html: see bench/documents/README.md.)
"""
from __future__ import annotations

import html
import re
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

# Page furniture, by tag, by ARIA role, and by the words of a class or id.
FURNITURE_TAGS = {"nav", "aside", "footer", "form", "button", "dialog", "menu", "select", "iframe"}
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                   "menu", "menubar", "toolbar"}
FURNITURE_WORDS = {
    "nav", "navbar", "navigation", "menu", "submenu", "footer", "sidebar", "cookie", "cookies", "consent", "gdpr",
    "banner", "ad", "ads", "advert", "adverts", "advertisement", "sponsored", "promo", "share", "sharing", "social",
    "comments", "comment", "related", "newsletter", "subscribe", "subscription", "breadcrumb", "breadcrumbs",
    "ticker", "masthead", "widget", "popup", "modal", "skip", "toolbar", "login", "signup", "search", "trending",
    "mostread", "popular", "recommended", "outbrain", "taboola", "paywall", "topbar", "utility", "weather",
}
MAIN_TAGS = {"main", "article"}
_CLASS_WORD = re.compile(r"[a-z]+")
_HAS_MAIN = re.compile(r"<(?:main|article)\b|\brole\s*=\s*[\"']?main\b", re.I)


def _is_furniture(tag: str, attrs, inside_main: bool) -> bool:
    if tag in FURNITURE_TAGS or (tag == "header" and not inside_main):
        return True
    for name, value in attrs:
        if not value:
            continue
        value = value.lower()
        if name == "role" and value.strip() in FURNITURE_ROLES:
            return True
        if name == "aria-hidden" and value.strip() == "true":
            return True
        if name in ("class", "id") and any(w in FURNITURE_WORDS for w in _CLASS_WORD.findall(value)):
            return True
    return False


def _is_main(tag: str, attrs) -> bool:
    return tag in MAIN_TAGS or any(name == "role" and (value or "").strip().lower() == "main" for name, value in attrs)


class TooDeep(ValueError):
    pass


class _Extractor(HTMLParser):
    def __init__(self, main_only: bool = False, skip_furniture: bool = False,
                 link_blocks: set[tuple[int, int]] = frozenset()) -> None:
        super().__init__(convert_charrefs=False)
        self.link_blocks = link_blocks  # where the blocks that are mostly links start
        # the open elements that count towards the depth, each with what it starts: None,
        # "furniture" (its text is not read) or "main" (its text is read when main_only)
        self.open: list[tuple[str, str | None]] = []
        self.open_count: dict[str, int] = {}  # open elements by tag: a stray end tag is passed over at once
        self.furniture = 0
        self.main = 0
        self.main_only = main_only
        self.skip_furniture = skip_furniture
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
            role = None
            if self.skip_furniture and (_is_furniture(tag, attrs, self.main > 0)
                                        or (self.link_blocks and self.getpos() in self.link_blocks)):
                role = "furniture"
                self.furniture += 1
            elif _is_main(tag, attrs):
                role = "main"
                self.main += 1
            self.open.append((tag, role))
            self.open_count[tag] = self.open_count.get(tag, 0) + 1
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
            self._close(tag)
        if tag in SKIP_TAGS:
            self.skip = max(self.skip - 1, 0)
        elif tag in PARAGRAPH_TAGS:
            self._break(2)
            if tag == "pre":
                self.pre = max(self.pre - 1, 0)
        elif tag in LINE_TAGS:
            self._break(1)

    def _close(self, tag: str) -> None:
        """Close the innermost open `tag` and what is still open inside it (a browser's
        recovery from a missing end tag); an end tag with no open element is ignored. Only
        the last few elements are searched, so a page of stray end tags stays linear."""
        if not self.open_count.get(tag):
            return
        for k in range(len(self.open) - 1, max(len(self.open) - 64, -1), -1):
            if self.open[k][0] == tag:
                for name, role in self.open[k:]:
                    self.open_count[name] -= 1
                    if role == "furniture":
                        self.furniture -= 1
                    elif role == "main":
                        self.main -= 1
                del self.open[k:]
                return

    @property
    def hidden(self) -> bool:
        """Whether text here is left out: page furniture, or outside the main content."""
        return self.furniture > 0 or (self.main_only and self.main == 0)

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
        if self.skip or self.hidden:
            return
        line, col = self.getpos()
        self._emit_text(data, line, col + 1)

    def _reference(self, text: str) -> None:
        if self.skip or self.hidden:
            return
        line, col = self.getpos()
        for ch in html.unescape(text):
            self._emit_text(ch, line, col + 1)

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")


# A block mostly of links is a menu, wherever it stands and whatever it is called (readability's
# rule): three links or more making up at least this share of its characters, in a block this
# short. Half, not less: "GDP grew 2.1% (ONS, IMF, OECD)" with its sources linked is a story.
LINK_DENSITY = 0.5
MIN_MENU_LINKS = 3
LINK_BLOCK_TAGS = {"div", "ul", "ol", "section", "span", "header", "nav", "menu"}  # blocks the reader can leave out
MAX_LINK_BLOCK_CHARS = 400


class _LinkBlocks(HTMLParser):
    """First pass: the source positions of the blocks that are mostly links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[list] = []  # [tag, position, characters, characters in links, links]
        self.in_link = 0
        self.found: set[tuple[int, int]] = set()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.in_link += 1
            for block in self._short_blocks():
                if block[4] >= MIN_MENU_LINKS:
                    break  # and so have the blocks around it: enough links counted
                block[4] += 1
        elif tag in LINK_BLOCK_TAGS:
            if len(self.open) < MAX_DEPTH:
                self.open.append([tag, self.getpos(), 0, 0, 0])

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_link = max(self.in_link - 1, 0)
            return
        for k in range(len(self.open) - 1, max(len(self.open) - 64, -1), -1):
            if self.open[k][0] == tag:
                _, position, chars, link_chars, links = self.open[k]
                if links >= MIN_MENU_LINKS and 0 < chars <= MAX_LINK_BLOCK_CHARS and link_chars >= LINK_DENSITY * chars:
                    self.found.add(position)
                del self.open[k:]
                return

    def _short_blocks(self):
        """The open blocks still short enough to be a menu, innermost first: a block holds the
        ones inside it, so once one is too long, so are all around it (each block is counted
        a bounded number of times, whatever the page)."""
        for block in reversed(self.open):
            if block[2] > MAX_LINK_BLOCK_CHARS:
                return
            yield block

    def handle_data(self, data):
        count = len("".join(data.split()))
        if count:
            for block in self._short_blocks():
                block[2] += count
                if self.in_link:
                    block[3] += count


def _link_blocks(markup: str) -> set[tuple[int, int]]:
    finder = _LinkBlocks()
    finder.feed(markup)
    finder.close()
    return finder.found


_TAG_OPEN = re.compile(r"<[A-Za-z/!?]")


def _without_unclosed_markup(markup: str) -> str:
    """The markup up to a comment or a tag that is never closed. A browser drops both (a comment
    runs to the end of the page, a tag cut by its end is no tag); HTMLParser looks for their end
    again at every "<" after them, which on a page of them takes minutes (40,000 "<!--" take
    22 s, 11,000 '<a href="' 23 s)."""
    at = 0
    while True:
        start = markup.find("<!--", at)
        if start < 0:
            break
        end = markup.find("-->", start + 4)
        if end < 0:
            markup = markup[:start]
            break
        at = end + 3
    cut = _TAG_OPEN.search(markup, markup.rfind(">") + 1)  # "a < b" is text, "<a" a tag
    return markup[:cut.start()] if cut else markup


def html_document(name: str, markup: str, all_content: bool = False, page: bool = True) -> MappedDocument:
    """The text of a page: its main content (see the module's docstring), or with `all_content`
    every visible text. A `page` that is nothing but furniture by these rules is read whole; a
    piece of HTML in another document (`page=False`) is then empty."""
    markup = _without_unclosed_markup(markup)
    if all_content:
        parser = _read(markup)
    else:
        parser = _read(markup, main_only=bool(_HAS_MAIN.search(markup)), skip_furniture=True,
                       link_blocks=_link_blocks(markup))
        if page and not parser.out.text().strip():  # nothing but furniture, by these rules: read it all
            parser = _read(markup)
    text = parser.out.text().rstrip() + "\n"
    return MappedDocument(name, text, anchors=tuple(parser.out.anchors))


def _read(markup: str, main_only: bool = False, skip_furniture: bool = False,
          link_blocks: set[tuple[int, int]] = frozenset()) -> _Extractor:
    parser = _Extractor(main_only, skip_furniture, link_blocks)
    parser.feed(markup)
    parser.close()
    return parser
