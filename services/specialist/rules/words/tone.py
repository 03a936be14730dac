"""Word lists of the tone lens: hedges, intensifiers, slang, contractions, stiff phrases, and
the fault and blame words of the negative-sentence rule."""

from __future__ import annotations

from services.specialist.rules.words import DELETE, word_set

HEDGES: dict[str, str | None] = {
    "i think that": DELETE, "i think": DELETE, "i believe that": DELETE, "i believe": DELETE,
    "i feel that": DELETE, "i feel like": None, "i guess": DELETE, "i suppose": DELETE,
    "maybe": DELETE, "perhaps": DELETE, "possibly": DELETE, "probably": None,
    "sort of": DELETE, "kind of": DELETE, "it seems that": None, "it seems": None,
    "seems to": None, "it appears that": None, "in my opinion": DELETE, "in my view": DELETE,
    "to be honest": DELETE, "if you ask me": DELETE, "a little bit": DELETE, "a bit": DELETE,
    "i'm not sure but": None, "i'm not sure, but": None, "might possibly": "might",
    "arguably": DELETE, "somewhat": DELETE, "more or less": DELETE, "to a certain extent": DELETE,
    "i would suggest that": DELETE, "i would tend to": None, "would tend to": None,
    "tend to suggest": "suggest", "might want to": None, "it could be argued that": DELETE,
    "in a sense": DELETE, "as it were": DELETE, "i daresay": DELETE, "presumably": None,
    "could potentially": "could", "may potentially": "may", "might potentially": "might",
    "i would say that": DELETE, "i would say": DELETE, "it may be that": None,
    "it might be that": None, "to some extent": DELETE, "to some degree": DELETE,
    "not entirely sure": None, "if i'm not mistaken": DELETE, "i could be wrong, but": DELETE,
    "correct me if i'm wrong": DELETE, "so to speak": DELETE, "i tend to think": DELETE,
    "it would appear that": None, "seemingly": DELETE, "quite possibly": None,
    "for what it's worth": DELETE, "if that makes sense": DELETE,
    # Hedges of formal letters and reports: the writer's own doubt, or a softened claim.
    "if i am not mistaken": DELETE, "to a certain degree": DELETE, "for the most part": DELETE,
    "in my humble opinion": DELETE, "in my honest opinion": DELETE, "i would venture": None,
    "i would venture to say that": DELETE, "it might be worth noting that": DELETE,
    "it may be worth noting that": DELETE, "fairly confident": "confident",
    "reasonably confident": "confident", "as far as i know": None,
    "as far as i can tell": None, "i may be wrong, but": DELETE, "hopefully,": None,
}  # fmt: skip

INTENSIFIERS: dict[str, str | None] = {
    "extremely": DELETE, "totally": DELETE, "absolutely": DELETE, "incredibly": DELETE,
    "insanely": DELETE, "super": DELETE, "ridiculously": DELETE, "utterly": DELETE,
    "awfully": DELETE, "terribly": DELETE, "hugely": DELETE, "literally": DELETE,
    "truly": DELETE, "unbelievably": DELETE, "massively": DELETE, "exceedingly": DELETE,
    "tremendously": DELETE, "immensely": DELETE, "enormously": DELETE, "phenomenally": DELETE,
    "amazingly": DELETE, "fantastically": DELETE, "outrageously": DELETE, "wildly": DELETE,
    "stupidly": DELETE, "mind-blowingly": DELETE,
}  # fmt: skip

SLANG: dict[str, str | None] = {
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "kinda": "somewhat",
    "sorta": "somewhat", "dunno": "do not know", "gimme": "give me", "lemme": "let me",
    "cuz": "because", "stuff": None, "awesome": "excellent", "guys": "everyone",
    "yeah": "yes", "yep": "yes", "nope": "no", "btw": "by the way",
    "asap": "as soon as possible", "fyi": "for your information", "lol": DELETE,
    "omg": DELETE, "tbh": DELETE, "imo": DELETE, "ain't": None, "y'all": "you all",
    "pretty much": "almost", "a ton of": "many", "tons of": "many", "thingy": None,
    "freaking": DELETE, "folks": "people", "okey-dokey": "all right", "hey": "hello",
    "legit": "genuine", "stoked": "pleased", "no-brainer": "obvious choice", "reckon": "think",
    "nah": "no", "yup": "yes", "gotcha": "understood", "no biggie": None, "dude": None,
    "loads of": "many", "swamped": "very busy", "sketchy": "unreliable",
    "dodgy": "unreliable", "pumped": "eager", "psyched": "eager", "bucks": "dollars",
    "screw-up": "mistake", "freak out": "worry", "heads-up": "notice", "convo": "conversation",
    "ballpark figure": "estimate", "chill out": "relax",
    # Forms of the verbs above, and the praise of job ads and pep talks ("a sales ninja").
    "reckons": "thinks", "reckoned": "thought", "freaked out": "worried",
    "freaking out": "worrying", "chilled out": "relaxed", "ninja": None, "ninjas": None,
    "rockstar": None, "rockstars": None, "whizz": "expert", "whiz": "expert", "guru": "expert",
    "crush it": None, "crushed it": None, "crushing it": None, "nailed it": None,
    "nail it": None, "smash it": None, "smashed it": None, "smashing it": None, "no cap": DELETE,
    "way better": "much better", "way more": "much more", "way too": "far too",
    "way less": "much less", "mega": DELETE, "totes": DELETE,
    # Conversational verbs and quantities: at home in speech, informal on a formal page.
    "a bunch of": "several", "throw in": "add",
    "threw in": "added", "throwing in": "adding",
    # Invitations and sign-offs among friends: "grab a coffee", "Cheers," under a letter.
    "grab a coffee": "meet", "grab coffee": "meet", "grab a drink": "meet",
    "grab lunch": "meet for lunch", "grab a bite": "meet for lunch", "cheers,": "Kind regards,",
    # Office idiom and colloquial verbs: plain in talk, informal on a formal page.
    "snafu": "failure",
    "messed up": "got wrong", "mess up": "get wrong", "a pain in the neck": "tedious",
    "rock star": None, "rock stars": None, "whatnot": None, "and whatnot": None,
    "nailed": None, "ditch": "drop", "ping": "contact", "chill": "relax",
}  # fmt: skip

# Informal words that plain business prose uses too ("thanks for the heads-up"), or that are
# literal in everyday prose ("the ninja exhibit", "the road is way too narrow"): slang only in
# formal writing (the corpus README: informal words are problems in formal documents), while
# the rest of SLANG ("gonna", "tbh") is flagged in neutral writing as well.
MILD_SLANG = word_set(
    "heads-up folks swamped ninja ninjas rockstar rockstars guru mega whizz whiz"
) | {
    "way too",
    "way more",
    "way less",
    "way better",
    "a bunch of",
    "throw in",
    "threw in",
    "throwing in",
    # Friendly in any letter but a formal one ("Cheers," "grab a coffee").
    "grab a coffee",
    "grab coffee",
    "grab a drink",
    "grab lunch",
    "grab a bite",
    "cheers,",
    # Literal in everyday prose ("nailed to the wall", "a drainage ditch", "ping the host").
    "nailed",
    "ditch",
    "ping",
    "chill",
}

CONTRACTIONS: dict[str, str] = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "hasn't": "has not",
    "haven't": "have not", "hadn't": "had not", "can't": "cannot", "couldn't": "could not",
    "won't": "will not", "wouldn't": "would not", "shouldn't": "should not",
    "mustn't": "must not", "needn't": "need not", "shan't": "shall not", "i'm": "I am",
    "you're": "you are", "we're": "we are", "they're": "they are", "i've": "I have",
    "you've": "you have", "we've": "we have", "they've": "they have", "i'll": "I will",
    "you'll": "you will", "he'll": "he will", "she'll": "she will", "we'll": "we will",
    "they'll": "they will", "it'll": "it will", "i'd": "I would", "you'd": "you would",
    "he'd": "he would", "she'd": "she would", "we'd": "we would", "they'd": "they would",
    "it's": "it is", "that's": "that is", "there's": "there is", "here's": "here is",
    "what's": "what is", "who's": "who is", "where's": "where is", "how's": "how is",
    "he's": "he is", "she's": "she is", "let's": "let us",
}  # fmt: skip

# Legal and archaic words: at home in formal writing, stiff in friendly writing.
STIFF: dict[str, str | None] = {
    "pursuant to": "under", "aforementioned": None, "herewith": None, "hereby": DELETE,
    "herein": None, "thereof": None, "henceforth": "from now on", "heretofore": "until now",
    "notwithstanding": "despite", "it is requested that": None, "whereby": None,
    "in accordance with": "following", "commence": "start", "commenced": "started",
    "commences": "starts", "cordially": DELETE, "furnish": "provide", "furnished": "provided",
    "shall be": "will be", "is requested": None, "are requested": None, "endeavour": "try",
    "endeavor": "try", "utilise": "use", "utilize": "use", "in lieu of": "instead of",
    "therein": None, "hitherto": "until now", "wherein": "where",
    # Letter formulas: "please tell the undersigned", "we respectfully request".
    "the undersigned": None, "respectfully": DELETE,
    # Official verbs and connectives where a friendly note says it plainly.
    "remit": "send", "ascertain": "find out", "apprise": "tell", "apprised": "told",
    "thereat": DELETE, "deem": "think", "deemed": "thought", "deems": "thinks",
    "should you require": "if you need", "should you wish": "if you want",
    "effectuate": "make", "prior to": "before", "the said": "these", "partake of": "have",
    "partake in": "join", "forthwith": "at once", "thereafter": "after that",
    "hereinafter": None, "aforesaid": None, "subsequent to": "after", "inasmuch as": "because",
    "peruse": "read", "remuneration": "pay", "duly": DELETE,
}  # fmt: skip

# Stock phrases of business letters: stiff in every style, formal included (plain-language
# guides ask even official letters to drop them).
STOCK_PHRASES: dict[str, str | None] = {
    "please be advised that": DELETE, "please be advised": None, "kindly": "please",
    "at your earliest convenience": "soon", "do not hesitate to": "feel free to",
    "we regret to inform you that": None, "per your request": "as you asked",
    "attached please find": "here is", "enclosed please find": "here is",
}  # fmt: skip

# Words that name a fault, a loss or a risk rather than judge anyone ("the build failed",
# "broken links"): the negative-sentence rule does not count them, so plain bad news is calm.
FAULT_WORDS = word_set(
    """fail fails failed failing failure failures broken error errors problem problems crash
    stuck missing miss misses missed lost lose loses losing loss losses wrong risk risks risky
    delay delayed damage damaged harm harmed critical vulnerability vulnerable fraud fire
    pressure unclear block blocks blocked low lower cut cuts no misbehave misbehaves
    misbehaving warning unfortunately sorry regret regrets injury injured attack attacks threat
    threats danger dangerous hard difficult limited rejected cancel cancelled emergency
    kill kills killed killing dead die dies died dying poison poisoned abort aborted fatal
    panic outage outages hostile bug bugs leak leaks leaked
    worse worsen worsens worsened worsening
    complain complains complained complaining complaint complaints
    argument arguments ignore ignores ignored dump dumps dumped restrict restricts restricted
    deny denies denied collapse collapses collapsed penalty penalties trouble attacker
    attackers unsupported nfc po"""
)
# (The last two rows: a change for the worse is reported, not judged, and complaints are a
# procedure a policy or a report names: "you can complain to the ombudsman". The last three:
# what technical writing names, found in 392 real READMEs and release notes: "three
# arguments", "ignore the messages", "restrict the ports", "a speed penalty", NFC (Unicode's
# normal form, which VADER's slang list reads as an insult), and PO, a purchase order.)

# Words for how someone feels, fares or stands ("if you are unhappy with our answer", "the
# loneliness of carers", "how upsetting that must have been", "if you disagree", "one of the
# most deprived wards", a grant's standard term for how a place fares): a state,
# not a verdict on anyone's work, so they neither aim a sentence at the reader nor make it
# loud. Not "disappointed" or "frustrated", which reproach ("I am disappointed that you..."),
# nor "pain" or "painful" ("this form is a pain", "painful to read").
STATE_WORDS = word_set(
    """weak poor low sick ill sad sorry tired alone unhappy ashamed embarrassed upset lonely
    loneliness scared fear fears feared fearing frightened worried worry worries anxious grief
    grieving heartbroken hurt hurting distressed distressing upsetting sadness mourning
    disagree disagrees disagreed disagreeing disagreement
    deprived deprivation disadvantaged impoverished"""
)

# Nouns that condemn what they name ("the navigation is a joke"): VADER does not score them as
# negative, and a sentence that calls the matter at hand one of them passes judgement.
DEROGATORY = word_set(
    """joke eyesore farce shambles disgrace trainwreck embarrassment fiasco circus travesty
    laughingstock catastrophe"""
)

# Wording that blames the reader, whatever its sentiment score.
BLAME: dict[str, str | None] = {
    "you people": None, "your fault": None, "your own fault": None, "no excuse for": None,
    "you should have known": None, "for the last time": None, "as i already told you": None,
    "how many times do i have to": None, "what were you thinking": None,
}  # fmt: skip

# Upper-case words that are names or labels ("NOTE:"), not shouting.
ACRONYMS = word_set(
    """API APIS HTTP HTTPS URL URLS URI JSON YAML XML HTML CSS SQL CPU GPU RAM SSD HDD CEO CTO
    CFO COO CIO VP USA NASA FAQ PDF CSV TSV TLS SSL SSH DNS TCP UDP AWS GCP NATO UNESCO
    UNICEF ETA KPI KPIS ROI SLA SLO SLI SDK CLI MBA NDA GDPR HIPAA ISO UTC GMT EST PST CET
    USD EUR GBP JPY CNY LLM LLMS NLP OCR RSS SMS MMS VPN LAN WAN NAT IOT REST CRUD ACID BIOS
    POSIX ASCII UTF COBOL BASIC LINUX UNIX NGINX REDIS OAUTH JWT CORS CSRF XSS SMTP IMAP
    LDAP SAML SCSI RAID NFS NTFS JPEG JPG PNG GIF SVG MP MPEG AES RSA SHA MD GNU MIT BSD GPL
    TODO FIXME README ASAP RSVP PS DIY HR IT PR QA UI UX CI CD OK EU UK UN US AM PM AD BC
    NYSE NASDAQ FBI CIA WHO IBM HP SAP ERP CRM SEO SAAS PAAS IAAS AI ML RPC GRPC TOML INI
    ENV GIT SVN NPM PIP CUDA NOTE WARNING CAUTION IMPORTANT TIP DANGER INFO ERROR DEBUG TBD
    TBA"""
)
SHOUTED_WORDS = word_set(
    """NOT NOW ALL YOU THE AND BUT WHY HOW WHAT STOP MUST NEVER EVER VERY HELP READ THIS THAT
    WILL DONT CANT WONT FREE BEST GOOD BAD YES WOW OMG LOL MORE LESS BIG HUGE NEED WANT ONLY
    REALLY ANY NOBODY NOTHING EVERYONE EVERYTHING ALWAYS URGENT DO ARE WAS WERE HAVE HAS OUR
    YOUR THEY WE SO TOO SURE AGAIN STILL JUST HATE LOVE FAIL WRONG SAD MAD UGLY SICK KILL DEAD
    LOSE LOST PLEASE IMMEDIATELY MANDATORY REQUIRED DEADLINE TODAY TOMORROW FINAL LAST ATTENTION
    REMINDER EXCEPTIONS EXCEPTION WITHOUT STRICTLY FORBIDDEN PROHIBITED CANNOT SHOULD SHALL
    EVERY SINGLE ANYONE DOESNT ISNT NO SHARP CLOSED OPEN ONCE TWICE ONE TWO THREE FOUR FIVE
    TEN ZERO UP"""
)
