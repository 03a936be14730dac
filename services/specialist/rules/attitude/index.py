"""Which of the attitude patterns and cues a chunk could match, found without running them.

Most chunks hold no attitude, and Python's ``re`` tries every alternative of a pattern at every
position of a chunk. So each pattern's parse tree is read once for what every match of it
contains: literal strings, all of which (or one of a few, for an alternation) must be in the
text. "as (?:i|we) (?:said|stated)" needs "as", one of "said" and "stated"; "the one (?:day|
time)|every single time" needs "the", "one" and "day" or "time", or else "every", "single"
and "time". A chunk runs only the patterns whose literals it holds, and finding those costs a
look-up per distinct word of the chunk. The answer is exact: a pattern is only left out where
it could not have matched.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import partial
from typing import Any

from services.specialist.rules.gate import Gated, folded, word_runs
from services.specialist.rules.parsecache import READINGS
from services.specialist.rules.words import word_set

_p: Any
_c: Any
try:  # re's own parser; only its tree is read (Python 3.11+ names it re._parser)
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another layout: every pattern is run
    _p = _c = None

Clause = frozenset[str]  # one of these literals is in the text
Conjunction = frozenset[Clause]  # every clause holds
Alternatives = list[Conjunction]  # one of them holds
# a conjunction of a pattern: the pattern, its clauses of words, its clauses of other text
Entry = tuple[int, frozenset[int], tuple[Clause, ...]]
_APOSTROPHES = frozenset({ord("'"), ord("’")})
_MIN_LITERAL = 2  # a one-letter literal is in nearly every chunk: not worth a check
MAX_ALTERNATIVES = 32  # more alternatives are merged into one clause of their rarest literals
_WORDLIKE = re.compile(r"[\w'’\-]+")  # a literal of these lies inside one of a chunk's words
_RUN_CHAR = re.compile(r"[\w'’\-]")  # what a run of ``word_runs`` is made of
_RUN_CHAR_RUN = re.compile(r"[\w'\-]+")  # a word inside a folded literal
_REFUSES_RUNS = {(_c.CATEGORY, _c.CATEGORY_WORD), (_c.LITERAL, ord("'")), (_c.LITERAL, ord("’")),
                 (_c.LITERAL, ord("-"))} if _c is not None else set()  # fmt: skip
WHOLE = "\x00"  # marks a literal that must be a whole word of the chunk, not part of one
MAX_WORDS_REMEMBERED = 50_000


def alternatives(pattern: re.Pattern[str]) -> list[Conjunction]:
    """What every match of ``pattern`` contains, in the folded text (lower case, "’" as "'"):
    the conjunctions of which one holds. ``[frozenset()]`` when nothing is known."""
    if _p is None:
        return [frozenset()]  # pragma: no cover
    try:
        return _alternatives(_p.parse(pattern.pattern, pattern.flags).data)
    except (AttributeError, TypeError, IndexError, ValueError, re.error):  # pragma: no cover
        return [frozenset()]


def _alternatives(
    items: Any, fenced_before: bool = False, fenced_after: bool = False
) -> list[Conjunction]:
    """The conjunctions of a sequence of the parse tree: its literal runs, and those of its
    groups, repeats (at least once), lookarounds that must match, and alternations.
    ``fenced_before``/``after``: no word character can touch the sequence there."""
    items = list(items)
    out: list[Conjunction] = [frozenset()]
    run, run_fenced = "", False
    run_items: list[tuple[Any, Any]] = []
    prefix: list[tuple[Any, Any]] = []
    for k, (op, av) in enumerate(items):
        before = _fenced_before(items, k, fenced_before)
        after = fenced_after if k == len(items) - 1 else _fence(items[k + 1], behind=False)
        if op is _c.LITERAL or _apostrophe(op, av):
            if not run_items:
                run_fenced = before
            run += "'" if op is not _c.LITERAL or av in _APOSTROPHES else chr(av).lower()
            run_items.append((op, av))
            continue
        out = _and(out, _literal(run, run_fenced, _fence((op, av), behind=False)))
        prefix, run, run_items = run_items, "", []
        if op is _c.IN and av and all(o is _c.LITERAL and _mark(v) for o, v in av):
            out = _and(out, [frozenset([frozenset(chr(v) for _, v in av)])])  # ["“]
        elif op is _c.SUBPATTERN:
            out = _and(out, _alternatives(av[-1], before, after))
        elif op is _c.ATOMIC_GROUP:
            out = _and(out, _alternatives(av))
        elif op is _c.ASSERT:  # a lookahead or lookbehind that must match: its text is there
            out = _and(out, _alternatives(av[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out = _and(out, _alternatives(av[2]))
        elif op is _c.BRANCH:
            # re factors a shared start out of alternatives ("s(?:aid|tated)"): join it back.
            start = run_fenced if prefix else before
            joined = [_alternatives([*prefix, *b], start, after) for b in av[1]]
            out = _and(out, [c for alternative in joined for c in alternative])
    return _and(out, _literal(run, run_fenced, fenced_after))


def _fenced_before(items: list[Any], k: int, fenced_at_start: bool) -> bool:
    """Whether no word character can touch ``items[k]`` from behind: the item before is a
    fence, or an optional group that ends in one (" (?:just |only )?") after a fence."""
    if k == 0:
        return fenced_at_start
    op, av = items[k - 1]
    if _fence((op, av), behind=True):
        return True
    optional = op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] >= 1
    return optional and _ends_fenced(list(av[2])) and _fenced_before(items, k - 1, fenced_at_start)


def _ends_fenced(items: list[Any]) -> bool:
    """Whether every match of the sequence ``items`` ends in a fence (a space, a mark)."""
    if not items:
        return False
    op, av = items[-1]
    if op is _c.SUBPATTERN:
        return _ends_fenced(list(av[-1]))
    if op is _c.BRANCH:
        return all(_ends_fenced(list(b)) for b in av[1])
    return op is not _c.ASSERT_NOT and _fence((op, av), behind=True)


def _apostrophe(op: Any, av: Any) -> bool:
    """``['’]``: either apostrophe, "'" in the folded text."""
    return bool(op is _c.IN and av and all(o is _c.LITERAL and v in _APOSTROPHES for o, v in av))


def _fence(item: tuple[Any, Any], *, behind: bool) -> bool:
    """Whether ``item``, just before (``behind``) or after a literal, keeps a word character
    from touching it there: a space or a mark, or a lookaround that refuses word characters."""
    op, av = item
    if op is _c.LITERAL:
        return not _RUN_CHAR.match(chr(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return len(av[2]) == 1 and _fence(av[2][0], behind=behind)
    if op is _c.IN:
        return bool(av) and all(o is _c.LITERAL and not _RUN_CHAR.match(chr(v)) for o, v in av)
    if op is _c.ASSERT_NOT and av[0] == (-1 if behind else 1) and len(av[1]) == 1:
        refused_op, refused = av[1][0]
        return refused_op is _c.IN and set(refused) >= _REFUSES_RUNS
    return False


def _literal(run: str, fenced_before: bool, fenced_after: bool) -> list[Conjunction]:
    """A literal run's clauses: the run itself, and each word in it that spaces or marks fence
    on both sides, as a whole word (``WHOLE`` and the word)."""
    clauses: set[Clause] = set()
    if len(run) >= _MIN_LITERAL or (run and _mark(ord(run))):
        clauses.add(frozenset([run]))
    for m in _RUN_CHAR_RUN.finditer(run):
        if (m.start() > 0 or fenced_before) and (m.end() < len(run) or fenced_after):
            clauses.add(frozenset([WHOLE + m.group(0)]))
    return [frozenset(clauses)]


def _mark(code: int) -> bool:
    """A punctuation mark ('"', ",", "!"): rarer than any one letter, worth a check alone."""
    char = chr(code)
    return not (char.isalnum() or char == "_" or char.isspace())


def _and(left: list[Conjunction], right: list[Conjunction]) -> list[Conjunction]:
    """Both hold: every pair of a left and a right conjunction, merged into one conjunction
    if there would be more than MAX_ALTERNATIVES of them."""
    if len(left) * len(right) > MAX_ALTERNATIVES:
        right = [_merged(right)]
    if len(left) * len(right) > MAX_ALTERNATIVES:
        left = [_merged(left)]
    return list(dict.fromkeys(a | b for a in left for b in right))


def _merged(conjunctions: list[Conjunction]) -> Conjunction:
    """One conjunction that each of ``conjunctions`` implies: one clause, of the rarest clause
    of each (nothing if one of them needs nothing)."""
    if not all(conjunctions):
        return frozenset()
    return frozenset([frozenset().union(*(min(c, key=_rareness) for c in conjunctions))])


def _rareness(clause: Clause) -> tuple[int, int, list[str]]:
    """How rarely a chunk meets ``clause`` (the rarest sorts first): by its commonest literal,
    a longer one being rarer and a whole word rarer than the same letters inside words; fewer
    literals are fewer checks; ties go by the literals, the same in every process. Only speed
    depends on it."""
    return -min(map(_literal_rareness, clause)), len(clause), sorted(clause)


def _literal_rareness(literal: str) -> int:
    word = literal.removeprefix(WHOLE)
    if word in _COMMON:
        return 0
    return len(word) + (len(word) < len(literal))


# Words in nearly every paragraph: a clause that needs one of them is met almost everywhere.
_COMMON = word_set(
    """the a an and or but of to in on at for with by from as is are was were be been it its
    this that these those there here i we you he she they me us him her them my our your his
    their not no do does did have has had can could will would shall should may might must
    so if then than what which who when where how all any some every each one more most other
    time people everyone again last"""
)


class PatternIndex:
    """The patterns (gated) a chunk could match, by the literals they need."""

    def __init__(self, patterns: Sequence[Gated]) -> None:
        ids: dict[Clause, int] = {}  # clauses a chunk's words can meet
        always: set[int] = set()
        self._triggers: dict[int, list[Entry]] = {}  # by the rarest clause of words
        self._unwordly: list[Entry] = []  # conjunctions with no clause of words: always tried
        for i, g in enumerate(patterns):
            rx = g.rx
            for conjunction in READINGS.read(
                "alternatives", rx.pattern, rx.flags, partial(alternatives, rx)
            ):
                if not conjunction:
                    always.add(i)
                    continue
                of_words = [c for c in conjunction if all(map(_in_a_word, c))]
                # looked for as letters in the text (a whole word is in it as letters too)
                in_text = tuple(
                    frozenset(lit.removeprefix(WHOLE) for lit in c)
                    for c in conjunction
                    if not all(map(_in_a_word, c))
                )
                entry = (i, frozenset(ids.setdefault(c, len(ids)) for c in of_words), in_text)
                if of_words:
                    self._triggers.setdefault(ids[min(of_words, key=_rareness)], []).append(entry)
                else:
                    self._unwordly.append(entry)
        self._always = frozenset(always)
        self._triggering = frozenset(self._triggers)
        self._whole: dict[str, set[int]] = {}  # a whole word -> the clauses it meets
        inside: dict[str, set[int]] = {}  # letters inside a word -> the clauses they meet
        for clause, at in ids.items():
            for lit in clause:
                if lit.startswith(WHOLE):
                    self._whole.setdefault(lit[1:], set()).add(at)
                else:
                    inside.setdefault(lit, set()).add(at)
        self._inside = {lit: frozenset(c) for lit, c in inside.items()}
        self._inside_lengths = sorted({len(lit) for lit in inside})
        self._word_clauses: dict[str, frozenset[int]] = {}  # a word -> the clauses it meets

    def candidates(self, masked: str) -> list[int]:
        """Indexes, in order, of the patterns that may match ``masked``."""
        words = set(word_runs(masked)[2])
        known = self._word_clauses
        if not known.keys() >= words:
            if len(known) > MAX_WORDS_REMEMBERED:
                known.clear()
            for word in words - known.keys():
                known[word] = self._clauses_of(word)
        met = set().union(*map(known.__getitem__, words))
        low = folded(masked)
        found = set(self._always)
        for at in met & self._triggering:
            for i, of_words, in_text in self._triggers[at]:  # the clauses of words first: cheap
                if of_words <= met and i not in found and (not in_text or _in(in_text, low)):
                    found.add(i)
        for i, of_words, in_text in self._unwordly:
            if of_words <= met and i not in found and _in(in_text, low):
                found.add(i)
        return sorted(found)

    def _clauses_of(self, word: str) -> frozenset[int]:
        """The clauses ``word`` meets: as a whole word, and by the literals inside it.

        A chunk brings words not seen before: rather than search each of some thousand
        literals in one, its pieces of a literal's length are looked up (a few dozen for a
        word of ten letters); a very long run, which has more pieces, is searched instead.
        """
        found = set(self._whole.get(word, ()))
        inside = self._inside
        if len(word) * len(self._inside_lengths) > len(inside):
            return frozenset(found.union(*(c for lit, c in inside.items() if lit in word)))
        for n in self._inside_lengths:
            for i in range(len(word) - n + 1):
                if (met := inside.get(word[i : i + n])) is not None:
                    found |= met
        return frozenset(found)


def _in_a_word(literal: str) -> bool:
    """Whether ``literal`` can only occur inside one of a chunk's words (``word_runs``)."""
    return literal.startswith(WHOLE) or bool(_WORDLIKE.fullmatch(literal))


def _in(clauses: tuple[Clause, ...], low: str) -> bool:
    """Whether the folded text ``low`` holds one literal of each of ``clauses``."""
    return all(any(map(low.__contains__, c)) for c in clauses)
