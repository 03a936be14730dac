"""Capitals: a sentence that starts in lower case, the pronoun 'i', and the names of days
and months written in lower case."""

from __future__ import annotations

import re

from services.contract.text import WORD
from services.specialist.findings import Finding, LensContext
from services.specialist.rules.gate import gated
from services.specialist.rules.grammar.dictionary import known
from services.specialist.rules.scan import ChunkScan
from services.specialist.rules.words import word_set

CAPITALS = "grammar/capitalization"
_PRONOUN_I = re.compile(r"i(?<![\w'’.\-(\x00]i)(?=[ \t]+[a-z]|['’](?:m|ve|ll|d)(?!\w))")
_LOWER_OK = frozenset({"e.g", "i.e", "etc", "vs", "cf", "et", "pH"})
# A paragraph may open with a lower-case name ("npm", "uvloop") or a directive; only a
# common English word there is surely a missing capital.
_COMMON_STARTERS = word_set(
    """the this that these those it its we i you he she they there here a an in on at for from
    with to by of as if when while because since after before but and or so then also however
    finally first next our my your their his her what how why where who which each every all
    some many most one no not please thanks today now yes"""
)
# Abbreviations in company names the sentence splitter may end a sentence at: a lower-case
# word after one goes on with the same sentence ("Crumb & Co. is a bakery").
_COMPANY_ABBREVIATIONS = word_set("""co corp bros llc plc pty gmbh""")
# "by thursday", "on november 3": a day or a month is a name. 'may' and 'march' are also
# common words and are left alone; so is a name in a path, an address or code ("sunday.csv",
# "/monday", "cron_friday").
_CALENDAR = gated(
    r"(?<![\w'’\-./@#_])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|april|june|july|august|september|october|november|december)s?"
    r"(?![\w'’\-_/@]|\.[A-Za-z])"
)
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z]+)\.[ \t]*$")
_SPACE_DIGIT = re.compile(r"[ \t]+\d")


def capitals(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """Sentences that start in lower case, and 'i' for the pronoun."""
    masked = scan.masked
    out = []
    first = len(masked) - len(masked.lstrip())
    found = scan.blocks
    for i, b in enumerate(found):
        if b.kind not in ("paragraph", "quote", "item"):
            continue
        after_code = i > 0 and found[i - 1].kind == "code"  # "Install with: <code> or ..."
        # "Execute⏎⏎  systemctl edit x⏎⏎and then ...": the block before stops mid-sentence
        goes_on = i > 0 and found[i - 1].kind != "heading" and _open_end(masked, b.start)
        for k, (a, _) in enumerate(scan.sentences_of(i)):
            if a == first and ctx.chunk_id > 0:
                continue  # the chunk may start mid-sentence
            if k == 0 and b.kind == "item":
                continue  # a list item may open in lower case by design ("- on Android")
            w = WORD.match(masked, a)
            if w is None or not masked[a].islower():
                continue
            word, after = w.group(0), masked[w.end() : w.end() + 2]
            if (
                (k == 0 and (after_code or goes_on or word.lower() not in _COMMON_STARTERS))
                or (not scan.markdown and _laid_out(masked, a, w.end()))  # a list, a table
                or "-" in word  # "redis-py"
                or word in _LOWER_OK
                or not known(word)  # "tidyfeed decodes": a name styled in lower case
                or any(c.isupper() or c.isdigit() for c in word)  # iPhone, eBay, x86
                or after[:1] in ("(", "_", "/", "=")
                or (after[:1] == "." and after[1:2].isalpha())  # os.path
                or _after_company_abbreviation(masked, a)
                or masked[:a].rstrip().endswith(")")  # "in what (if anything!) they choose"
            ):
                continue
            out.append(
                Finding(w.start(), w.end(), CAPITALS,
                        "Start the sentence with a capital letter", "warning",
                        word[0].upper() + word[1:])
            )  # fmt: skip
    for m in _PRONOUN_I.finditer(masked):
        out.append(
            Finding(m.start(), m.end(), CAPITALS,
                    "The pronoun 'I' is always a capital", "warning", "I")
        )  # fmt: skip
    for m in _CALENDAR.finditer(masked):
        if m.group(1) == "august" and not _SPACE_DIGIT.match(masked[m.end() :]):
            continue  # "an august body": the adjective, unless a date follows
        out.append(
            Finding(m.start(), m.end(), CAPITALS,
                    "The names of days and months take a capital letter", "warning",
                    m.group(0)[0].upper() + m.group(0)[1:])
        )  # fmt: skip
    return out


def _open_end(masked: str, pos: int) -> bool:
    """The text before ``pos`` ends without a sentence's end (or a colon)."""
    before = masked[:pos].rstrip()
    return bool(before) and before[-1] not in ".!?:\"”’')"


def _laid_out(masked: str, pos: int, end: int) -> bool:
    """The word at ``pos:end`` opens a line indented by a tab or two spaces, or is followed by
    them: in plain text, an entry of a change list, a table's row or a command, not a
    sentence of a paragraph."""
    line = masked[masked.rfind("\n", 0, pos) + 1 : pos]
    if line.strip():
        return False
    return "\t" in line or len(line) >= 2 or masked.startswith(("\t", "  "), end)


def _after_company_abbreviation(masked: str, pos: int) -> bool:
    """The sentence 'starts' after "Co." or "Ltd."-like abbreviations of a company name."""
    m = _WORD_BEFORE_DOT.search(masked, max(0, pos - 12), pos)
    return m is not None and m.group(1).lower() in _COMPANY_ABBREVIATIONS
