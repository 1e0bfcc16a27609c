"""Regular expressions compiled the first time they are used, and remembered between runs.

The auditor holds about 400 patterns. Compiling them at import took most of its start-up
time, and a one-page report uses about half of them. `compile` returns a stand-in that
keeps the pattern text and compiles it on first use; afterwards the compiled pattern's
methods are plain attributes of the stand-in, so a call costs what it always did.

Compiling is parsing the pattern and generating the program the regular-expression
engine runs. Like Python's own bytecode in `__pycache__`, the programs are kept in a
small file in the user's cache folder (`$AUDIT_CACHE_DIR`, else `$XDG_CACHE_HOME` or
`~/.cache`, under `report-auditor/`), one file per Python version and engine version, and
read back on the next start: a one-page audit then starts in about half the time. The
file is written only when a run compiled something new, atomically; a missing, corrupt
or unwritable cache is ignored, and `AUDIT_NO_CACHE=1` turns it off. The programs come
from the same private functions `re.compile` calls (`re._parser`, `re._compiler`,
`_sre.compile`, stable from Python 3.11 to 3.13); if they ever change, every pattern is
simply compiled by `re.compile`.

A pattern compiled with `screened=True` also keeps its needles, the words one of which its
every match holds, and a text holding none of them is answered "no match" without calling the
engine (see "words every match holds" below): for the sentence-wide searches of a vocabulary
that find nothing in most sentences.
"""
from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_RE_COMPILE = re.compile  # the standard library's, whatever imports_kept does to re.compile


class LazyPattern:
    """Behaves as the `re.Pattern` of `pattern` and `flags`; `.pattern` and `.flags` are
    read without compiling. Pass `.compiled` where the `re` module wants a real pattern."""

    screened = False  # (a class default: BuiltPattern and CaseBlind's patterns are never screened)

    def __init__(self, pattern: str, flags: int = 0, screened: bool = False) -> None:
        self.pattern = pattern
        self.flags = flags
        self.screened = screened

    def __getattr__(self, name: str):  # only for names not set yet, so at most once for each
        if name == "compiled":
            self.compiled, needles = _PROGRAMS.compile_with_needles(self.pattern, self.flags)
            for method in _METHODS:  # instance attributes from now on: found before __getattr__ is tried
                setattr(self, method, getattr(self.compiled, method))
            if self.screened and needles and all(isinstance(word, str) for word in needles):
                for method, no_match in _SCREENED_METHODS:
                    setattr(self, method, _screened(getattr(self.compiled, method), needles, no_match))
            return self.compiled
        if name.startswith("__"):  # copy, pickle and the like probe for special names
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def compile(pattern: str, flags: int = 0, screened: bool = False) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """`screened`: a text without any of the pattern's needles is answered without the engine (for
    a pattern that most texts it is searched in cannot match; see "words every match holds")."""
    return LazyPattern(pattern, flags, screened)


# what re.escape writes for each character it escapes (ASCII only; a space is written apart, as the
# caller's `space`), the backslash first: the escapes written after it hold backslashes of their own.
# (some 815 alternations of 14,700 phrases are built when the grammar is imported: escaping each phrase
# with str.translate looked every character up in a table, 9 ms of every start; replacing each special
# character that occurs, over the whole vocabulary at once, takes 2-3 ms)
_PHRASE_ESCAPES = tuple(sorted(((chr(code), re.escape(chr(code))) for code in range(128)
                                if chr(code) != " " and re.escape(chr(code)) != chr(code)),
                               key=lambda escape: escape[0] != "\\"))
_SEPARATOR = "\x00"  # between phrases while they are escaped together: re.escape leaves it as it is


def alternation(phrases: tuple[str, ...], space: str = r"\s+") -> str:
    """A regex alternation of phrases (a vocabulary of cue words), longest first, each escaped, a space matching
    any white space; `space=" "` keeps one literal space, for the patterns written that way ("more than" but not
    "more\\nthan"). The one builder of a pattern from a vocabulary: the grammar reads it as `lexicon.alternation`,
    the figure reader (which may not import the grammar) from here."""
    ordered = sorted(phrases, key=len, reverse=True)
    joined = _SEPARATOR.join(ordered)
    if joined.count(_SEPARATOR) != max(len(ordered) - 1, 0):  # a phrase holds the separator: one at a time
        return "|".join(_escaped(phrase, space) for phrase in ordered)
    return _escaped(joined, space).replace(_SEPARATOR, "|")


def _escaped(text: str, space: str) -> str:
    """`text` as re.escape writes it (every ASCII special character), each space written as `space`."""
    for character, escape in _PHRASE_ESCAPES:
        if character in text:
            text = text.replace(character, escape)
    return text.replace(" ", space)


class BuiltPattern(LazyPattern):
    """A LazyPattern whose text, too, is made on first use, by `build()`: for a pattern assembled
    from a long vocabulary that only some inputs need (a table's unit markers, from hundreds of
    currency names), whose text takes milliseconds to build at every start for nothing."""

    def __init__(self, build, flags: int = 0) -> None:
        self.build = build
        self.flags = flags

    def __getattr__(self, name: str):
        if name == "pattern":
            self.pattern = self.build()
            return self.pattern
        return super().__getattr__(name)

    def __repr__(self) -> str:
        return f"BuiltPattern({self.build!r}, {self.flags!r})"


def built(build, flags: int = 0) -> BuiltPattern:
    """The pattern `build()` writes, compiled with `flags` when it is first used."""
    return BuiltPattern(build, flags)


class CaseBlind:
    """A pattern matched without regard to case, written in lower case. ASCII text is matched
    in lower case by the case-sensitive program, which finds the same matches several times
    faster: IGNORECASE keeps the engine from skipping past letters no alternative starts
    with. Other text is matched with IGNORECASE. A match is one of the lower-cased text: read
    whether and where it matched and its groups' names, not its letters.

    The two agree because IGNORECASE matches an ASCII letter of the pattern with its two cases
    and, besides, only with the four letters of FOLDING_INTO_ASCII, and a pattern of lower-case
    letters and caseless other characters (checked here) matches upper-case ones nowhere else."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):  # the two programs, made when first used (like LazyPattern's)
        if name not in ("lower", "folding"):
            raise AttributeError(name)
        cased = _CONSTRUCTS.sub("", self.pattern)
        if _CODE_ESCAPE.search(self.pattern) or any(c.isupper() or (not c.isascii() and c.lower() != c.upper())
                                                    for c in cased):
            raise ValueError(f"a case-blind pattern is written in lower case, each letter as itself: {self.pattern!r}")
        self.lower = LazyPattern(self.pattern, self.flags & ~re.IGNORECASE)
        self.folding = LazyPattern(self.pattern, self.flags | re.IGNORECASE)
        return getattr(self, name)

    def search(self, text: str) -> re.Match | None:
        """For a short text (a window of a few words): lower-cased at each call."""
        return self.lower.search(text.lower()) if text.isascii() else self.folding.search(text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """For a document's text, searched from `pos` to `endpos` many times: folded once."""
        folded = ascii_folded(text)
        return self.folding.finditer(text, pos, endpos) if folded is None else self.lower.finditer(folded, pos, endpos)


# the escapes and group syntax whose capitals are no letters to match ("\W", "(?P<name>")
_CONSTRUCTS = LazyPattern(r"\\[WSDBAZ]|\(\?P[<=]")
_CODE_ESCAPE = LazyPattern(r"\\[xuUN]")  # a letter written by its code ("\x41") is not checked: refused
# letters IGNORECASE matches with an ASCII letter that lower() does not make one: the long s,
# the dotless i, the dotted capital I and the Kelvin sign
FOLDING_INTO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")
_ASCII_CAPITALS = LazyPattern("[A-Z]+")
_folded: list = [None, None]  # the last text folded, and its folding


def ascii_folded(text: str) -> str | None:
    """`text` with its ASCII letters in lower case and every other character as it is (so
    every offset stays), or None when it holds a letter of FOLDING_INTO_ASCII. The last
    text's is kept: the sentences of a document are searched one after another."""
    if _folded[0] is not text:
        folded = None if any(c in text for c in FOLDING_INTO_ASCII) else \
            _ASCII_CAPITALS.sub(lambda m: m.group().lower(), text)
        _folded[:] = [text, folded]
    return _folded[1]


_MOST_KEPT = 2_000  # programs in the file; the auditor has about 400
# Programs hold their code, so one long pattern (a table of currency names) is 100 KB or more:
# a count alone let a developer's cache grow to 75 MB of old versions, read at every start.
_MOST_KEPT_BYTES = 4_000_000


class _ProgramCache:
    """(pattern, flags) -> what `_sre.compile` needs besides them, kept on disk between runs."""

    def __init__(self) -> None:
        self.path = _cache_path()
        self.programs: dict | None = None  # read on first use
        self.changed = False  # compiled something the file does not hold
        self.used: set = set()

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        return self.compile_with_needles(pattern, flags)[0]

    def compile_with_needles(self, pattern: str, flags: int) -> tuple[re.Pattern, Needles]:
        """The compiled pattern and its needles (see _needles), () when none are known."""
        if self.path is None:
            try:  # (the program with its first characters, as a kept one has)
                program = _program(pattern, flags)
                return _build(pattern, program), program[5]
            except re.error:
                raise
            except Exception:
                return _RE_COMPILE(pattern, flags), ()
        if self.programs is None:
            self.programs = _read(self.path)
        key = (pattern, int(flags))  # a plain int: marshal writes no RegexFlag
        program = self.programs.get(key)
        if program is not None:
            try:
                compiled = _build(pattern, program)
                self.used.add(key)
                return compiled, program[5]
            except Exception:  # a program from another engine: compile again below
                pass
        try:
            program = _program(pattern, flags)
            compiled = _build(pattern, program)
        except re.error:
            raise
        except Exception:  # the private functions changed: the public way, uncached
            self.path = None
            return _RE_COMPILE(pattern, flags), ()
        if not self.changed:
            atexit.register(self.write)
        self.programs[key] = program
        self.used.add(key)
        self.changed = True
        return compiled, program[5]

    def write(self) -> None:
        if not self.changed or self.path is None or self.programs is None:
            return
        programs = self.programs
        if len(programs) > _MOST_KEPT or _size(programs) > _MOST_KEPT_BYTES:
            # patterns of earlier versions of the auditor: keep what this one uses
            programs = {key: programs[key] for key in self.used}
        import tempfile  # (with shutil, random, bz2 and lzma: 3 ms of a start that needs it only here)

        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-")
            with os.fdopen(handle, "wb") as stream:
                marshal.dump(programs, stream)
            os.replace(temporary, self.path)  # readers see the old file or the new one, never half
        except (OSError, ValueError):
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _size(programs: dict) -> int:
    return sum(len(pattern) + len(program[1]) for (pattern, _), program in programs.items())


def cache_folder() -> Path | None:
    """The folder of the files kept between runs (the regex programs here, kept_code's code), None when off."""
    if os.environ.get("AUDIT_NO_CACHE"):
        return None
    try:
        return Path(os.environ.get("AUDIT_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "report-auditor"))
    except Exception:
        return None


def _cache_path() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    try:
        import _sre

        # ("-starts-2": the programs carry what their matches start with, _with_first_characters, and
        # "-needles-2" the words every match holds, _needles; a kept program is used as it is, so the name
        # changes whenever _program writes other programs. "-needles-1" was an unmerged branch's (sp28),
        # whose needles were pairs of tuples)
        version = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-starts-2-needles-2"
        if array("I").itemsize != _sre.CODESIZE:  # the programs are kept as arrays of code words
            return None
    except Exception:
        return None
    return folder / f"regex-{version}.marshal"


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as stream:
            # read whole, then unmarshalled: marshal.load on a file reads it a few bytes per
            # object, which took 10-15 ms of every start for this file alone (against 1 ms)
            programs = marshal.loads(stream.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _program(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile computes before it calls _sre.compile, with the set of the
    characters a match can start with added where the standard library leaves it out (see
    _first_characters)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    # as bytes: a file of integer lists takes ten times as long to read back
    code = array("I", _with_first_characters(_compiler._code(parsed, flags), parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup),
            _needles(parsed.data, flags | parsed.state.flags))


# -- the characters a match starts with ------------------------------------------------
#
# A search tries the pattern at every position of the text, unless the program's first block
# (INFO) gives a literal prefix or the set of characters a match can start with: the engine
# then skips in a tight loop to the next position holding one. re._compiler finds that set
# only when the pattern opens on a literal, a class or alternatives of literals, so most of the
# auditor's patterns, which open on a word boundary ("\b(?:rose|fell|...)"), a lookbehind or
# an optional piece, were tried at every character. The set found here looks past the
# zero-width openings (boundaries, lookarounds) and the optional pieces, to every character a
# match can begin with; it may hold more than the pattern could start with (lookarounds are
# not read), never fewer, so a search finds what it found before, only faster. The program
# is otherwise the one re.compile makes.

def _with_first_characters(code: list, parsed, flags: int) -> list:
    """`code` (re._compiler._code's) with a character set in its INFO block when it has none."""
    from re import _compiler, _constants as c

    # code[0:5] is INFO, its length, its mask, min and max width; a mask of 0 with a minimum
    # width above 0 is a program re._compiler found neither a prefix nor a set for
    if len(code) < 5 or code[0] != c.INFO or code[2] != 0 or code[3] == 0:
        return code
    flags = parsed.state.flags | flags
    if flags & c.SRE_FLAG_LOCALE or _opens_at_the_start(parsed.data):
        return code  # (a search for "^..." is tried at the start only: no set makes it quicker)
    prefix = [] if flags & c.SRE_FLAG_IGNORECASE else _literal_prefix(parsed.data)
    if prefix:
        # every match starts with these letters ("\bthe\s+"): the engine finds them as it finds a
        # word in a text, and tries the whole pattern, its opening included (a skip of 0), where they stand
        info = [c.INFO, 0, c.SRE_INFO_PREFIX, code[3], code[4], len(prefix), 0, *prefix,
                *_compiler._generate_overlap_table(prefix)]
        info[1] = len(info) - 1
        return info + code[1 + code[1]:]
    first = _first_characters(parsed.data, flags)
    if first is None or first[1] or not first[0]:
        return code  # any character, or an empty match, can open it
    items = first[0]
    try:
        charset, hascased = _compiler._optimize_charset(items)
    except Exception:
        return code
    if hascased:
        return code
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~c.SRE_FLAG_IGNORECASE, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


def _literal_prefix(data) -> list[int]:
    """The letters every match of the case-sensitive sequence `data` starts with, past the
    zero-width pieces it opens on (a word boundary, a lookaround), inside a group it opens on too."""
    from re import _constants as c

    prefix: list[int] = []
    for op, av in data:
        if op is c.LITERAL:
            prefix.append(av)
        elif not prefix and op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        elif not prefix and op is c.SUBPATTERN and not av[1] and not av[2]:
            return _literal_prefix(av[3])  # (the group's opening letters; what follows it is not read)
        else:
            break
    return prefix


def _opens_at_the_start(data) -> bool:
    from re import _constants as c

    while data:
        op, av = data[0]
        if op is c.SUBPATTERN:
            data = av[3]
            continue
        return op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    return False


# letters IGNORECASE matches with an ASCII one besides its two cases (FOLDING_INTO_ASCII's)
_ASCII_FOLDS = tuple(map(ord, FOLDING_INTO_ASCII))


def _cased_variants(code: int) -> list[int] | None:
    """The characters IGNORECASE matches an ASCII character of a pattern with; None for others."""
    if code >= 128:
        return None
    char = chr(code)
    out = {code, ord(char.lower()), ord(char.upper())}
    if char.isalpha():
        out.update(_ASCII_FOLDS)
    return sorted(out)


# classes a character is in exactly when its lower case is: digits and white space have no case
_CASELESS_CATEGORIES = frozenset(("CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE", "CATEGORY_NOT_SPACE"))


def _first_characters(data, flags: int):
    """(items, empty): the charset items (re._parser's) of every character a match of the
    sequence `data` can start with, and whether it can match the empty string; None when any
    character may start it (".", "[^a]", a back-reference, a case-blind letter beyond ASCII)."""
    from re import _compiler, _constants as c, _parser

    items: list = []
    for op, av in data:
        ignore = bool(flags & c.SRE_FLAG_IGNORECASE)
        if op is c.LITERAL:
            if ignore:
                variants = _cased_variants(av)
                if variants is None:
                    return None
                items += [(c.LITERAL, v) for v in variants]
            else:
                items.append((op, av))
            return items, False
        if op is c.IN:
            if any(kind is c.NEGATE for kind, _ in av):
                return None  # (a negated class opens on nearly any character)
            if not ignore:
                items += av
                return items, False
            for kind, value in av:
                if kind is c.LITERAL:
                    variants = _cased_variants(value)
                elif kind is c.RANGE and value[1] < 128:
                    variants = sorted({v for code in range(value[0], value[1] + 1) for v in _cased_variants(code)})
                elif kind is c.CATEGORY and getattr(value, "name", "") in _CASELESS_CATEGORIES:
                    items.append((kind, value))
                    continue
                else:
                    return None  # a class of letters beyond ASCII, matched on the folded character
                if variants is None:
                    return None
                items += [(c.LITERAL, v) for v in variants]
            return items, False
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: the next piece starts the match
        if op is c.SUBPATTERN:
            group, add_flags, del_flags, inner = av
            if (add_flags | del_flags) & _parser.TYPE_FLAGS:
                return None  # ("(?u:\w)" in an ASCII pattern: its classes are compiled with the pattern's flags)
            found = _first_characters(inner.data if hasattr(inner, "data") else inner,
                                      _compiler._combine_flags(flags, add_flags, del_flags))
        elif op is c.ATOMIC_GROUP:
            found = _first_characters(av.data if hasattr(av, "data") else av, flags)
        elif op is c.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                one = _first_characters(alternative.data if hasattr(alternative, "data") else alternative, flags)
                if one is None:
                    return None
                found += one[0]
                empty = empty or one[1]
            found = (found, empty)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, inner = av
            found = _first_characters(inner.data if hasattr(inner, "data") else inner, flags)
            if found is not None and low == 0:
                found = (found[0], True)
        else:
            return None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
        if found is None:
            return None
        items += found[0]
        if not found[1]:
            return items, False
    return items, True


# -- words every match holds ---------------------------------------------------------
#
# Most sentence-wide searches of the grammar look for a vocabulary ("since", "in that order", the verbs
# of exceeding) that most sentences do not hold, and the engine still tries the pattern at every
# position. A pattern whose every match holds one of a few known words (its needles: "since" for
# "\bsince\s+(?:the\s+)?(?:peak|low)", any verb of a branch "(?:rose|fell)" when every branch has one)
# first asks whether the text holds one ("since" in text); when none is there the answer is the one the
# engine would give, no match, and the engine is not called. The needles are read from the parsed
# pattern with its program, and kept with it. They are only ever a necessary condition: a word that could
# be missing from a match (in an optional piece, a lookaround, one branch of several) is no needle, and
# a case-blind piece holds none (IGNORECASE matches letters lower() does not make ASCII: "\u017f" for "s").
# Only patterns compiled with `screened=True` ask: for a pattern most texts can match, or one anchored
# at the text's start, the asking costs more than it saves.

Needles = tuple  # the words, one of which every match holds; () when none are known
_MOST_NEEDLES = 32  # more words cost more finds than one search
# A longer text goes to the engine at once (a document searched from pos: finds that read the whole
# text could cost more than the search)
_SCREENED_LENGTH = 2_000


def _needles(data, flags: int) -> Needles:
    found = _needles_of_sequence(data, flags)
    return tuple(sorted(found)) if found else ()


def _better_needles(one: frozenset | None, other: frozenset | None) -> frozenset | None:
    """Of two sets of needles of one sequence (either will do), the one a text lacks more often: longer
    words, then fewer of them."""
    if one is None or other is None:
        return one if other is None else other
    rank = lambda found: (-min(len(word) for word in found), len(found))  # noqa: E731
    return one if rank(one) <= rank(other) else other


def _needles_of_sequence(data, flags: int) -> frozenset | None:
    """The words one of which every match of the sequence `data` holds, None if no such set is known."""
    from re import _compiler, _constants as c

    if flags & c.SRE_FLAG_IGNORECASE:
        return None
    best = None
    run: list[str] = []  # letters matched one after another, as the pattern writes them
    for op, av in data:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better_needles(best, frozenset(("".join(run),)))
            run = []
        found = None
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            found = _needles_of_sequence(inner, _compiler._combine_flags(flags, add_flags, del_flags))
        elif op is c.ATOMIC_GROUP:
            found = _needles_of_sequence(av, flags)
        elif op is c.BRANCH:
            branches = [_needles_of_sequence(branch, flags) for branch in av[1]]
            if all(branches):
                found = frozenset().union(*branches)
                found = found if len(found) <= _MOST_NEEDLES else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needles_of_sequence(av[2], flags)
        # (anything else, a class, a boundary, a lookaround, a back-reference, a condition, holds no needle)
        if found:
            best = _better_needles(best, found)
    if run:
        best = _better_needles(best, frozenset(("".join(run),)))
    return best


def _no_matches():
    return iter(())


# the methods a text without a needle answers at once, and what makes their answer of no match (None for None)
_SCREENED_METHODS = (("search", None), ("match", None), ("fullmatch", None), ("finditer", _no_matches),
                     ("findall", list))


def _screened(method, needles: Needles, no_match):
    """`method` of a compiled pattern, not called on a text that holds none of the needles; `no_match`
    makes the answer of no match (a new empty list or iterator), None for None. (A text without a
    needle has no match between any pos and endpos either: a match's letters are the text's.)"""
    longest, length = _SCREENED_LENGTH, len  # (local names: read at every call)

    def screened(string, pos=0, endpos=_WHOLE):
        if length(string) > longest:
            return method(string, pos, endpos)
        for word in needles:
            if word in string:
                return method(string, pos, endpos)
        return None if no_match is None else no_match()

    return screened


_WHOLE = sys.maxsize  # the engine's default endpos: to the text's end


def _build(pattern: str, program: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program[:5]
    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


_PROGRAMS = _ProgramCache()


_IMPORTING = threading.Lock()
_importing = 0


def _kept_compile(pattern, flags=0):
    if isinstance(pattern, str):
        return _PROGRAMS.compile(pattern, flags)
    return _RE_COMPILE(pattern, flags)


@contextlib.contextmanager
def imports_kept():
    """While a library that compiles its patterns when it is imported is imported (markdown-it
    compiles 65, a third of its import time), `re.compile` of a text pattern takes its program
    from the same file; the pattern it returns is the one `re.compile` would. Nested and
    concurrent uses put `re.compile` back when the last one ends."""
    global _importing
    with _IMPORTING:
        if not _importing:
            re.compile = _kept_compile
        _importing += 1
    try:
        yield
    finally:
        with _IMPORTING:
            _importing -= 1
            if not _importing:
                re.compile = _RE_COMPILE
