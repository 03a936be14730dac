"""Stances a sentence takes towards the reader (issue 14, twelfth round), written from a
development set of 160 sentences worded apart from the rules and the corpus
(``tests/specialist/tone_dev_set.py``): a guess at the reader's failings ("you probably
didn't read the attachment", "I doubt you've even opened the guide"), an apology that takes
nothing back ("mistakes were made", "sorry if my comments were taken the wrong way", "chose to
interpret the policy as"), an open threat ("or else", "you'll regret it", "see you in court"),
blame laid on a named party as the cause ("entirely down to the client's legal department",
"we were on track until the offshore team"), a concern waved off ("not worth another
meeting", "it usually blows over", "if you must") and mockery that needs no bad news beside
it ("genius move", "how wonderfully thorough of you", "mandatory fun").

Each shape names who is judged or what is presupposed, so the plain sentence beside it stays
plain: "you probably didn't receive the email" is a support answer (no reader's lapse),
"we are sorry the delivery was late" owns the harm, "pay by Friday or the order is cancelled"
states a policy, "the deploy script did not check the version" blames no one.
"""

from __future__ import annotations

from services.specialist.rules.attitude.hostility import BLAME, DISMISSIVENESS, SARCASM
from services.specialist.rules.attitude.reproach import CONDESCENSION, PASSIVE_AGGRESSION
from services.specialist.rules.attitude.shapes import GROUP, Family, shapes

# What a reader can be guessed to have failed to do (read, check or try the obvious), as said
# after "didn't" and after "haven't".
_CHORE = (
    r"(?:read|check|bother|test|open|look|try|follow|understand|notice|save|back up|attend|"
    r"listen|think|realise|realize|use|do|see)"
)
_DONE = (
    r"(?:read|checked|bothered|tested|opened|looked|tried|followed|understood|noticed|saved|"
    r"backed up|attended|listened|thought|realised|realized|used|done|seen)"
)
_ADVERB = r"(?: even| actually| really| properly| fully)?"
# A negated form of the reader's doing: "didn't read", "haven't opened", "won't have read".
_FAILED = (
    rf"(?:(?:didn't|did not|couldn't be bothered to){_ADVERB} {_CHORE}|(?:haven't|have not|"
    rf"hasn't|has not|won't have|will not have|never|can't have){_ADVERB} {_DONE})"
)
# A guess made about the reader: "probably", "I suspect", "no doubt".
_GUESS = r"(?:probably|most likely|likely|presumably|no doubt|doubtless|apparently|evidently)"
# A named party that can be blamed: a team, a department, a named person, "the client's ...".
_PARTY = (
    rf"(?:{GROUP}|(?:[Tt]he|[Tt]heir) (?:[A-Za-z']+ ){{0,3}}(?:team|department|client|"
    r"contractor|vendor|supplier|intern|owner|manager|agency|desk)|[Mm]arketing|[Ss]ales|"
    r"[Dd]esign|[Ff]inance|[Ll]egal|[Ss]upport|[Ee]ngineering|[Oo]perations|he|she|they|"
    r"(?!(?:We|I|It|This|That|There|The|Our)\b)[A-Z][a-z]+)"
)

PRESUMPTION = Family(
    CONDESCENSION.rule,
    "Presumption: '{text}' assumes the reader failed; state what they need without guessing at it",
    shapes(
        # "You probably didn't read the attachment", "you've likely never used a terminal".
        rf"you(?:'ve| have|'ll| will)? (?:most )?{_GUESS} {_FAILED}",
        rf"you(?:'ve| have)? {_GUESS} (?:skipped|skimmed|forgot|forgotten|missed|ignored|"
        r"lost|misread|copied)",
        # "I doubt you've even opened the style guide", "I suspect you haven't read past".
        r"(?:i|we) (?:suspect|expect|imagine|assume|bet|doubt|gather|take it)(?: that)? "
        rf"(?:you|they)(?:'ve| have)? (?:{_FAILED}|even (?:{_CHORE}|{_DONE})|just (?:copied|"
        r"skimmed|guessed|ignored|forgot|skipped))",
        r"(?:i'm|i am) (?:guessing|assuming|betting)(?:,? as usual,?)?(?: that)? (?:you|the "
        r"[a-z]+s)",
        r"presumably,? you (?:just |simply )?(?:copied|skimmed|skipped|guessed|ignored|forgot)",
        # "You must not have tested this", "you didn't actually try restarting it, did you?"
        rf"you must(?: not|n't) have{_ADVERB} {_DONE}",
        rf"you (?:didn't|did not) (?:actually|even|really) {_CHORE}",
        # "Since you won't have read the contract", "you wouldn't understand the details".
        rf"you (?:won't|will not) have{_ADVERB} {_DONE}",
        r"you (?:wouldn't|would not) (?:understand|follow|get|grasp)",
        r"you(?:'ll| will)? (?:probably|likely) (?:won't|will not|not) (?:follow|understand|"
        r"grasp|get|know)",
        # "No doubt you'll ask for an extension", "I'm sure you'll find some excuse".
        r"no doubt,? you(?:'ll| will) (?:ask|want|complain|blame|say|claim|need|forget|find)",
        r"(?:some|another|a new|yet another) excuse for",
    ),
)
NON_APOLOGY = Family(
    DISMISSIVENESS.rule,
    "Non-apology: '{text}' regrets without owning what happened; say what went wrong and what "
    "you will do",
    shapes(
        r"mistakes (?:were|have been) made(?! in)",
        r"(?:errors|mistakes) may have (?:occurred|been made)",
        # "We regret any inconvenience this may have caused".
        r"(?:regret|apologi[sz]e for|sorry for) any (?:inconvenience|confusion|upset|distress|"
        r"trouble|disappointment|frustration)(?: (?:this|that|which|it))? (?:may|might) have "
        r"caused",
        # "Sorry if my comments were taken the wrong way", "if the email came across badly".
        r"(?:sorry|apologi[sz]e|apologies|regret) if (?:my|our|the|this|that|any) [^.!?\n]{0,40}?"
        r"(?:(?:was|were|has been|have been) (?:taken|read|received|perceived|interpreted|seen) "
        r"(?:the wrong way|wrongly|badly|negatively|as)|came across|come across|upset|offended|"
        r"hurt|bothered)",
        r"if (?:my|our) [a-z ]{1,30}?(?:upset|offended|hurt|bothered|annoyed) (?:you|anyone|"
        r"anybody|people|some)",
        # "for any confusion caused by customers misreading the promotion".
        r"for any [a-z]+ caused by (?:you|customers|users|people|some|those|readers|members|"
        r"staff|parents|tenants|guests|anyone)",
        r"(?:sorry|apologies|apologi[sz]e|regret) for any (?:perceived|apparent|supposed|alleged)",
        # "I'm sorry that you were upset, but I stand by every word".
        r"(?:sorry|apologi[sz]e) (?:that )?you (?:were|was|felt|are|got) (?:offended|upset|"
        r"hurt|annoyed)(?=,? but|;)",
        r"(?:i|we) stand by every word",
        r"sorry,? not sorry",
        # "If the delay affected you in any way, we apologise".
        r"affected you in any way",
        # "chose to interpret the policy as a pay cut", "chose to take offence".
        r"(?:chose|choose|chosen|decided|opted) to (?:interpret|read|take|see|view|"
        r"characteri[sz]e|misread|misinterpret) (?:it|this|that|the [a-z ]{1,30}?|[a-z ]{1,30}?) "
        r"as",
        # "We apologize that you were unable to follow the installation instructions".
        r"(?:sorry|apologi[sz]e|regret) that you (?:were|are|have been) (?:unable|not able) to "
        r"(?:follow|understand|read|find|use|complete|manage)",
        r"(?:sorry|apologi[sz]e|regret) that (?:some|a few|certain|many|several) (?:[a-z]+ )?"
        r"(?:misunderstood|misread|misinterpreted|chose)",
        r"(?:has|have) been (?:characteri[sz]ed|portrayed|painted|labell?ed) as",
        r"(?:was|were) (?:misinterpreted|misunderstood|misread|taken the wrong way) by",
        # An apology taken back by a charge against the reader.
        r"sorry[^.!?\n]{0,60}?, but (?:you (?:did|should|need|were|had)|honestly|frankly|it was "
        r"an act of god|someone had to|it's for your own good|it is for your own good)",
        r"(?:are|is) (?:just )?too sensitive",
    ),
)
THREATS = Family(
    PASSIVE_AGGRESSION.rule,
    "Threat: '{text}' warns the reader of consequences; state the deadline and the next step "
    "plainly",
    shapes(
        r"or else(?= *[.!])",
        r"will be remembered (?:when|at|in|come)",
        r"(?:i|we)(?:'ll| will) make sure (?:you|your [a-z]+|every|everyone|everybody|nobody|no "
        r"one|they|he|she)[^.!?\n]{0,40}? (?:never|hears?|knows?|regrets?)",
        r"(?:i|we) know where (?:your|you) (?:office is|live|work|family)",
        r"(?:think|consider) (?:very |long and )?(?:carefully|hard|twice) (?:before (?:ignoring|"
        r"refusing|crossing|going|rejecting|saying no|pushing)|about whether you (?:really )?want "
        r"to be)",
        r"see how long (?:your|their|his|her) [a-z]+ (?:lasts?|survives?)",
        r"(?:reconsider|think again|drop|withdraw|comply|cooperate|back off|be careful)[^.!?\n]"
        r"{0,40}?,? for your own (?:sake|good)",
        r"(?:i'd|i would|we'd|we would) hate (?:for|to see) (?:anything|something|this|that|it|"
        r"you|your [a-z]+) (?:to )?(?:happen|go wrong|get|be|lose)",
        r"(?:,|and|or) you(?:'ll| will) (?:regret|be sorry)",
        r"but (?:don't|do not) expect (?:to be|any|a|an|us)",
        r"you (?:won't|will not) (?:enjoy|like) (?:it|what happens|the consequences)",
        r"(?:see|seeing) you in court",
        r"found and dealt with|dealt with (?:accordingly|severely|personally|harshly)",
        r"would be a (?:shame|pity) if (?:your|you|anything|something)",
        r"kept a (?:list|record|note) of (?:everyone|everybody|anyone|all those|who|the names)",
        r"(?:keep|continue|carry on) (?:ignoring|pushing|refusing|missing|blocking|doing)"
        r"[^.!?\n]{0,40}? and (?:i|we|you)(?:'ll| will)",
        r"the last thing you (?:ever )?(?:do|push|send|sign|break)",
        r"while you still (?:have|can)",
        r"(?:job|jobs|position|role|contract|funding|headcount|bonus) (?:is|are) (?:very much )?"
        r"on the table",
        r"(?:don't|do not) test me",
        r"make (?:your|their|his|her) (?:life|lives) (?:difficult|hell|miserable|a misery)",
        r"(?:tend to|usually|will|soon) find (?:that )?(?:their|your|his|her) [a-z]+ "
        r"(?:aren't|are not|isn't|is not|won't be|will not be)",
        r"mark my words",
        r"(?:don't|do not|never) last (?:long|here)",
    ),
)
CAUSAL_BLAME = Family(
    BLAME.rule,
    BLAME.message,
    shapes(
        # "The delay is entirely down to the client's legal department".
        r"(?:entirely|all|solely|squarely|completely|wholly) (?:down to|due to|because of|the "
        r"fault of) (?:the|their|his|her|your|you|him|them)",
        # Not "they made the problem easy to find": "made X easy" credits the screenshots.
        rf"{_PARTY} (?:created|made|caused|started) (?:this|the|that) (?:mess|problem|chaos|"
        r"fiasco|disaster)(?! (?:easy|easier|clear|clearer|obvious|simple|simpler|visible|plain|"
        r"apparent|quick|quicker|straightforward|possible|more|much|far)\b)",
        r"(?:you're|you are|he's|he is|she's|she is|they're|they are) the (?:reason|cause) (?:we|"
        r"why|that|the|this)",
        r"whoever [a-z]+ (?:this|that|the)(?: [a-z]+)? should (?:have to |be made to )?(?:explain|"
        r"answer|apologi[sz]e|fix|be)",
        r"(?:lost|broke|caused|missed|made|forgot|dropped|delayed)[^.!?\n]{0,40}?, not (?:us|me|"
        r"our team)",
        r"cleaned up (?:the|their|his|her) (?:fallout|mess)",
        r"root cause:? (?:was )?(?!(?:We|I|It|This|That|There|The|Our)\b)[A-Z][a-z]+ (?:ran|"
        r"deleted|pushed|forgot|ignored|broke|skipped|didn't|did not|failed|merged|dropped)",
        rf"because {_PARTY} (?:can't|cannot|couldn't|could not) (?:use|read|count|follow|do|be "
        r"bothered|make|decide|spell|write|manage)",
        r"(?:your|their|his|her) own (?:carelessness|negligence|mistake|fault|error|stupidity|"
        r"laziness)",
        r"own fault for",
        rf"because {_PARTY} kept (?:changing|missing|ignoring|forgetting|moving|adding|"
        r"cancelling|canceling)",
        rf"(?:were|was) (?:on track|fine|on schedule|going well) until {_PARTY}",
        r"(?:chose|decided|opted) to ignore (?:it|this|that|the|my|our|them)",
        rf"had {_PARTY} (?:[a-z]+ ){{1,6}}(?:on time|properly|correctly|earlier|first|as "
        r"asked|before sending[a-z ]{0,10}),? (?:we|the|this|it|there)",
        r"(?:another|yet another) gift from",
        r"the only reason [^.!?\n]{1,50}? is (?:that|because) [^.!?\n]{1,40}?(?:couldn't|could "
        r"not|didn't|did not|wouldn't|would not|won't|can't|never)",
        r"traces? (?:straight |directly |right )?back to (?:the|his|her|their|[A-Z])",
        r"(?:take|taking|took) the (?:fall|rap) for",
    ),
)
BRUSH_OFFS = Family(
    DISMISSIVENESS.rule,
    DISMISSIVENESS.message,
    shapes(
        r"if you (?:must|insist)(?= *[.!])",
        r"not (?:really |even )?worth (?:another meeting|a (?:detailed |proper |full )?"
        r"(?:response|reply|answer)|discussing|the paper|my time|anyone's time|the effort)",
        r"(?:will|usually|always|it'll|tends? to) blows? over",
        r"(?:nice|interesting|cute|lovely) (?:theory|idea|thought),? but",
        r"(?:don't|do not) have time for (?:edge cases|such (?:things|nonsense|trivia)|this "
        r"nonsense|(?:this|that) kind of (?:thing|nonsense))",
        r"(?<=[,;]\x20)moving on(?= *[.!])",
        r"(?<!if\x20)(?:there's|there is) nothing (?:to discuss|more to (?:say|discuss)|to talk "
        r"about)",
        r"park (?:that|this|it)(?: one)? (?:forever|indefinitely|permanently)",
        r"being (?:dramatic|oversensitive|over-sensitive|hysterical|precious|silly)",
        r"can (?:safely )?be ignored",
        r"(?:is|are) (?:really )?beside the point",
    ),
)
MOCKERY = Family(
    SARCASM.rule,
    SARCASM.message,
    shapes(
        r"truly (?:visionary|inspired|genius|inspiring)|visionary stuff|genius move",
        r"(?<=[,;]\x20)how (?:very |wonderfully |incredibly |terribly )?(?:generous|thorough|"
        r"thoughtful|considerate)(?: of (?:you|them|him|her))?(?= *[.!])",
        r"how (?:wonderfully|admirably|impressively|delightfully|refreshingly) [a-z]+",
        r"a whole (?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) [a-z]+",
        r"mandatory fun",
        r"just what (?:everyone|everybody|we all|i|we) (?:was|were) hoping for",
        r"(?:printer|computer|server|laptop|system|app|website|machine|car|heating|wi-?fi) "
        r"(?:has )?decided (?:to|it|that)",
        r"thank(?:s| you)(?: so much| very much)? for the (?:[a-z]+-)?(?:hour|minute)s?'? notice",
        r"(?:idea|definition|version) of (?:a|an) ['\"‘“][a-z]+",
    ),
)
CONDESCENDING_STANCES = Family(
    CONDESCENSION.rule,
    CONDESCENSION.message,
    shapes(
        r"as (?:anyone|everyone|any [a-z]+) (?:who [^,.!?\n]{1,50}? )?(?:knows|will tell you|could "
        r"tell you)",
        r"(?:use|used|using) (?:small|short|simple) words",
        r"let me spell (?:it|this|that|out)",
        r"(?:clearly|obviously|evidently|since|as) you(?:'re| are) new to",
        r"the grown-ups",
        r"once you(?:'ve| have) been (?:here|around|in the (?:job|industry|business|field)) "
        r"(?:a (?:few|couple of)|a bit|longer|more)",
        r"you(?:'ll| will) understand (?:the real|when you|once you)",
        r"(?:sweetie|sweetheart|honey|darling|kiddo|champ),",
        r"(?:not|isn't|aren't)(?: be| exactly)? your strong (?:suit|point)",
        r"someone (?:[a-z ]{0,20})?with more (?:experience|knowledge|expertise|seniority)",
        r"(?:any|even a|even an) (?:first-year |first year |junior |new )?(?:student|intern|"
        r"beginner|novice|child|schoolchild|trainee|undergraduate|graduate) (?:would have "
        r"(?:spotted|noticed|known|caught|seen|realised|realized)|could (?:do|see|spot|tell|have "
        r"(?:done|spotted))|knows)",
        r"(?:type|say|write|explain|go through)(?: this| it| that)? (?:very )?"
        r"slowly",
    ),
)
PASSIVE_STANCES = Family(
    PASSIVE_AGGRESSION.rule,
    PASSIVE_AGGRESSION.message,
    shapes(
        r"some of us (?:were|worked|came|had to|got)(?: [a-z]+){0,3} (?:in|at|until|late|"
        r"early|through)",
        r"(?:done|did|do|fix|fixed|sort|sorted|handle|handled) (?:it|this|that) myself,? (?:as "
        r"usual|again|as always|since|because)",
        r"which (?:i|we) (?:also |already )?(?:attached|sent|shared|forwarded|mentioned|"
        r"explained) (?:last|in my|on|twice|before|earlier|yesterday)",
        r"(?:great|nice|good|lovely) to (?:finally|at last) (?:hear|see|get)",
        r"only [a-z ]{1,20}? after the deadline",
        r"(?:don't|do not) mind me",
        r"(?<=,\x20)just a thought(?= *[.!])",
        r"as (?:i'm|i am) sure you(?:'ll| will)? (?:remember|recall|know|are aware)",
    ),
)

FAMILIES_STANCES = (
    PRESUMPTION,
    NON_APOLOGY,
    THREATS,
    CAUSAL_BLAME,
    BRUSH_OFFS,
    MOCKERY,
    CONDESCENDING_STANCES,
    PASSIVE_STANCES,
)
