"""PHI003 and PHI011: people named, greeted or singled out by a description."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ... import lazyre, patternstore
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...text import alternation, clip, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from . import (
    care,
    crowned,
    done_to,
    epithets,
    favourites,
    group_roles,
    homes,
    honour_titles,
    kin_care,
    local_roles,
    openings,
    own_news,
    profiles,
    public_story,
    recognised,
    shifts,
    standing,
    ties,
    trades,
    venues,
    vocabulary,
    work_titles,
    worn,
)
from .common import WORDS, distinct, texts
from .group_members import lost_member
from .known import Known
from .named_people import people_named
from .one_person import ONE_PERSON, PERSON, told_first
from .staff_posts import one_of_us, staff_title

# --- PHI003 person-name --------------------------------------------------------------------------------

HONORIFIC = vocabulary.HONORIFIC
_NOT_NAMES = vocabulary.NOT_NAMES


def name_tokens(text: str, pos: int, limit: int = 3) -> list[re.Match]:
    """Capitalised name words starting at pos ("Ada Okafor"), stopping at an ordinary word."""
    return vocabulary.name_run(text, pos, limit)


NAME_HINT = (
    "Patients are never named. Refer to a reviewer only as {{ reviewer }}; for a person who agreed in writing, "
    "or who is not a patient (a partner, an official), waive PHI003 for this file with the reason and a privacy approval."
)


@rule("PHI003", "person-name", serves="privacy", severity=Severity.ERROR, scope="document")
def person_name(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A person's name that is not on the team list.

    In a reply, and in a post whose text ties someone to care, a visit or our clinic (a word of care, a reminder, a
    testimonial, something found in our waiting room: care_tie.py), the name is an error. In a post that ties no one to
    care (a volunteer thanked, a speaker at a fair), it is a warning: a name with no care is not a disclosure, but check
    that the person is not a patient of ours, and waive it with the reason once you have.

    What it flags:
        In every text of a post or response (body, title, variants, alt text, event name and place, tags, and the words of its links' queries and fragments and of its file names), however it is typed (look-alike letters, invisible characters,
        accents, ALL CAPS): a title and a name ("Dr. Smith", "Mrs. Alvarez", "Col. Barnes", "Sra. Lopez", "dona Teresa", "el senor Ramirez"; never across a sentence's end: "saluden a la abuelita. Vengan el lunes" names no one); a patient, a child or
        a relative named ("our patient Maria", "little Mateo", "baby Olivia", "mom Ngozi", "el pequeno Emiliano"; not a job named with "patient": "Ines Bravo, our patient navigator, ..."), or by initials after such a word
        ("mom T.R.", "nuestro paciente J.A."); a family ("the Nakamura family", "the Brennan twins", "la
        familia Pena", "los gemelos Ortega Luna", and by its surname alone with a visit or care: "los Arreola vinieron a vacunarse", "the Delgados came in for their checkups", "the Ramirez crew got their screenings"; not donors thanked with no care
        of theirs, nor an event named so, "Bedtime & Books family night", "the Harvest Family Fun Day", nor everyone, "cada familia", nor a group, "Casa de la Familia Dominicana", nor the reader greeted, "Estimada familia:"); a name with an age
        ("7-year-old Noah", "Noah, 7", "Sophie (7)", "Valentina, de 6 anos"), also as staff write it informally ("Dayanara, 7 anitos", "Jhonatan, de siete anitos", "Kasen (seven and a half)") or in an apposition of ours with a role ("Thiago, nuestro
        arquero de 10 anitos", "Kendrick, our 8-year-old goalie"; not "Riverside, our 30-year-old clinic"); a first name the name lists know, with its surname ("Robert Smith", "Maria Jose Hernandez Ruiz"; after a role worn like a title too,
        "Treasurer Robert Smith"), or a name no list knows before a known surname ("Oriane Castellanos"); a name and an initial ("T. Nakamura", "Gary M."); a greeting or cheer ("Congrats, Jenny!", "Love you Frank!!", "Vamos Julian", "NICE WORK,
        DENNIS!" after its comma, and in a response "Hi Kevin": a template keeps the reader's public name only as {{ reviewer }}, so the repository never holds it); a signed testimonial ("- Dmitri, ACL reconstruction"); a name with their care
        ("Tobias came in with a chipped tooth", "Bobby's last day of chemo"; a titled or public person, then a part of theirs we took out in the next sentence: "Pastor <Name> opens the fair. We took out his gallbladder", "le sacamos el apendice"); a
        full name, words too, that owns a body part or a mark of care ("Chase Penny's right heel", "la rodilla derecha de Faith Penny"); a player's number ("#23 Tyrese"); social handles ("@jenny_runs"); two capitalised words before care of ours in
        their sentence, a surname that is a town's too ("<Name> Fonda showed off the knee we scoped"); a nickname ("Big Earl", "el Flaco Ramiro"), a family title ("el Tata Lencho", "la Guela Chayo", "Meemaw Dot", "Grandpa Lou"), a pet form or a
        diminutive of a given name ("Chayo", "Nachito", "Pilarcita", "Carlitos", "nuestra paciente favorita Chayito"), also one that is a word, after a possessive of affection ("nuestro querido Chente", "our beloved Bubba"; not "nuestra querida
        Aguada"); a pet name after "mi"/"my" with a child and care, hashtags read ("mi <Pet> ... #terapiadelhabla"); a first name that is also a word, a month or a day, made a name by what follows it: a surname, an initial and a surname, "de" and a
        surname, or a hometown ("Ray Castellano", "June Castellanos", "Julio R. Benitez", "Pilar de la Fuente", "Cruz Mendoza Rivas", "Earl from Boise"), though not a month before a city or a place's name ("every June Denver ...", "Hope Street
        Church"); such a name made a person's by where they work or live and a milestone of their care ("Faith from the Lucky Star Laundromat on 9th is in remission", "Amparo, la de la papeleria frente a la primaria, ya termino sus quimios", "Summer
        who runs the pottery studio just finished her radiation"), by an age or a milestone right after it ("Esperanza cumplio 10 anitos ...", "Luz ya dio a luz"), or greeted in a text about someone's care ("Felicidades a Mercedes, que ya termino su
        rehabilitacion", 'Happy retirement, "Big Sal"! ... your CPAP'); a name on a label or a wristband ("label reading 'QUINONES R. - IVF'"); and names in file names, slugs and links, where every word is capitalised by the decoder, so each is
        weighed on its own ("Canva export - Brianna Hollowell scar.png", "11-big-earl-boise.md"), with what slugs do to names: a full name with a milestone of care ("felicidades-yesenia-arreola-alta-clinica-del-pie.md"), a full name beside a birth
        date or a graduation ("recibo_<given>_<surname>_FN_22-09-1990.png"), a first name's possessive without its apostrophe or a first name joined to their care, a full name with a before-and-after ("lipo-before-after-<given>-<surname>", no care
        word needed) ("celebrating-nadias-last-dialysis-session.md", "marcos-knee-replacement-day.md"), a name no list holds opening a file name right before care ("<given>-glaucoma-surgery-<town>.md"), an initial glued to a surname
        ("lipo_KWashington_2024-03-02.png"), a full name with a result and care ("facelift-results-<given>-<surname>"), a word-like given name before a surname's possessive with their care, a given name owning a visit's result ("los resultados de
        <Name>", "<Name>'s lab results") ("may-abernathys-mastectomy-recovery.md"), a diminutive or a family title with their care ("chayito-ultimo-dia-de-quimio.md"), a title run into a name with care ("ms-<name>_crossing-guard_glaucoma.HEIC"), or a
        full name whose story it tells with care ("camp-<given>-<surname>-inhaler-story"; without a story word, a listed given name and a surname nobody's, "<given>-<surname>-10-years-dialysis"; an unlisted name beside a disease's stage and a
        survivor's word: "<given>-<surname>-stage-2-survivor"), a person in a link's "...name" key ("uname=<name> (MAT intake)"), a name no list knows that the slug introduces with their visit ("meet-dashiro-first-dental-checkup.md"; not staff,
        "meet-kaemon-our-new-hygienist"); a name no list knows written on a sign or a jersey beside crutches or a hospital bed ("a sign reading 'Go Naomyr!'"); not a plural before a preposition ("jumping-jacks-for-knee-health"), a title before a
        verb's form ("grandma-approved-balance-exercises") nor Spanish particles ("consejos-de-salud"), nor a run read as a name by its words alone with no given name or surname in it, or with a clinical term in it unless it opens with a given name
        ("guia-alergia-olivo-loratadina.png"; "marisol-quintero-cetirizina.jpg" is a name). Team members from plans/team.yml pass with or without a title ("Dr. Chen" for Dr. Mei Chen) as long as the title is theirs, a hyphenated given name read whole
        ("Dr. Ji-hoon Baek"), a courtesy before their given name ("Miss Bernice") or the name their diminutive stands for ("Lupe" for Lupita). Places, organisations and pets pass ("Lincoln Elementary", "Rosie's Diner", "San Isidro", "our therapy dog
        Max", "a collie named Scout", a thing given a name with no care told (a camper: none in the whole text), "a sailboat named <Name>", "una troca que se llama <Name>", "our lobby plant, her name is <Name>", a form's title in quotes, not a full
        name after a person's word, 'the form is called "Health Care Proxy"', a work's or event's title in any quotes ('her book "Sugar Sam"', "read 'Pancho Finds a Shell'", 'a comedy tour called "..."' beside its author's own news, what
        an author introduced as one wrote), a band ("el
        grupo <Name>"), "floating the Frio", "by the Dillard's doors", "in Old Fredericksburg", "Prince George's County", "enfermera de Casa Grande", "tamales de Doña Chela's", a town or a camp after an organisation's name or a settlement word, "the
        Somali Community of Houston", "desde el campamento de <Camp>", a branch under its owner's possessive, "the library's <Name> branch", "Lao Family Community", "Tu familia", a facility's noun before it, "el aeropuerto <Name>", a heading's plain
        words after a capital kin word, "Baby Shower Social", "Community Baby Shower, Saturday ...", unless a birth or care is told), and so do places greeted ("Gracias El Paso!", "Thank you, San Antonio!", a town hailed by news: "Great news,
        Tyler!", a town thanked at the close of a post on its mayor's ribbon cutting: "Thank you, Charlotte!", or opening a post on its fair: "Thank you, Lowell! 60 families came", unless the post tells anyone's care; "Lowell's own <Name>"; "Elm
        Common, Lawrence"; "la familia <Practice>" welcoming staff), a singer by their songs and a club by its match with no care near ("los boleros de Armando", "a Santos match", "un juego del America"), an order named for its patron ("the Knights
        of Columbus", "las Hijas de Maria"), contractions ("Let's talk"), conditions named after someone ("Swimmer's ear", "Crohn's disease") and handles that name an organisation ("@CountyHealthDept", "@CityofNewarkNJ"), an office by its letters or
        its field and state ("@NWSBrownsville", "@TexasDSHS", "@EcologyWA", "@OSHA_DOL", a state's letters and name: "@ODHOhio", its short forms: "@NMEnvDep"), a government site's cited beside its link ("Mas informacion de @AirNow: airnow.gov",
        "Aviso de @lapublichealth" beside lacounty.gov, "@HealthyOklahoma" beside oklahoma.gov, "@SAMHD" beside sa.gov/.../SAMHD; not "Congrats @CoffeeLover!"), a handle the text glosses as an office right after it ("@<handle> (<County> Public
        Health)", "según @<handle> (Secretaría de Salud de <State>)") or a cause with no given name in it ("@StateCancerNetwork"; "@TeoBeatsLeukemia" is a person's). A credential after a name is no name ("..., CNM!", "..., LCSW", any letters in
        capitals: "..., RRT!"), nor a Spanish verb written with its accent ("Nació y creció ..."). Days and months, short or in full, are no names ("seeing patients Tues", "Mon-Fri", "lun a vie"); a city that is also a given name is a place after a
        preposition of place or next to another place ("a conference in Denver", "back from Orlando", "Heat advisory for Dallas", "Charlotte and Raleigh", "en Florencia"), and so is a town that bears a name (a gazetteer) by its context: a facility or
        an event after it, a county before, a state after, "de" after a place ("our new Marshall clinic", "condado de Starr, Roma", "Sharon, PA", "el desfile de Shelby"), unless an age, a possessive, "who" or a surname makes it someone ("Marshall,
        6"), and by a list of places, a move, an address or a heading ("en Ponce y Juana Diaz", "Berrien and Irwin counties", "came to Lawrence", "12 Orchard Ave, Suite 4, Lawrence"), a road's ends ("US 31 between Allen and Martin"), a business of
        its kind ("a Tyler hardware store") or plain words of its organisation ("with Carolina Youth Athletics"), a list of towns served ("we serve Los Lunas, Belen y Bosque Farms"), a town listed
        among places no one is called ("our van visits Kilgore, <Town> and Longview"), people or a trip from it ("families from <Town>", "greetings from
        sunny <Town>"), the best of it ("el mas bravo de <Town>"), its school or team ("<Town> English", "<Town> football", "former <Town> running back
        <Name>"), a town of several words ("Coeur d'Alene", "Lake Charles") and the practice's own town by the address in plans/practice.yml, a town addressed with its season ("Houston, pollen season is here";
        not "Houston, your results are in"), a town's own ("Camden's own <Name>"), a town before what it holds or after its 's ("the Denver conferences", "Amarillo's hometown pitcher"), a place of origin or a hometown set apart ("originaria de Mae
        Sot", ", de Houston;"), two names of a country ("Burma/Myanmar"), a language in a list of languages ("Karen, Burmese and Nepali interpreters", "Hmong, Lao and English spoken"), or alone by its use or its people's word
        ("interpreters in Karen", "a Karen interpreter", "hablantes de Karen", "the Karen community"; not "Karen's interpreter"), a plan with its state ("BCBS MA", "Molina Texas"),
        "Dr." after a street's name before a plain word ("on <Street> Dr. Eso quiere decir ..."), a Latin American town of several words ("Dolores Hidalgo", "San Juan de los
        Lagos"), a route's near end ("llego de <Town> a Providence"), a town praised or born in ("¡Un orgullo para <Town>!", "Proud of you, <Town>!", "<Town> native <Name>"), a city after an organisation's letters ("the UNC Charlotte
        club"), a region after "en"/"in" ("en los Valles"), a city that only ends like a diminutive ("Camarillo"), a town greeted in another language, after a venue or in "los barrios de" ("Mabuhay, Vallejo!", "Parque Lincoln, Harlingen!"), a
        school's level ("Garfield MS"), a country or "Little Haiti", a place of two words abroad ("Santo Domingo"), a programme's van ("la Van de la Salud") or a colour's campaign day ("Go Red Friday"); a state named like a person by its agency,
        programme, side or town ("Medicaid de Georgia", "South Georgia"), ranked in a statistic or as a group's adjective ("<State> is among the top states", "the Carolina donor families fund"), a county in a list of counties ("los condados de Sierra
        y Luna"); a street corner's names ("esquina de Maribel y Rosendo", "31st & Sheridan"), a place word after a name ("Buenaventura Lakes"), any family of a place ("every Bronx family") and a side of town ("Eastside") are places; a given name
        that is a country or a US state first ("Kenya", "Florida") is a place when it stands alone, unless an initial, an age, care or a relative makes it someone ("trips to Peru or Kenya", "licencia de Florida"); a given name that is an everyday
        Spanish word ("Nada de azucar", "Ha sido un ano") is no name alone; a slug's run that opens with a lab test ("ana-test", "ana-panel") names no one; a lone given name at a sentence's start (or after a colon, a quote or a line's emoji: "🌮
        Charla y tacos") counts only when it is spoken to, owns something, acts in English, or its sentence tells of a person (care, an age, "she", a relative), and a Spanish word that is also a name never does there ("Charla gratuita", "Manda tu
        CV"), nor a frequent Spanish word in a Spanish text, after a stop or an emoji ("🙌 Miles de vecinos", "Hola! Si atendemos"), also before an age phrase ("Despues de 18 anos en el laboratorio, ..."); Spanish courtesy ("Don Rogelio Benitez",
        "Dona Carmen") passes before a team member's given name, though "Sra. Lopez" alone is not the team's Dana Lopez ("Sra. Dana Lopez" is); a nickname the text gives a team member named in full ('Marisol Tapia, "Mari" para todos', 'Roberto "Beto"
        Garza', "Katherine Wong (Kat)", 'the kids call her "Doc Sunshine"'), and a pet form or a diminutive of a member's given name ("Juanita" for Juana Ortiz, "Nurse Paco" for Francisco Lara, "Tia Charo" for Rosario Pineda, "Peggy" for Margaret
        Hale, "Don Lalo" for Eduardo Ramos) are theirs, and so is a nickname said first and then given to a member named in full ("Happy birthday to our Sunshine! That's what the kids call our nurse ...", "... nuestra Chispita! Con carino le decimos
        asi a ..."), wherever it recurs, and so are a short form of a member named in full and a title with their initial ("Meet Anabel Ruiz ... Thanks, Ana!", "Ms. R"), a short form or a pet ending of a given name the text names, anywhere no care is
        told in its sentence or the next ("our Rosie! Rosalinda Trevino ...", "nuestra Vale"), and her own family named with no care, tied to her ("her husband Dashiell brought the pie", "junto a su nieta Itzel", in her own voice "my wife <Name>", in
        a post she signs "dos años como mamá de <Name>", by her standing as a parent: "she's mom to twin girls, <Name> and <Name>", "es mamá de dos niñas, <Name> y <Name>", after her job said before
        her name: "our billing coordinator <Member>, whose son <Name>", or with a job of care named by its field: "<Member>! Our diabetes educator ..., where his daughter <Name>"; a next
        sentence that calls the member, "Congrats <Member>, now ice that knee", tells his care, not hers). A procedure or a condition named after someone ("the Heimlich maneuver", "back from Tommy John surgery", "his 2019 <Given> <Surname>
        surgery", "cirugia Bentall"; with a possessive or "de" only
        an ICD-10-CM eponym: "enfermedad de Crohn", or the word its title gives it: "Barrett's esophagus"), a full name that names a law, a programme or a clinic with no care told ("the <Given> <Surname> program", "a <Given> <Surname> clinic", "la
        ley <Given> <Surname>"), a school closing a cheer's word ("the Bravo High gym"), a street the text names with a street word, wherever its words recur ("Eubank Blvd ... our Eubank entrance"), and a neighbourhood ("la Pequena Managua", "el
        Barrio Obrero") name no one; nor does a name honoured for a public service, a retirement or years on the air with no care in the text ("on his retirement as school bus driver", "por sus 35 anos al aire", "despedimos con gratitud a la Sra.
        <Name>, que se jubila tras veintiocho anos de servicio", her family too); God greeted is no one ("Gracias, Dios le bendiga"), nor is a word a dictionary knows greeted ("Get well soon, Champ!", "Thank you, District 7 Councilmember ...",
        "¡Felicidades! Aprovechamos ..."; not one spoken to about care after: "Congrats, Champ! Your chemo is done"). A name inside a holiday's names a day ("Viernes Santo", "Dia de la Candelaria", "Sabado de Gloria", "Good Friday"),
        "Gran" before a word of the dictionary an event ("Gran Apertura"); an answer or a
        cry that opens a sentence greets no one ("Hola! Si, abrimos los sabados", "Claro, ...", "Animo, ..."); a business named after a Don ("la taqueria Don Chucho", "de Raspas Doña Chona") or a shop's kind before a surname ("el Colmado
        Quintanilla"), a role of two words ("team mom <Name>", "Council Member <Name>"), "the fam" as slang ("welcome to the fam <Name>!"), a partner thanked with her organisation ("Gracias a <Name> de <Organisation> por la traduccion"), a pet word
        after "tu" ("Tu Angelito") and a neighbour named with any role of theirs ("school nurse <Name>", "Students <Name>, <Name> and <Name>", a bulleted list's next item read apart: "• Baile con la instructora <Name>\n• Toma de presion";
        in a file's name, only with no word of a condition: "pescador_<Name>_herida_mano" is someone) name no
        one, nor a kitchen named for its cook ("de Cocina Doña Chela"). A public figure introduced by their role ("Senator Tom Albrecht", 'la presentadora de "<Show>" <Name>', "al juez, <Name>,", "la cantante Marisela Duarte", a council member: "la
        concejala Marta Ibarra", "Alderwoman Joan Pruitt", "Thank you to Council Member <Name>" opening our new room, a hometown's own telling their news in their own work, their first name or "nickname" said again, a role apposed with no article:
        "<Name>, locutora de Radio <Name>", in Spanish with a demonym or an adjective after the role: "la atleta tapatia Daniela Rios", "al boxeador regio Ramiro "El Toro" Solis", a ring or stage name after the role ('el campeon de peso ligero
        <Given> "El <Word>" <Surname>', 'la luchadora "La <Word>"'), with a ring name between the names; roles joined by "and"/"y" or a stage name then "(<Name>)"; an Olympic sport's athlete: "Olympic skier Dana Whitfield"), thanked for a public act
        (a host who had us on their show, even with a topic of care there: "..., locutor de Radio Alegria 101.5, por invitarnos a su programa"; a priest lending us his hall: "por prestarnos el salon"; a teacher who had us talk with a class about a
        topic of care: "por invitarnos a hablar con los de 5.º sobre el asma") or in news they made public ("has spoken openly about", "shared on air", "anuncio en sus redes", "talked about ... on her own channel", "ha contado en cada entrevista",
        any verb of telling before their own: "testified about his transplant", "relato su lucha", "about her own depression", "reads from her book on looking after her father"; "Get well soon, Champ!" greets them, and so does their stage name:
        "¡Recuperate, <Word>!" after "El reguetonero '<Stage Name>' conto en su Instagram ...") or in reported news ("the club announced that ...", "Kiko 'Dinamita' Lara's camp says ...", '<Given> "El Tigre" <Surname> ..., segun informo el club')
        passes, and so does one named by any role, title or office ("bronc rider <Name>", "the legendary Miss <Name>", "la alcaldesa de <Town>, <Name>") telling their own story or a relative's care as one already public
        ("as he has on two talk shows", "the very tale she tells on her radio hour", "como lo ha relatado en sus discursos"; public_story.py),
        and so does their surname said again after "Ms." or "Sra.", unless the text says we cared for them (a name holding a ring name in quotes, or a stage name after a role, is a name: '<Given> "Iron" <Surname> had his thumb pinned with
        us', and so is one without quotes, "rapper <Word> had his tonsils out with us"; care of ours after the name stays an error whatever they told the press), guesses at their health ("probably needs surgery", or what was seen read as a diagnosis:
        "did you catch X slurring his words? ... textbook stroke signs": EXP004 explains a guess in one sentence, PHI003 refuses the name whenever a named person and a guessed condition are tied, in one sentence or the next), says they got care from
        us ("Guess who stopped by our vaccine drive? Thanks for rolling up a sleeve, Commissioner!", "el diputado ... se vacuno con nosotros"; not a shot another gave: "se vacuno en el puesto del departamento de salud"), or puts a care word next to
        their name without a source (a new room's care words at an opening name the room; care a town deserves is no one's), or a condition told in everyday words in its sentence or the next, not as news reported (a member of our group by a role that
        reads as a public one: "our checkers champ, Don <Name>! His memory plays tricks on him", "nuestra campeona de loteria, Doña <Name>, ya no ve bien", everyday_symptoms.py); so does a hometown's own with what they achieved and no word of care in
        that sentence ("Springfield's own Dana Whitlock just won the state title", "..., orgullo de Pilsen, gano el medio maraton"; "... months after her ACL repair with us" is still a patient), and a neighbour congratulated on a public honour (a
        title, a prize, a medal, "350 career wins", "his 28th season", "200 victorias") in a text with no word of care ("Congrats to Coach Rena Oduya and the Millbrook Falcons on the district title"; "... after her knee surgery with us" is still a
        patient), and a religious title honoured for years of service ("la Hermana <Name>, que lleva 32 anos dirigiendo ...", "Pastor <Name>'s 27 years at ..."; not with care). Programmes ("Healthy Arizona Kids"), a body named for its city ("<Word>
        Chicago") or thanked with its kind after it ("<Town> Boxing Club"), and a list item's first word ("• Bebé menor ...") are no one's name. A figure greeted again by a given name or a quoted nickname's last word ("Gracias, Guero") is the one a
        role cleared. A neighbour named with a community role passes when no care of theirs is told ("face painting by volunteer <Name>", "volunteers <Name> and <Name>", "our volunteers from <School> — <Name>, <Name>", "Pastor <Name> of <church>",
        "la maestra <Name> por invitarnos", a teacher's class, "Ms. <Name>'s 5th graders", a clinician's licence, "<Name>, RN", "Sr. <Name> de la panaderia", "Referee <Name>", a helper thanked "por ayudarnos a repartir"; not "volunteer <Name> had her
        knee done here", nor care said to them, "Coach <Name>, ... that foot goes back in the boot", which no public figure's reading excuses either), and a public figure wished well on health news they made public themselves, with no care of ours
        ("Get well, Mayor <Name>! She posted on her page that her hip surgery went fine"; a health official's shot taken live on their own channel: "se vacuno en vivo en Facebook" or on camera; care they told of, "who wrote on her page about getting
        her first screening", is no care of ours; a work's quoted title is no care: 'su libro "Dulce"'). A given name that is also a word counts when a text about one person's care speaks of her: a birthday wish or a cheer ("Happy 8th birthday to
        Summer", "Feliz cumple a Luz", "Three cheers for Joy"; a month's or a season's name alone after a birthday wish: "Happy 9th birthday to April!"), a relative clause of her care ("Hooray for May, who finished chemo today", "Feliz cumpleanos a
        Abril, que ya no necesita el inhalador"; not in a question, "Hello Summer, who's ready for a sports physical?", nor "Dolores, que pueden aparecer ..." opening a sentence), an apposition ("Luz, nuestra paciente mas consentida, ...", "Summer,
        our bravest little asthma warrior"), her name said to be one ("Milagros hizo honor a su nombre"), Spanish word order, the name right after the verb of her care ("Ayer se despidio de nosotros Paloma tras dos anos de frenos", "... Paloma tras
        las quimios", "salio caminando Luz con la rodilla operada"; care said to anyone, "Despues de las quimios es normal ...", is no one's), or a sentence she opens in a text that speaks to her by an endearment ("... Feliz cumple, princesa!"); and
        a testimonial signed by one, with an initial or a town ("- Gloria T., Maple Heights"). Such a name opening a sentence as its subject, with her care and a "she" or "ella" after it in that sentence or the next ("Summer is back on the court! Six
        weeks after that ACL repair she ...", "Sol ya esta de vuelta ...; tras la cirugia ella ..."; not "Spring is here", "May is Stroke Awareness Month"); a post dedicated to one, with a role and the care of their children said to them ("To Misty,
        our favorite lunch lady: thanks for bringing your three boys over for the back-to-school checkups", "A Cielo, nuestra cartera favorita, ... tus dos chamacos para las vacunas"); a month's or a word's name after a relative's title, in a text of
        care or of a routine test or visit of theirs ("Grandpa August ... his blood pressure check", "el Tio Julio ... su control de azucar"; not "Grandma June's pie recipe"). A cry before a country is no name ("Viva Mexico!", "Que viva Puerto
        Rico"), nor a feast's patron ("la Virgen de los Dolores"), and a name that is also a word of care tells no care ("Gracias, Doña Dolores", "Olympic rower <Given> Whitlow"). A name that is also a word spoken to about what we hand them ("Ivy, your new night
        guard is ready", "Paz, tus plantillas ya llegaron"); a name on a chart's or a straw's label, a surname and an initial before a date or initials after what labels them ("ZHOU_L / 05-30-1982", "the tray labeled K.D. Ostrander"); a surname in capitals, a
        comma and an initial, as a record files it ("GARZA, M ya fue dado de alta"; one that is also a word or that no list knows when a wristband, a chart or a specimen reads it out: "the band reads OKONJO, B", not "the sign reads EXIT, B wing" nor "the bag
        reads SALINE, B"), or a full given name by a label word or a record datum ("printout labelled 'ARCE, NOEMI 29w'"; not "HOUSTON, TEXAS 1959"), or both in capitals anywhere ("a printout with MBEKI, NOMVULA";
        not a list, a place or a cheer: "YOGA, ZUMBA, SALSA", "ACCRA, GHANA", "CONGRATULATIONS, ELENA"), read off a diminutive too, under a surname that is also a city ("la pulserita dice JUAREZ, CELESTE");
        a first name that owns, marks or is feted for a birthday or an anniversary with the
        place of their care in that sentence or the next ("we celebrated <Name>'s 88th at his bedside", "<Name> turned 90 in our day room",
        "los 85 de <Name> junto a su cama"; bedside_days.py; not our staff, "our chaplain <Name>'s 60th"); a surname on a board by bed, room or chair with care or on a list ("cama
        5 Villasenor fiebre", "room 3 Pennington chest pain"; not "cama 1 libre"), or by time ("Quispe 10:30, Mamani 11:00"; not "Yoga 9:00"); a name no list holds in a link with care ("/stories/<given>-<surname>-knee-replacement",
        "?student=<Name>&reason=asthma"); in a file name, a surname and an initial beside their care, or a surname by a camera's counter with it ("DSC0192_montoya_L_knee-scope_day2.jpg", "VID_0388_lindgren_hip_scope.mov",
        "IMG_77_rusty-nowicki-postop.jpg", a nickname too, or a new given name before a surname that is a word; opening the name with no counter, "kowalczyk_ankle_fracture.jpg",
        or after the record's kind, "intake_scan_<SURNAME>_<Given>_PHQ9"; not "vitamin_d_day3", "group_a_strep", "westgate-diabetes-camp"), an initial run into a surname on a file of their papers
        ("IMG-2210-TOkonkwo-insurance-card-back.jpg": PHI003, the name discloses; not "b-cell-labs"). A named figure's diagnosis guessed from a sign counts ("Senator X's slurred speech looks like a mini-stroke to us"). "Dr." after a house number and
        a street is Drive ("900 S Alder Dr. Free parking"), and a pass, a canyon or a peak is a place ("Bear Tooth Pass", "Cerro Verde"), and so is a town named for someone ("Lyle Landing", "Doris Crossing", "Villa Marisela"); so are an organisation
        that ends or opens with what it is ("Delta Dental", "Escuela Superior Dr. Quiles"), a building or public grounds named after someone or a town ("the <Given> <Surname> branch of the library", "la sucursal <Name>", "the <Town> fairgrounds"), a
        firm joined by "&" ("Pryor & Pryor") and a disease named for a place ("virus del Nilo Occidental").
        No one either: a storm after its kind ("Tropical Storm Delia") or its bare name tagging a notice of it ("... keep the generator outside. #<Name>"), a town before its shops or news ("A Tyler TV station", "las farmacias de
        Tyler"), a body word opening a condition ("Shin splints?"), a school by its number ("P.S. 118 Benito Juarez"), a saint's church ("Iglesia San Martin de Porres"), a team before its sport ("Marlow Knights softball"), "Little Village", a city no
        one is named for thanked or before its office ("Thank you, Hialeah!", "Tucson Mayor <Name>"; one named like a woman too, within it or before its office: "within Elizabeth", "Elizabeth Councilwoman <Name>"), a state's own ("Washington's heat
        rule"), a state office's "@WA_LI" beside lni.wa.gov, a county ("Condado Cameron"), a plan in a list of plans ("Aetna y Oscar"), the school members come from ("optometry students from Nova Southeastern", "residentes de la <Name>"; not a given
        name and a surname, nor one whose care the next sentence tells); a neighbour thanked for a public act with no care of theirs ("Thanks to State Rep. Marisa Kolb for championing the clinic grant", "Gracias al Padre Anselmo de la parroquia San
        Lucas por bendecir la sala"); people in a public capacity with no care of theirs (a role opening the sentence, "Author <Name> reads ...", a title one holds and its holder, "Miss <Place> 2027, <Name>", placed finishers with their results,
        "ganadores: <Name> (17:42) y <Name>"); a handle greeted in an answer to a question asked in the comments ("@rosi_bakes great question! Yes, we do sports physicals"); volunteers after an outing with us ("pedalearon con nosotros en la Rodada");
        "call your doctor. Adults ...", "doctor RIGHT AWAY", "• Menos de 6 meses".

    Why:
        A name is the first of HIPAA's identifiers. Next to a health post or a reply to a review, it tells the world that this person
        is a patient. Staff rarely write a patient's full name: they write a first name, a family, a child's age, a nickname in a cheer.
        Replies in enforcement cases added a reviewer's full name to their nickname; a handle is as identifying as a name.

    Examples:
        Triggers: `Congratulations to our patient Maria on finishing the 5K!`
        Triggers: `Cast off at last for 6-year-old Bastien!`
        Triggers: `La familia Zubiaurre vino completa a sus vacunas.`
        Passes: `Dr. Chen says a brisk walk is her favorite warm-up.`
        Passes: `Senator Ilse Brandvold toured our new walk-in clinic.`
        Passes: `Thank you, Santa Fe! We gave 150 flu shots at Saturday's fair.`
        Passes: `Dr. Chen is back from a conference in Denver; walk-ins Mon-Fri.`
    """
    for text, person, untied in people_named(item, ctx):
        shown = clip(text.span.show(person.start, person.end))
        found = text.hit(person.start, f"Remove the name '{shown}' ({person.how}): only team members in plans/team.yml may be named", NAME_HINT)
        yield dataclasses.replace(found, severity=Severity.WARNING) if untied else found


# --- PHI011 unique-characteristic ----------------------------------------------------------------------

_GAP_WORD = r"(?:(?!(?:way|ways|time|times|thing|things|place|day|step|reason|chance|sign|signs)\b)[a-z-]+\s+)"
OCCUPATION = alternation(vocabulary.NAMES["occupations"])
_FIRST_ONLY = lazyre.compile(
    rf"(?<![\w-])(?:the|our|its|their|her|his)\s+(?:very\s+)?(?:first|only|first-ever|sole)\s+{_GAP_WORD}{{0,2}}?(?:{PERSON})(?![\w-])"
    rf"|(?<![\w-])(?:became|becomes|become)\s+the\s+(?:first|only)(?![\w-])"
    # "la primera mujer", "nuestro primer paciente"
    rf"|(?<![\w-])(?:el|la|su|nuestr[oa])\s+(?:unic[oa]|primer|primera)\s+(?:[a-z-]+\s+){{0,2}}?(?:mujer|hombre|nin[oa]|paciente|mama|papa|abuel[oa]|bebe)(?![\w-])"
    # "los únicos gemelos de primer grado en <Escuela>", "las primeras trillizas": a pair or a set no one else is
    rf"|(?<![\w-])(?:los|las|sus|nuestr[oa]s)\s+(?:unic[oa]s|primer[oa]s)\s+(?:gemel[oa]s|gemelit[oa]s|melliz[oa]s|cuates|trilliz[oa]s|cuatrilliz[oa]s)"
    rf"(?=[^.!?\n]{{0,40}}?(?<![\w-])(?:grado|escuela|salon|kinder|clase|prepa|secundaria|primaria|colonia|pueblo|equipo)(?![\w-]))",
    re.IGNORECASE,
)
# The first or only one in a role ("the only female welder", "la unica partera del pueblo", "el primer bombero"): a handful of people hold it, so, like a role at a place, it counts next to their care.
_FIRST_ROLE = lazyre.compile(
    rf"(?<![\w-])(?:the|our|its|their|her|his)\s+(?:very\s+)?(?:first|only|first-ever|sole)\s+{_GAP_WORD}{{0,2}}?(?:{OCCUPATION})(?![\w-])"
    rf"|(?<![\w-])(?:el|la|su|nuestr[oa])\s+(?:unic[oa]|primer|primera)\s+(?:[a-z-]+\s+){{0,2}}?(?:{OCCUPATION})(?![\w-])",
    re.IGNORECASE,
)
# A person narrowed by what they do and where: a role that a handful of people hold, at a named place
# ("a longtime crossing guard at Lincoln Middle School", "the bus driver on the Route 9 loop", "la maestra
# de primero de la escuela Miguel Hidalgo", "la senora que atiende la tortilleria La Palma", one known by her post at work, "la muchacha de la caja de <Shop>", "the colonel who
# lives on our block"), or owned by a place ("Millbrook's only female fire captain", "our town's mail
# carrier"). Not a person with no role ("a woman in her 40s"), nor a place that no name narrows ("a
# teacher at any school"): a place is a capitalised name (case matters here), a place noun with a name or
# a number ("Station 4", "la calle 5"), a small community's own ("in town", "del pueblo") or an anchor.
_DESC = wordlist("privacy-described")
ROLE = alternation((*vocabulary.NAMES["occupations"], *_DESC["roles"]))
_PEOPLE = alternation((*WORDS["person_nouns"], *_DESC["people"]))
_JOB = rf"[ \t]+(?i:who|that|que|q)[ \t]+(?:(?i:also|still|ya|todavia|always|siempre|usually)[ \t]+)?(?i:{alternation(_DESC['job_verbs'])})(?![\w-])"
_NOT_PLACE = alternation((*vocabulary.CALENDAR, *vocabulary.LANGUAGES, "I"))
_CAP_NAME = rf"(?!(?i:{_NOT_PLACE})(?![\w'’-]))[A-Z][A-Za-z'’]*[A-Za-z](?:[ \t]+[A-Z][A-Za-z'’]*[A-Za-z]){{0,3}}"  # "Lincoln", "YMCA"; not "March", "Spanish", "I"
# A street by its number ("at 5th and Main", "on 3rd"), a flat ("la vecina del 4B"): as named as a name
_NUMBERED = r"\d{1,3}(?i:st|nd|rd|th)(?![\w-])|\d{1,4}-?[A-Z](?![\w-])"
_VESSEL = r"(?:F/V|M/V|FV|MV|F/C|B/P)[ \t]+"  # a boat by its name: "the F/V <Name>", "el B/P <Nombre>"
_PLACE_NAME = rf"(?:{_VESSEL}{_CAP_NAME}|(?i:{alternation(_DESC['place_nouns'])})[ \t]+(?:{_CAP_NAME}|\d{{1,4}}(?![\d:.,/]))|{_CAP_NAME}|{_NUMBERED})"
_ART = r"(?i:the|la|el|los|las|our|nuestr[oa]s?)"
_AT = r"(?i:at|from|on|off|aboard|of|for|in|de|del|en|a[ \t]+bordo[ \t]+del?|around|near|outside|by|afuera[ \t]+del?|frente[ \t]+al?|enfrente[ \t]+del?|cerca[ \t]+del?|junto[ \t]+al?)"
_PLACE = (
    rf"(?:{_AT}[ \t]+(?:{_ART}[ \t]+)?{_PLACE_NAME}"  # "at Lincoln", "de la escuela Benito", "on the Route 9 loop"
    rf"|(?:{_ART}[ \t]+)?(?i:{alternation(_DESC['place_nouns'])})[ \t]+{_CAP_NAME}"  # an object: "la tortilleria La Palma"
    rf"|{_AT}[ \t]+(?:{_ART}[ \t]+)?(?i:{alternation(_DESC['small_places'])})(?![\w-])"  # "in town", "del pueblo", "on the route"
    rf"|(?i:{alternation(vocabulary.NAMES['anchors'])})(?![\w-])"  # "on our block", "de la esquina"
    rf"|{profiles.HOLLOW_PLACE})"  # "up Bitter Lick Hollow"
)
_DET = r"(?i:a|an|the|our|this|that|un|una|el|la|al|del|nuestr[oa]|este|esta|ese|esa)"
_MODS = rf"(?:(?!{_DET}[ \t])[\w'’-]+[ \t]+){{0,4}}?"  # "only female fire", "longtime": no second determiner ("Un abrazo al senor")
_GAP = r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+"  # "who works mornings", "de kinder": a few words, no punctuation
_POSITIONS = alternation(_DESC["team_positions"])  # a player's or a student's place on a team, a band, a class
_POSITION = alternation((*vocabulary.NAMES["occupations"], *_DESC["roles"], *_DESC["team_positions"]))
_TEAMS = alternation(_DESC["teams"])
_DESCRIBED = patternstore.compile(
    # a role, then a place: "the crossing guard who works mornings at Lincoln", "la maestra de primero de la escuela Hidalgo"
    rf"(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{ROLE})(?![\w-]){_GAP}{_PLACE}"
    # a person with a job, then a place: "la senora que atiende la tortilleria La Palma"
    rf"|(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{_PEOPLE}){_JOB}{_GAP}{_PLACE}"
    # a person, right at a place: "a lunch lady at Oak Hill Elementary", "the colonel who lives on our block"
    rf"|(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{_PEOPLE})[ \t]+(?:{_AT}[ \t]+(?:{_ART}[ \t]+)?{_PLACE_NAME}|(?:[\w'’-]+[ \t]+){{0,4}}?(?i:{alternation(vocabulary.NAMES['anchors'])})(?![\w-]))"
    # one known by what she sells or runs, in apposition, opening a sentence or after a personal "a": "Amparo, la de
    # la estetica de la avenida Hidalgo", "la de los elotes frente a la parroquia", "gracias a el de la tienda de la esquina",
    # "al" for "a el": "gracias al senor de los tamales de la calle Pino"
    rf"|(?:(?:(?<=[,;:(])|(?<=[,;:(][ \t])|^|(?<=[.!?¡¿][ \t])|(?<=[ \t][Aa][ \t]))(?i:el|la)|(?<![\w-])(?i:al)(?=[ \t]+(?i:senor|senora|don|dona|de|del)[ \t]))[ \t]+"
    rf"(?:(?i:senora|senor|muchacha|muchacho|chica|chico|joven|viejita|viejito|dona|don|{alternation(vocabulary.NAMES['nicknames'])}|guerito|guerita|gordito|gordita|chino|china|chaparro|chaparrita|pelon)[ \t]+)?"
    rf"(?i:de|del)(?:[ \t]+(?i:la|el|los|las))?(?:[ \t]+[\w'’-]+){{1,4}}?[ \t]+{_PLACE}"
    # a position on a team, then the team's school or name: "la capitana del equipo de voleibol de la prepa Juarez",
    # "the goalie on the varsity team at Central High", "el portero del equipo Halcones"
    rf"|(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{_POSITION})(?![\w-])[ \t]+{_AT}[ \t]+(?:{_ART}[ \t]+)?(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_TEAMS})(?![\w-])"
    rf"(?:[ \t]+(?i:de|of)[ \t]+[a-z][\w'’-]*)?(?:{_GAP}{_PLACE}|[ \t]+{_CAP_NAME})"
    # a position of a team named as Spanish names one, by its plural: "el pícher de los Toros", "la portera de las Águilas"
    rf"|(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{_POSITIONS})(?![\w-])[ \t]+(?i:de)[ \t]+(?i:los|las)[ \t]+{_CAP_NAME}"
    # a position after the team's or the school's name: "the Westfield High volleyball captain", "the Central High drum major"
    rf"|(?<![\w-]){_DET}[ \t]+{_CAP_NAME}[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_POSITIONS})(?![\w-])"
    # a place that owns the role: "Millbrook's only female fire captain", "our town's mail carrier"
    rf"|(?<![\w-])(?P<owner>{_ART}[ \t]+(?i:{alternation(_DESC['communities'])})|(?:[A-Z][\w'’-]*[ \t]+){{0,2}}[A-Z][\w-]*)(?:['’]s|(?<=s)['’])[ \t]+{_MODS}(?:(?i:{ROLE})(?![\w-])|(?i:{_PEOPLE}){_JOB})"
)
# The one who runs, owns or works at the only shop of its kind on a named road: "the guy who owns the only tire
# shop out on Quarry Rd", "la senora que atiende la unica ferreteria de la carretera 3", "a man from the only dairy in <County>"
_KEEPS = r"(?i:runs|owns|works[ \t]+(?:at|in)|manages|operates|keeps|has|ran|owned|atiende|tiene|maneja|lleva|trabaja[ \t]+en|es[ \t]+(?:el|la)[ \t]+duen[oa][ \t]+de)"
_ONLY_KEEPER = patternstore.compile(
    rf"(?<![\w-]){_DET}[ \t]+{_MODS}(?i:{_PEOPLE}|{ROLE})[ \t]+(?:(?i:who|that|que)[ \t]+(?:(?i:also|still|ya)[ \t]+)?{_KEEPS}|(?i:from|at|of|de))[ \t]+"
    rf"(?i:the|that|la|el)[ \t]+(?i:only|one[ \t]+and[ \t]+only|sole|lone|unica|unico)[ \t]+(?:[\w'’&-]+[ \t]+){{0,3}}?(?i:{alternation(_DESC['place_nouns'])})(?![\w-])"
    rf"(?:[ \t]+(?i:de|of)[ \t]+[a-z][\w'’-]*)?(?:[ \t]+(?i:out|up|down|over|back|way[ \t]+out))?[ \t]+"
    rf"(?:{_AT}[ \t]+(?:{_ART}[ \t]+)?(?i:{alternation(_DESC['place_nouns'])})[ \t]+\d{{1,4}}(?!\d)|{_PLACE})"  # "de la carretera 3:"
)
# One person by office: "the mayor's husband came in for his colonoscopy", "el alcalde".
_UNIQUE_ROLE = patternstore.compile(
    rf"(?<![\w-])(?:the|el|la|del|al)\s+(?:(?:town|city|county|village|school)['’]s\s+)?(?:{alternation(vocabulary.NAMES['unique_roles'])})"
    rf"(?:['’]s\s+(?:[a-z]+\s+)?(?:{alternation(WORDS['family_members'])}))?(?![\w-])",
    re.IGNORECASE,
)
_YOUNG_OLD = lazyre.compile(
    rf"(?<![\w-])(?:the|our|its|their)\s+(?:very\s+)?(?:youngest|oldest)\s+{_GAP_WORD}{{0,2}}?(?:{PERSON})(?![\w-])",
    re.IGNORECASE,
)
_UNIQUE_ALWAYS = phrase_pattern(WORDS["unique_always"])
_UNIQUE_WITH_PERSON = phrase_pattern(WORDS["unique_with_person"])
_ONE_OF_FEW = lazyre.compile(
    r"(?<![\w-])one\s+of\s+(?:only\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of|very\s+few)\s+(?:people|patients|women|men|kids|children|cases|survivors)(?![\w-])",
    re.IGNORECASE,
)


_PUBLIC_ROLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(vocabulary.NAMES['public_roles'])})(?![\w-])")  # a player, an official: news reports them
_NOT_OWNERS = vocabulary.NOT_NAMES | vocabulary.CONTRACTIONS
_DEDICATED = lazyre.compile(r"\W*(?i:to|a|para)[ \t]+")  # a sentence that opens by addressing the one described: "A la única ..."
_YOU_ARE = lazyre.compile(r"(?<![\w-])(?i:you['’]?re|you\s+are|ur|u\s+r|eres|sos|ser)\s+$")


@rule("PHI011", "unique-characteristic", serves="privacy", severity=Severity.ERROR, scope="document")
def unique_characteristic(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A detail that singles out one person: a first, an only, a record, a job and a place.

    What it flags:
        "The first" or "the only" person of some kind ("our first triplets", "the only patient who...", "la primera
        mujer"), "became the first", "our youngest patient" or "the oldest runner" (one person, not "our youngest
        patients"), "one of only 3 people", "one in a million", "first known case", "miracle baby", and records in a
        sentence about one person ("she set a record"). A person narrowed by a role that a handful of people hold, at a
        named place ("a crossing guard at Lincoln Middle School", "the UPS driver on the Riverside route", "la maestra
        de primero de la escuela Miguel Hidalgo", "la senora que atiende la tortilleria La Palma", "the colonel who
        lives on our block", "el chofer de la ruta 14", one who runs, owns or works at the only shop of its kind on a
        named road, "the guy who owns the only feed store out on Mill Rd", told in the second person about what we hand
        them: "... your new brace suits you!"), a player or a student by position with a team or a school ("la capitana
        del equipo de voleibol de la prepa Juarez", "the goalie on the varsity team at Central High", "the Westfield
        High volleyball captain", "the drum major of the Lakeview High marching band", "la lanzadora de las Panteras", a possessive with no article, "Westside Little League's shortstop", or one
        the care itself is done to, "the blood sugar of a 6th grader at <School>";
        the team itself, or a position with no guess and no care of theirs, passes), owned by one ("Millbrook's only
        female fire captain", "our town's mail carrier") or the first or only one in it ("the only female welder", "la
        unica partera del pueblo"), or by an office held by one person ("the mayor's wife", "el alcalde"), in a sentence
        that speaks of their care ("came in for his back", "su operacion de cadera", "with our therapy program", "nos
        visito por su perdida auditiva", "surgery with Dr. Chen"), in the next one when it goes on about her or him
        ("... at Lincoln! She's back after her knee surgery with us"), that tells a milestone of their care without
        "his" or "her" ("is six months sober", "beat breast cancer", "got that hernia fixed", "is off oxygen", "ya esta
        libre de cancer", "ya dejo de fumar"; in a POV post, "you're the lunch lady at Oak Hill and your new hearing
        aids ..."), or that ties a condition to them ("a welder from Kettle Falls with a torn rotator cuff", "the first-grade teacher at <School> has
        diabetes", "tiene asma"; not "has diabetes supplies for the class"), that
        guesses at their health in it or the next (a hedge and a condition or an injury: "Anyone catch the Comets'
        shortstop limping off in the sixth? Looked like a classic hamstring tear to me", "el portero de las Chivas ...
        de libro"; care.guessed reads guesses for PHI003 and PHI011 alike), or says they got care from us ("la
        presidenta municipal vino a ponerse la vacuna con nosotros"). A team's player reported in news ("the Rockets'
        point guard is back from his Achilles repair, the team announced") passes, his own words ("who said his first sentence in
        session today") do not. A place may be a numbered street or a flat ("at 5th and Main", "la vecina del 4B"); one known by what she sells or runs counts like a role ("la de la
        estetica de la avenida Hidalgo", "el Flaco de la vulcanizadora de la avenida Juarez"), and so does a visit for
        care ("paso ayer con su abuela a vacunarse contra el sarampion"). One known by an epithet or a local title
        counts like a role at a place ("Lake County's pie queen", "our spin class queen", "our coffee guy", "the Taco
        Lady of Cermak Road", "la reina del tianguis", "el rey del domino de la plaza", "al senor de los tamales de la
        calle Pino"; not a crowd, "our salsa queens", a brand, "the Dairy Queen", "la reina de la casa", one of ours, "el rey del mostrador", nor one known
        by what they treat, "our knee guy"), and the care of a relative of theirs tells of them too ("brought his
        grandson in for his first checkup", "tras la cita de su nieto", "whose husband we treated", "cuyo hijo operamos"); a player of a team named in the plural
        possessive counts once cleared after care with our team ("The Wildcats' goalie (#30) is good to go after
        concussion rest and rehab with our team", "officially cleared to play"). A verb of care before what is no care
        of one's own passes ("had coffee ready for our flu shot volunteers", "got the new shingles vaccine in stock",
        "finished her CPR course", "came by with donuts for our flu shot clinic"). A role at a place with no care of
        theirs ("the school nurse at Lincoln spoke at our diabetes breakfast", "shared her tips on asthma"), a parish named for Our Lady ("Nuestra Señora de <Place>"), a building named by a role word ("our new hearing center on Isleta
        Blvd"; "the center at <School>" whose next sentence tells care is a player), a person
        with no role ("a woman in her 40s") and a place that names none ("a teacher at any school") pass. An age and a
        job with a place or a condition ("a 61-year-old retired mail carrier from Dunmore", "la maestra de 47 anos de
        San Jacinto") singles out one person too, and so does a job, "retired" or not, with the named hollow, creek or
        road one lives up ("the retired lineman up Possum Hollow", "el minero jubilado de la canada del Oso") next to
        care they let us or our doctor give or we did to them ("finally let us close that foot wound", "finally let Dr. <Name> fix that bunion", "dejo que la Dra. <Name> le operara la rodilla",
        "nos dejo curar esa herida", "we started her on insulin", "le pusimos sus lentes", or before them: "our nurses splinted the lunch lady at <School>"; done_to.py) or a reading of theirs ("ya tiene el azucar en 112") or a nod at them
        ("that shin wound is closed! You know who you are") or thanks for their leave, or their family's, to tell of their body or
        care ("the driver of the route 12 bus ... for letting us share the story of his kidney", "el cartero de la calle Olmo ... por
        dejarnos contar lo de su rinon"; not their recipe nor their tips on asthma); an age and a job alone ("a 30-year-old teacher needs a flu
        shot") do not. A job with a shift or "only" at a named workplace singles out one too, with an injury or care
        ("the lone weekend baker at Dalby's got an oven burn", "el unico velador del turno de noche en la planta
        Delphi"; shifts.py). So does a role after its place's name or from a place named before its noun ("a retired Elk Ridge fire chief",
        "a catcher from a Tulsa high school", "un armador de una prepa de Laredo"), or one who keeps a shop or a route on a named road, "only" or
        not ("the man who runs the bait shop out on Route 9", "el chofer que lleva 15 anos manejando la ruta de Piedra Lisa"; local_roles.py),
        with their care or a mishap of theirs ("after his fall on the ice", "tore her ACL", "tras su caida"). A person known by her home on a named street, with a visit or care, singles out one too
        ("the kind lady in the green house past the bridge on Heron Lane ... after each visit", "el senor de la casa
        amarilla en la calle Nogal: su presion"; homes.py); a house with no one in it ("we're the blue house on Elm
        Street") passes. A record of a crowd ("a record-breaking 400 runners"), a description without care ("the mayor
        cut the ribbon"), an office's holder or a described public role with health news they made public ("The mayor shared on his page that ...", "the <Team> pitcher blogged about his elbow surgery"), a performer's stage nickname with news she told herself,
        an honour held in a body ("a Fellow of the <Academy>"), an official at a ceremony of ours ("shook hands with our nurses at the flu clinic opening", "nos visito en la inauguracion de la nueva sala de partos"; not "the Commissioner, whom our team screened")
        and a job ad ("the only night-shift nurse position at ... is open", "buscamos al unico velador"; openings.py), a quoted title ('la caminata "<Title>"')
        pass, and so does a first or an only among our own team with no care ("the only person on our team who runs at dawn", "... in this building who ..."), or
        a staff member's title that holds "patient" ("our first patient navigator", "our only patient care coordinator"). A role, a band or class place or a player's number in a named group or place ("the bouncer from the bar across from Elm Park",
        "a Carver High snare", "Number 7 on the Otters") counts with one person's care two sentences either side (group_roles.py). Phrases: rules/data/privacy*.yml.
        So does "our favorite crossing guard" with her care (favourites.py), a place held in a community ("our oldest elder", "a su portero", "the pastor's son", "Falcons #7", "the only one in a band", "la única de la tripulación que ...",
        with her care in a later sentence that thanks her for coming)
        or a title ("homecoming queen", a contest's champion: "last year's cook-off champ")
        with care (standing.py, crowned.py), an injury in everyday words counting as care ("chipped a front tooth", "se quebró el brazo"; injuries.py),
        one known by their trade and stand or their job at a place ("la senora del carrito de paletas", "the line cook at the pho place", "a singer who plays at <Bar>") or a named place of theirs ("the grandpa from the <Name> chapel",
        "our guy who fixes bikes on <Road>") or by what they wore ("the boy in the Spider-Man shirt", a named team's or union's gear: "a <School> diver in his cap") with care (trades.py, worn.py),
        a member of a care group of ours said lost, farewelled or welcomed ("our grief circle said goodbye to ... a docent at the <Name> Museum"; group_members.py),
        a relative known by whose they are, with care of ours ("our MA <Name>! Her husband had his bypass with us", "su esposo se operó con nosotros";
        not "bring her husband for his flu shot"; kin_care.py),
        a nod that readers know who it is ("you KNOW who this is", "ya saben quien es", one "who made the news" with care of ours) by a procedure, or "a certain <role>" with their care (recognised.py), and "I placed", "le puse" as our care.

    Why:
        HIPAA's last identifier is "any other unique characteristic". No name is needed when only one family in town had triplets this year, or only one patient is 14 and had a hip replaced, or the town has one crossing guard at that school.

    Examples:
        Triggers: `Congratulations to the parents of our first triplets in Maplewood!`
        Triggers: `At 14, she is our youngest patient to have this surgery.`
        Triggers: `The bus driver on the Route 9 loop came in for his back.`
        Triggers: `Opere a un camionero de 58 anos de Piedras Negras con una hernia.`
        Triggers: `Oak Hill's only female fire captain finished her ACL rehab with us.`
        Triggers: `¿Vieron a la portera del equipo de voleibol de la secundaria Allende? Seguro es un esguince.`
        Triggers: `Lake County's pie queen is back in the kitchen after our team set her broken wrist.`
        Passes: `A record-breaking 412 runners crossed the finish line.`
        Passes: `The mayor cut the ribbon on the new walking trail.`
        Passes: `The school nurse at Lincoln Elementary spoke at our diabetes breakfast.`
    """
    given = Known.of(ctx.plans).given  # a member's given name before "the only person who can ...": one of ours
    for text in texts(item, ctx.plans, links=False):
        body = work_titles.without_titles(text.text, events=True)  # 'la caminata "<Title>"': the event's name describes no one (round 156)
        found = [
            *(m for m in _FIRST_ONLY.finditer(body) if not one_of_us(body, m, given) and not staff_title(body, m) and not honour_titles.public_first(body, m)),
            *_YOUNG_OLD.finditer(body),
            *_UNIQUE_ALWAYS.finditer(body),
            *_ONE_OF_FEW.finditer(body),
        ]
        bounds = None
        for match in _UNIQUE_WITH_PERSON.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if ONE_PERSON.search(body, start, end):
                found.append(match)
        for match in (
            *_DESCRIBED.finditer(body), *_UNIQUE_ROLE.finditer(body), *_FIRST_ROLE.finditer(body),
            *epithets.epithets(body), *_ONLY_KEEPER.finditer(body), *local_roles.described(body),
        ):  # fmt: skip  # a description counts next to their care
            if match.re is _DESCRIBED and (match.group("owner") and match.group("owner").lower() in _NOT_OWNERS or vocabulary.HOLIDAY.match(body, match.start())):
                continue  # "It's the only ...", "That's our teacher ...": a contraction, no place; "Our Lady of <Place>": a parish's patron
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            you = _YOU_ARE.search(body, max(0, match.start() - 16), match.start()) is not None  # "POV: you're the crossing guard at ..."
            dedicated = _DEDICATED.fullmatch(body, start, match.start()) is not None  # "To the only welder in town: so proud of you ..."
            if openings.no_patient(body, bounds, match, start, end) or venues.facility(match) or match.re is _DESCRIBED and honour_titles.held(match):
                continue  # "the mayor cut the ribbon at our flu clinic", "the only night nurse position at ... is open", "our hearing center on Elm"
            if match.re is _DESCRIBED and _PUBLIC_ROLE.search(match.group(0)) and care.REPORTED_VERB.search(body, start, end):
                continue  # "The Rockets' point guard is back from his Achilles repair, the team announced": their news, not our care
            if (
                match.re is _UNIQUE_ROLE
                and (own_news.office_news(body, bounds, match) or public_story.spoken_topic(body, bounds, match.start()))
                or public_story.retold_description(body, bounds, match.start())
            ):
                continue  # "The mayor posted on her page that ...": news they made public (own_news.py); what the office spoke of, a story told as already public (public_story.py)
            if match.re is _ONLY_KEEPER and epithets.TO_YOU.search(body, match.end(), end):
                you = True  # "... the only feed store on Mill Rd: your new brace ...", "... those hearing aids suit you"
                if epithets.THEIR_DEVICE.search(body, match.end(), end):
                    found.append(match)
                    continue
            if care.cared_for(body, start, end) or care.own_care(body, match.end(), end, second_person=you) or profiles.condition_after(body, match.end(), end) or ties.told(body, bounds, match, end):
                found.append(match)
            elif dedicated and care.care_in(body, match.end(), sentence_of(bounds, end)[1] if end < len(body) else end):
                found.append(match)  # the one addressed is the one cared for, in the address's sentence or the next ("A la única ...: ¡qué orgullo ...!")
            elif end < len(body) and done_to.hailed_then_cared(body, bounds, start, match.start(), end):
                found.append(match)  # hailed, then our care of them next: "Shoutout al campeón de ... 🤠 Le sacamos rayos X al hombro"
            elif told_first(body, start, match.start()):
                found.append(match)
            elif epithets.relative_cared_for(body, start, end) or local_roles.injured(body, match, end) or lost_member(body, start, end):
                found.append(match)  # "the tamale man of 18th Street brought his grandson in for his checkup", "our grief circle lost ... a docent at <Museum>"
            elif care.guessed(body, bounds, start, sentence_of(bounds, end)[1] if end < len(body) else end, diagnosis=True) or care.received_care(body, bounds, match.start()):
                found.append(match)  # a guess at their health ("the Rockets' point guard ... textbook Achilles rupture"), or our care of them
        found.extend((*profiles.profiles(body), *shifts.shift_workers(body), *homes.neighbours(body), *group_roles.singled_out(body)))
        found.extend((*favourites.singled_out(body), *standing.singled_out(body), *crowned.crowned(body), *recognised.nods(body), *trades.singled_out(body), *worn.singled_out(body)))
        found.extend(kin_care.kin_cared(body))  # "our MA <Name>! Her husband had his bypass with us": a relative singled out by whose they are
        for match in own_news.not_own_family_first(body, distinct(found)):  # a figure's own "first baby" made public
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': a first, an only or a record can single out one person",
                "Describe the group or the condition in general terms instead of the one person who stands out.",
            )
