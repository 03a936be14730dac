"""A or an: chosen by the sound of the next word, not its first letter."""

from __future__ import annotations

import re

from services.specialist.findings import Finding, LensContext
from services.specialist.rules.edits import at_sentence_start, match_case
from services.specialist.rules.gate import gated
from services.specialist.rules.phrases import WORD_START as _B
from services.specialist.rules.scan import ChunkScan

# Letters whose names start with a vowel sound: "an F", "an MBA", "an HTTP request".
_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
# Vowel letters read with a consonant sound: "a university", "a European", "a one-off".
_CONSONANT_SOUND = ("uni", "use", "usa", "usu", "usur", "uti", "uto", "ura", "ure", "uri", "uro",
                    "ubiq", "ukr", "ukulele", "unan", "unary", "eu", "ewe", "oui")  # fmt: skip
_VOWEL_SOUND_UN = ("unin", "unim")  # "an uninstall", "an unimportant"
_UNSURE = ("herb", "histor", "unid", "unil")  # usage or dialect differ
# Three-letter acronyms that may be read as words ("a RAM"/"an RAM"): no advice.
_AMBIGUOUS_ACRONYMS = frozenset({"SQL", "FAQ", "LED", "RAM", "ROM", "LAN", "SIM", "SAT", "NAT",
                                 "SAN", "MOD", "SOC", "SAS", "HIPAA", "UEFI"})  # fmt: skip
_ONE = re.compile(r"one(?:$|-|time|fold|s$)|once")
_SEPARATORS = re.compile(r"[,_]")
_DIGITS = re.compile(r"[\d,_]+")
_NOT_LETTER = re.compile(r"[^A-Za-z]")


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether ``word`` is spoken starting with a vowel sound; None when usage is divided."""
    if not word:
        return None
    head = word.split("-")[0]
    if not head:
        return None
    if head[0].isdigit():
        return _number(_SEPARATORS.sub("", _DIGITS.match(head).group(0)))  # type: ignore[union-attr]
    if len(head) == 1:
        # A lone letter is read by its name: "an X-ray", "a U-turn", "an A grade".
        if head.isupper() or "-" in word:
            return head.upper() in _VOWEL_LETTER_NAMES
        return None
    letters = _NOT_LETTER.sub("", head)
    if len(letters) >= 2 and letters.isupper():
        return _acronym(letters)
    lower = head.lower()
    if lower.startswith(_UNSURE):
        return None
    if lower.startswith(_SILENT_H):
        return True
    if lower.startswith(_VOWEL_SOUND_UN):
        return True
    if lower.startswith(_CONSONANT_SOUND) or _ONE.fullmatch(lower) or lower.startswith("one-"):
        return False
    return lower[0] in "aeiou"


def _number(digits: str) -> bool | None:
    if not digits:
        return None
    if digits[0] == "8":
        return True  # eight, eighty, eight hundred...
    # eleven, eighteen; 1100s/1800s as years; eleven/eighteen thousand
    return digits[:2] in ("11", "18") and len(digits) in (2, 4, 5)


def _acronym(letters: str) -> bool | None:
    if letters in _AMBIGUOUS_ACRONYMS:
        return None
    vowels = sum(c in "AEIOU" for c in letters)
    if len(letters) >= 4 and vowels:
        return None  # NASA, SCUBA, JPEG...: read as words, and we cannot tell which
    if len(letters) == 3 and letters[1] in "AEIOU" and letters[0] not in "AEIOU":
        return None  # consonant-vowel-consonant is often said as a word
    return letters[0] in _VOWEL_LETTER_NAMES


def article_for(word: str) -> str | None:
    """'a' or 'an' for the word that follows; None when no advice is safe."""
    vowel = starts_with_vowel_sound(word)
    if vowel is None:
        return None
    return "an" if vowel else "a"


# Gated: tried only where a word "a" or "an" starts, not at every character of the chunk.
_ARTICLE = gated(rf"{_B}(a|an)(?:[ \t]+|[ \t]*\n[ \t]*)[\"“'(]?([^\W_][\w'’.\-]*)", re.IGNORECASE)


_MENTION = frozenset("/\"“”‘’'`")


def articles(scan: ChunkScan, ctx: LensContext) -> list[Finding]:
    """'a' before a vowel sound or 'an' before a consonant sound."""
    masked = scan.masked
    out = []
    for m in _ARTICLE.finditer(masked):
        article, word = m.group(1), m.group(2).rstrip(".")
        if article == "A" and not at_sentence_start(masked, m.start()):
            continue  # "plan A", "vitamin A": a letter, not an article
        if (
            masked[m.start() - 1 : m.start()] in _MENTION
            or masked[m.end(1) : m.end(1) + 1] in _MENTION
        ):
            continue  # "a/an by sound", the word "an": the article is named, not used
        want = article_for(word)
        if want is None or want == article.lower():
            continue
        fixed = match_case(article, want)
        out.append(
            Finding(m.start(1), m.end(1), "grammar/a-an",
                    f"Use '{fixed}' before '{word}' (it is said with a "
                    f"{'vowel' if want == 'an' else 'consonant'} sound)", "error", fixed)
        )  # fmt: skip
    return out
