"""A learned sentence-level attitude detector: a linear model over a sentence's words, word
pairs and a few shapes ("if you", a second person with "should", a sentence that opens on
"you"), for the attitudes no phrase pattern names ("rest assured that everyone knows", "we
are sorry if you felt", "a modest reputation, but I believe it could become something").

The weights live in ``model.json`` beside this module (NB-weighted logistic regression,
trained on the evaluation corpus's main set and the tone check sets by ``PYTHONPATH=.
python -m tests.eval.attitude_train``, which also writes the threshold, picked from grouped
cross-validation, and the figures to ``tests/eval/attitude-cv.txt``). Scoring is a sum of
the weights of the features a sentence holds; nothing is imported beyond the standard
library. Retrain after changing ``features`` or the corpus: the weights are keyed by it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from services.specialist.findings import Finding
from services.specialist.rules.scan import ChunkScan, prose

MODEL_PATH = Path(__file__).with_name("model.json")
RULE = "tone/attitude"
MESSAGE = (
    "Attitude: the sentence may read as condescending, reproachful, threatening or as an "
    "apology that blames the reader; state the fact or the request plainly"
)
MIN_WORDS = 5  # shorter sentences carry too little for the model to judge
MAX_WORDS = 80  # a run-on list or a table row, not a sentence
LONG_WORDS = 25  # a sentence longer than this holds the "h:long" feature

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[?!;:]")
_SECOND = frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you'll",
                     "you've", "you'd"})  # fmt: skip
_NEGATION = frozenset({"not", "no", "never", "nobody", "nothing", "cannot", "don't", "didn't",
                       "doesn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't",
                       "haven't", "hasn't", "wouldn't", "shouldn't", "couldn't"})  # fmt: skip
_MODALS = frozenset({"should", "must", "ought", "shouldn't", "need", "needs"})
_GROUPS = frozenset({"everyone", "everybody", "anyone", "anybody", "people", "most", "some",
                     "others", "whoever", "certain"})  # fmt: skip
_PAIR = "{} {}".format
_CONTRAST = frozenset({"but", "though", "although", "however", "yet", "still"})


@dataclass(frozen=True, slots=True)
class AttitudeModel:
    """Feature weights, the bias and the decision threshold (a probability)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, sentence: str) -> float:
        """The model's probability that ``sentence`` carries an attitude."""
        z = self.bias + sum(map(self.weights.get, features(sentence), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def tokens(sentence: str) -> list[str]:
    """Lower-cased words; numbers become "0" and capitalised words inside the sentence (names,
    days, products) "<cap>", so that no fact of one document is learned as a cue."""
    out = []
    for i, word in enumerate(_TOKEN.findall(sentence.replace("’", "'"))):
        first = word[0]
        if first.isdigit():
            out.append("0")
        elif i and first.isupper() and word != "I" and not word.startswith("I'"):
            out.append("<cap>")
        else:
            out.append(word.lower())
    return out


def features(sentence: str) -> set[str]:
    """The binary features of a sentence: its words ("you"), word pairs with the sentence's
    start and end ("<s> if", "if you"), and shapes that lean towards an attitude whatever the
    wording ("h:you+modal")."""
    words = tokens(sentence)
    present = set(words)
    found = set(present)
    padded = ["<s>", *words, "</s>"]
    found.update(map(_PAIR, padded, padded[1:]))
    second = not _SECOND.isdisjoint(present)
    if second:
        found.add("h:you")
        if not _NEGATION.isdisjoint(present):
            found.add("h:you+neg")
        if not _MODALS.isdisjoint(present):
            found.add("h:you+modal")
        if not _CONTRAST.isdisjoint(present):
            found.add("h:you+contrast")
        if words[0] in _SECOND:
            found.add("h:opens-you")
        if "if" in found and any(f"if {w}" in found for w in _SECOND):
            found.add("h:if-you")
    if not _GROUPS.isdisjoint(present):
        found.add("h:group")
    if len(words) > LONG_WORDS:
        found.add("h:long")
    return found


@lru_cache(maxsize=1)
def model() -> AttitudeModel:
    """The model in ``model.json``, read once per process."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return AttitudeModel(data["weights"], float(data["bias"]), float(data["threshold"]))


def learned_attitudes(scan: ChunkScan, taken: list[Finding]) -> list[Finding]:
    """A finding per prose sentence the model scores at its threshold or above, unless a
    finding in ``taken`` already overlaps the sentence (the rules spoke there first)."""
    m = model()
    out = []
    for a, e in scan.prose_sentences():
        if any(f.start < e and a < f.end for f in taken):
            continue
        sentence = prose(scan.masked, a, e)
        if not MIN_WORDS <= len(sentence.split()) <= MAX_WORDS:
            continue
        if m.probability(sentence) >= m.threshold:
            out.append(Finding(a, e, RULE, MESSAGE, "warning"))
    return out
