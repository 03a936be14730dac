"""Findings per rule on real writing no one labelled: READMEs and release notes.

Run: .venv/bin/python -m tests.eval.realtext [lens ...] [--dir DIR] [--show RULE]

Reads the README*, NEWS* and *.md files under DIR (default /usr/share/doc, one level of
package folders; .gz files are read decompressed) of 400 to 15,000 bytes, reviews each as
Markdown (.md) or plain text, and prints how many findings each rule raised and the words
read. Nothing here is a gold label: the counts say where to look for misreadings, and
``--show RULE`` prints each finding of a rule in its context to judge by eye.
"""

from __future__ import annotations

import argparse
import collections
import gzip
from pathlib import Path

from tests.eval.corpus import LENSES, Doc
from tests.eval.scoring import review

SMALLEST, LARGEST = 400, 15_000
_NAMES = ("README*", "NEWS*", "*.md")


def documents(root: Path) -> list[Doc]:
    """The readable files under ``root``'s package folders, as documents."""
    found = sorted({p for pattern in _NAMES for p in root.glob(f"*/{pattern}") if p.is_file()})
    docs = []
    for path in found:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        if not SMALLEST <= len(raw) <= LARGEST:
            continue
        name = path.name.removesuffix(".gz")
        fmt = "markdown" if name.endswith(".md") else "text"
        text = raw.decode("utf-8", errors="replace")
        docs.append(Doc(f"{path.parent.name}/{name}", text, fmt, "neutral", "readme", ()))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lenses", nargs="*", default=list(LENSES))
    parser.add_argument("--dir", type=Path, default=Path("/usr/share/doc"))
    parser.add_argument("--show", help="print each finding of this rule in context")
    args = parser.parse_args()
    docs = documents(args.dir)
    print(f"{len(docs)} files, {sum(len(d.text.split()) for d in docs)} words")
    for lens in args.lenses:
        counts: collections.Counter[str] = collections.Counter()
        for doc in docs:
            for s in review(doc, lens):
                counts[s.rule] += 1
                if s.rule == args.show:
                    context = doc.text[max(0, s.start - 80) : s.end + 40].replace("\n", " ")
                    print(f"  {doc.name}: {context}")
        for rule, n in sorted(counts.items()):
            print(f"{rule:45} {n:5}")


if __name__ == "__main__":
    main()
