"""Word lists of the grammar lens: common misspellings (none of the keys is itself a word),
contractions written without their apostrophe, and the verb lexicon the clause rules read."""

from __future__ import annotations

from services.specialist.rules.words import word_set

MISSPELLINGS: dict[str, str | None] = {
    "acceptible": "acceptable", "accesible": "accessible", "accidently": "accidentally",
    "accomodate": "accommodate", "accomodation": "accommodation", "acommodate": "accommodate",
    "accross": "across", "acheive": "achieve", "acheived": "achieved", "acheiving": "achieving",
    "acknowlege": "acknowledge", "aquire": "acquire", "adress": "address", "adresses": "addresses",
    "agressive": "aggressive", "irregardless": "regardless", "allready": "already",
    "alot": "a lot", "amatuer": "amateur",
    "aparent": "apparent", "apparantly": "apparently", "appearence": "appearance",
    "arbitary": "arbitrary", "arguement": "argument", "assasination": "assassination",
    "basicly": "basically", "brung": "brought", "beacuse": "because", "becuase": "because",
    "begining": "beginning",
    "beleive": "believe", "beleived": "believed", "belive": "believe", "buisness": "business",
    "calender": "calendar", "calulate": "calculate", "catagory": "category",
    "cemetary": "cemetery", "changable": "changeable", "collegue": "colleague",
    "comming": "coming", "commerical": "commercial", "commited": "committed",
    "commitee": "committee", "committment": "commitment", "compatable": "compatible",
    "completly": "completely", "concensus": "consensus", "concious": "conscious",
    "confortable": "comfortable", "consistant": "consistent", "contraversy": "controversy",
    "convinient": "convenient", "critisism": "criticism", "critisize": "criticize",
    "curiousity": "curiosity", "decieve": "deceive", "definately": "definitely",
    "definatly": "definitely", "definitly": "definitely", "desparate": "desperate",
    "develope": "develop", "developement": "development", "diffrent": "different",
    "dilemna": "dilemma", "disapoint": "disappoint", "dissapoint": "disappoint",
    "dissapear": "disappear", "dissappear": "disappear", "efficent": "efficient",
    "eigth": "eighth", "embarass": "embarrass", "embarassed": "embarrassed",
    "enviroment": "environment", "enviromental": "environmental", "equiptment": "equipment",
    "exagerate": "exaggerate", "excercise": "exercise", "exellent": "excellent",
    "existance": "existence", "experiance": "experience", "explaination": "explanation",
    "extremly": "extremely", "facinating": "fascinating", "familar": "familiar",
    "finaly": "finally", "florescent": "fluorescent", "foriegn": "foreign", "fourty": "forty",
    "foward": "forward", "freind": "friend", "fullfill": "fulfill", "futher": "further",
    "garantee": "guarantee", "gaurantee": "guarantee", "gaurd": "guard", "goign": "going",
    "goverment": "government", "grammer": "grammar", "happend": "happened", "harrass": "harass",
    "heighth": "height", "heirarchy": "hierarchy", "hygeine": "hygiene",
    "idependent": "independent", "imediately": "immediately", "immediatly": "immediately",
    "incidently": "incidentally", "independant": "independent", "indispensible": "indispensable",
    "innoculate": "inoculate", "inteligence": "intelligence", "interupt": "interrupt",
    "intresting": "interesting", "irrelevent": "irrelevant", "knowlege": "knowledge",
    "lenght": "length", "liason": "liaison", "libary": "library", "maintainance": "maintenance",
    "maintenence": "maintenance", "managment": "management", "millenium": "millennium",
    "mischievious": "mischievous", "mispell": "misspell", "neccesary": "necessary",
    "neccessary": "necessary", "necessery": "necessary", "nessesary": "necessary",
    "noticable": "noticeable", "occassion": "occasion", "occassionally": "occasionally",
    "occured": "occurred", "occurence": "occurrence", "occuring": "occurring",
    "occurrance": "occurrence", "ommit": "omit", "ommited": "omitted",
    "oppertunity": "opportunity", "oppurtunity": "opportunity", "orignal": "original",
    "paralell": "parallel", "parliment": "parliament", "passtime": "pastime", "peice": "piece",
    "percieve": "perceive", "performace": "performance", "perminent": "permanent",
    "perseverence": "perseverance", "persistant": "persistent", "personell": "personnel",
    "posession": "possession", "posible": "possible", "potatos": "potatoes",
    "preceeding": "preceding", "prefered": "preferred", "presense": "presence",
    "priviledge": "privilege", "privelege": "privilege", "probaly": "probably",
    "proccess": "process", "profesional": "professional", "proffesional": "professional",
    "pronounciation": "pronunciation", "propoganda": "propaganda", "publically": "publicly",
    "questionaire": "questionnaire", "readible": "readable", "realy": "really",
    "reccomend": "recommend", "recieve": "receive", "recieved": "received",
    "recieving": "receiving", "reciept": "receipt", "recomend": "recommend",
    "recommed": "recommend", "recurrance": "recurrence", "refered": "referred",
    "refrence": "reference", "relevent": "relevant", "religous": "religious",
    "remaing": "remaining", "remeber": "remember", "repitition": "repetition",
    "reponse": "response", "resistence": "resistance", "responsibilty": "responsibility",
    "rythm": "rhythm", "seige": "siege", "sence": "sense", "seperate": "separate",
    "seperated": "separated", "seperately": "separately", "shoudl": "should", "sieze": "seize",
    "similiar": "similar", "sincerly": "sincerely", "speach": "speech", "strenght": "strength",
    "succeded": "succeeded", "succesful": "successful", "successfull": "successful",
    "sucessful": "successful", "supercede": "supersede", "suprise": "surprise",
    "suprised": "surprised", "surprize": "surprise", "temperture": "temperature",
    "tendancy": "tendency", "thier": "their", "threshhold": "threshold", "tomatos": "tomatoes",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorow": "tomorrow", "tounge": "tongue",
    "transfered": "transferred", "truely": "truly", "twelth": "twelfth", "tyrany": "tyranny",
    "unfortunatly": "unfortunately", "untill": "until", "upholstry": "upholstery",
    "usefull": "useful", "vaccum": "vacuum", "vacume": "vacuum", "visable": "visible",
    "wether": "whether", "wheter": "whether", "wich": "which", "wierd": "weird",
    "withold": "withhold", "writen": "written", "writting": "writing", "yeild": "yield",
    "teh": "the", "hte": "the", "adn": "and",
}  # fmt: skip

# Contractions written without their apostrophe.
MISSING_APOSTROPHE: dict[str, str | None] = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't",
    "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "cant": "can't", "youre": "you're", "theyre": "they're",
    "thats": "that's", "whats": "what's", "theres": "there's", "heres": "here's",
    "whos": "who's", "wheres": "where's", "youve": "you've", "theyve": "they've",
    "youll": "you'll", "theyll": "they'll", "itll": "it'll", "youd": "you'd",
    "theyd": "they'd", "wouldve": "would've", "couldve": "could've", "shouldve": "should've",
    "mustve": "must've", "shes": "she's", "womens": "women's", "childrens": "children's",
}  # fmt: skip

# Common verbs in their base form: what tells a finite verb from a noun where no tagger is at
# hand. Words as often nouns as verbs ("work", "test") are in; the rules that read them also
# look at the words around.
VERBS = word_set(
    """accept add affect agree allow answer appear apply approve argue arrange arrive ask
    assume attach attend avoid become begin believe belong bring build buy call cancel care
    carry catch cause change charge check choose clean clear close come compare complain
    complete confirm connect consider contain continue control cost cover create cross cut
    decide deliver depend describe deserve design destroy develop die disappear discover
    download drag draw drink drive drop earn eat enable encourage end enjoy ensure enter
    expect explain face fail fall feel fill find finish fit fix follow forget forgive form
    get give go grow handle happen hate have hear help hide hit hold hope hurt identify ignore
    imagine improve include increase install intend introduce invite involve join keep kill
    know last lead learn leave lend let lie like limit list listen live load look lose love
    make manage matter mean measure meet mention mind miss move need notice obtain occur offer
    open order own pass pay perform pick plan play point prefer prepare present prevent
    print produce promise protect prove provide publish pull push put reach read realise
    realize receive recognise recognize recommend record reduce refer reflect refuse relate
    release rely remain remember remove repeat replace reply report represent require rest
    restrict return reveal ring rise run save say see seem sell send serve set settle shake
    share shine shoot show shut sign sing sit sleep slow smell solve sort sound speak spend
    stand start stay steal stick stop store study succeed suffer suggest suit supply support
    suppose survive sync take talk teach tell tend test thank think throw touch track train
    travel treat try turn understand update upload use vary visit wait wake walk want warn
    wash watch wear win wish wonder work worry write"""
)
# Verbs of the lexicon as common as nouns: "the drive at", "a price change in".
NOUN_VERBS = word_set(
    """answer care change charge check close control cost cover cross cut design drink drive drop
    end face fall fill fix form help hit hold hope lead limit list load look love matter
    measure mind miss move need offer order pass pay pick plan play point present print
    promise pull push rest release reply report record return ring rise run save set share
    show sign sleep smell sort sound spend stand start stay stick stop store study suit
    supply support sync talk test thank touch track train travel treat try turn update use
    visit wait wake walk want warn wash watch wear win wish wonder work worry"""
)
# Verbs whose past is their base form: "the mismatch cost us" is past, not an agreement error.
SAME_PAST = word_set("""cost cut fit hit hurt let put quit read set shut split spread upset""")
IRREGULAR_PAST = word_set(
    """ate became began bought brought built came caught chose did drank drew drove fell felt
    fought found forgot gave got grew had heard held hid kept knew laid lay led left lent lost
    made meant met paid ran rang rose said sang sat saw sent shook shot slept sold spent spoke
    stood stole stuck swam taught thought threw told took understood went woke won wore wrote"""
)
# Simple pasts whose past participle differs: "have went" -> "have gone".
PARTICIPLE_OF_PAST: dict[str, str] = {
    "ate": "eaten", "became": "become", "began": "begun", "chose": "chosen", "came": "come",
    "did": "done", "drank": "drunk", "drew": "drawn", "drove": "driven", "fell": "fallen",
    "forgot": "forgotten", "gave": "given", "grew": "grown", "hid": "hidden", "knew": "known",
    "ran": "run", "rang": "rung", "rose": "risen", "sang": "sung", "saw": "seen",
    "shook": "shaken", "spoke": "spoken", "stole": "stolen", "swam": "swum", "threw": "thrown",
    "took": "taken", "went": "gone", "woke": "woken", "wore": "worn", "wrote": "written",
    "broke": "broken", "froze": "frozen", "flew": "flown", "rode": "ridden", "tore": "torn",
    # The same verbs with a prefix: "have rewrote" is as wrong as "have wrote".
    "rewrote": "rewritten", "overtook": "overtaken", "undertook": "undertaken",
    "mistook": "mistaken", "withdrew": "withdrawn", "outgrew": "outgrown",
    "forgave": "forgiven", "oversaw": "overseen", "foresaw": "foreseen",
    "underwent": "undergone", "overcame": "overcome", "redid": "redone", "undid": "undone",
    "overdid": "overdone", "overthrew": "overthrown",
}  # fmt: skip
# Words of software and office work that the frequency list lacks: short forms ("repo",
# "comms") and names of tools and formats written as common nouns ("cron", "yaml").
WORKPLACE_WORDS = word_set(
    """cron crontab comms devops repo repos config configs dev devs todo todos async json
    yaml toml onboarding offboarding standup standups webhook webhooks backend backends
    frontend frontends changelog changelogs hotfix hotfixes signup signups"""
)
