"""Set phrases that carry an attitude whatever surrounds them: ironic cheer ("living the
dream", "I can hardly contain my excitement", "what could possibly go wrong"), a brush-off ("I
hear you, but", "meh", "who reads that anyway?"), a pat on the head ("bless them"), a rule
restated at the reader ("a deadline is a date, not a suggestion"), homework set for the reader
("you might want to learn what a pivot table is"), a request heard too often ("we heard you
the first time").

Each phrase is an idiom of English, not a wording of one document: its words rarely mean
anything else, so it needs no context to be flagged.
"""

from __future__ import annotations

import re

from services.specialist.rules.attitude.hostility import DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import Family, shapes
from services.specialist.rules.gate import gated

SARCASTIC_IDIOMS = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        r"living the dream",
        r"(?:can|could) (?:hardly|barely|scarcely) contain (?:my|our|his|her|their) (?:excitement|"
        r"joy|enthusiasm|delight|glee)",
        r"what could (?:possibly )?go wrong(?= *[?!.])",
        r"said no one ever|said nobody ever",
        r"because that always (?:works|goes well|ends well)",
        r"(?:we'll|we will|let's) see how long (?:that|this|it) lasts",
    )
    # "Must be nice to leave at four": said bare, the envy is sarcasm ("It must be nice to see
    # your family again" is sincere); "nice work if you can get it".
    + shapes(r"nice work if you can get it")
    + (
        gated(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*Must be nice (?:to|being|having)(?![\w'’\-])",
            re.M,
        ),
    ),
)
DISMISSIVE_IDIOMS = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        r"(?:i|we) hear you,? but",
        r"meh(?= *[,.!])",
        r"who (?:even |actually |really )?(?:reads|uses|cares about|looks at|opens|notices) "
        r"[^.?!\n]{1,40}? anyway(?= *\?)",
        r"(?:will|shall) not (?:correspond|engage|comment|respond|reply) (?:any )?further",
        r"(?:let's|let us) not (?:overcomplicate|overthink|make a (?:big )?(?:thing|fuss|drama) "
        r"(?:of|out of|about)) (?:this|it|things)",
        # Another's concern turned into a flaw of theirs: "which says more about them than us".
        r"says? (?:a lot |far |much )?more about (?:you|them|him|her) than (?:it does )?(?:about )?"
        r"(?:us|me|it|the [a-z]+)",
    ),
)
REPROACHFUL_IDIOMS = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    # Not a first time that is told ("I heard you the first time you sang it").
    shapes(r"(?:i|we) (?:already )?heard you the first time(?= *[.!,;:])"),
)
CONDESCENDING_IDIOMS = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        # Not a blessing ("God bless them") or a sneeze ("bless you").
        r"(?<!god\x20)bless (?:them|him|her|his heart|her heart|their hearts|your heart)",
        # A rule restated at the reader: "a deadline is a date, not a suggestion".
        r"(?:is|are) (?:a|an) [a-z]+,? not (?:a|an) (?:suggestion|guideline|recommendation|wish|"
        r"hope|optional extra|rough guide)",
        # Homework for the reader: "you might want to learn what a pivot table is".
        r"(?:you )?(?:might|may) want to (?:learn|brush up on|look up|read up on|find out) what "
        r"(?:a |an |the )?[a-z-]+ (?:is|are|means|does)",
        r"ask yourself (?:whether|if) (?:google|a search engine|the manual|the faq|the docs)",
    ),
)

FAMILIES_IDIOMS = (SARCASTIC_IDIOMS, DISMISSIVE_IDIOMS, CONDESCENDING_IDIOMS, REPROACHFUL_IDIOMS)
