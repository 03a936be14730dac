"""Common English misspellings and the word meant (none of the keys is itself a word)."""

from __future__ import annotations

_PAIRS = """
acceptible acceptable; accesible accessible; accidently accidentally; accomodate accommodate;
accomodation accommodation; acommodate accommodate; accross across; acheive achieve;
acheived achieved; acheiving achieving; acknowlege acknowledge; aquire acquire; adress address;
adresses addresses; agressive aggressive; allready already; alot a lot; amatuer amateur;
aparent apparent; apparantly apparently; appearence appearance; arbitary arbitrary;
arguement argument; assasination assassination; basicly basically; beacuse because;
becuase because; begining beginning; beleive believe; beleived believed; belive believe;
buisness business; calender calendar; calulate calculate; catagory category; cemetary cemetery;
changable changeable; collegue colleague; comming coming; commerical commercial;
commited committed; commitee committee; committment commitment; compatable compatible;
completly completely; concensus consensus; concious conscious; confortable comfortable;
consistant consistent; contraversy controversy; convinient convenient; critisism criticism;
critisize criticize; curiousity curiosity; decieve deceive; definately definitely;
definatly definitely; definitly definitely; desparate desperate; develope develop;
developement development; diffrent different; dilemna dilemma; disapoint disappoint;
dissapoint disappoint; dissapear disappear; dissappear disappear; efficent efficient;
eigth eighth; embarass embarrass; embarassed embarrassed; enviroment environment;
enviromental environmental; equiptment equipment; exagerate exaggerate; excercise exercise;
exellent excellent; existance existence; experiance experience; explaination explanation;
extremly extremely; facinating fascinating; familar familiar; finaly finally;
florescent fluorescent; foriegn foreign; fourty forty; foward forward; freind friend;
fullfill fulfill; futher further; garantee guarantee; gaurantee guarantee; gaurd guard;
goign going; goverment government; grammer grammar; happend happened; harrass harass;
heighth height; heirarchy hierarchy; hygeine hygiene; idependent independent;
imediately immediately; immediatly immediately; incidently incidentally;
independant independent; indispensible indispensable; innoculate inoculate;
inteligence intelligence; interupt interrupt; intresting interesting; irrelevent irrelevant;
knowlege knowledge; lenght length; liason liaison; libary library; maintainance maintenance;
maintenence maintenance; managment management; millenium millennium;
mischievious mischievous; mispell misspell; neccesary necessary; neccessary necessary;
necessery necessary; nessesary necessary; noticable noticeable; occassion occasion;
occassionally occasionally; occured occurred; occurence occurrence; occuring occurring;
occurrance occurrence; ommit omit; ommited omitted; oppertunity opportunity;
oppurtunity opportunity; orignal original; paralell parallel; parliment parliament;
passtime pastime; peice piece; percieve perceive; performace performance;
perminent permanent; perseverence perseverance; persistant persistent;
personell personnel; posession possession; posible possible; potatos potatoes;
preceeding preceding; prefered preferred; presense presence; priviledge privilege;
privelege privilege; probaly probably; proccess process; profesional professional;
proffesional professional; pronounciation pronunciation; propoganda propaganda;
publically publicly; questionaire questionnaire; readible readable; realy really;
reccomend recommend; recieve receive; recieved received; recieving receiving; reciept receipt;
recomend recommend; recommed recommend; recurrance recurrence; refered referred;
refrence reference; relevent relevant; religous religious; remaing remaining;
remeber remember; repitition repetition; reponse response; resistence resistance;
responsibilty responsibility; rythm rhythm; seige siege; sence sense; seperate separate;
seperated separated; seperately separately; shoudl should; sieze seize; similiar similar;
sincerly sincerely; speach speech; strenght strength; succeded succeeded;
succesful successful; successfull successful; sucessful successful; supercede supersede;
suprise surprise; suprised surprised; surprize surprise; temperture temperature;
tendancy tendency; thier their; threshhold threshold; tomatos tomatoes; tommorow tomorrow;
tommorrow tomorrow; tomorow tomorrow; tounge tongue; transfered transferred; truely truly;
twelth twelfth; tyrany tyranny; unfortunatly unfortunately; untill until;
upholstry upholstery; usefull useful; vaccum vacuum; vacume vacuum; visable visible;
wether whether; wheter whether; wich which; wierd weird; withold withhold; writen written;
writting writing; yeild yield; teh the; hte the; adn and
"""

MISSPELLINGS: dict[str, str] = {
    wrong: right
    for wrong, right in (
        pair.strip().split(" ", 1) for pair in _PAIRS.replace("\n", " ").split(";") if pair.strip()
    )
}

# Contractions written without their apostrophe.
MISSING_APOSTROPHE: dict[str, str] = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't",
    "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "cant": "can't", "youre": "you're", "theyre": "they're",
    "thats": "that's", "whats": "what's",
}  # fmt: skip
