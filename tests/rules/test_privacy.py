"""PHI rules (privacy): tables of posts and replies that must, and must not, be refused.

Every person, place, number and address here is made up; phone numbers use
555-01xx and links use .test or example domains.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from playbook.model import Authorization, Event, Media, Person
from playbook.rules import get

from tests.conftest import REPO
from tests.rules.harness import PLANS, PRACTICE, TEAM, TZ, Cases, at, hits, post, response

SAFE_REPLY = (
    "We're sorry to hear this, {{ reviewer }}. To protect every patient's privacy, we keep details off public pages.\n\n"
    "Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }} so we can listen and help."
)
KIND_REPLY = "Thank you for sharing this, {{ reviewer }}! Kind words like these mean a lot to everyone at {{ practice.name }}."

GROUP_PHOTO = Media("images/5k-finish.jpg", "Runners in winter hats wave at the finish arch", True, "AUTH-2027-014", None, 14)
LANDSCAPE = Media("images/river-trail.jpg", "The river trail after a fresh snow", False, "", None, 14)


def photo(authorization: str = "", people: bool = True, file: str = "images/finish-line.jpg", line: int = 14) -> Media:
    return Media(file, "A runner raises both arms at the finish line", people, authorization, None, line)


STORY = "One of our patients ran her first 5K this winter, just months after knee surgery. We could not be prouder!"

CASES = {
    "PHI001": Cases(
        trigger=[
            # round 42 (replies42): the reader's ailment or medicine in voseo or Pidgin (EN/ES)
            "Qué alivio que ya te sentís mejor de los riñones, Toño.",
            "Mahalo Pua, hope da rash on your neck stay healing.",
            # round 40 (replies40): a sending of ours done for the reader, the reader's papers ready (EN/ES)
            "We faxed the signed sheet over to the daycare on your behalf.",
            "Ya le mandamos los papeles a su aseguradora nueva.",
            # round 41 (replies41): the reader as an object pronoun before a compound past, with a time (ES)
            "El miércoles la tuvimos parada en la caja más de media hora, perdón.",
            "Qué pena que el domingo los hayan dejado afuera del consultorio tanto rato.",
            # round 39 (replies39): the reader's own dealings: a request granted, a stop at our desk, known since (EN/ES)
            "Your pickup is set for seven from now on, as you requested.",
            "Ya le cambiamos la terapia a los jueves, como nos pidió.",
            "Las recepcionistas lo conocemos desde hace mucho, don.",
            # round 38 (replies38): the outcome of the reader's care, the reader's kin at a visit (EN/ES)
            "Happy to hear the new orthotics are finally helping you!",
            "Qué alegría que ya no te duele la rodilla.",
            "Brisa was such a trooper yesterday, thank you for the kind words.",
            # round 35 (ids35): the reader's visits counted or told as past (EN/ES)
            "Sorry the parking lot was full during your previous three appointments with us.",
            "Lamentamos la espera en sus dos últimas consultas.",
            # round 33: the reader on our books: a next visit promised, kin seen on a day, registration, a first time (EN/ES)
            "See you in three months, {{ reviewer }}!",
            "¡Qué alegría ver a los gemelos el jueves! Nos vemos en su siguiente consulta.",
            "Both sisters were enrolled as new patients, so the paperwork will be short.",
            "No sabíamos que fue tu primera vez aquí, perdón por la confusión.",
            # review29: a visit that happened, then a wish of the next clause or sentence, stays a visit
            "Always such a treat to see you; we hope the little one sleeps better now.",
            "So lovely meeting your crew. Hope the drive home was easy!",
            # round 29: the practice seeing, meeting or having the reader, said as something that happened (EN/ES)
            "We enjoyed meeting your whole family, {{ reviewer }}.",
            "¡Siempre es un placer atenderla!",
            # review25: our own meeting's weekday with the reader's own result in its sentence stays a visit's day
            "At our Tuesday huddle the whole team cheered for your clean scan!",
            # people25: a clinician offered as a route who remembers the reader, or saw them, stays an error
            "Dr. Imelda Rask remembers you well and would like to speak with you; please reach her at the front desk.",
            "Dr. Imelda Rask treated you last spring and would love to talk with you; call her at the office.",
            # round 25 (places25): a weekday of the reader's visit next to a meeting of ours stays their visit
            "Qué gusto que nos vimos el jueves; lo platicamos luego en la junta de equipo.",
            "We hope your Thursday appointment went smoothly and the team huddle was glad to hear it.",
            # an unlabelled answer still discloses the reader's own past, and a first visit in the past is theirs
            "Good question! Yes, we do hearing tests, and we saw you for yours last Friday.",
            "Q: do you take Tricare?\nA: We do. Your first visit with us in June went long, sorry.",
            "Gracias por el cariño; los Fuentes vinieron el sábado y los atendimos con gusto.",
            "We're sorry about the wait during your visit last Tuesday, {{ reviewer }}.",
            "Our records show you missed two appointments in March, so the slot was released.",
            "We hope your knee surgery recovery is going well, and we look forward to seeing you again.",
            "When you came in on Friday the front desk was short-staffed. We apologize.",
            "Thank you for choosing {{ practice.name }}! It was a pleasure to help.",
            "We understand you cancelled twice, and we'd be happy to find a better time.",
            "Please call us about your bill; {{ contact.name }} can set up a plan.",
            "As our patient, you deserve clear answers. Please call {{ contact.phone }}.",
            "Sorry your X-ray took so long to reach you, {{ reviewer }}.",
            "We're sorry you had to wait so long in the lobby.",
            "We are sorry your missed appointments led to a fee.",
            "We're sorry your daughter's cast was so uncomfortable.",
            "It was a pleasure treating you, and we wish you the best.",
            "We understand you were upset when Dr. Okafor explained things.",
            # stance: the reader with dealings or time, whatever the words
            "Great catching up with you again, thanks for the stars!",
            "You've trusted our little office for years, so this one stings.",
            "Just so readers know, you showed up forty minutes past your slot.",
            "Respectfully, you were offered two earlier times and turned both down.",
            "Our scheduler was polite with you the whole call, per the phone logs.",
            "If you visited us last week, the delay came from a staff shortage.",
            "Sorry again about Thursday morning!",
            "We loved having the Nakamuras in on Saturday!",
            "Your sister is always a delight at the front desk.",
            "I pulled up the calendar and the booking was for 3:15, not 2:15.",
            "Thanks for bringing grandpa in every other week like clockwork.",
            # Spanish
            "Según nuestras notas, usted llegó tarde a la consulta del lunes.",
            "¡Qué gusto verla otra vez por aquí, doña Elena!",
            "Lamentamos que su esposo haya esperado tanto el jueves.",
            "Le llamamos dos veces para confirmar y no hubo respuesta.",
            "Desde que usted es paciente con nosotros siempre le hemos atendido a tiempo.",
            "Ya quedó agendada tu próxima cita, no te preocupes.",
            "Sorry por la espera, usted llegó a las 11 y el doctor venía tarde.",
            # when or how long someone waited; whatever "went smoothly" under a review
            "We're sorry you waited close to two hours on Friday.",
            "So glad the procedure itself went smoothly!",
            "Sentimos que haya esperado 40 minutos el lunes.",
            "¡Qué bueno que la cirugía de su papá salió muy bien!",
            # a call or an answer already given, or an appointment to come, is still the reader's dealings
            "We called you back the same day, as our notes show.",
            "Ya le contestamos el lunes por correo.",
            "Le escribimos ayer y no hemos tenido respuesta.",
            "We'll see you Thursday at 2:15 for the follow-up.",
            # a clinician named as the reader's, even in a sentence about new patients
            "Your doctor, Dr. Menon, is accepting new patients again.",
            "Su doctora, la Dra. Quiroga, ya recibe pacientes nuevos.",
            # a public Q&A answer: the reader's own dealings in the answer, a day or a past, still disclose
            "Q: can I get my stitches out here?\nA: Sure, we saw you Tuesday, so come back next Tuesday.",
            "Q: is my paperwork ready?\nA: Yes, your visit on the 14th is all set, see you then.",
            "P: ¿ya llegó mi receta?\nR: Sí, su cita del lunes quedó registrada y la receta ya está lista.",
            response("Your visit last Thursday ran long, sorry about that.", scenario="medical-question-in-comments"),
            "Pregunta: ¿ya tienen mi resultado?\nRespuesta: Su prueba salió bien, no se preocupe.",
            # a policy opener does not excuse a past, and an arrival seen is a dealing
            "Hi! No appointment needed for flu shots. We saw you come in Thursday, so call and we'll check your plan.",
            "¡Hola! No necesita cita. Su plan no cubrió la visita del martes; llámenos y revisamos su plan.",
            # one child named bare with one of our staff: the reviewer's child dealt with us
            "So sorry, {{ reviewer }}. The hygienist should never have hurried the little guy like that.",
            "Qué pena, {{ reviewer }}. La doctora debió explicarle todo con calma a la nena.",
            # round 17: trust in us, or care after the trust, still confirms
            response("Thanks for trusting your community clinic with your son's asthma.", scenario="positive-review"),
            response("Gracias por confiar en su clínica comunitaria para la cirugía de su esposo.", scenario="positive-review"),
            response("You've trusted us for years, and we love seeing you!", scenario="positive-review"),
            # round 18: a director named as the one who treated the reader, or with the reader's care, confirms
            "Dr. Ada Okafor, our medical director, treated you herself and would welcome a call.",
            "La Dra. Elena Ruiz, nuestra directora médica, lo atendió ese día; comuníquese con ella.",
            # round 22: the writer named, and named as the one who cared for the reader
            "Dr. Okafor here, the surgeon who operated on you; I'm sorry and would like to talk at {{ contact.phone }}.",
            "Soy la Dra. Okafor, quien lo atendió; lamento lo ocurrido. Llámeme al {{ contact.phone }}.",
            # mend22a: the writer's signature in a sentence that tells the reader's care
            "Dr. Achterberg here, delighted that hip is holding strong! Many thanks for the review.",
            "Soy la Dra. Quiñones, ¡qué gusto que la rodilla nueva ya no le moleste! Gracias por escribirnos.",
        ],
        clean=[
            # round 42 (replies42): advice under a condition, in voseo or casual English (EN/ES)
            "Si te sentís mejor de la tos, igual terminá el jarabe completo.",
            "If your blister is still sore in a few days, soak it in warm water.",
            # round 40 (replies40): an offer to take care of the reader, a condition on the reader's step (EN/ES)
            "If you stop at the billing window, our staff will hand you the new parking map.",
            "Pregunte por la gerente de ventanilla, quien con gusto le atenderá por teléfono.",
            # round 41 (replies41): a director named as the contact who wants to hear the reader (EN/ES)
            "Our medical director, Dr. Ana Ruiz, would like to hear from you. Call {{ contact.phone }}.",
            "Nuestra directora médica, la Dra. Ana Ruiz, quiere oírle con calma; llame al {{ contact.phone }}.",
            # round 39 (replies39): a review meant for our staff, a clinician keeping the review (EN/ES)
            "Reviews like this one mean so much to our medical assistants.",
            "¡Gracias! Esto significa mucho para todas nuestras enfermeras.",
            # round 38 (replies38): a wish or a condition about the outcome, our own team on a day (EN/ES)
            "Let us know if the new website is working for you, {{ reviewer }}.",
            "Ojalá que el nuevo horario le funcione a toda la comunidad.",
            "Our volunteers were fantastic on Sunday at the cleanup.",
            # round 35 (ids35): visits of anyone, not the reader's (EN/ES)
            "Appointments on Fridays tend to run late, and we are adding a second nurse.",
            "Las consultas de los martes suelen tardar un poco más.",
            # round 33: a wish with no interval or visit, kids at a public event, how anyone registers (EN/ES)
            "We'd love to see you at the harvest market!",
            "We loved seeing the kids at the library fair.",
            "New patients can register online before they come.",
            "Los pacientes nuevos se pueden inscribir en línea cuando gusten.",
            # round 29: seeing the reader still to come is an invitation (EN/ES)
            "We look forward to meeting you at the spring fair.",
            "Será un placer conocerla cuando guste; llámenos al {{ contact.phone }}.",
            # round 27 (roles27): a reply signed on a line that opens with a hyphen
            "I'm sorry this visit let you down; I'd like to hear more if you call our office.\n- Dr. Ada Okafor",
            # people25: a clinician as the route to talk (an offer and a way to reach her, or a role over the practice)
            "So sorry. Dr. Imelda Rask would love to chat with you soon, so email her at our main address.",
            "Lo sentimos. Por favor escriba a nuestra directora médica, la Dra. Noemí Salcedo, a la dirección de la clínica.",
            # round 25 (places25): a kind review read at the practice's own weekly meeting
            "¡Qué lindo mensaje! Lo compartimos con todo el equipo en la reunión de equipo del martes.",
            "So kind of you to write! We read it out loud at our Thursday huddle and everyone smiled.",
            # round 22: a clinician signing the reply he writes
            "Dr. Okafor here. I'm sorry this was hard to read, and I can't discuss anyone's care online; please call me at {{ contact.phone }}.",
            "Soy la Dra. Okafor. Lamento mucho leer esto; llámeme al {{ contact.phone }} y lo platicamos.",
            "We're sorry to read this. Please call {{ contact.phone }} so we can talk.\n— Dr. Okafor, Medical Director",
            # mend22a: a signature whose sentence tells no care
            "Soy el Dr. Arreaza, director médico. Gracias por escribirnos; llámenos al {{ contact.phone }}.",
            # a crowd of children with our staff is anyone's
            "Thank you! Our therapists always enjoy cheering on the little ones.",
            # an unlabelled public answer; a first visit ahead as advice; Spanglish opening hours
            "Good question! Yes, we do hearing screenings for toddlers, and we also offer speech evaluations. Call {{ contact.phone }} to book.",
            "Sí, en nuestra clínica aceptamos Medicaid y CHIP, además de varios seguros privados. Pregúntenos por su plan al {{ contact.phone }}.",
            "Q: do you take Tricare?\nA: Yes, we accept Tricare. Coverage changes, so please call {{ contact.phone }} before your first visit to confirm yours.",
            "Hey there, thanks por el love! Qué bueno que los Sunday hours le funcionan al vecindario. Have a good one!",
            SAFE_REPLY,
            # what a clinician offers everyone: new patients, a new office
            "Yes! Dr. Ravi Menon is accepting new patients at our Eastside office. Call {{ contact.phone }} to book.",
            "¡Hola! Sí, la Dra. Marta Quiroga está aceptando pacientes nuevos los lunes. Para citas: {{ contact.phone }}.",
            KIND_REPLY,
            "Thank you for taking the time to share your thoughts. Honest feedback helps us see what could be better.",
            "Long waits are frustrating, and everyone's time matters to us. Please reach {{ contact.name }} at {{ contact.phone }}.",
            "We take every concern about your experience seriously and want to understand what went wrong.",
            "<!-- Use this when a review mentions the date of a visit. -->\nWe're sorry, {{ reviewer }}. Please call {{ contact.phone }}.",
            "We'd like to hear more about your concerns. You can write to {{ contact.email }} any time.",
            "Parking can be tight on weekday mornings. {{ contact.name }} can share tips on the easiest entrance.",
            "Questions about costs can be stressful, and everyone deserves clear answers. {{ contact.name }} can help.",
            post("Book your visit at example-ortho.test and get your winter warm-up card."),
            # courtesies, invitations, office hours, events, the safe way to mention being a patient
            "We can neither confirm nor deny whether you are a patient, but we read every concern. Please call {{ contact.phone }}.",
            "We never discuss any visit or anyone's care online; our patient relations team is at {{ contact.phone }}.",
            "You can reach us Monday through Friday, 8 to 5, or book online any time.",
            "Thanks again for the kind words, and we hope to see you at the spring health fair next month!",
            "Our phone system had a hiccup on Tuesday; it's fixed now. If you'd like to talk, call {{ contact.phone }}.",
            "Your feedback matters to us, and we've shared your comments with our leadership team.",
            "It's a shame our reception desk seemed hurried. Nobody should feel that way here.",
            # Spanish
            "Gracias por sus comentarios, {{ reviewer }}. Nos importa su opinión.",
            "Lamentamos lo que describe; llámenos al {{ contact.phone }} y con gusto le atendemos de lunes a viernes.",
            "Lamentamos de verdad que la espera resultara tan larga. Estamos trabajando para mejorar.",
            "Por privacidad no comentamos la atención de ninguna persona en redes. Escríbanos a {{ contact.email }}.",
            # a bare wait restates the review and confirms nothing
            "We're sorry you had to wait. Please call {{ contact.name }} at {{ contact.phone }}.",
            "Qué pena que haya tenido que esperar; nos gustaría platicarlo al {{ contact.phone }}.",
            # a promise to answer, with when we will: what comes next, not the reader's dealings
            "Email {{ contact.email }} and someone from our team will get back to you the same day.",
            "Leave a message at {{ contact.phone }} and we'll call you back tomorrow morning.",
            "Mándenos un mensaje a {{ contact.email }} y alguien de recepción le responde el mismo día.",
            "Deje su número al {{ contact.phone }} y le regresamos la llamada al día siguiente.",
            "Escríbanos y le vamos a llamar hoy mismo.",
            "Llámenos al {{ contact.phone }}; le contestamos en menos de 24 horas.",
            # a public Q&A answer: the question's "you" is us; the next visit as advice is anyone's
            "Q: do you see new patients on weekends?\nA: We do, and anyone can book. Call {{ contact.phone }} and we'll hold a slot; bring your photo ID to your appointment.",
            "Pregunta: ¿necesito cita para la vacuna?\nRespuesta: No hace falta. Si prefiere, llame al {{ contact.phone }} y traiga su cartilla antes de su cita.",
            response("Great question! Please bring your insurance card and a list of medicines to your appointment.", scenario="medical-question-in-comments"),
            # a public answer: advice on arriving, and a policy for everyone that offers to check the plan
            "Hello! Yes, we take Tricare and most employer plans. Ring us and we'll look up your plan before you come in.",
            "Hi there! No referral needed to see our dermatologists. Call {{ contact.phone }} and we'll check your plan.",
            "¡Buenas! No hace falta orden para la prueba de glucosa. Llámenos y con gusto revisamos su seguro.",
            # round 17: a visit still to be booked said as advice; a thanks for trusting the community's clinics in general
            "Q: can I walk in on Saturday?\nA: Saturdays are by appointment. Call {{ contact.phone }} to book your visit.",
            "P: ¿Atienden a personas sin seguro?\nR: Sí, a todos. Llámenos al {{ contact.phone }} para sacar su cita.",
            response("What a sweet note! We'll share it with the Elm Street crew. Thanks for trusting your community clinic!", scenario="positive-review"),
            response("¡Qué mensaje tan bonito! Gracias por confiar en su clínica comunitaria.", scenario="positive-review"),
            # round 18: the medical director named as the contact route the guideline asks for
            "We hear you, and we can't discuss anyone's care here. Dr. Ada Okafor, our medical director, answers every note sent to {{ contact.email }} and would be glad to talk.",
            "Lo sentimos. La Dra. Elena Ruiz, nuestra directora médica, lee todos los mensajes y con gusto le llama al {{ contact.phone }}.",
        ],
    ),
    "PHI002": Cases(
        trigger=[
            # round 39 (replies39): cosmetic care is care (EN/ES)
            response("Loving how smooth your tummy tuck recovery looks!"),
            response("Nos encanta cómo quedó su lipopapada."),
            # round 33: an act on a thing placed in the body, a device, a settled money matter, the reader's words on care (EN/ES)
            response("We're sorry the coil insertion was rougher than you'd hoped."),
            response("Lamentamos que el retiro del implante le haya molestado."),
            response("Thanks for your patience; the booking deposit is non-refundable per our policy."),
            response("La reclamación con la aseguradora se negó por un error de código."),
            response("Gracias por sus comentarios sobre la sedación; ya los pasamos al equipo."),
            # round 29: a procedure by its word shape, a finding on the reader's body, whatever the part (EN/ES)
            response("Sorry the meniscectomy took so long to settle down."),
            response("Nos alegra que la mancha en su mejilla no fuera nada."),
            response("We hope your rehab went well. – The Cedar Hollow team"),
            # review24: a sign-off whose name is only care is a department, the reviewer's care
            response("Thank you for the five stars! – The Knee Replacement team"),
            response("Gracias por la reseña. — El equipo de Cirugía Bariátrica"),
            # lactation and newborn care, said about the reader's baby
            "So sorry the visit felt short; with the tongue-tie release just a week earlier we kept it brief.",
            "Lamentamos la prisa; con la anquiloglosia recién tratada, preferimos una consulta corta.",
            "Glad the nipple shield is helping while the latch settles in!",
            "Qué bueno que la pezonera le está funcionando estas semanas.",
            # an answer that opens like one but tells what we did for the reader
            "Great question! Yes, we did your colonoscopy and the polyp was benign.",
            "Sorry for the mix-up you describe with the $240 charges; please email {{ contact.email }}.",
            "Physical therapy after an ACL repair often takes several months, so please be patient.",
            "The $1,200 balance reflects the deductible on your plan.",
            "We understand living with depression is hard, and we're here when you're ready.",
            "Our billing team can check whether Medicaid covers this. Please call {{ contact.phone }}.",
            "We're sorry the MRI took three weeks to schedule.",
            "We never prescribe opioids without a careful conversation first.",
            "Healing from a fracture can be slow; please keep up with the home exercises.",
            "We accept most insurance plans, and your plan may need a referral first.",
            "Every treatment plan is built around the person's goals.",
            "A refund of 45 dollars was sent last week.",
            # clinical words no hand list held, from the lexicon
            "If the metformin still upsets your stomach, please call and we'll talk options.",
            "Congratulations on the pregnancy, we're thrilled for you!",
            "So sorry the temporary filling came loose over the weekend.",
            "Wishing your son a smooth recovery from the tonsillectomy.",
            "Your Cigna plan requires a referral before the visit.",
            "The account went to collections after several statements.",
            # Spanish
            "Lamentamos que su seguro no cubriera el estudio.",
            "Qué bueno que el losartán le está funcionando.",
            "Su copago de $20 lo fija su aseguradora, no nosotros.",
            "Ya le borramos el cobro de la cita a la que no vino.",
            # the steps of a care episode in lay words
            "Sorry that prep drink was such an ordeal. Next time, ask us for the split-dose prep.",
            "We hope the stitches come out without a fuss.",
            "Sentimos que la prepa haya sido tan pesada.",
            "Ojalá que los puntos sanen pronto.",
            # "any" makes no bill hypothetical with the reader, a sum or a payer in its clause
            "We're sorry for any trouble with your charges. Please call {{ contact.phone }}.",
            "Sorry for any trouble with the $300 charges. Please call {{ contact.phone }}.",
            "Pedimos disculpas por cualquier inconveniente con los cobros de su cuenta. Llámenos al {{ contact.phone }}.",
            # a public Q&A answer that gives the reader's own result
            "Q: are my lab results in?\nA: Yes, your A1c came back at 8.1, please call us.",
            "P: ¿ya salió mi biopsia?\nR: Sí, su biopsia de tiroides salió benigna; llámenos.",
            response("Your colonoscopy showed two polyps; call us.", scenario="medical-question-in-comments"),
            "¡Hola! No necesita referido. Su plan no cubrió la resonancia de ayer; llámenos y revisamos su plan.",
            # a child named bare ("el nene", "the baby") is the reader's: a broad care word beside it is theirs
            "Perdón, {{ reviewer }}. Sabemos que la bebé pasó un mal rato con las vacunas de los seis meses.",
            "We hear you, {{ reviewer }}. The little one had a rough time with the 18-month shots.",
            # what the reply knows happened on their visit is theirs
            "I know the stitches were uncomfortable, {{ reviewer }}, and we're sorry.",
            "Sabemos que la inyección le dolió bastante, {{ reviewer }}; lo sentimos.",
            # round 17: the reader's own sum is a bill, even in a public answer
            "Q: do you do camp physicals?\nA: Yes, and your $30 for last Tuesday's physical is still unpaid.",
            "P: ¿Cuánto cuesta?\nR: A usted le cobramos $20 por la consulta del jueves.",
        ],
        clean=[
            # round 33: an act on a thing in a general answer, a deposit policy for anyone (EN/ES)
            response("A coil insertion can be uncomfortable for anyone; ask us about options."),
            response("We take a deposit to hold surgery dates; it's refundable up to two weeks before."),
            response("La colocación de un implante puede ser incómoda para cualquier persona; pregúntenos."),
            # round 29: a procedure-shaped word in a general answer is anyone's (EN/ES)
            response("In general, a tympanoplasty is done as a day procedure; our front desk can explain more."),
            response("Gracias por escribirnos; para dudas sobre cualquier estudio, llame al {{ contact.phone }}."),
            response("We are sorry to read this. Please call {{ contact.phone }}. – The Cedar Hollow Sleep Center team"),
            response("Lamentamos lo ocurrido. Llámenos al {{ contact.phone }}. — El equipo de Clínica del Dolor Norte"),
            # knowing how things tend to be, with no past, is anyone's
            "We know how confusing medical bills can feel; our billing team can walk through them at {{ contact.phone }}.",
            "Sabemos que las vacunas pueden asustar a los peques; con gusto resolvemos dudas al {{ contact.phone }}.",
            # a public answer nobody labelled: the practice says what it does or accepts for everyone
            "Good question! Yes, we do allergy testing for toddlers, and we also offer supervised food challenges. No referral needed.",
            "¡Hola! Sí, atendemos a familias sin seguro médico. Tenemos precios de pago directo y no pedimos estatus migratorio. Llame al {{ contact.phone }}.",
            "Sí, aceptamos Medicaid y CHIP. Pregúntenos por su plan al {{ contact.phone }}.",
            # declining to discuss money in public, and the reviewer's own account said back
            "Sorry for the mix-up you describe with the charges. To protect your privacy we don't discuss bills or coverage here; please email {{ contact.email }}.",
            "Lamentamos el enredo que menciona con las facturas. Por respeto a su privacidad, no comentamos sobre facturas ni pagos en redes; escríbanos a {{ contact.email }}.",
            SAFE_REPLY,
            KIND_REPLY,
            "Questions about costs can be stressful, and everyone deserves clear answers. Please call {{ contact.phone }}.",
            "Thanks for asking, {{ reviewer }}. A public comment isn't a safe place for health details, so please call {{ contact.phone }}.",
            "We're glad you took a moment to write. Wishing you a healthy and active season ahead!",
            "We won't discuss any personal information in a public space, but we do want to hear your concern in full.",
            "If something feels urgent, please get help right away rather than waiting for a reply online.",
            "Parking can be tight on weekday mornings. {{ contact.name }} can share tips on the easiest entrance.",
            "<!-- For reviews that mention insurance or a bill. -->\nWe're sorry this was frustrating. Please call {{ contact.phone }}.",
            post("Physical therapy after an ACL tear often takes months. General information only, not medical advice."),
            # general answers to general questions (issue 9: a general sentence is not about the reader)
            "We accept most insurance plans, and {{ contact.name }} can explain the options.",
            "In general, adults should get a tetanus booster every ten years. For your own situation, please call us.",
            "Bills and insurance can be confusing. Our billing office can go over questions privately at {{ contact.phone }}.",
            "Thanks for the kind words about our cardiology team!",
            "We're sorry for the pain this has caused. Please call {{ contact.phone }} so we can listen.",
            "For emergencies, please call 911 or go to the nearest ER.",
            # Spanish
            "Aceptamos la mayoría de los seguros; para confirmar el suyo, llame al {{ contact.phone }}.",
            "Las dudas sobre facturas pueden ser estresantes. Nuestro equipo de facturación le ayuda al {{ contact.phone }}.",
            "En general, la vacuna contra la gripe se recomienda cada otoño para todos a partir de los 6 meses.",
            "Le daremos seguimiento a su comentario con mucho gusto.",
            # a reply framed as a general answer
            "We can't give personal advice here, but in general, most adults need a colonoscopy from 45. A visit with a primary care doctor is a good first step.",
            "No podemos dar consejos médicos por aquí, pero en general la limpieza dental se recomienda cada 6 meses. Un chequeo es un buen comienzo.",
            # an apology for any trouble with bills: "any" makes the bill hypothetical
            "We're sorry for any confusion about the charges. {{ contact.name }} can walk through questions at {{ contact.phone }}.",
            "Sorry for any hassle with billing or payments; our office can help privately.",
            "Disculpe cualquier inconveniente con los cobros del consultorio; {{ contact.name }} le atiende al {{ contact.phone }}.",
            "Sentimos cualquier confusión con la facturación y los cobros. Llámenos al {{ contact.phone }}.",
            # a public Q&A answer: the question asked about, the answer general, advice for anyone
            "Q: do y'all take Humana?\nA: Yes! We accept Humana, Kansas Medicaid and most Cigna plans. Call {{ contact.phone }} and we'll check yours before your appointment.",
            "P: ¿Hacen la prueba de hepatitis C?\nR: Sí. Ofrecemos la prueba rápida de hepatitis C los martes, sin costo. El resultado de la prueba rápida sale en unos 15 minutos.",
            "Asked: how long does a strep test take? / Answer: A rapid strep test takes about 10 minutes. Bring your insurance card to your visit.",
            response("The HPV vaccine is two doses six months apart before age 15.", scenario="medical-question-in-comments"),
            # an answer opening with a policy for everyone: its "you" is anyone
            "Hi! You don't need an appointment for a flu shot; walk-ins are welcome. Call us and we'll check your plan.",
            "¡Hola! No necesita cita para la vacuna de la gripe. Llámenos y con gusto revisamos su plan.",
            # round 17: a price said for everyone in a public answer
            "Q: do you do camp physicals?\nA: Yes! Tuesdays 4–6pm, $30 for every camper. Bring the camp form.",
            "P: ¿Cuánto cuesta el examen para deportes?\nR: Los jueves de 3 a 6, $20 por persona, sin cita.",
        ],
    ),
    "PHI003": Cases(
        trigger=[
            # round 41 (places41): a child nicknamed Little + a given name, a country that is a given name, with care (EN/ES)
            "Little Kenya, 6, came back for her cast check and the bone has knit well.",
            "¡Feliz cumpleaños, Jordania! Tu última quimio fue un éxito, te queremos.",
            # round 41 (places41): a name after a list of plans, in a clause of its own with care, stays a name (EN/ES)
            "We take Aetna and Cigna, and Rosa Whitfield finished her eye drops with us.",
            "Aceptamos Medicaid, y Rosa Whitfield ya terminó sus gotas con nosotros.",
            # round 41 (greet41): a figure greeted again after care of ours told of them (EN/ES)
            "Retired goalie Sven Harkavy had his groin repair done by our surgeons. Thank you, Sven!",
            'La actriz Noemí "La Chispa" Barragán se hizo la cirugía de párpados con nosotros. ¡Gracias, Chispa!',
            # a given name that is also a day's or a month's short form, between a title and a surname (EN/ES)
            "Close-up of Mrs. Thu Nguyen's right knee the morning after her scope.",
            "La Sra. Mar Quintanilla ya terminó su terapia de hombro con nosotros.",
            # round 40 (words40): a member of a society named for a saint, with care of ours, stays an error (EN/ES)
            "Mary Ellen of the Legion sodality finished her radiation with us on Tuesday.",
            "María Inés, de la Cofradía del barrio, terminó su quimioterapia con nosotros.",
            # round 40 (pub40): a figure with care of ours, however introduced, whatever told the press (EN/ES)
            "Podcast host Gizmo Ferrante had a cyst drained here, then joked on air about the bandage.",
            "Our alderwoman, Prudence Okonkwo-Hale, had her wrist pinned at our bone clinic; she told the local paper it aches.",
            "El reguetonero Tiburón se sometió a una cirugía de nariz con nuestro Dr. Ruiz y lo presumió en sus redes.",
            # round 39 (pub39): the same shapes with care of ours stay errors (EN/ES)
            "Our sheriff, Wendell Okafor, got his flu shot with us on Monday.",
            "Local rapper Big Lupo (Leandro Fuentes) had his gout treated at our clinic last week.",
            "El senador y exmaestro rural Baltasar Echeverri vino a su consulta de control con nosotros.",
            "La gobernadora, Itzel Marroquín, recibió la vacuna con nosotros frente a las cámaras.",
            'La presentadora de noticias Celia "La Chispa" Barragán terminó su tratamiento de lupus con nosotros.',
            # round 38 (ids38): a parent's pet name for her child with a care hashtag; a visit's result owned by one name (EN/ES)
            "Mi Quenby ya dice diez palabras, ella sola lo logró #terapiadellenguaje",
            "Proud of my Zuzu, he got through the whole eye exam without a fuss! #pediatricophthalmology",
            "Cuaderno abierto con los resultados de Yareli sobre el escritorio.",
            # round 38 (fp38): an order's name with its patron's own care, an agency-looking handle with a given name (EN/ES)
            "We cheered the Brothers of Ambrose, who finished his chemo with us this week.",
            "Gracias a @LucindaHlth por contarnos su recuperación de la rodilla.",
            # round 37 (names37): a county's name word with care told, a handle with a given name and short forms (EN/ES)
            "Aviso: Kendall y Laredo, dos pacientes nuestras, ya salieron de su cirugía de cadera.",
            "So proud of @LupitaSoc for sharing her knee replacement journey with us.",
            # round 36 (people36): a full name whose surname is also the post's town, with a part of theirs we treated (EN/ES)
            "Lots of boots at the Ripley stockyards. Dagny Ripley walked the pens on the knee we scoped.",
            "Mucho baile en Pecos anoche. Zoila Pecos giró con el tobillo que le operamos.",
            # round 36 (fp36): care with us after an outing's verb, a titled business told with care, an anchor cared for (EN/ES)
            "Leocadia Pruneda corrió con nosotros su primera milla desde su operación de columna.",
            "Atole de Comedor Doña Fina, que vino por su vacuna de neumonía.",
            'The weather anchor of "Valley Mornings" Bettina Crowe came in for her hip replacement with us.',
            # round 35 (ids35): a full name in a file's name beside a birth date or a programme's graduation (EN/ES)
            post("New forms.", media=[Media("intake_Wilmer_Oyuela_DOB_03-11-1988.pdf", "A sunny lobby", False, "", None, 14)]),
            post("Papeles.", media=[Media("comprobante_Yadira_Solorzano_fnac_11-02-1990.png", "Sala de espera", False, "", None, 14)]),
            # round 35 (clean35): a town's name that is a given name, with care and no venue after it
            "Florence had her bunion shaved down here on Tuesday.",
            # round 35 (clean35): a teacher who hosted a talk, with her own care told, stays named
            "Gracias a la maestra Lucinda Ferrero por invitarnos a hablar con los niños sobre el asma. Ella se operó de la vesícula con nosotros en mayo.",
            # round 35 (clean35): a family greeted by its surname stays named
            "Dear Ortega family, the cast on Marisol's wrist comes off Friday.",
            "Querida familia Benavides: la biopsia salió bien.",
            # round 34 (officials34): a name holding a ring name, or a stage name after a role, with care of ours
            'Lightweight hopeful Tomasz "Iron Bell" Wierzbicki had his thumb pinned with us in March.',
            'La luchadora "Niebla Roja" se operó el hombro con nosotros.',
            # round 34 (titles34): a titled neighbour with her care, a nickname in quotes after "our" with care stay named
            "Doña Rufina came in for her flu shot on Tuesday.",
            'Nuestro "Anselmo" ya terminó su quimio.',
            # round 33 (places33): a town named like a person, greeted then told of care, or doing care, stays a name
            "Mabuhay, Tyler! Your knee scope went great, see you at physical therapy.",
            "Nyob zoo, Marion! Ya terminaste tus quimios, felicidades.",
            # round 33 (public33): a figure's own telling does not hide care we gave; a ring name beside our care stays named
            "Thanks, Commissioner Priya Castellanos! The Commissioner, whom we treated for a torn rotator cuff in May, cut the ribbon.",
            'El campeón mediano Ulises "La Centella" Arocha se operó el codo con nosotros en marzo.',
            "Thank you, Sheriff Lorne Abernathy, for visiting! The Sheriff vlogged about getting his booster shot here with us.",
            # round 32 (tellgate32): a nickname greeted after a name with care of ours, an apposed role with care here
            'Welterweight Tobias "Spark" Oyelaran had his shoulder rebuilt here by Dr. Okafor. Thanks, Spark!',
            "Gracias a Itzel Baca, columnista de El Diario Sur, que se operó la rodilla aquí con nosotros. ¡Gracias, Itzel!",
            # round 32 (notnames32): a bulleted patient with care, a greeted patient with a city-like surname stay named
            "Today's wins:\n• Mateo got his cast taken off after the fracture.",
            "Gracias a Maria Houston por venir después de su cirugía de rodilla.",
            # a role worn like a title before a given name and a surname is not the name's first word
            "Comptroller Gustavo Ellingham, whom we treated for gout, opened the fair.",
            "La Tesorera Rebeca Astorquiza, a quien operamos del hombro, dio la bienvenida.",
            # round 31 (caregaps31): a titled person, then a part of theirs we took out in the next sentence
            "Deacon Farrow Whitcomb rings the bell at noon. In April we removed his thyroid.",
            "La entrenadora Maite Urquiza abre la temporada. El mes pasado le extirpamos el apéndice.",
            # round 31 (events31): a neighbour by role with her own care of ours stays named
            "At the flea market thanks to volunteer Rosalind Pardo, whose knee we replaced in April, for the tent.",
            "La consejera escolar, la Sra. Amparo Villaseñor, ya terminó su tratamiento de quimio con nosotros.",
            # round 31 (owntelling31): care of ours or a private person, however it was told
            "Alderman Corbin Halvorsen, whom we treated for kidney failure, testified about his recovery.",
            "Nuestra paciente Maite Carbajal relató su propia depresión posparto en el grupo.",
            # round 30 (ownnews30): a public person with care of ours stays named, whatever they told
            "Senator Odessa Varga, whom we treated for a kidney stone, blogged about it on her own site.",
            "La alcaldesa Nilda Orozco, a quien operamos del tobillo, lo ha contado en su columna.",
            # round 30 (events30): care told in a neighbour's own list item, a family's visit, a newborn named
            "• Estiramientos con la instructora Dalia Ferro, que terminó sus quimios con nosotros\n• Toma de presión gratis",
            "Welcome to the world, Baby Storm! Born at our birth center on Tuesday.",
            "Los Campos vinieron a su chequeo anual el martes.",
            # review29: a woman named like a state, her kids and their visit, is no state's own
            "Virginia's kids all came in for flu shots on Monday morning.",
            # round 29 (staff29): letters in capitals after a name that is a given name stay a person greeted
            "Thanks, Odalys, RAMONA! Your stitches came out clean.",
            # round 29 (public29): a person in a public capacity with care of ours stays named
            "Novelist Greer Ashdown had her cataract surgery with us on Tuesday.",
            "La Reina del Carnaval 2027, Brisa Olmedo, se operó de la vesícula aquí en marzo.",
            # round 29 (media29): a name no list holds in a link with care; a day's list by time
            "Her story: https://www.example-ortho.test/stories/zaynab-oduya-knee-replacement",
            "Formulario: https://forms.example-ortho.test/intake?paciente=Kofi+Ansah&motivo=eczema",
            "Hoja de turnos de hoy: Quispe 10:30, Mamani 11:00.",
            # round 28 (orgs28): a patient stays named beside an organisation, a camp or a possessive
            "La familia Quintero vino a vacunarse el lunes.",
            "The Orlando family's boy wrapped up his final round of chemo with us.",
            "Mochilas de la Asociación de Padres: gracias a Benita Salcedo, a quien operamos de la rodilla.",
            "Your family doctor saw Tamsin Ewell after her fall; she is healing well.",
            # round 28 (figures28): an official named with care of ours stays named
            "Councilwoman Anneliese Borka got her stitches out here on Monday, healing well.",
            "La regidora Ximena Olvera se opero con nosotros y ya descansa en casa.",
            # round 27 (roles27): a volunteer after a dash with our care told; a signed post's child with care of ours
            "Our helpers from Brookfield High — Sela Varga and Tobin Marsh. Sela had her appendix out here in June.",
            "Nueve años como papá de Emiliano, a quien le quitamos las anginas aquí en mayo.\n— Dr. Ada Okafor",
            # round 27 (places27): a patient greeted with her care stays a name, whatever town is thanked too
            "Thank you, Yuma! And Teodora Zambrano, your dialysis days are Monday and Thursday now.",
            "¡Gracias, Laredo! Felicidades a Rosaura Ebrón, ya terminó su quimioterapia con nosotros.",
            "We accept Cigna, and Oscar loved his new knee brace after the fitting.",
            "Aceptamos Cigna y Ambetter, y Oscar ya camina tras su cirugía de rodilla.",
            # round 26 (public26): a volunteer of a list also called our patient, an official with an honorific and our care
            "Volunteers Lorenza Quiñones and Idris Coleby, both patients of ours, wrapped gifts for families in our newborn program.",
            "La síndica de Tepalcingo, licenciada Herminia Cabrales, se recupera de su cirugía de rodilla con nosotros.",
            # round26: a town named like a person stays a name when the text says person
            "Denver Ruiz had his knee replaced last week and is walking already.",
            "Denver had his knee scoped on Tuesday, thanks for the cookies!",
            "Karen and the Spanish interpreter sat with her after the biopsy.",
            "Barrett's knee is healing nicely after his surgery here.",
            "Gracias @lupeHealthy83 por confiar en nosotros con tu cirugía.",
            # review25: a town of a served list that goes on as a person's clause; a town-wide opening with care after it
            "We now cover Marion, Eunice and Rayne, and Marion started her dialysis with us this week.",
            "Austin, cold and flu season is here; so glad the new hip is holding up after surgery.",
            # review24: a name after "the band" with our care told, an official
            # at a new room of ours where she gets her own care
            "Music by the band Leocadio Ferrante, who had his hernia repaired here last month!",
            "El mariachi Florentino Ibarra vino a cantar; lo operamos de cataratas en enero.",
            "Councilwoman Ofelia Sarmiento cut the ribbon on our new infusion room, where she gets her chemo each week.",
            "La regidora Teófila Carranza inauguró nuestra nueva sala de recuperación, donde se recuperó de su cirugía.",
            # people25: a family by its surname, and an official titled before a comma with care from us, stay errors
            "Una abrazo a la Familia Ybarrondo, que pasó tantas noches con nosotros en el piso tres.",
            "Pronta recuperación al comisionado del condado, Eliseo Tafoya, tras su cirugía de cadera con nosotros.",
            # misses25: a camera file name with a given name no list knows, a surname that is also a word, and care
            post("Clinic day.", media=[Media("IMG_5120_tavian_brooks_ingrown_toenail_after.jpg", "A sunny lobby", False, "", None, 14)]),
            # round 25 (places25): a city addressed with someone's results, a person named Santo with care, a colour cheered
            # as someone with care, a van driver by name with care
            "Houston, your MRI results are in and they look good.",
            "Santo Domingo had his knee replaced here last week.",
            "Go Red, your cast comes off on Friday!",
            "Van Ortiz came in for stitches after the game.",
            "Gracias, Rosa! Tu cirugía salió muy bien.",
            # clean24a: a patient thanked with the business they came from, a class whose teacher had care, a credentialed
            # clinician with her own delivery, volunteers named with their surgery, an official resting in our recovery room
            "Gracias al Sr. Ezequiel Padrón de la panadería por confiarnos su rodilla.",
            "Thanks to Ms. Lorna Beckett's 4th graders for the cards. Ms. Lorna Beckett came in for her knee last week.",
            "Odile Barrow, CNM, delivered her own baby with us last month after a long labor.",
            "Our volunteers, Kaylee and Marcus, both had their tonsils out here last spring.",
            "Commissioner Tobias Wren is resting in our recovery room after his surgery.",
            "Nurse Delia Frome answered questions at the booth.",
            "Thank you, Lowell! Your knee healed so fast after the surgery with us.",
            "Bienvenido a la familia Quintanilla, bebé Ramiro, que nació ayer con nosotros.",
            # clean23: a site's place in a handle greeted with care, a family named by surname, a child placed at a corner,
            # a city's name that is a patient's, an author's surname said again with her care
            "Congrats @HealthyGrandma on your new hip! https://nevada.gov/health",
            "La familia Arredondo vino hoy a sus vacunas; every Ferreira kid got a sticker.",
            "The boy from the laundromat on 58th & Corinne whose grandma brings him in got his cast off today.",
            "Gracias a Dallas por venir a su terapia física cada martes.",
            "Author Lidia Ocampo spoke at the library about her own lupus memoir. Ms. Ocampo had her knee replaced with us in May.",
            # mend22b: a joined DOC, a handle excused by a joined part with care, a lady called by a quoted full name,
            # a camper named with care told later, a work's title that tells care at a named clinic
            "Big thanks to @FDNY_DOC for the tour; we set his broken wrist back in April.",
            "Gracias a @OSHA_DOL por la visita. Le reparamos el hombro al señor en marzo.",
            'At the bakery they all know a woman called "Faith Porter". In June she had her gallbladder removed with us.',
            'En el barrio conocen a una señora llamada "Paz Herrera". El mes pasado le operamos la rodilla.',
            "On the trip we met a camper named Odalys by the canoes. Last week she had knee surgery here.",
            'The poet Lorna Vick signed her memoir "My Bypass at Cedar Bluff Medical" at the library.',
            'La escritora Noemí Paz firmó su libro "Mi cirugía en la Clínica Valle Alto" en la feria.',
            # round 21: a courtesy or kin title run into a name in a file name, with care
            post("New paint!", media=[Media("ms-odalys_sweetwater-lollipop-lady_cataract-day.HEIC", "A sunny lobby", False, "", None, 14)]),
            post("¡Pintura nueva!", media=[Media("dona_yolis_despues-de-su-operacion.mov", "Un vestíbulo soleado", False, "", None, 14)]),
            # round 21: a name given to a child, a name after a kin title with care, a quoted nickname with care, a camp's child
            "A tiny boy named Thaddeus Quillfeather got three stitches in his chin this morning.",
            "Su abuelita Remedios, tras su operación de cadera, ya camina sola.",
            'A skater called "Dulce Esperanza" came in with a broken wrist.',
            "A camper named Odalys came in with a bee sting on Tuesday.",
            "Saluden a la tía. Remedios vino a su cita de presión.",
            # round 21: a title worn as a role, with care told of them or pointed at them
            "Umpire Lonnie Barfield snapped his wrist sliding into second, and our hand surgeon pinned it Tuesday.",
            "Coach Tavo, glad we got to see you Monday. Keep that knee in the brace through the playoffs!",
            "El entrenador Abundio nos prestó el gimnasio. Los chamacos jugaron toda la tarde. En marzo lo operamos del hombro.",
            # round 20: a word greeted then spoken to about care is a nickname; a name after a preposition with its own surgery
            "Happy birthday, Champ! You finished your last round of chemo today.",
            "¡Felicidades, Campeón! Ya terminaste tus terapias de rodilla.",
            "So proud of Brave for wrapping up his speech therapy with us!",
            "Follow @LuciaWaterTX as she shares her dialysis journey.",
            "WE HAD ROSA MENDEZ SURGERY ON THE SCHEDULE TODAY!",
            # round 19: a person's handle with their care; the reader greeted in a reply that tells their visits
            "Big cheers for @TJRmiles, racing again four months after his knee scope!",
            "Un abrazo a @MARISOLG, que ya terminó sus quimios.",
            response("Thanks, Odalys! It's always a treat to see you at your six-month cleanings."),
            response("¡Gracias, Doña Chayo! Usted y su familia nos visitan desde hace años."),
            # a record label read off a diminutive, or under a surname that is also a city; surnames on a board by bed, room or chair
            post("Cunero.", media=[Media("images/cunero2.jpg", "Manita de bebé con la pulserita que dice JUAREZ, CELESTE y un código de barras", False, "", None, 14)]),
            post("Lab day.", media=[Media("images/vial.jpg", "Close-up of a vial label reading HIDALGO, TERESA beside a barcode", False, "", None, 14)]),
            post("Night shift.", media=[Media("images/board.jpg", "Whiteboard photo: room 3 Pennington chest pain, room 4 Mbeki fall at home", False, "", None, 14)]),
            "Turno de noche intenso: cama 5 Villaseñor fiebre, cama 6 Ochoa vómito.",
            "Sala de infusión hoy: silla 2 Arreguín, silla 3 Benavides, silla 4 Cisneros",
            # a team member's own relative, or her short form, with care told: a patient named
            "Taylor Brooks is back from leave! Her husband Anselm came in for his hernia repair on Monday.",
            "Morgan Reyes nos contó que su nieta Itzel ya terminó sus quimios con nosotros.",
            "Taylor Brooks runs our schedule. Welcome back, Tay, and congrats on finishing chemo!",
            "Taylor Brooks es nuestra recepcionista. ¡Bienvenida, Tay! Ya terminaste las quimios.",
            response("Travis Huber, our patient, asked us to share his thanks."),
            "Con gratitud despedimos a la Sra. Remedios Olguín, que se jubila tras veintiocho años de servicio. Su esposo Anselmo ya se recupera de su cirugía.",
            "With gratitude we bid farewell to Mrs. Loretta Vance, who retires after twenty-six years of service. Her husband Dashiell is home after his bypass.",
            # a public act never excuses care of theirs; a handle's answer never excuses the asker's care; a neighbourhood's word is no child's
            "Thank you, Pastor Glenn Ashby, for blessing our new dental wing, and welcome back after your bypass!",
            "Gracias al Padre Anselmo Rivas por venir a bendecir la sala; ya se recupera de su operación de cadera.",
            "Dr. Okafor read to Mr. Tolliver's 2nd grade class today; he is walking well after his knee replacement.",
            "@rosi_bakes great question! And your daughter's ear infection cleared up nicely.",
            "@lupita.mx ¡buena pregunta! Tu ultrasonido salió perfecto, nos vemos el martes.",
            "Little Austin, 4, got his cast off today!",
            "• Menos dolor para Rosita, 6 años, después de su cirugía.",
            # a household by its surname alone, with a visit or care ("los <Surname>", "the <Surname>s")
            "Los trillizos de los Villaseñor vinieron a su chequeo de los 2 años y ni pestañearon.",
            "Los Arreola vinieron completos a vacunarse contra la influenza.",
            "The Delgados brought all three kids in for their school physicals this morning.",
            # one all-caps name cheered after a comma, in a post about their treatment
            "🎗️ SHOW THEM HOW, DARNELL! Last of eight weeks of radiation done, and the whole lobby clapped.",
            "¡ESO ES, MARISELA! Hoy terminaste tu último ciclo de quimio y el equipo entero te aplaudió.",
            # a name with an apposition of ours that gives an age and a role, then care
            "Thiago, nuestro arquero de 10 añitos del club Halcones, ya patea sin férula después de su cirugía de tobillo.",
            "Kendrick, our 8-year-old goalie from the Eastside league, is back on the field after his wrist surgery.",
            # an initial run into a surname, on a file of their papers
            post("New card on file.", media=[Media("images/IMG_2210_TOkonkwo_insurance-card_back.jpg", "A bright waiting room", False, "", None, 14)]),
            post("Papeles.", media=[Media("fotos/scan_RMedina_tarjeta_seguro_frente.png", "Sala de espera", False, "", None, 14)]),
            # given names that are also words, with their care: a birthday wish, an apposition, "her name", Spanish word order, an endearment
            "Happy 9th birthday to Joy, our toughest little diabetes champ! She checks her own sugars now.",
            "Autumn, our bravest eczema warrior, has had clear skin for two whole months.",
            "Harmony lived up to her name today: her first checkup since the heart surgery was perfect.",
            "Estrella, nuestra pacientita mas valiente, ya no necesita las muletas.",
            "Consuelo hizo honor a su nombre durante sus quimios. ¡Hoy terminó, guerrera!",
            "Esta semana terminó sus terapias de lenguaje Rosario y ya nos cuenta chistes.",
            "Por fin dejó las muletas Amparo, tres meses después de su fractura de tobillo.",
            "Paz ya camina sin andadera después de su cirugía. ¡Bien hecho, campeona!",
            "What a warm week, and warmer still is Summer! Back in the pool after her shoulder surgery.",
            # a public figure whose care we gave, a named athlete's diagnosis guessed, a testimonial signed by a word-like name
            "Look who joined our vaccine drive: Councilwoman Ibarra! Thanks for rolling up a sleeve, Councilwoman!",
            "El diputado Arturo Leal se vacunó con nosotros en la jornada del domingo.",
            "Looks like QB Dante Brooks has a classic high ankle sprain. We see it every week.",
            '"The cataract surgery gave me my reading back." - Grace W., Oak Ridge',
            '"Después de mi reemplazo de cadera volví a bailar." — Dolores R., Tlaquepaque',
            # a lone given name at a sentence's start counts with a person's context
            "Lucinda finished her last round of chemo today!",
            "Rigoberto, thank you for the tamales you brought to the front desk.",
            "Graciela vino por su rodilla y ya camina sin bastón.",
            "We saw patients Tues; Harriet came in with a sprained wrist.",
            "Our therapist met Austin after his ACL surgery.",
            "Congratulations to our patient Maria on finishing her first 5K!",
            "A big thank-you to Mrs. Alvarez for the lovely card she dropped off.",
            "Mr. Tom Baker stopped by to show off his new running shoes.",
            "Nurse Kelly makes the best cocoa in the building.",
            "Tag @jenny_runs if you spotted her at the finish line!",
            "Send some love to @TeoBeatsLeukemia, back on the field this fall!",  # a cause beside a given name is a person's
            "Sigan a @LupitaVsLupus para ver su recuperación.",
            "Thanks, Robert Smith, for the five-star review!",
            "Dr. Smith from across town joined our warm-up.",
            "Meet Elena, one of our patients, who is back on the tennis court.",
            "Congrats, Jenny! What a finish.",
            # the reader greeted by name in a reply that tells their dealings (a plain greeting passes, below)
            # a reviewer's name, even only greeted, is not kept in a template: {{ reviewer }} is (DESIGN: the repository never holds a reviewer's name)
            response("Many thanks for such kind words, Odalys!"),
            response("Hi Kevin, we're sorry to hear this. Please call {{ contact.phone }}."),
            response("Hi JB, thanks for writing. Please call {{ contact.phone }}."),
            response("¡Mil gracias por tomarse el tiempo de escribirnos, Don Efrén!"),
            response("Hi Kevin, we're sorry your Tuesday visit ran so late. Please call {{ contact.phone }}."),
            response("Hi JB, thanks for coming back to see us again. Please call {{ contact.phone }}."),
            post("Three tips for a warmer winter run.", title="Mr. Rivera's warm-up tips"),
            # people without a title: kin words, ages, families, cheers, signatures, Spanish forms of address
            "Big news: little Anouk walked the whole hallway today without her walker!",
            "Cast off at last for 6-year-old Bastien. Recess, here he comes!",
            "Henrike (9) was brave as can be at her allergy shots this morning.",
            "The Vandersloot family stopped by with muffins after their dad's shoulder scope.",
            "“I hiked Eagle Ridge again this fall.” — Oskar, meniscus repair",
            "So proud of you, Wendeline! Last week of cardiac rehab DONE.",
            "Ingrid Solberg-Nakamura is back on the ice after her wrist fracture.",
            "Gracias a doña Eulalia por los buñuelos; ¡que se mejore pronto de la cadera!",
            "El señor Arizmendi ya camina sin bastón después de su cirugía.",
            "La familia Zubiaurre vino completa a sus vacunas de invierno.",
            "Nuestra pacientita Itzel cumplió 5 años y ya no necesita los lentes.",
            "¡Vamos Anacleto! Ya casi terminas tus terapias de rodilla.",
            "Los gemelos Urrutia Salas, de 4 años, recibieron sus refuerzos.",
            "Singer Rhea Vantongeren probably tore her ACL in the last show of the tour.",
            "Congrats to Councilwoman Petra Liang on her recovery from the knee replacement we did in May.",
            # nicknames, hometowns, word-like first names before a surname, names in file names and links
            "Big Tino from Ridgeway finally got his new hearing aids fitted!",
            "Welcome back, Anna-Sofia! Cast off and ready for recess.",
            "Todos en Valle Verde quieren al Flaco Ramiro: ¡ya terminó sus terapias!",
            "Everyone at the Saturday market knows Rusty from Dunmore, and his new knee is holding up great.",
            "Ray Villalobos finished his last round of chemo this week.",
            post("Notes from the week.", path="content/posts/2027/02/14-lil-tino-ridgeway-knee-brace.md"),
            post("Before and after.", media=[Media("images/Final export - Marisol Whitcombe hernia repair v2.png", "A bright waiting room", False, "", None, 14)]),
            post("Read the story.", sources=["https://www.example-ortho.test/blog/dale-pinkerton-quit-smoking-varenicline"]),
            post("Nuevo video.", media=[Media("images/AntesDespues_GuadalupeZamudio_rinoplastia.mp4", "Sala de espera", False, "", None, 14)]),
            # a public figure and a guess read off what was seen
            "Did anyone else notice Governor Dale Brixton limping on stage? That's textbook gout.",
            "¿Vieron a la cantante Marisela Duarte en el concierto? Se nota que tiene un problema de tiroides.",
            # a given name that is also a month, a day or a word, made a name by what follows it
            "So happy for June Castellanos, who is walking without her cane again.",
            "Thanks to April T. Whitford for letting us share her recovery.",
            "Faith O. Adebayo rang the bell on her last day of radiation.",
            "Amparo de la Garza ya completó sus sesiones de diálisis.",
            "Felicidades a Domingo Ibarra Soto, que ya camina sin andadera.",
            "La señora Rosa Elvira Quintanilla cumplió un año sin caídas.",
            post("Rehab gym.", media=[Media("images/gym.jpg", "Mercedes V. Arriaga levantando pesas ligeras con su fisioterapeuta", True, "AUTH-2027-014", None, 14)]),
            post("Recap.", media=[Media("images/screen.jpg", "Monitor showing the knee MRI of Victoria Lindqvist-Pardo", False, "", None, 14)]),
            # names as slugs write them: a possessive without its apostrophe, a name joined to care, an initial glued on
            post("A note from the clinic.", path="content/posts/2027/02/07-cheering-on-tobias-last-chemo-round.md"),
            post("A note from the clinic.", path="content/posts/2027/02/08-gabriellas-first-steps-after-hip-surgery.md"),
            post("Una nota de la clínica.", path="content/posts/2027/02/09-la-graduacion-de-rehabilitacion-de-itzel.md"),
            post("Antes y después.", media=[Media("fotos/antes_despues_lipo_MQuintanilla_2026-11-04.jpg", "Sala de espera", False, "", None, 14)]),
            post("Before and after.", media=[Media("images/rhinoplasty-r-castellanos-day-10.png", "A bright waiting room", False, "", None, 14)]),
            # a full name owning a body part or a mark of care, a word-like given name and surname too; a slug's full name with a milestone
            post("Progress photo.", media=[Media("images/hand.jpg", "Close-up of Chase Penny's right heel with the stitches out", True, "", None, 14)]),
            post("Foto.", media=[Media("images/pie.jpg", "Primer plano de la rodilla derecha de Faith Penny con los puntos ya retirados", True, "", None, 14)]),
            post("A note.", path="content/posts/2027/02/16-brandon-okonkwo-graduates-hand-clinic.md"),
            post("Una nota.", path="content/posts/2027/02/17-felicidades-yesenia-arreola-alta-clinica-del-pie.md"),
            # a child's age written informally, with a school
            "Estrellita del mes en la clínica: Dayanara, 7 añitos, alumna de la escuela PS 21 de Queens, ya dejó el nebulizador.",
            "Conozcan a Jhonatan, de siete añitos, que terminó sus terapias de lenguaje en la escuela Hostos.",
            "Shoutout to our star of the week, Kasen (seven and a half) from Birchwood Elementary, who got his cast off!",
            post("Recap.", path="content/posts/2027/02/10-ezekiels-knee-replacement-day.md"),
            # a surname and an initial beside their care in a file name; a surname in capitals, a comma and an initial read off a band
            post("Healing well.", media=[Media("images/DSC0192_montoya_L_knee-scope_day2.jpg", "A bright waiting room", False, "", None, 14)]),
            post("Recuperación.", media=[Media("fotos/pruitt-d-bunionectomia-pod1.png", "Sala de espera luminosa", False, "", None, 14)]),
            post("Wrist day.", media=[Media("images/band.jpg", "A small wrist with a patient band that reads HALVORSEN, T above a barcode", True, "AUTH-2027-014", None, 14)]),
            "Pulsera del cunero: se lee GARZA, M junto a la fecha de ingreso.",
            # a surname, a comma and a full given name on a record, with a record datum or a label word near
            post("Nursery wall.", media=[Media("images/scan.jpg", "Sonogram printout with the label 'FERREIRA, LUCIA 19w2d' taped to a mirror", False, "", None, 14)]),
            post("Laboratorio.", media=[Media("images/frasco.jpg", "Frasco con la etiqueta 'QUINTANILLA, ROSAURA 04/11' en la gradilla", False, "", None, 14)]),
            "The old paper chart from the basement still reads Halvorsen, Petra on the tab. Glad those days are gone!",
            "Encontramos una hoja vieja: ABERNATHY, COLLEEN, exp. 5512, de 1998. ¡Todo digital ahora!",
            # a surname after a camera's counter, with their care
            post("Recovery.", media=[Media("videos/PXL_20270311_nakamura_stent_followup.mp4", "A bright waiting room", False, "", None, 14)]),
            post("Recuperación.", media=[Media("fotos/foto_17_echeverria_cesarea_alta.jpg", "Sala de espera luminosa", False, "", None, 14)]),
            post("Newborn.", media=[Media("images/ankle.jpg", "Hospital band on a newborn's ankle: PADILLA, ADAEZE 3/14/27", False, "", None, 14)]),
            post("Healing.", media=[Media("images/pemberton_biopsy_day_IMG_4410.jpg", "A bright waiting room", False, "", None, 14)]),
            # a nickname that is also a word, run with a surname, after a camera's counter, with their care
            post("Day one.", media=[Media("images/DSC_3301_sunny-wojcik-post-lasik-day1.jpg", "A bright waiting room", False, "", None, 14)]),
            post("Primer día.", media=[Media("fotos/IMG_0077_cielo-villasenor-cirugia-catarata.jpg", "Sala de espera", False, "", None, 14)]),
            post("Rodilla.", media=[Media("videos/2027-03-11_moreau_artroscopia_rodilla.mp4", "Sala de espera luminosa", False, "", None, 14)]),
            # a named public figure's diagnosis guessed from a sign
            "That slurred speech from Senator Dorsey at last night's forum looks like a mini-stroke to us. Know the signs of a TIA!",
            "La gobernadora Alicia Manzanares se veía muy amarilla en la conferencia; a nosotros nos parece hepatitis.",
            # a slug that introduces someone no name list knows with their first visit or their story
            post("A big day.", path="content/posts/2027/02/meet-dashiro-first-dental-checkup-quiet-room.md"),
            post("Un gran día.", path="content/posts/2027/02/la-historia-de-naomyr-y-su-primera-consulta.md"),
            # known by a nickname, a diminutive or a family title, with their care
            "Todo el barrio quiere al Tata Lencho: ya le quitaron el yeso del brazo.",
            "La Güela Chayo ya sube sola las escaleras después de su cirugía de cadera.",
            "Nuestra paciente favorita Chayito ya puede comer sin sonda.",
            "Nachito ya dejó las muletas después de su fractura.",
            "Toñito ya no usa lentes después de su cirugía de ojos.",
            "Meemaw Dot is back to quilting after her cataract surgery.",
            "Shout out to Grandpa Lou, three years cancer-free this week!",
            # a first name that is also a word, made a person's by where they work or live and their care
            "Huge hugs for Faith at the Lucky Star Laundromat on 9th: her scans came back clear and she's in remission!",
            "Summer who runs the pottery studio on Birch Ave just finished her radiation.",
            "Amparo, la de la papelería frente a la primaria, ya terminó sus quimioterapias.",
            "Luz, la muchacha que atiende la farmacia del centro, ya salió de su cirugía de hernia.",
            # ... or by an age or a milestone of their care right after the name, or greeted
            "Esperanza cumplió 10 añitos y hoy le quitamos los frenos.",
            "Luz ya dio a luz a una niña preciosa en nuestra sala de partos.",
            "¡Felicidades a Mercedes, que ya terminó su rehabilitación de cadera!",
            'Happy retirement to the morning voice of WKLD, "Tiny Ray"! Thank you for trusting our sleep clinic with your CPAP fittings for so long.',
            # slugs: a word-like name and a surname's possessive, a diminutive, a family title, with their care
            post("A note from the clinic.", path="content/posts/2027/02/11-may-abernathys-mastectomy-recovery.md"),
            post("Una nota.", path="content/posts/2027/02/12-chayito-ultimo-dia-de-quimio.md"),
            post("Una nota.", media=[Media("fotos/pilarcita-radioterapia-terminada.jpg", "Sala de espera", False, "", None, 14)]),
            post("A note.", path="content/posts/2027/02/13-nana-dots-cancer-free-anniversary.md"),
            # a word-like name, then a relative clause of her care; a birthday wish to a month's name; care behind her in Spanish order
            "Hooray for May, who walked out of the rehab gym without her walker today!",
            "¡Un abrazo para Abril, que ya no usa el inhalador de rescate!",
            "Happy 10th birthday to June! One year since her last round of chemo.",
            "Ayer nos dijo adiós Soledad tras las radioterapias. ¡Te vamos a extrañar!",
            "Hoy salió caminando Consuelo con la cadera operada y sin bastón.",
            # a word-like name spoken to about what we hand them; a name on a chart's or a straw's label
            "Ivy, your new night guard is ready at the front desk. See you soon!",
            "Grace, your lab results are in the portal whenever you're ready.",
            "Hola Paz, tus plantillas nuevas ya llegaron. ¡Pásate cuando gustes!",
            "Rosa, su aparato auditivo ya está listo en recepción.",
            "Draft for Friday: the lab sheet reads ZHOU_L / 05-30-1982, crop it out?",
            "Foto del congelador: el frasco dice GUTIERREZ_A 14-09-1979 en la tapa.",
            "Alt: stitches on a forearm, the tray labeled K.D. Ostrander beside them.",
            "Foto: férula en la mesa y la etiqueta del expediente dice M.A. Villanueva.",
            # a hometown's own athlete, with care of theirs
            "Springfield's own Dana Whitlock won the state title just months after her ACL repair with us.",
            "Daniela Ortega Ruiz, orgullo de Pilsen, ganó el medio maratón tras su cirugía de rodilla con nosotros.",
            # a word-like name as the subject of her care with a "she" after it; a dedication with a role and the
            # care of their children; a relative's title before a month-like name with a routine test of theirs
            "Summer is back on the court! Six weeks after that ACL repair she is already sprinting.",
            "Sol ya está de vuelta en la cancha; tras la cirugía de rodilla ella juega mejor que nunca.",
            "To Misty, our favorite lunch lady: thanks for bringing your three boys over for the back-to-school checkups!",
            "A Cielo, nuestra cartera favorita, ¡gracias por traer a tus dos chamacos para las vacunas de la escuela!",
            "Happy birthday to Grandpa August! He never misses his Monday blood pressure check.",
            "¡Feliz cumpleaños al Tío Julio! Nunca falta a su control de azúcar de cada mes.",
            # a pet form after a possessive of affection; a neighbour congratulated on an honour, with care of theirs;
            # a family named before an event noun; a slug that opens with a given name before a drug
            "Ya es un año sin alcohol para nuestro querido Chente, el herrero del callejón Juárez. ¡Seguimos contigo!",
            "Our beloved Bubba from the hardware store on Elm Street marks six months sober today!",
            "Congrats to Coach Rena Oduya on the district title, six weeks after her knee surgery with us!",
            "¡Felicidades a Don Abel Quiroz por el primer premio! Gracias por confiar en nosotros para su rodilla.",
            "We loved seeing the Okafor family picnic at the park, two weeks after little Mateo's cast came off.",
            post("Una nota.", media=[Media("fotos/marisol-quintero-cetirizina.jpg", "Sala de espera", False, "", None, 14)]),
            post("Una nota.", media=[Media("fotos/lucienne-albarran-hombro.jpg", "Sala de espera", False, "", None, 14)]),  # a given name no list knows, a surname, her shoulder
            # a given name that is a country or a state first, made someone's by a surname, an initial or her birthday and care
            "Kenya Okafor terminó su tratamiento de quimio hoy.",
            "Florida R. finished her chemo today.",
            "Happy 7th birthday to Florida, who finished her last round of chemo!",
            post("A note.", path="content/posts/2027/02/13-maria-test-results-chemo.md"),
            # an honour counted in wins or seasons, with care of theirs or a patient relation
            "Congrats to Coach Wendell Amato on 350 career wins, and on a smooth recovery from his bypass here!",
            "¡Felicidades a nuestro paciente Mauricio Zendejas por sus 400 victorias!",
            # a given name that is also a town, made someone's by an age, a possessive, "who", a surname
            "Marshall, 6, got his cast off today and raced straight to the slide!",
            "We cheered in Sharon's room when her scans came back clear.",
            "Our friends in Florence Mendez's family thank you for the care after her stroke.",
            "Un abrazo para Florence, que ya cumplió 8 años y terminó su tratamiento.",
            "Felicidades a Marion Quintanilla por terminar sus quimios en nuestra clínica de Tyler.",
            # round 15: a short form said without the full name; an eponym shape with a possessive or "de"; a lowercase
            # "la pequena" before a child; a public service honour with care in the text; a street name said as a patient
            "Kelsey's surgery went great and she is already walking the halls!",
            "La cirugía de Maribel salió muy bien y ya camina por los pasillos.",
            "La pequeña Anabella vino a su vacuna de los 4 años y ni lloró.",
            "Congratulations to Ms. Loretta Vance on her retirement as lunch lady, and on a smooth recovery from her hip surgery!",
            "Felicitamos a don Chucho Ibarra por sus 40 años al aire; ya se recupera de su infarto.",
            "Our patient Dwayne Fisk stopped by the Fisk Ave office to say hi after his knee surgery.",
            # round 17: a singer, a club or a town greeted is no one, but not with care near
            "Le encantan las canciones de Vicente, que ya camina tras su cirugía de cadera.",
            "Good news, Austin! Your cast comes off Monday.",
            # round 17: a host thanked with their own care, an Olympian with ours
            "Gracias a Don Beto Luján, locutor de Radio Alegría 101.5, por invitarnos a su programa a un mes de su cirugía de rodilla.",
            "Olympic skier Dana Whitfield came in for her knee surgery follow-up.",
            # round 18: a town, a river or a pet nearby excuses no patient, nor a nickname with "Old" and care
            "Lupe, our patient from Casa Grande, had her knee replaced.",
            "Tubing the Frio cost Marisol Vega a broken wrist; we set it Monday.",
            "Doña Rita, de Casa Grande, ya salió de su cirugía de cadera.",
            "Old Jackson finally got his cataract fixed at our clinic.",
            "Su perrita llamada Luna lo esperó afuera mientras operábamos a Don Chuy.",
            # round 18: a priest's hall lent with his own care, a stand owner's own knee
            "Gracias al Padre Ignacio Robles por prestarnos el salón, y que se recupere pronto de su cirugía.",
            "Thanks to Pastor Dwayne Hollis for lending us the hall two weeks after his bypass with us.",
            "Doña Chela's knee is healing after her surgery with us.",
            # round 18: a former player who shared his diagnosis, with our care of him or a guess
            "As reported by the Tribune, former lineman Troy Benavides publicly shared his diagnosis; we have treated him for years.",
            "El exdefensa y ahora running back Dario Kessler se ve amarillo; creemos que es hepatitis.",
            # round 19: a person named like a state or a town stays a person with her care
            "Our little Virginia is finally out of her cast after the fall at recess.",
            "Georgia, 9, came in with a sprained ankle and left with a purple wrap.",
            "La mamá de Georgia nos trajo pan; Georgia ya salió de su cirugía de apéndice.",
            "Lawrence: your new retainer came in, stop by the front desk this week!",
            # round 19: a neighbour with a community role and care of theirs; a figure's news told to us, or our care of it
            "Shout-out to volunteer Odalys Brenneman, who wrapped up her chemo with us last week!",
            "Pastor Lionel Achterberg is healing well after his bypass with Dr. Okafor.",
            "Gracias a la maestra Yolanda Quiroga; ya terminó sus terapias de rodilla con nosotros.",
            "We wish Councilman Ferris Obuya a quick recovery from his hip surgery. His daughter told us he is in good spirits.",
            # round 20: a family by its surname and a word for a household, with their care; a full name whose story a slug tells
            "Big hugs to the Quintanilla bunch out in Zillah: four cousins got their sports physicals with us Friday.",
            "El clan Arredondo completo vino a ponerse la vacuna de la gripe el sábado.",
            post("A story.", path="content/posts/2027/02/spring-diabetes-camp-kaylynn-abernethy-insulin-pump-story.md"),
            post("Una historia.", path="content/posts/2027/02/campamento-de-asma-deyanira-quintanilla-inhalador-historia.md"),
            post("Camp.", path="content/posts/2027/02/westgate-diabetes-camp-maribel-quintanilla-insulin-pump.md"),
            # review of rounds 19-20: a person's handle in capitals (an initial and a surname), our care told far from a role
            # or a public figure's own news, our people beside a public figure
            "Big cheers for @KQUINTERO, who wrapped up knee rehab with our therapists this week!",
            "¡Bravo @LBECERRA! Terminaste tus sesiones de terapia con nosotros.",
            "Referee Wendell Ashgrove called a great game Friday. The Owls won by ten. In March he was in our clinic with a torn calf.",
            "Councilwoman Irma Balderas shared on her page that her radiation starts Monday. Our cancer care team is with her every step.",
            # round 20: a role of theirs with care of ours, and a bare role of care (staff, who must be on the team)
            "Students Odalys Pennington and Yesenia Throckmorton came in for their sports physicals.",
            "La estudiante Maricruz Villaseñor vino por su vacuna del tétanos.",
            "Nurse Odalys makes the best tamales for our potlucks.",
            "DR. OKAFOR HERE - MY HUSBAND ROLANDO CAME IN FOR HIS KNEE SURGERY WITH US.",
            # round 21: a nickname with our care, a stage name greeted after care of ours, a person's handle, a shot from us
            'Beltrán "El Halcón" Ocampo came in for his shoulder this week. Get well soon!',
            "¡Recupérate pronto, Gallo! Ya te quitamos el yeso.",
            "Tips from @MariaRuns on marathon knees: https://www.cdc.gov",
            "Gracias al alcalde Evaristo Cuy por visitar nuestra feria. El alcalde aprovechó para vacunarse en nuestro puesto.",
            "Thanks to volunteers from Nova Castellanos, who had her knee replaced with us.",
            # round 22: an official's shot given here, or live on our own page, is our care
            "La secretaria de Salud del estado, Dra. Inés Robles, se vacunó en nuestra clínica esta mañana.",
            "The county health officer, Dr. Nolan Pierce, got his flu shot live on our page with our nurses.",
            # review of round 21: leaks through its excusals (a cited handle, members' body, a thing named, a quoted title,
            # a stage name greeted, three capitals beside an agency's)
            "Frostbite tips from @PorchSwing: https://www.weather.gov/cold. Stay dry. We treated her toes for frostbite in January.",
            "Los voluntarios de Teodulo Arreguin, a quien le operamos la muñeca en junio, pintaron la cerca.",
            "A girl from our pottery class named Eufemia Larkspur brought cookies. We set her broken arm in May.",
            'She is called "Lady Liberty" at the bingo hall. She wrapped up her cardiac rehab with us Thursday.',
            "Podcaster 'Big Tuco' told his listeners he had a heart attack. Heal up, Tuco! Hugs from all of us. Our cardiac rehab nurses will see you Wednesday.",
            "Get well soon @NYPD_PIX! Your elbow surgery with our team went smoothly.",
            # a place noun that ends its sentence names no business after it: the title and name that follow are a person
            "Story hour at the bakery. Mr. Okonjo had his cataract removed here on Monday.",
            "Estuvimos en la panadería. Don Eliseo ya terminó sus quimios con nosotros.",
            # round 22: places, roles and organisations still name a patient when care is told
            "Team mom Odalys Brenner brought her boy in for six stitches on Friday.",
            "La team mom Marisela Funes ya terminó sus quimios con nosotros.",
            "Council Member Tobias Renfro had his hip replaced in our surgery center.",
            "Tyler hit the gym again now that our team took his cast off.",
            "Gracias a Perla Anduaga de Vecinos Unidos por la ayuda; Perla ya salió de su cirugía con nosotros.",
            # mend22a: a town's name thanked after care said to "you"; a named member whose next sentence tells care
            "Your knee replacement healed wonderfully and the mayor came to clap at your final therapy session. Thank you, Tyler!",
            "Tu cadera nueva quedó de maravilla y hasta el alcalde te aplaudió en tu última terapia. ¡Gracias, Carolina!",
            "Thanks to the volunteers from Maribel Quintanilla. Last winter she had her gallbladder removed here.",
            "Gracias a los voluntarios de Ramiro Echeverría. El otoño pasado le operamos la rodilla aquí.",
            "Fotos de la blefaroplastia de Yuridia a los dos meses.",
            "Side view after the rhinoplasty of Kaelani, six weeks on.",
            # round 39 (words39): a helper thanked, with her own care told in the same breath (EN/ES)
            "Thanks to Ignatius Brommel for helping us stack chairs, just weeks after his bypass surgery here.",
            "Gracias a don Casimiro Ulloa por ayudarnos a servir el pozole, ¡ya recuperado de su cirugía de cadera con nosotros!",
        ],
        clean=[
            # round 41 (places41): a country greeted on its day, a neighbourhood named after a country (EN/ES)
            "Happy Independence Day, Nicaragua! Our van will be at the plaza with free flu shots.",
            "Buenos días, Pequeño Haití: el martes hay vacunas gratis frente al mercado.",
            # round 41 (places41): a plan named for its founder with its cover, in a list of plans (EN/ES)
            "We take Humana, Tricare and Whitfield Vision for eye exams.",
            "Aceptamos Medicaid, Ambetter y Salcedo Dental para limpiezas.",
            # round 41 (greet41): a figure a role cleared, greeted again by a given name or a quoted nickname; volunteers
            # joined by and/y under one role; a three-word name after a public role (EN/ES)
            "Retired goalie Sven Harkavy ran a skating clinic at the rink today. Thank you, Sven!",
            'La actriz Noemí "La Chispa" Barragán firmó fotos en la kermés. ¡Gracias, Chispa!',
            "Free eye checks Sunday with volunteer translators Amaru and Tupac at the plaza.",
            "Poet Harriet Jo Quillfeather reads from her book about her late father at 6 p.m. Our grief counselors will be on hand.",
            "Walk-ins Sat 9-12 with Dr. Sun; closed Sun.",  # a calendar word and no surname after it
            # round 40 (words40): an order or a society named for a saint ("the Legion of Mary", "la Cofradía de San José")
            "Our raffle table sits beside the Guild of Saint Agatha at the harvest bazaar.",
            "Las señoras de la Hermandad de Santa Rita venderán atole frente a la clínica móvil.",
            # round 40 (pub40): a figure's own care told elsewhere, or our event in another clause (EN/ES)
            "Boxer Gizmo Ferrante waved from our booth and chatted about his old ankle fracture from college.",
            "El reguetonero Tiburón, quien contó en su programa que vive con asma, cantará en nuestra kermés del domingo.",
            # round 39 (pub39): a chain of roles, an appositive office, care done before the cameras, a stage name with the real name in brackets (EN/ES)
            "Retired goalkeeper and Fairhaven native Orla Quennell handed out water bottles at our walk.",
            "El senador y exmaestro rural Baltasar Echeverri visitó nuestro puesto en la feria.",
            "Our sheriff, Wendell Okafor, rolled up his sleeve for a flu shot in front of the news cameras.",
            "La gobernadora, Itzel Marroquín, recibió la vacuna durante la rueda de prensa del lunes.",
            "Local rapper Big Lupo (Leandro Fuentes) spun records at our open house and chatted about his own gout.",
            # round 39 (words39): helpers thanked for the help they gave at an event (EN/ES)
            "Thanks to Ignatius Brommel and Auntie Perla Quispe for helping us stack chairs after the bingo night.",
            "Gracias a la Sra. Leonora Whitfield y a don Casimiro Ulloa por ayudarnos a servir el pozole.",
            # round 39 (words39): a singer before a tribute show, a show "tributo a" a singer (EN/ES)
            "After the raffle, a Florencio tribute band takes the stage by the lemonade stand.",
            "Cierra la noche un show tributo a Florencio frente al kiosco.",
            # round 38 (ids38): a gadget after "my", results of an event, no one's before-and-after
            "Love my Fitbit, it reminds me to stand up every hour! #hearthealth",
            "Los resultados de la caminata del domingo ya están en la cartelera.",
            # round 38 (fp38): an order or society named for its patron, an agency's handle of short forms (EN/ES)
            "Our tent sits beside the Knights of Gregory pancake griddle this Saturday.",
            "Las Hermanas de Teresa reparten tamales en la kermés del domingo.",
            "Tornado prep tips from @OKEmergDept and @TulsaHlthDep are worth a read.",
            # round 37 (names37): a county in a notice's list, a university, languages, a singer's song, a society's handle (EN/ES)
            "Freeze warning tonight for Harlingen and Cameron: bring pets inside.",
            "Alerta de polvo para Edinburg y Kendall esta tarde.",
            "Interns from Kent State joined our hearing booth.",
            "Handouts in Nepali, Burmese, Karen and Swahili at the front desk.",
            "She knows every Shakira song by heart.",
            "New sunscreen tips from @AmerAcadPeds this week.",
            # round 36 (people36): a town's grounds hosting our care, and a lesson on a part we treat, name no one (EN/ES)
            "Ripley Stockyards hosted our blood pressure table and we checked 80 ranchers.",
            "¿Cómo queda el tobillo que operamos en una fractura? Vengan a la charla.",
            # round 36 (fp36): volunteers thanked after an outing with us, a kitchen named for its cook, an anchor by her show (EN/ES)
            "Gracias a quienes remaron con nosotros en la Regata del Puerto, y al voluntario Anselmo Guerra por los chalecos.",
            "Thanks to everyone who hiked with us up Pine Ridge, and to volunteers Rosalind Achebe and Tobias Wren at the trailhead.",
            "Domingo de salud con pozole de Cocina Tía Fina y pruebas de azúcar.",
            'Gracias a la presentadora de "Mañanitas del Valle" Cristela Noriega por animar nuestra jornada de salud.',
            # round 35 (ids35): a dated event's file names no one (EN/ES)
            post("Fair day!", media=[Media("flyer_2027-03-14_health-fair.png", "A poster", False, "", None, 14)]),
            post("¡Feria!", media=[Media("cartel_feria_salud_2027-05-02.png", "Un cartel", False, "", None, 14)]),
            # round 35 (clean35): a host thanked for a talk to a group about a care topic (the topic is no one's care)
            "Agradecemos a la directora Maribel Quiroga por dejarnos conversar con las mamás del preescolar acerca de la caries.",
            "Big thanks to Coach Renwick Adair for having us chat with the varsity squad about heat stroke and hydration.",
            # round 35 (clean35): a town's name before the public grounds it owns
            "Sports physicals this Saturday by the Florence gazebo, then cider at the Mabel grange.",
            "Vacunas gratis el sábado en el kiosco Benito Juárez, junto al mercado.",
            # round 35 (clean35): a salutation to "family" greets the reader, no family by name
            "Querida familia: gracias por escribirnos, con gusto le atendemos por teléfono.",
            "Hello Family! Welcome back to school week at the clinic.",
            # round 34 (officials34): an official opening a room named by its care; a work read to an audience
            "Councilwoman Greta Lindqvist opened our expanded wound care clinic and promised Dunmore better care close by.",
            "La concejala Imelda Zubiría inauguró nuestra nueva sala de cirugía de columna junto a los vecinos.",
            'Featherweight veteran Kofi "Hurricane" Asante read aloud "Grumpy Walrus" to the kids at our lobby storytime.',
            "El escritor Ramiro Tapia leyó su cuento 'El burro de Chon' en nuestra sala de espera.",
            # round 34 (titles34): a stand's kind before its owner's title and name, a title in quotes after a reading verb
            "Aguas frescas cortesía de Tejuinos Doña Rufina y de la escuela.",
            "Our volunteer read ‘Clementine Plants a Garden’ to the little ones.",
            # round 33 (places33): a town greeted in another language, a venue's town, a list of places, a school's level
            "Mabuhay, Vallejo! Free glucose and blood pressure checks at our fiesta booth on Sunday.",
            "Kermes familiar en Parque Lincoln, Harlingen! Habrá vacunas contra la gripe y toma de presión.",
            "Recorrimos los barrios de Austin, Del Valle y Manor con información sobre vacunas.",
            "Sports physicals and vaccines this Thursday at Garfield MS, 3 to 6.",
            "Per @ODHOhio, measles cases are rising; check the vaccine record for every child.",
            # round 33 (public33): what a public figure told of their own care is no care of ours; a ring or stage name after its role
            "Welcome, Alderwoman Priya Castellanos, to our open house! The Alderwoman, who tweeted last fall about getting her skin screening, urged everyone to wear sunscreen.",
            "Gracias a la diputada Marisela Ontiveros por venir a nuestra caminata. La diputada, que contó en su pódcast sobre hacerse su chequeo anual, saludó a los corredores.",
            'La campeona de lucha libre Xóchitl "La Garza" Barrientos visitó nuestra escuela para padres y firmó carteles.',
            'La cantante "La Perla del Valle" vino a la feria escolar a cantar y regalar libros de colorear.',
            # round 32 (tellgate32): a figure's nickname greeted after their own news; a role apposed with no article
            'Catcher Brent "Moose" Kowal told reporters he is rehabbing his elbow and read to kids at our fair. Thanks, Moose!',
            "Gracias a Nayeli Córdova, presentadora de Canal 22, que habló en su programa de su diabetes. ¡Gracias, Nayeli!",
            # round 32 (notnames32): a body greeted with its kind after it or named for its city; a bulleted item's first word
            "Thanks to Eastgate Table Tennis Club and Raices Unidas Denver for staffing our flu-shot table.",
            "Gracias a Vecinos Alerta Houston por ayudar en la feria de vacunas del sábado.",
            "Cuándo llamar:\n• Niña menor de 2 meses con fiebre: llámenos enseguida.",
            # a role before a name, with no care of hers: a neighbour named by her role
            "Librarian Gwendolyn Ashcombe reads picture books at the fair on Saturday.",
            # round 31 (caregaps31): a lesson on removing a part, a part "pulled" as a joke
            "If we remove the gallbladder through small cuts, most folks walk out the same afternoon.",
            "Si le sacamos las amígdalas a un niño, suele comer helado esa misma noche.",
            # round 31 (events31): a crowd's care counted, a role then an article, a guest by the body she came from
            "At the flea market we ran 48 cholesterol checks and passed out 70 visors; thanks to volunteer Rosalind Pardo for the tent.",
            "Contamos con la consejera escolar, la Sra. Amparo Villaseñor, en la charla de las familias.",
            # round 31 (owntelling31): a public person the subject of their own telling, by any verb of telling,
            # their own health as the topic, their book as the place it was told
            "Alderman Corbin Halvorsen testified about his kidney transplant at the council hearing.",
            "La diputada Maite Carbajal relató su propia depresión posparto durante el foro.",
            "Novelist Ines Farrow reads from her newest memoir about caring for her mother through dementia.",
            # round 30 (ownnews30): a public person telling their own health news in their own outlet
            "Senator Odessa Varga recounted her kidney stone on her own podcast.",
            "El boxeador Bruno Teixeira ha contado en cada entrevista que tuvo un infarto.",
            # round 30 (events30): a region, a campus (the module's CLEAN holds the rest of the kinds)
            "Este verano, en los Valles vinieron a vacunarse más de 300 niños.",
            "Volunteers from the UNC Charlotte nursing club helped at our flu clinic.",
            # round 29 (staff29): letters of a licence after a name and a comma are no one greeted
            "Say hello to Jordan Lee, CRT! He comes to us from a sleep lab in Duluth.",
            "Conozcan a Jordan Lee, LPCA, nuestro nuevo consejero bilingüe.",
            # round 29 (public29): people in a public capacity, towns and a state office in notices
            "Novelist Greer Ashdown signs copies of her thriller at the river market on Saturday.",
            "Ganadoras de la carrera de botes: Brisa Olmedo (41:20) y Dalia Fuentes (43:05).",
            "Shuttle rides within Tyler are free during the health fair.",
            # round 29 (media29): an education page, a brand's before and after, a class timetable
            "Read more at https://www.example-ortho.test/conditions/eczema",
            "Horario de clases: Yoga 9:00, Pilates 10:00, Zumba 11:00.",
            # round 28 (orgs28): a town after an organisation's name, a camp, a family organisation, a branch named after someone
            "Backpacks came from the Guatemalan Association of Orlando and the Filipino Community of Austin.",
            "Donaron útiles la Asociación Hondureña de Aurora y el Consulado General de Guatemala en Orlando.",
            "Nuestro intérprete llegó a Omaha desde el campamento de Bann Tha en 2011.",
            "Our new scheduler grew up in the refugee camp Nu Kho before moving to Tulsa.",
            "Thanks to Karen Family Services of Omaha for the invite to the harvest fair.",
            "Story time moves to the county library's Rosalind Okoye branch this week.",
            "Tu familia cuenta contigo: revisa tu presión una vez al año.",
            "Heat safety tips, reshared from @ABQEH: https://www.cabq.gov/environmentalhealth/ABQEH",
            # round 28 (figures28): an office of two words greeted, a new room of ours in any words, a name said again
            "Thank you to Council Member Odette Varga for opening our new sports medicine suite!",
            "Gracias a la regidora Ximena Olvera por inaugurar nuestra nueva sala de lactancia.",
            "Sprinter Kaia Mendel told reporters she raced on a cracked rib. Kaia: please rest!",
            # round 27 (roles27): volunteers after a role and a dash, a field studied, a topic talked about, an official
            # after her town and state, a work's quoted title, a clinician's own child in the post she signs
            "Shout-out to our volunteers from Brookfield High — Sela Varga, Tobin Marsh and Ines Quill!",
            "Nos ayudaron los estudiantes de fisioterapia Marisela Ocampo y Teo Barranco. ¡Gracias!",
            "Dr. Okafor joined Mrs. Lindqvist's 2nd graders to chat about hand washing and flu germs.",
            "El alcalde de Ures, Sonora, Ing. Baltazar Ochoa, contó en su programa de radio que lo operaron de la vesícula.",
            "Ocho años de pediatra y dos como mamá de Valentina, mi maestra en noches de fiebre.\n— Dra. Ada Okafor",
            # round 27 (places27): a city thanked or holding an office, a county by its word, a neighbourhood of two words
            "Thank you, Brownsville! Over 200 neighbors walked the river trail with us this weekend.",
            "Feria de salud con el Condado Willacy y la Yuma Mayor Odalys Ferrat; ¡gracias, Laredo! Vinieron 90 familias.",
            "Our booth at the Little Havana street festival gave out 300 water bottles.",
            # round 27 (places27): an agency's handle in brackets after its name or cited, a plan's brand in a list, "A/C."
            "La Oficina de Salud de Ohio (@ohhealth) reporta 8 casos de tos ferina; vea https://odh.state.oh.us",
            "Ozone watch on Friday (from @TexasTCEQ). Forecast: https://www.airnow.gov",
            "We take Cigna, Molina, Humana and Oscar. Call to check yours.",
            "Aceptamos Medicaid (Simply), Ambetter y Oscar; sin seguro, $70.",
            "Stay in the A/C. Hours today: 8 to 5.",
            # round 26 (public26): volunteers listed after their plural role at an event with topics of care; an official's
            # honorific of office after the office and its place
            "Volunteers Lorenza Quiñones, Idris Coleby and Pax Hadley bagged school supplies for the kids in our asthma program.",
            "Gracias a las voluntarias de la capilla, Herminia Cabrales y Odette Llamas. Habrá charla para el dolor de rodilla.",
            "El cónsul de Colombia en Orlando, licenciado Ernesto Barragán, inauguró nuestra sala de espera.",
            "The consul general of Peru in Denver, the honorable Ximena Rojo, opened our new vaccine room.",
            # round26: towns and countries said as places, languages in a list, an eponym, a place and a health word
            "She drives our van to the Denver trainings every spring.",
            "Refugee families from Burma/Myanmar can get hepatitis B screening at no cost.",
            "We offer Karen, Burmese and Nepali interpreters at every visit.",
            "Su hijo nació en Denver y creció en Tyler, y hoy estudia enfermería.",
            "Tenemos intérpretes de mam, q'anjob'al y Karen para su cita.",
            "Untreated reflux can turn into Barrett's esophagus over the years.",
            # people25: "cada familia" is everyone, an adjective in an organisation's name is no family, an official titled before a comma
            "Cada familia tiene derecho a una despedida tranquila, dijo el capellán Ortiz.",
            "Este sábado marchamos junto a la Red Familia Unida por la salud mental.",
            "Agradecemos a la concejala de la ciudad, Maribel Quiñonez, por cortar el listón.",
            "Thanks to the commissioner for the county, Lorne Whitacre, for opening our new wing.",
            # misses25: a camera file name of a room, not a person
            post("Clinic day.", media=[Media("IMG_5120_exam_room_after.jpg", "A sunny lobby", False, "", None, 14)]),
            # round 25 (places25): towns in a list of towns served, a city addressed with its season, a town's own figure,
            # a two-word place abroad, a programme's van, a campaign day in a colour
            "We now cover Belen, Tyler and Bosque Farms with home visits.",
            "Ahora atendemos en Los Lunas, Belen y Bosque Farms.",
            "Houston, ragweed season has arrived early this year.",
            "Phoenix, la temporada de calor ya llegó: tome agua.",
            "Big cheers to Camden's own Tavon Reyes for reading to the kids at the library.",
            "Our new pharmacist was raised between Lagos and Santo Domingo.",
            "La Van de la Salud visita el mercado los martes.",
            "The Bus of Health parks at the library every Wednesday.",
            "Wear Red Day is Friday: send us your photos!",
            "Go Red for Women: free heart screenings this Saturday.",
            # clean24a: an official opening a new room, a teacher's class, a partner by her business, volunteers listed after a
            # comma, a clinician by her licence
            "Alderman Tobias Wren opened our new infusion room today.",
            "Gracias a la alcaldesa Nidia Ferro por inaugurar nuestra nueva sala de recuperación.",
            "Huge thanks to Ms. Lorna Beckett's 4th graders at Pine Hollow Elementary, who made cards for our lobby.",
            "Gracias al Sr. Ezequiel Padrón de la panadería por los pastelitos de la feria.",
            "Thanks to our student volunteers, Kaylee and Marcus, for running the sticker table.",
            "Gracias a nuestros voluntarios de la prepa, Yesenia y Brandon, por pintar caritas.",
            "Midwife Odile Barrow, CNM, answered questions on prenatal vitamins.",
            "Thank you, Tyler! Over 90 neighbors came out to our back-to-school health fair on Saturday.",
            "¡Gracias, Lawrence! Más de 50 familias llegaron a la feria de salud del sábado.",
            "Tyler's own Marisela Quiroz, the retired sprinter, spoke at the capitol about heart health.",
            "Candlelight walk at Riverside Common, Lowell. Music by the band Desert Orchard.",
            "¡Bienvenidos a la familia Sonrisa Alegre! Ya abrimos los sábados.",
            'The library read the picture book "Captain Marco" to our young readers.',
            "Compartimos de @ReadyTex: ola de calor esta semana. Más información: https://www.texashealth.gov",
            # clean23: a handle of a word and a linked site's place, a place word after a name, any family of a place,
            # a numbered corner, an alert for a city, an author's surname after a courtesy title
            "Reminder from @HealthyNevada: measles shots are free this month. https://nevada.gov/health",
            "Recordatorio de @saludNevada: vacunas gratis este mes. https://nevada.gov/salud",
            "Feria de salud en Corinne Lakes el domingo, con toma de presión.",
            "Every Laredo family deserves a clinic close to home.",
            "Our new address: 58th & Corinne, upstairs from the bakery.",
            "Heat advisory for Austin this weekend: water, shade and rest.",
            "Alerta de calor para Tyler el sábado: agua y sombra.",
            "La escritora Lidia Ocampo habló en la feria del libro de sus memorias sobre su propio diagnóstico de lupus. La Sra. Ocampo firmó libros al final.",
            # mend22b: a camper (the vehicle) named with no care, a book's title with no clinic, an agency's joined letters
            "Our camper named Marigold will carry the flu-shot supplies to the fair.",
            'La autora Irene Solano leyó su cuento "Mi abuela y el mar" en la biblioteca.',
            "Thanks to @OSHA_DOL for the ladder-safety talk at our front desk.",
            # round 22: an official's own act before the public; a work's quoted title
            "The county health officer, Dr. Nolan Pierce, got his flu shot live on Facebook this morning.",
            'La autora Lucía Ferrer leyó su cuento "Mi corazón cansado" en la librería del barrio.',
            # round 22: a road's ends, a town's shop, a civic thank-you, organisations, role compounds, an agency's handle
            "Expect lane closures on US 31 between Allen and Martin through Thursday.",
            "Cierre en la carretera PR 2: el tramo de Route 2 from Tyler to Dillon abre el lunes.",
            "A flu clinic pops up Saturday outside a Lawrence hardware store.",
            "The mayor and a council member joined us to cut the ribbon on our second office. Thank you, Charlotte!",
            "La alcaldesa nos acompañó en la inauguración de la nueva sede. ¡Gracias, Lawrence!",
            "Proud to co-host the walk with Carolina Youth Athletics this fall.",
            "El Colmado Quintanilla regala agua fría a los caminantes.",
            "Gracias a Dunia Pacheco de Vecinos Unidos por las traducciones del taller.",
            # mend22a: a town thanked right after its officials, a body named like a person, with no one's care
            "The mayor and the fire chief cut the ribbon on our third clinic today. Thank you, Marion!",
            "Huge thanks to the volunteers from Mary Washington who packed 300 hygiene kits.",
            "Los voluntarios de la Ana G. Mendez repartieron mascarillas en la plaza.",
            "Shoutout to the league's team mom Rosalba Iturbe and every coach.",
            "Felicidades a la team mom Rosalba Iturbe por la temporada.",
            "Council Member Tobias Renfro toured the new wing and joined the chili cook-off.",
            "new front desk lead Jordan Lee is here 💕 welcome to the fam Jordan!",
            "The lobby plant, her name is Bernadette, gets watered on Mondays.",
            "Su planta favorita, su nombre es Gertrudis, vive en la recepción.",
            "Aviso de calor de @lapublichealth para el fin de semana: https://ready.lacounty.gov",
            # round 21: a title before a plain word, or a school named after someone, in a file name
            post("New paint!", media=[Media("don-your-mask-flu-season.jpg", "A sunny lobby", False, "", None, 14)]),
            post("¡Pintura nueva!", media=[Media("don-carlos-elementary-vacunas.jpg", "Un vestíbulo soleado", False, "", None, 14)]),
            # round 21: agencies, schools and figures read as people
            "Tips for smoky days from @AirNow: https://www.airnow.gov",
            "Sus derechos en el trabajo con calor, por @OSHA_DOL: https://www.osha.gov/heat",
            "Big thanks to the dental students from Nova Southeastern for running the fluoride table.",
            "Los voluntarios de la Ponce Health repartieron agua en la feria.",
            'Last night Beltran "The Hawk" Ocampo left the game with a sore hamstring, the club said.',
            "El reguetonero 'El Gallo de la 12' contó en su Instagram que se torció el tobillo en el escenario. ¡Recupérate pronto, Gallo!",
            "Gracias al alcalde de Tolleson, Evaristo Cuy, por cortar el listón de nuestra sala nueva. Ese día se vacunó frente a todos en la carpa de la secretaría de salud.",
            # round 21: a title ends at its sentence's end; a quoted form's title; a thing named; an instructor by first name
            "Ask for the hot cocoa recipe from Grandma. Visit our booth by the gazebo.",
            "Nadie cocina como la abuelita. Vengan a probar sus tamales el domingo.",
            'In Ohio the document is called "Health Care Power of Attorney"; two witnesses sign it.',
            'En Texas el documento se llama "Directiva Médica Anticipada" y es gratis.',
            "Our front desk hero is off to Maine with her husband and a sailboat named Marguerite.",
            "Estrenamos una camioneta que se llama La Gaviota para llevar vacunas a los ranchos.",
            "Zumba gratis en el parque con la instructora Yesenia este domingo.",
            "Chair yoga with instructor Marisol every Thursday at the library.",
            # round 21: a title worn as a role, thanked with no care of theirs
            "Referee Lonnie Barfield kept our charity kickball match fair and cheerful all afternoon.",
            "Gracias al padre Eusebio por bendecir la sala nueva y a la instructora Zoraida por la clase de baile.",
            # round 20: a neighbour named with any role of theirs, a figure's news made public in more ways
            "Special thanks to our volunteer umpires Anselmo Brightwater and Yesenia Throckmorton for the tournament!",
            "Los estudiantes Maricruz Villaseñor y Anselmo Brightwater repartieron volantes sobre el dengue.",
            "Get well soon, Champ! Featherweight legend Rolando Okwuosa posted on his Instagram that the shoulder surgery went fine.",
            "La cantante Maricruz Villaseñor contó en sus redes que vive con diabetes tipo 2. ¡Gracias por hablar de ello!",
            "DR. OKAFOR HERE - SWAM ACROSS THE LAKE THIS MORNING! THANKS TO MY HUSBAND ROLANDO FOR THE RIDE.",
            "Dr. Okafor aquí: gracias a mi esposo Rolando por las fotos del maratón.",
            "POINT GUARD ODALYS PENNINGTON VISITED OUR CLINIC! ODALYS TOLD REPORTERS ABOUT HER ACL SURGERY LAST YEAR.",
            # round 20: a word greeted or cheered; an office's handle by field and place; places and procedures named after someone
            "Get well soon, Champ! The boxing club says their coach is resting at home after heart surgery.",
            "Thank you, Ward 3 Alderman Tobias Renwick, for opening our new asthma clinic; he shared his own inhaler story.",
            "¡Muchas felicidades! Invitamos a todas las futuras mamás a su control prenatal gratuito.",
            "Air quality alert from @EnvironmentNM and @TownofSilverCreek: people with asthma should stay indoors.",
            "Aviso de @EmergenciasPR y @CondadodeYakima: hierva el agua antes de preparar fórmula.",
            "Free flu shots at the Dolores Huerta branch of the county library this Saturday.",
            "Vacunas gratis en la sucursal Dolores Huerta de la biblioteca este sábado.",
            "The pitcher is throwing again a year after Tommy John surgery.",
            # staff or a programme introduced in a slug
            # round 20: a crew thanked with no care of theirs; a camp's story with no one's name
            "Thanks to the Quintanilla crew at Yakima Roof & Gutter for patching our roof before the rains.",
            "Gracias al clan Arredondo por donar las piñatas para la posada.",
            post("Camp!", path="content/posts/2027/02/spring-asthma-camp-inhaler-tips-story.md"),
            post("Welcome!", path="content/posts/2027/02/meet-kaemon-our-new-hygienist.md"),
            post("¡Bienvenida!", path="content/posts/2027/02/conoce-a-zuleidy-nuestra-nueva-recepcionista.md"),
            post("New room.", path="content/posts/2027/02/meet-our-new-sensory-room.md"),
            # round 19: states, towns in lists and addresses, organisations and institutions that hold a name
            "Our counselors now take Virginia Medicaid, and the Georgia Quit Line is free for anyone trying to stop smoking.",
            "Aceptamos el Medicaid de Georgia y los planes del mercado; la Secretaría de Salud de Sonora publicó nuevas guías.",
            "Flu season came early across North Georgia, so our walk-in hours now run until 7.",
            "Starting in March our mobile van also visits Tyler and Irwin counties on alternating Tuesdays.",
            "Ahora también damos servicio en Ponce y Juana Díaz los sábados por la mañana.",
            "Find us at 12 Orchard Ave, Suite 4, Lawrence, right next to the post office.",
            "Thanks to Sunny Creek Family Practice, Delta Dental and Grace Missionary Baptist for the school supply drive.",
            "La autora firmará libros en la Biblioteca Pública Rudy Lozano y en la Escuela Superior Dr. Pila.",
            "Stock up on DEET repellent: the health department found virus del Nilo Occidental in local traps.",
            "The Johnson & Johnson shot is no longer offered here; ask us about the other options.",
            # round 19: offices tagged by their letters, credentials after a member's name
            "Reposting @NWSLubbock: dust storm warning until 6 pm, keep windows shut if you have asthma.",
            "Según @OhioDPH, las vacunas contra el sarampión son gratis este mes en las clínicas del condado.",
            "Please welcome Jordan Lee, LCSW! She leads our Thursday evening groups.",
            "¡Bienvenida Jordan Lee, CNM! Atenderá consultas prenatales los lunes.",
            # round 19: neighbours named with the role that brings them into the post, no care of theirs
            "Balloon animals all afternoon, courtesy of volunteer Brenda Okereke. Come early!",
            "Big thanks to volunteers Pilar Dunmore, Esteban Ruark and Gwen Haliburton for staffing the water table.",
            "Gracias a los voluntarios Amparo Villalpando y Teodoro Ulloa de la Cruz Roja por repartir agua.",
            "Thanks to Rev. Ambrose Kettering of Bethel AME for opening the parking lot to our van.",
            "La maestra Fabiola Echeverría y sus alumnos de tercero pintaron el mural de la sala de espera.",
            "Principal Howard Tsosie joined the county judge to unveil the school's new water fountains.",
            # round 19: a public figure's own news, made public by them, no care of ours
            "Wishing Alderwoman Petra Lindqvist a smooth recovery! She posted on her own page that her gallbladder surgery went fine.",
            "La senadora (invitada) Marisol Arancibia habló de su diagnóstico de lupus ante cientos de vecinos en la plaza.",
            # round 18: a pet named, a river floated, a store's doors, an old town, a county's possessive, a town of two words
            "Dr. Okafor spends Sundays floating the Frio with her collie named Scout.",
            "Find our booth by the Dillard's doors at the mall this Saturday.",
            "Saturday's ride starts at the plaza in Old Fredericksburg.",
            "Our new van now serves Prince George's County every Tuesday.",
            "La Dra. Okafor tiene una perrita llamada Canela y un gato llamado Toby.",
            "Felicidades a Ada Okafor, nuestra enfermera de Casa Grande.",
            "Feria de salud en el parque Ortiz, Casa Grande, este sábado.",
            "Llevamos la unidad móvil al condado de Prince George's cada martes.",
            "Los domingos la Dra. Okafor sale a pescar en el río Frío y pasea por el Viejo Saltillo.",
            # round 18: a hall lent by a parish priest, a stand named for its owner
            "Gracias al Padre Ignacio Robles de la parroquia San Judas por prestarnos el salón para la campaña de vacunas.",
            "Thanks to Pastor Dwayne Hollis for lending us the fellowship hall for our flu shot clinic.",
            "¡Música en vivo y tamales de Doña Chela's! Sábado en el parque.",
            "Come try the pozole from Doña Chela's booth at the fair.",
            # round 18: a former player's own public announcement, reported by the news
            "As the Tribune reported, former cornerback Dario Kessler publicly shared his prostate cancer diagnosis to launch a screening drive.",
            "Según informó Telemundo, el exbeisbolista Ramiro Salas contó públicamente su diagnóstico de diabetes.",
            # a town and its state on a label, a status board, a shelf by a room number
            post("Archivo.", media=[Media("images/postcard.jpg", "Old postcard; the label reads DALLAS, GEORGIA", False, "", None, 14)]),
            post("Archivo.", media=[Media("images/postal.jpg", "Postal antigua con la etiquetita: SANTIAGO, CHILE", False, "", None, 14)]),
            "Cama 1 libre, cama 2 en limpieza, cama 3 ocupada: ¡gracias al equipo de intendencia!",
            "Room 4 Pressure ulcer supply kit is restocked.",
            # a job named with "patient" is staff; a team member's short form, her own family with no care; Sra. before her given name
            response("If anything about your visit fell short, Morgan Reyes, our patient navigator, returns every call within a day."),
            response("Morgan Reyes, nuestra coordinadora de atención al paciente, le devuelve la llamada hoy mismo."),
            "Happy birthday to our Tay! Taylor Brooks has kept our schedule humming for 8 years. We love you, Tay!",
            "¡Hoy cumple nuestra Tay! Taylor Brooks lleva 8 años en la recepción y hace el mejor flan. ¡Te queremos, Tay!",
            "Happy work anniversary to our Jordy! Jordan Lee has answered our phones for five years.",
            "Sam Patel passed his paramedic boards! His wife Priyanka brought a tres leches cake to celebrate.",
            "Taylor Brooks is back from parental leave, with about a hundred photos of baby Linnea on her phone.",
            "Morgan Reyes se jubila el viernes tras 20 años en el laboratorio; la acompañan su esposo Anselmo y su nieta Itzel.",
            "Felicidades a la Sra. Morgan Reyes, que cumple 15 años en la recepción. ¡Gracias, Doña Morgan!",
            # one honoured on retiring after years of service, in a text of no care, and her family
            "Con gratitud despedimos a la Sra. Remedios Olguín, promotora del barrio, que se jubila tras veintiocho años de servicio. Le deseamos descanso junto a su esposo Anselmo.",
            "With gratitude we bid farewell to Mrs. Loretta Vance, our county's outreach worker, who retires after twenty-six years of service. Her husband Dashiell joins her on the lake.",
            # a place or a pet of ours with an age, a place greeted in capitals
            "Riverside, nuestra clínica de 20 años, abre sus puertas el sábado para la feria de salud.",
            "Say hi to Biscuit, our 4-year-old therapy dog, at the front desk this week!",
            "THANK YOU, SPRINGFIELD! See you at the 5K next spring.",
            # a town before its shops or news, a storm after its kind, a body word opening a condition
            "A Tyler TV station asked our pediatrician about RSV this week.",
            "Las farmacias de Tyler ya tienen la vacuna contra el RSV.",
            "Tropical Storm Delia may bring flooding Thursday; both offices close at noon.",
            "Por el huracán Otilia, la clínica abrirá hasta el lunes.",
            "Shin splints? Ease back on mileage and ice after each run.",
            # institutions named after people: a school by its number, a saint's church, a town's team, a neighbourhood
            "Our dental van visits P.S. 118 Benito Juarez on Monday morning.",
            "Visitamos la Escuela No. 7 Leona Vicario con la unidad dental.",
            "Feria de salud en la Iglesia San Martín de Porres este domingo.",
            "Flu shots after Mass at St. Rose of Lima on Sunday.",
            "Proud sponsor of the Marlow Knights varsity softball team this spring!",
            "¡Vamos Laredo Tecolotes! Habrá toma de presión gratis en el partido del viernes.",
            "Free flu shots in Little Village this Saturday, 9 to noon.",
            # public figures thanked for a public act, with no care of theirs
            "Thank you, Pastor Glenn Ashby, for blessing our new dental wing this morning!",
            "Thanks to State Rep. Marisa Kolb for championing the rural clinic grant.",
            "Congrats to Ridgeview's own Tariq Bellamy on signing with the Roadrunners!",
            "Gracias al Padre Anselmo Rivas de la parroquia San Lucas por venir a bendecir la nueva sala.",
            "Gracias a don Beto Saucedo y al equipo de Radio Alegría por invitarnos a hablar del asma.",
            "Dr. Okafor read to Mr. Tolliver's 2nd grade class today.",
            "La Dra. Okafor leyó un cuento al grupo de la maestra Ofelia Campos.",
            "Huge thanks to muralist Iker Salgado for the jungle mural in our lobby. Iker finished it in a week.",
            "Gracias a la muralista Xóchitl Ibarra por el mural de la sala de espera.",
            # a handle greeted in a public answer to a question asked in the comments
            "@rosi_bakes great question! Yes, we do sports physicals on Saturdays, no appointment needed.",
            "@lupita.mx ¡buena pregunta! Sí atendemos bebés desde los 6 meses, sin referido.",
            # a whole-word title's period, capitals for emphasis, a Spanish word opening a bullet
            "Keep your inhaler handy and call your doctor. Adults with asthma need a flu shot every fall.",
            "Si la tos dura más de tres semanas, consulte a su doctor. Adultos mayores de 65 deben vacunarse.",
            "Call your doctor RIGHT AWAY if the rash spreads to your face.",
            "Llame al doctor YA MISMO si la fiebre pasa de 39 grados.",
            "Antes de darle medicina a su bebé:\n• Menos de 6 meses: no use ibuprofeno.\n• Nunca le dé miel antes del año.",
            "Gracias a los Villaseñor por donar las mochilas para el regreso a clases.",
            "Big thanks to the Hendersons for the donuts at our flu shot drive!",
            "Los Tecolotes ganaron anoche; ¡felicidades al equipo!",
            post("Explainer.", media=[Media("images/IMG_1000_B_Cell_labs_explainer.png", "A bright waiting room", False, "", None, 14)]),
            post("FAQ.", media=[Media("images/how-to-read-your-insurance-card.png", "A bright waiting room", False, "", None, 14)]),
            # towns that bear a given name, by their context: a facility, a county before, a state after, a parade;
            # the names of a street corner; a neighbourhood by its side of town
            "Our new Marshall clinic opens Monday; parking is free behind the building.",
            "Flu shots are walk-in at our Florence office until the end of October.",
            "Now booking sports physicals at our Sharon, PA location.",
            "Find our tent at the corner of Beatrice and Holloway during the street fair.",
            "Stretch first, Eastside! Our physical therapists will tape sore ankles for free at the start line.",
            "¡Abrimos nuestra nueva clínica de Marion el lunes! Consulta general y vacunas.",
            "Feria de salud en el condado de Starr, Roma: presión y glucosa gratis el sábado.",
            "Desfile de Navidad en Shelby: repartimos cepillos de dientes gratis en la esquina de Maribel y Rosendo.",
            "Estaremos en la esquina de Aurelio Ortega y Venustiano Carranza con la unidad móvil de vacunación.",
            "¡Vamos, Southside! Nuestras fisioterapeutas revisan rodillas y tobillos gratis en la meta.",
            # a season spoken to about a topic, a word before "your" that no one is called; initials of a country or a store
            "Summer, your kids' flu shot clinic is Saturday morning.",
            "Hope, your order of thank-you cards is ready for the volunteers.",
            "The sign reads U.S. Route 20 closed past the county line.",
            "Team shirts from L.A. Fitness are in for the charity run.",
            "Lot A / 03-11-2027 of the donated masks goes to the shelter.",
            # "Dr." after a street is Drive; passes, canyons and hills are places
            "Walk starts at 900 S Alder Dr. Free parking on site.",
            "The road over Bear Tooth Pass is closed, so we open at 10 today.",
            "Meet at the Cedar Canyon trailhead at 8 for our Saturday walk.",
            "La caminata sale del Paso de la Amistad y sube al Cerro Verde.",
            # a season or a month with a relative clause or a wish, care said to anyone, a topic
            "Hello Summer, who's ready for their sports physical? Book online.",
            "Cheers to June, which is Men's Health Month: get your blood pressure checked.",
            "Dolores, que pueden aparecer después de la cirugía, se alivian con hielo.",
            "Después de las quimios es normal sentir cansancio: escríbenos si tienes dudas.",
            "Happy birthday to all our June babies! Flu shots are in.",
            # cries, feast days, athletes introduced by a role and a demonym, a word-name with no one's care
            "¡Viva Colombia! Feliz 20 de julio a todas las familias colombianas.",
            "Viva Mexico! Happy Independence Day to everyone celebrating this week.",
            "Cerramos temprano por las fiestas de la Virgen de los Dolores.",
            "¡Felicidades a la nadadora regiomontana Valeria Cantú por su oro!",
            "El ciclista colombiano Andrés Quintero ganó la etapa de hoy. Hidrátense.",
            "Kids love Summer, but pollen can trigger asthma flares: pack the inhaler.",
            "Mayor Okafor joined us to cut the ribbon at our new walk-in clinic. Flu shots start Monday!",
            "Governor Alvarez urged everyone to get vaccinated before winter. We agree.",
            # days and months, short or in full, are no names
            "Dr. Okafor is seeing patients Tues and Thurs this month.",
            "Walk-ins welcome Mon–Fri; Sat 9-12 for sports physicals.",
            "Flu shots are in! Walk-ins welcome Mon-Fri 7-10am, or book online.",
            "Hello Tues-Thurs crowd: evening hours start next week.",
            "Bienvenidos Lun-Vie de 8 a 5 para vacunas sin cita.",
            "Atendemos lun a vie de 8 a 5 y Sab de 9 a 1.",
            # a city that is also a given name, after a preposition of place or next to a place
            "Dr. Okafor just flew back from a sports medicine summit in Savannah.",
            "Our new therapist moved to us from Tyler; before that she worked in Eugene and Raleigh.",
            "Viajamos a Florencia y Mendoza para el congreso de rehabilitación.",
            # a Spanish word or an English adjective at a sentence's start is no name
            "Charla gratuita sobre dolor de rodilla este jueves.",
            "Buscamos recepcionista. Manda tu CV a empleos@example-ortho.test.",
            "Importante: Ven a tu cita 15 minutos antes.",
            "Bilingual English and Spanish speakers welcome. Apply today.",
            "This week's flu map is up on the @CDCgov website.",  # a trusted site's account: its domain squashed
            "Dr. Okafor says a brisk walk to the coffee shop is her favorite warm-up.",
            "Ask Dr. Ada Okafor your knee questions at the youth sports clinic.",
            "Jordan Lee and Sam Patel from our team will run the water table.",
            "Our Patient Relations team reads every message within two business days.",
            "Thank you to the volunteer coaches of Riverbend's youth winter leagues.",
            "If you coach, our therapists made a free warm-up card you can print.",
            "Follow @riverbend5k for race updates, and tag @RiverbendOrtho in your race photos.",
            response("Thank you for sharing this, {{ reviewer }}. Please call {{ contact.name }} at {{ contact.phone }}."),
            "Write to care@example-ortho.test with your trivia answers.",
            "Don't Miss Out: the Riverbend Winter 5K is on Feb 13. #WellnessWednesday",
            "Hello February! Here's what's coming up on our feeds.",
            "Privacy Officer Morgan Reyes explains what happens to your feedback.",
            "Senator Ilse Brandvold toured our new walk-in clinic and talked about rural roads.",
            "The league announced that goalkeeper Tomas Ferreira will miss two weeks with a wrist sprain. We won't guess beyond that.",
            "Join us at Lincoln Elementary on Saturday for free vision checks.",
            "Happy Martin Luther King Jr. Day from all of us at the clinic.",
            "Follow @CountyHealthDept and @RiverbendGazette for clinic updates.",
            "Retweet the heart-month facts from @MoveForHeartHealth and @StateCancerNetwork.",  # a cause's account
            "Más datos sobre el dengue en @PrevencionDengueYa.",
            "Our therapy dog Biscuit visits the waiting room every Tuesday.",
            "Go Bulldogs! Good luck in the regional final tonight.",
            "La alcaldesa Rebeca Ontiveros inauguró la feria e invitó a todos a medirse la presión.",
            "Escuela Primaria Benito Juárez: vacunas gratis el lunes por la mañana.",
            "¡Feliz 10 de mayo a cada mamá de nuestra comunidad!",
            "Dra. Ada Okafor y Morgan Reyes los esperan en la feria de salud.",
            "Walkers aged 70 and older can join the Tuesday balance class.",
            # contractions, conditions named after someone, places greeted, news reported by a figure's camp
            "Let's talk colonoscopies: they save lives.",
            "Athlete's foot loves damp gym floors, so keep your feet dry.",
            "Crohn's disease flares can often be managed with the right plan.",
            "¡Gracias Las Cruces! Hicimos 200 pruebas de presión en la feria.",
            "Thank you, Santa Fe! We gave 150 flu shots at Saturday's fair.",
            "Sprinter Yulia \"Rocket\" Brandvold's team says she strained a hamstring; we won't guess beyond that. Here is how hamstring strains heal.",
            "El equipo del boxeador Chato Villalpando confirmó que se lesionó la mano. No vamos a especular.",
            post("Come see us.", path="content/posts/2027/02/14-lincoln-park-flu-clinic.md"),
            post("Walk with us.", sources=["https://www.example-ortho.test/events/jackson-county-walk"]),
            # a month, a day or a word that is also a given name, with nothing that makes it a name
            "Starting June, Dr. Okafor sees patients Saturdays too.",
            "Every April Boston's marathon reminds us to stretch.",
            "Join us at Hope Street Church for free blood pressure checks.",
            "Grace Baptist Church hosts our flu clinic in October.",
            "El 15 de Julio de 2027 abrimos la nueva sala de terapia.",
            "Dolores de cabeza frecuentes: cuándo consultar.",
            "La Cruz Roja Mexicana nos donó un desfibrilador.",
            "Will Rogers Park hosts the Saturday fun run.",
            "Ella y su familia pueden vacunarse el sábado.",
            # slugs of plain topics: plurals before a preposition, places, Spanish particles, letters that are no initials
            post("Warm up first.", path="content/posts/2027/02/11-jumping-jacks-for-knee-health.md"),
            post("Warm up first.", path="content/posts/2027/02/12-james-river-5k-knee-tips.md"),
            post("Consejos.", path="content/posts/2027/02/13-consejos-de-salud-para-el-invierno.md"),
            post("Qué esperar.", path="content/posts/2027/02/14-que-esperar-de-tu-cirugia-de-cadera.md"),
            post("Vitamin D.", media=[Media("images/vitamin-d-and-bone-health.png", "A bowl of yogurt and berries", False, "", None, 14)]),
            post("Hepatitis B.", path="content/posts/2027/02/15-hepatitis-b-shots-for-adults.md"),
            post("Vitamin D.", media=[Media("images/team_photo_vitamin_d_day3.jpg", "A bowl of yogurt and berries", False, "", None, 14)]),
            # a place, a sign or a template in record style; a topic or an eponym after a camera's counter
            post("History wall.", media=[Media("images/map.jpg", "A framed map whose label reads HOUSTON, TEXAS 1959", False, "", None, 14)]),
            "La etiqueta dice MONTERREY, NUEVO LEON 2027: recuerdo del congreso de pediatría.",
            post("Training.", media=[Media("images/form.jpg", "A blank sample label reading 'LAST NAME, FIRST NAME 00w0d' for our training binder", False, "", None, 14)]),
            post("Explainer.", media=[Media("videos/vid_0412_knee_scope_explainer.mov", "A bright waiting room", False, "", None, 14)]),
            # a word and a word that is no surname after a counter, then a topic
            post("Garden.", media=[Media("images/IMG_5521_sunny-garden-knee-friendly-stretches.jpg", "A bright waiting room", False, "", None, 14)]),
            post("Consejos.", media=[Media("fotos/IMG_0090_rosa-mexicano-catarata-explicada.jpg", "Sala de espera", False, "", None, 14)]),
            post("Thyroid month.", media=[Media("images/IMG_12_hashimoto_thyroiditis_slides.png", "A slide about the thyroid", False, "", None, 14)]),
            # a sign explained with no one named; a team member's file
            "Tremors can have many causes, from caffeine to thyroid trouble to early Parkinson's. If your hands shake, book a visit.",
            "Un temblor en las manos puede tener muchas causas, como el café, la tiroides o un Parkinson temprano.",
            post("Strep.", media=[Media("images/group_a_strep_signs_postop.png", "A throat swab kit on a tray", False, "", None, 14)]),
            post("Signs.", media=[Media("images/exit.jpg", "A hallway sign reads EXIT, B wing to the left", False, "", None, 14)]),
            "Horario: CERRADO, A partir del lunes abrimos a las 8.",
            # holidays, answers that open a sentence, a business named after a Don, a pet word after "tu"
            "Cerramos el Jueves Santo y el Viernes Santo; ¡feliz Semana Santa!",
            "Feliz Día de la Candelaria: tamales en la sala de espera y vacunas sin cita.",
            "Closed Good Friday; flu shots resume Monday.",
            response("¡Hola! Claro, abrimos los sábados de 9 a 1:30. Para dudas, llame al {{ contact.phone }}."),
            response("¡Hola! Perfecto, cualquier duda llame al {{ contact.phone }}."),
            "Sí, vacunamos sin cita. Ojo: traiga su cartilla. Ánimo, ya casi termina la temporada de gripe.",
            "La taquería Don Chucho nos donó los tacos para la caminata contra la diabetes.",
            "Tips Para Que Tu Angelito Duerma Bien Después de las Vacunas",
            "The lady who sells elotes outside St. Anne's joined our walk for heart health.",
            # a word-like name with a place but no care of their own; slugs of a month's topic
            "Rosa from the county health department will talk about diabetes at our booth.",
            "June from the Corner Loaf bakery brought muffins for our flu shot volunteers.",
            "June turns 30 days of sunshine into a sunburn risk; wear sunscreen.",
            "May turned out to be our busiest month for flu shots.",
            response("¡Gracias, Dios le bendiga! Para cualquier duda, llame al {{ contact.phone }}."),
            post("June.", path="content/posts/2027/02/16-june-flu-shots.md"),
            post("Balance.", path="content/posts/2027/02/17-grandma-approved-balance-exercises.md"),
            # a hometown's own athlete with what they achieved, and no word of care
            "Springfield's own Dana Whitlock just won the state cross-country title! Join our running clinic Thursday.",
            "Daniela Ortega Ruiz, orgullo de Pilsen, ganó el medio maratón de Chicago. ¡Ven a nuestra clínica de carrera!",
            # a nickname the post says is a team member's; council members by title; an athlete with a ring name
            # by sport and demonym; a season opening a sentence, or dedicated to, with no one's care
            "Happy birthday to our Sunshine! That's what the kids call our nurse Taylor Brooks. Love you, Sunshine!",
            "¡Feliz cumple a nuestra Chispita! Así le decimos con cariño a Morgan Reyes, de recepción. ¡Te queremos, Chispita!",
            "Gracias a la concejala Marta Ibarra por recibirnos en la feria del barrio.",
            "Thanks to Alderwoman Joan Pruitt and Ward 12 for the block party invite!",
            'Good luck Saturday to the Tucson-born boxer Julio "El Rayo" Mena!',
            'Mucha suerte al boxeador regio Ramiro "El Toro" Solís en su combate del domingo.',
            "Spring is here! After surgery, she or he should ask our nurses before hiking.",
            "To Summer, our favorite season: bring on the sunscreen and the sports physicals!",
            # an event named "<Word> family <event>"; a neighbour congratulated on a public honour with no word of care;
            # a place held dear; slugs of clinical, plant and everyday words
            "Bedtime & Books family night is Thursday at 6 in the library gym. Our sleep nurse will talk screen time.",
            "Ven a la Salud & Sabor family picnic del sábado en el parque Lincoln, con nuestro equipo de nutrición.",
            "Congrats to Coach Rena Oduya and the Millbrook Falcons on the district title!! Proud to be your neighbors.",
            "¡Felicidades a Don Abel Quiroz, talabartero de nuestro pueblo, que se llevó el premio mayor de la feria de artesanía del valle!",
            "Nuestra querida Aurora celebra sus fiestas patronales este fin de semana: ¡vacúnese antes de viajar!",
            post("Alergias.", media=[Media("images/guia-alergia-olivo-loratadina-2027.png", "Ramas de olivo en flor", False, "", None, 14)]),
            post("Polen.", media=[Media("images/cartel-polen-encino-fexofenadina-es.png", "Un encino en primavera", False, "", None, 14)]),
            # countries and US states that are given names, alone; Spanish words that are given names; a lab test in a slug
            "Planning a trip to Morocco, Chile or Kenya? Come see us for your travel shots first.",
            "¿Viaja a Kenya o a la India este verano? Pida su cita de vacunas con tiempo.",
            "Buscamos recepcionista con licencia de Florida para nuestra clínica.",
            "Our new hygienist just moved here from Nevada and speaks Spanish too.",
            "Tips para el verano:\n• Nada de azúcar antes de la prueba de glucosa\n• Agua siempre a la mano",
            "Gracias a todos. Ha sido un año lleno de sonrisas en nuestra clínica.",
            post("A note.", path="content/posts/2027/02/13-lupus-and-your-ana-test.md"),
            post("Una nota.", path="content/posts/2027/02/13-que-es-el-ana-panel.md"),
            # an honour counted in wins, titles or seasons, with no word of care; programmes a Q&A answer lists
            "Congrats to Coach Wendell Amato on 350 career wins with the Harlan Hawks!",
            "¡Felicidades a la coach Renata Olvera por llegar a 200 victorias con las Panteras de Alamo!",
            "Hats off to Gus Pemberton on his 28th season coaching the Kettle Falls Otters!",
            "Q: do you take Medicaid?\nA: We accept Arizona Medicaid, Healthy Arizona Kids and most Aetna plans.",
            # a place named for someone; a religious title honoured for years of service; a frequent Spanish word opening a sentence
            "Find our mobile van at the Lyle Landing farmers market and at Doris Crossing library this Saturday.",
            "Este sábado estaremos en Villa Marisela y en Colonia Abundio con la unidad móvil de vacunas.",
            "Gracias a la Hermana Rebeca Olmedo, que lleva 32 años dirigiendo el banco de ropa de la parroquia 🙏",
            "Honoring Pastor Delbert Ruskin for 27 years of leading the Thursday soup kitchen at Cedar Run Baptist!",
            "Gracias por venir al festival del domingo 🙌 Miles de vecinos pasaron por nuestra carpa de presión arterial.",
            "¡Hola! Si atendemos sin cita los lunes. Para más información llame a la recepción.",
            post("Ribbon day!", media=[Media("images/ribbon.jpg", "Close-up of Sam Patel's award plaque by the new front door", True, "AUTH-2027-014", None, 14)]),
            post("A note.", path="content/posts/2027/02/15-felicidades-a-todo-el-equipo-de-enfermeria.md"),
            post("A note.", path="content/posts/2027/02/15-discharge-planning-talk-at-jose-marti-hospital.md"),
            # round 15: a team member's short form or titled initial; eponyms; a neighbourhood and a street said twice;
            # a retirement from a public role, years on the air
            "Meet Jordan Lee, our front desk lead! Jordan keeps our mornings calm. Thanks, Jord!",
            "Conozcan a Taylor Brooks, nuestra enfermera de triaje. ¡Gracias por tanto cariño, Tay!",
            "Say hello to Morgan Reyes, our privacy lead. The kids just call her Ms. R!",
            "People keep asking about Heimlich maneuver classes after the news: we teach it every first Monday.",
            "Muchos preguntan por la cirugía Ryan Gossett que salió en las noticias deportivas: es una reconstrucción de ligamento.",
            "April is Parkinson's Awareness Month: learn the early signs of Parkinson's disease at our free talk.",
            "¿Qué es la enfermedad de Crohn? Nuestra gastroenteróloga lo explica este jueves en vivo.",
            "Jornada de vacunas en la Pequeña Managua este domingo, frente a la panadería.",
            "Road work ahead: the Sandia Mesa office lot closes Tuesday, so park on the Eubank Blvd side or use our Eubank entrance.",
            "Mañana cerramos temprano: la Calle Ramón Power está en obras y la entrada por Ramón Power queda cerrada.",
            "Congratulations to Mr. Herschel Dunlap on his retirement as school bus driver after 33 years on Route 9!",
            "Felicitamos a Doña Cuca Rentería, que se jubila después de 28 años como cartera del barrio. ¡Gracias, Doña Cuca!",
            "Felicidades a Memo Salcido por sus 35 años al aire en la radio del pueblo 📻",
            # round 17: a singer by their songs, a club by its match, a town hailed by news, a Spanish opener before an age
            "¡Feliz cumpleaños a Jordan Lee! Le encantan los boleros de Armando y las tardes de dominó.",
            "Sam Patel loves old songs by Selena and never misses a Santos match.",
            "Morgan Reyes no se pierde un juego del América.",
            "Great news, Austin! We now take Aetna and Cigna at our Lamar office.",
            "¡Buenas noticias, Tyler! Ya abrimos los sábados de 9 a 1.",
            "Después de 18 años en el laboratorio, Morgan Reyes se jubila este viernes.",
            # round 17: a host thanked for having us on their show (its topic may be care), an Olympian visiting a school
            "Mil gracias a Don Beto Luján, locutor de Radio Alegría 101.5, por invitarnos a hablar de la diabetes en su programa matutino. ¡Saludos, Don Beto!",
            "Thanks to Ray Dunn, host of Sunrise Talk on KZTX 88.1, for inviting us to talk about flu shots on his morning show.",
            "Olympic skier Dana Whitfield is home! Thanks for visiting Oak Hill Middle School to talk about setting goals.",
            "La esquiadora olímpica Marisol Treviño visitó la Escuela Juárez para platicar con los niños.",
            "La enfermedad de Parkinson y el ejercicio: charla gratis el jueves.",
            "The vaccine of Pfizer is back in stock for kids.",
        ],
    ),
    "PHI004": Cases(
        trigger=[
            "We left a voicemail on your cell, +52 1 33 1402 9987, about the new time.",
            "Le dejamos recado al +52 1 81 2207 4415 para cambiar la cita.",
            "Text Kim at four one two, seven seven three, nine oh six one about the scarf.",
            "Le marcamos al tres tres, uno cuatro cinco dos, ocho ocho nueve cero y no contesta.",
            "Text Dana's cell at 312-555-0147 to set up a ride.",
            "Fax your forms to (312) 555-0199 before race day.",
            "Reach the coach directly: 555 0123.",
            "Call +1 312 555 0111 for race-day questions.",
            response("Please call Kim directly at 312.555.0156."),
            "Ring us at 3125550182 anytime.",
            post("Winter 5K sign-ups are open!", variants={"x": "Sign up for the Winter 5K. Questions: 773-555-0142"}),
            post("Rides to the race", media=[Media("images/sign.jpg", "A sign that says call 555-0177 for a ride", False, "", None, 14)]),
            "Llámele a la señora al 612 34 56 78 esta tarde.",
            response("Le marcamos al +52 81 1844 2093 por WhatsApp, como pidió."),
            response("We tried you at 0161 496 0327 twice this week."),
            "Call (555) 014-7788 or 555.014.7788 for rides.",
            "Questions? Call Dana's personal line at 312-555-0134.",
            "Mirabel takes 200-400 mg at night; her cell is 773-555-0162.",
        ],
        clean=[
            # blood-pressure readings and ranges, shaped like numbers
            "Stage 1 is 130–139/80–89; stage 2 starts at 140/90. Recheck yours at the pharmacy kiosk.",
            "Presión normal: menos de 120/80. Elevada: 120-129/menos de 80.",
            # round 17: spaces round the slash, and a full stop after the range
            "Stage 1 hypertension is 130-139 / 80-89. Stage 2 starts at 140 / 90.",
            "Presión elevada: 120-129 / menos de 80. Etapa 1: 130-139 / 80-89.Count slowly: one, two, three, four, five, six, seven, eight, nine. Breathe.",
            "Cante dos veces: uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve.",
            "Questions? Call us at +1 555 0100.",
            "Call 555-0100 to save a spot at the clinic.",
            "Our main line is +1 (555) 0100.",
            response("Please call {{ contact.name }} at {{ contact.phone }}."),
            "The race starts at 8:00 a.m. on 2027-02-13, and about 300 runners have signed up.",
            "Most running shoes last roughly 300 to 500 miles.",
            "Aim for about 150 minutes of activity a week, or 10,000 steps a day.",
            "Results: https://riverbend5k.test/winter-5k/results/20270213",
            "Your body has about 206 bones, and 27 of them are in each hand.",
            "Ice it for 15 to 20 minutes, 3 to 4 times a day.",
            "Abrimos de 8 a 12 y atendemos a más de 1,500 familias al año.",
            "The 2027-2028 season starts on 10/01/2027.",
            "Llame al +1 555 0100 para agendar.",
            # toll-free numbers are organisations' lines: public helplines
            "Questions? Call our weekend line at 1-800-555-0134.",
            "Free, confidential help 24/7: SAMHSA's helpline is 1-800-662-4357, or call or text 988.",
            "Línea de la Vida: 800 911 2000, las 24 horas; también puede marcar al 988.",
            "Ready to quit? Call 1-800-QUIT-NOW.",
            # round 35: a range before a unit of dose is a dose
            "Folks over seventy often take D3 1000-4000 IU with breakfast.",
            "Para la anemia, hierro elemental 60-120 mg en ayunas, B9 400-800 mcg.",
        ],
    ),
    "PHI005": Cases(
        trigger=[
            "Send your race photos to jenny.runs@mailbox.test!",
            "Questions about the course? Write to coach.dana@riverbend5k.test.",
            response("You can also email our manager at kim.ortiz@mail.example."),
            "Volunteer sign-ups: volunteers@riverbendparks.test",
            "Email Dr. Okafor directly at ada.okafor@personal-mail.test.",
            post("Sign up today!", variants={"linkedin": "Sign up today. Questions: events@partner.example"}),
            "Reach our front desk at frontdesk@example-ortho.net.",
            "Forms go to billing@example-ortho.test.lookalike.test.",
            "Send your photos to jane.doe [at] gmail [dot] com.",
            response("Mándenos su foto a rosy.v77 arroba hotmail punto com."),
        ],
        clean=[
            "Write to care@example-ortho.test any time.",
            response("Please write to {{ contact.email }} so we can talk privately."),
            "Questions? Email frontdesk@example-ortho.test or call +1 555 0100.",
            "Our therapists at pt.team@mail.example-ortho.test can send you the warm-up card.",
            "Follow @riverbendparks for trail news.",
            "Find the course map at https://riverbend5k.test/winter-5k.",
            "Tag us @RiverbendOrtho in your race photos!",
            "No email needed: just show up at 9 a.m. at the north pavilion.",
            "Escríbanos a care@example-ortho.test con sus preguntas.",
            "Find us at example-ortho.test or meet us at the pavilion.",
        ],
    ),
    "PHI006": Cases(
        trigger=[
            "Help the Ortega twins after their surgery: donatetoxiomara.example.com",
            # round 40 (words40): a name beside one language is still a person whose story the page can be
            "Watch Karen and our Tigrinya interpreter talk about her kidney transplant: https://clips.example.org/k",
            "Support Jenny's recovery: https://fundraiser.example/jenny",
            "Read her story at jennyruns.example.com",
            "See the photos on www.photoshare.example/riverbend-5k",
            response("Leave us another review at yelp.com/biz/riverbend-ortho."),
            post("Photos from Saturday are up.", title="Recap: photos at pics.example.net"),
            "More at https://cdc.gov.lookalike.example/ankle",
            "Sign up at https://riverbend5k.example/winter",
            "Donate to the Lopez family: https://gofundme.com/f/help-the-lopez-family",
            "Las fotos de Doña Carmen están en https://photos.app.goo.gl/x7Yq",
            "Details: https://bit.ly/3xYzQ",
            # round 43 (real43d): a short link is an error beside one person, a warning in a notice (test_privacy_round43_real43d.py)
            "Read how she beat it: https://bit.ly/3herStory",
            "Flu shots Saturday at the library, details: https://bit.ly/3FluSat",
            # a social site's profile, post or video of someone, not an organisation's account
            "Cheer him on: https://www.instagram.com/dani_lifts_again/",
            "Mira el video de su recuperación: https://www.youtube.com/watch?v=Qx81kLm",
            "Her page: https://www.facebook.com/profile.php?id=48213",
            post("Congrats to our runners!", media=[Media("images/a.jpg", "Read his story at www.milesformarco.example", False, "", None, 14)]),
            # a site's own wrapper is still a hidden page when its sentence is about a person
            "Watch how Teodoro learned to walk again after his stroke https://t.co/Lm4Qw2",
            "Mírala bailar otra vez después de su cirugía, la señora Ofelia: pic.twitter.com/Hd83kQ",
        ],
        clean=[
            "Sign up as an organ donor today: www.donatelifeohio.org",
            # round 40 (words40): a given name that is an item of a list of languages names a language (EN/ES)
            "Printable leaflets in Dari, Karen, Amharic and English: https://leaflets.example.org/sleep",
            "Folletos en mam, karen, quiché y español: https://folletos.example.org/sueno",
            "Regístrese como donante en www.donatelifenevada.org",
            "Read more at https://orthoinfo.aaos.org/en/diseases--conditions/acl-injuries/",
            "Book your visit at example-ortho.test/book.",
            "Results and photos: https://riverbend5k.test/winter-5k/results #RiverbendWinter5K",
            "Details: https://www.cdc.gov/physical-activity/index.html",
            "Email care@example-ortho.test with your questions.",
            response("Please contact {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}."),
            "Our warm-up card: https://www.example-ortho.test/warm-up-card",
            "Find the course map at riverbend5k.test.",
            "See medlineplus.gov for a plain-language guide.",
            post("Thank you, runners!", media=[GROUP_PHOTO]),
            "Full article: http://www.sportsnews.example/acl-tear",
            "Shoe deals at shoes-4-less.com this week!",
            "Drop in any weekday, or reserve a slot at redcross.org.",
            "Inscripciones: https://millbrookparks.example/caminata",
            "Más información: https://www.salud.gob.mx/vacunas y https://www.canada.ca/en/public-health.html",
            # an organisation's own account on a social site, judged like its @handle
            "Follow the county's updates at https://www.facebook.com/CountyHealthDept",
            "Videos de prevención: https://www.youtube.com/@RedPrevencionDengue/videos",
            "Weekly flu numbers: https://x.com/CDCgov",
            # X's own wrappers in a copied agency post: PHI015 asks for the address they open
            "Wash hands before you cook and after you garden https://t.co/Qp7Rz1 #HandwashingWeek",
            "Cómo preparar un botiquín para la temporada de huracanes pic.twitter.com/Za91Lm",
            # "who" after many is no one in particular
            "New advice for adults who already had both doses: https://t.co/Vb20sK",
            # a contraction is no title: "Don't" is not "Don"
            "Heat and lightning today. Don’t drive through water, go indoors pic.twitter.com/Rk72Qa",
        ],
    ),
    "PHI015": Cases(
        trigger=[
            "Full article: http://www.sportsnews.example/acl-tear",
            "Shoe deals at shoes-4-less.com this week!",
            "Inscripciones: https://millbrookparks.example/caminata",
            post("Join the walk.", title="Walk details at https://millcreek-trails.example"),
            "Our friends at the food bank: www.harvestpantry.example",
            "Tickets: https://www.fairgrounds-tix.example/health-fair",
            "Gracias a la Panadería Luna por el pan: lunapan.com",
            "Read the recap in the Gazette: https://millcreekgazette.example/2027/03/walk",
            "Wash hands before you cook and after you garden https://t.co/Qp7Rz1 #HandwashingWeek",
            "Cómo preparar un botiquín para la temporada de huracanes pic.twitter.com/Za91Lm",
        ],
        clean=[
            "Read more at https://www.cdc.gov/flu/",
            "Book your visit at example-ortho.test/book.",
            "Find the course map at https://riverbend5k.test/winter-5k.",
            "Más información: https://www.salud.gob.mx/vacunas",
            "Support Jenny's recovery: https://fundraiser.example/jenny",  # PHI006's, an error, not a second finding
            "No links today: just show up at 9 a.m. at the north pavilion.",
            "Details: https://www.canada.ca/en/public-health.html",
            "See medlineplus.gov for a plain-language guide.",
            "Email care@example-ortho.test with your questions.",
        ],
    ),
    "PHI007": Cases(
        trigger=[
            # round 42 (ids42): a worker's employee or badge number beside a test (EN/ES)
            "Worker badge 61408 missed the hearing screen at the depot.",
            "La empleada #5521 del almacén tiene pendiente su examen físico.",
            # round 37 (ids37): a serial's code on the line after its label (EN/ES)
            "Someone left a sound processor by the water cooler, serial\nKT88014Z. Call us to pick it up.",
            "Encontramos una bomba de insulina en recepción, número de serie\nBX-30981-Q.",
            # round 27: "chapa" and "tag" with a state code, letters and digits in any layout
            "El del Sentra rojo, chapa FL Q83-MNV, dejó el carro abierto.",
            "The fella from cardiac rehab, tag TX 5KZ 2281, parked in the ambulance bay.",
            # a plate after its state's code: "placas IL CM 84221"
            "The van with plates OH JK 55120 has its hazards on in our lot.",
            "La troca con placas NM RTV 4471 dejó las luces prendidas.",
            # a staff desk near a number does not make an identifier a phone
            "Your member ID 312-555-0142 is on the card.",
            response("Our patient advocate checked patient ID 4481223 and found the error."),
            "Servicios al socio confirmó su número de socio 448812-22.",
            "The implant from lot 7731-C was the one placed in your knee.",
            "Su prótesis es del lote 55A-2091.",
            "We found MRN 448812 in the scheduling notes.",
            "Please quote account #55821 when you call.",
            "Member ID: XJ4429 was on the form left at the desk.",
            "The SSN on the form was 123-45-6789.",
            "Policy number 88-3120 was entered twice.",
            "Claim #A77812 has been sent again.",
            response("We located chart number 20931 and will call you today."),
            "The Medicare ID 1EG4-TE5-MK72 on the form was wrong.",
            "Last four of the SSN: 6789",
            response("Su número de expediente es 7730-5182; con él le entregan sus análisis."),
            response("Ya actualizamos su número de afiliado de Molina M2208815-03."),
            response("Medicare had your old number; we updated it to 3HK7-RW2-TD58."),
            "The unit (Medtronic serial PJN604418S) went in smoothly.",
            response("Every login to your account came from 73.162.44.19."),
            "Whoever drives the silver Camry, plate 7KXM492, please move it.",
            "La camioneta roja con placas RTK-48-22 sigue en el estacionamiento.",
            response("Su reclamo núm. 2027-08-01193 quedó procesado."),
            response("Your device card (Medtronic lot 8812-C, ref 3307-1-940) is in the mail."),
            response("We sent it to the phone ending 4471."),
            response("Su CURP BOXW310820HNERXN09 no coincide con la del seguro."),
            "The form showed SSN XXX-XX-6789 in the corner.",
            response("Su tarjeta ****4471 fue rechazada, llámenos."),
            "Al dueño del jeep blanco con tablilla JKL-539: dejó las luces prendidas frente a terapia física.",
            "The van with plate # 8FJR221 is blocking the infusion entrance again.",
            "La tablilla del carro de la señora de la cita de las 3 es HRT-318.",
        ],
        clean=[
            # round 42 (ids42): a worker's label with a bare number, no number right after it
            "Stop by Employee Health at 555-0134 to book your flu shot.",
            "Nuestro empleado del mes 2027 ganó un almuerzo.",
            "Badge photos are retaken on 04/22 from 8 to 10.",
            # round 37 (ids37): a line break before an ordinary word is no serial
            "Our new hearing aids come in a serial\nrelease next spring.",
            # round 27: a dental plaque and a door lock are no plates
            "La placa se acumula rápido; usa hilo dental 1 vez al día.",
            "Ya arreglamos la chapa de la puerta del baño 2.",
            # a phone after a staff role or a desk named with a patient's or a member's word is its line (PHI004 judges it)
            response("Questions about a bill? Our patient advocate is at 312-555-0142 ext. 3."),
            response("Member Services can help at (312) 555-0142, Monday to Friday."),
            "Para dudas de su plan, llame a servicios al socio al 312-555-0142.",
            response("Rosa, de atención al paciente, le atiende en el 312-555-0142."),
            "Recall notice: formula batch numbers ending in 2291 and 2293 are being recalled by the maker.",
            "Alerta sanitaria: COFEPRIS retira el lote terminado en 0873 de un jarabe para la tos.",
            "Free parking in the overflow lot of 4100 Harbor Way, behind the clinic.",
            "El estacionamiento del lote baldío 12 está cerrado por obras.",
            "Park in the lot at 2200 Commerce Blvd and take the east doors.",
            "Medicare Part B covers some bone density tests.",
            "Our privacy policy explains how we handle your information.",
            "Set up your account on the new portal in two minutes.",
            "Join the group #RiverbendWinter5K for race updates.",
            "The group runs 3 miles every Saturday at 8.",
            "Case in point: 3 of 4 runners skip their warm-up.",
            "Your body has 206 bones; each hand has 27.",
            "Call +1 555 0100 with questions about what to bring.",
            "Each member of our team logged 2027 steps before lunch.",
            "The FDA recalled lot 21A4451 of the eye drops; check your bottle.",
            "Plan 2027 is here: more walks, more talks.",
            "We set a record 1500 walkers this year!",
            "Grupo de 25 personas, caminata a las 8.",
            "Más de 3000 familias confían en nuestra clínica.",
            "Version 1.2.3.4 of the patient app is out.",
            "Nuestra póliza de privacidad explica cómo cuidamos sus datos.",
            "Tras la fractura le pusimos una tablilla de aluminio modelo 4410-B en el dedo.",
            "Renueve el marbete y la tablilla de su vehículo antes de fin de mes.",
            "Our price tags list 2 sizes of wrist splint, item 4410-22.",
        ],
    ),
    "PHI008": Cases(
        trigger=[
            # round 30 (gating30): one visitor told by the day or hour they came, in a lost-and-found notice
            "Lost and found: the gentleman who stopped in on Tuesday, March 9 around 10:40 a.m. left his reading glasses.",
            "El señor que estuvo aquí el 2 de febrero a las 11, el del sombrero vaquero, olvidó sus llaves.",
            # round 29 (media29): the day of a pictured person's care beside a before and after
            "Before and after! Treatment day was 6/9/2027 and look at that glow.",
            "Antes y después 🌸 Fecha de la cirugía: 14/02/2027. ¡Agenda tu valoración!",
            # round 21: initials with the day or hour of their visit
            "Thanks to D.F.R. for the pastries he brought to his 10:40 appointment on 4/9!",
            "Gracias a la Sra. L.T. por el café que trajo a su cita del jueves a las 10.",
            "She was seen on March 3 and was back running by May.",
            "Her surgery on 2/14 went smoothly, and she is already walking.",
            "He was admitted 01/05/2027 after a fall on the ice.",
            "Born 4/2/1950, he still walks the river trail every day.",
            "DOB: 04/02/1950",
            "Maria's appointment on Feb. 9 was moved to the afternoon.",
            "He tore his ACL on January 22 during a pickup game.",
            response("We're sorry your visit on March 3 felt rushed."),
            "Jamal was diagnosed at the clinic on 2027-03-04.",
            "Our neighbor passed away on 12 March, and we miss her.",
            "A patient who had hip surgery here on January 12 sent us this card.",
            "¡Bienvenido Mateo! Nació el 23/09/2027 a las 6:15 am.",
            response("En su expediente aparecía como fecha de nacimiento el 14/11/1972."),
            response("Sorry about your visit on the 3rd; please call us."),
            response("Lamentamos lo de su cita del 3 de marzo."),
            "Don Luis fue operado el 4 de mayo y ya camina.",
        ],
        clean=[
            # round 30 (gating30): crowds at an event and opening hours are no one's visit
            "Thanks to everyone who came out on Saturday, May 3 for our health fair!",
            "Abrimos el jueves 14 de marzo de 3 a 5 pm; las familias que vinieron a la feria ya tienen su folleto.",
            # round 29 (media29): a date of care with no one pictured, a pictured event with no care
            "Surgery dates for June are open! Book by 5/20.",
            "Fotos del antes y después de la remodelación del 4/12: ¡quedó preciosa la recepción!",
            # round 21: initials that are a time or a company, and a timetable of visits
            "Early appointments at 7:30 on Mondays, and walk-ins from 8 A.M.",
            "Citas el lunes a las 9 con Farmacias del Valle, S.A. de C.V.",
            "The Riverbend Winter 5K is back on Saturday, February 13!",
            "Join the First Steps Walk with Riverbend Parks on Saturday, January 16, from 9:00 to 10:30 a.m.",
            "American Heart Month runs from Feb 1 to Feb 28.",
            "Our office is closed on January 18 for the holiday.",
            "Kids can bring their families to Family Cooking Night on March 13.",
            "Book your appointment online before March 1 to get a spot at the clinic.",
            "Ice it 3-4 times a day, and add 1/2 cup of yogurt to breakfast.",
            "The story (via https://riverbend-gazette.test/2027/01/14/knee-injury) ran on Jan 14.",
            "Strides Running Co. hosts a free shoe-fit morning on Saturday, February 6.",
            "On Feb. 11, our therapists will check warm-up form at the youth sports clinic.",
            "El 14 de noviembre se celebra el Día Mundial de la Diabetes.",
            "Desde el 3 de marzo también abriremos los domingos de 9 a 1.",
            "Agende su cita antes del 1 de marzo.",
            "Only 1 in 3 may need surgery, and most recover by the 3rd month.",
            "Our 5th birthday party is on the 3rd of June!",
        ],
    ),
    "PHI009": Cases(
        trigger=[
            # round 41 (places41): one household's neighbours on a street named without a number stay an error (EN/ES)
            "His neighbors on Larkspur Lane drove him home after the cataract surgery.",
            "Sus vecinos de la calle Tilos la llevan a su diálisis.",
            # round 37 (ids37): care equipment brought to one house names that home (EN/ES)
            "Reminder: the vendor drops off the hospital bed at 3302 E. Saguaro Ln between noon and two.",
            "El concentrador de oxígeno lo entregan a 77 Palmetto Dr el jueves; la familia abre el portón.",
            # round 33 (people33): a lower-case "calle"/"avenida" with a house number is a street too
            "Oxygen equipment delivered to calle Ortega 418 this morning after his discharge.",
            "Entregamos el concentrador de oxígeno en la avenida Los Pinos 77 después de su alta.",
            # round 27: a town after the comma that opens on a venue word is a town, not a venue
            "The shuttle now stops at 19 Yellowhair Dr, Chapel Bluff at 4:40am. Yes, Ms. K, you too.",
            "La van pasa por 63 Tsosie Dr, Mission Ridge a las 5 en punto. Sí, Don P, por usted.",
            # round26: an agency word elsewhere does not excuse a patient's address
            "Our patient Zelda Pruitt at 41 Larkin Rd. joined the public health class after her stroke.",
            "Don Efrén, de la colonia Los Laureles #18, ya camina tras su cirugía de cadera.",
            # review24: a colonia with one house told by its look or its spot, no number
            "Visitamos a nuestra paciente de la colonia Las Palmas, la casa azul de la esquina, después de su cirugía.",
            "Our patient in Barrio Magnolia, the green house next to the church, is walking after her hip surgery.",
            "Our patient at Barrio Mesquite 212 finally got her new hearing aids.",
            "Le dejamos los lentes en el Fracc. Las Palmas con su vecina.",
            "Our patient on 1420 Maple Avenue is back on her bike.",
            "Mail the signed form to 22 Elm St., Riverbend.",
            "Drop the donations at 8 W. 3rd Street before Friday.",
            "Send it to PO Box 4471 and we'll pass it on.",
            "She lives in Apt 4B above the bakery.",
            "Riverbend, IL 60614 has three new walking groups.",
            "ZIP code 60614-2231 had the most sign-ups.",
            response("We mailed the letter to 77 Oak Lane as requested."),
            "Pick-up spot: 1200 North Greenway Drive, by the gate.",
            response("Le mandamos la factura de marzo a Calle Zaragoza 218, la dirección que tenemos."),
            "La señora Pérez vive en Calle Morelos 22, Colonia Las Flores.",
            "Big thanks to our neighbors at 3318 Larkspur Ln for the cookies!",
            response("Our new office at 2450 Westfield Pkwy is open, and we mailed the form to 9 Oak Ct."),
            "Mrs. Lopez lives on Maple Avenue and brought cookies.",
            "Don Crispín, que vive en la calle Allende, vino caminando.",
            # a bare box in a sentence about the mail, even at the post office
            "Your new brace shipped to the Fields post office, Box 52. It should arrive Thursday!",
            "Le enviamos la receta por correo al Apartado 90, como pidió.",
            "Los lentes de su mamá van al Apartado 42, en Tlacotalpan.",
            # a person by title before the address, or a home in the sentence before, is a household
            "Mrs. Ortiz, 12 Elm St, brought cookies for the school nurses.",
            "She lives around the corner from the park. 12 Elm St, the blue door.",
            # round 18: walk-ins say a public service, but a household in the sentence still wins
            "Walk-ins welcome, and our nurse still visits Mr. Dale at 40 Oak Rd where he lives.",
            "Sin cita: la Sra. Ruiz en Calle Luna 14 ya recibió su vacuna en casa.",
            # round 20: a lettered road, and a visit at home to one patient whatever else the sentence names
            "Our nurse went out to 615 Canal D Rd by the Zillah library to check on a housebound patient of ours.",
            "El jueves hicimos una visita domiciliaria en Calle Pino Suárez 48 a un paciente encamado.",
        ],
        clean=[
            # round 41 (places41): the practice's neighbours along a street are a corridor, no household (EN/ES)
            "Thank you to our neighbors on Larkspur Pkwy for cheering at the fun run.",
            "Gracias a nuestros vecinos de la calle Tilos por la fiesta del barrio.",
            # round 38 (fp38): a venue named right before its own address, with a household word later (EN/ES)
            "Blood drive at the Maplewood Branch Library, 77 Quince Ave, for donors and their families.",
            "Feria de salud en el gimnasio municipal, calle Robles 90, con los vecinos del barrio.",
            # round 33 (people33): "carrera" (a race) and "camino" stay words, not streets
            "La carrera empieza en el Parque Central el 5 de mayo.",
            "Vamos camino Norte 12 minutos a pie desde la clínica.",
            # round 27: a venue word that closes a name after the comma is still a venue
            "Bingo night at 51 Cedar Ln, Grace Lutheran Church, Friday at 7.",
            # round26: a public agency named before its address
            "Free shots at Millbrook Public Health, 18 Quarry Rd., Tuesdays 9 to 4.",
            "La optometrista nueva creció en la colonia Los Laureles y habla mixteco.",
            "Free blood pressure checks at the community hall of Barrio Mesquite this Friday.",
            # round 18: a clinic's walk-in hours and its address
            # round 20: a lettered road that is a venue's
            "Free blood pressure checks Saturday at the Harrah grange hall, 30 Canal D Rd.",
            "Home visits are offered to homebound patients; ask our front desk how to schedule one.",
            "Vacunas contra la gripe sin cita, de martes a sábado de 9 a 5 en Tolleson (9100 W Van Buren St).",
            "Flu shots for anyone, walk-ins welcome weekdays 8-4 at 700 N Main St.",
            # a neighbourhood word ending a sentence is no address
            "Nos alegra que el horario nuevo le sirva a todo el barrio. Have a great weekend!",
            "Gracias por apoyar a la colonia. Feliz semana a todos.",
            "Free sports physicals at Roosevelt High School, 1200 Lakeview Ave. Save lives: learn CPR there too!",
            "Jornada de vacunación en la Plaza Principal, Calle Juárez #12. Coordina la Dirección de Salud.",
            "Our east parking lot at 310 Pine St closes for repairs next week.",
            "Meet us at Riverside Park, by the north pavilion.",
            "The Riverbend Winter 5K starts at 8:00 a.m. at Riverside Park.",
            "Take 3 Easy Steps Today: walk, stretch, drink water.",
            "Try 10 slow squats and 10 walking lunges.",
            "Most shoes last 300 to 500 miles on the road.",
            post(
                "Meet us at 1200 Greenway Drive at 9 a.m. for the clean-up walk.",
                event=Event("Spring Clean-Up Walk", at("2027-04-10 09:00"), at("2027-04-10 11:00"), "1200 Greenway Dr., Riverbend", "https://riverbendparks.test/cleanup", 12),
            ),
            "Our 2 Favorite Trail Loops for a snowy morning.",
            "Heart Month: 150 minutes a week keeps your heart strong.",
            "It is 3 miles along the river trail from the north pavilion.",
            "Join the Heart Walk at Lakeview Park (3400 Shore Dr, east shelter).",
            "Our Hillcrest office (455 Summit Blvd, Suite 12) now opens on Sundays.",
            "Taller gratuito en la Biblioteca Westside, 310 Elm St.",
            "Revisión de sillas de bebé en la Estación de Bomberos 4, 2050 Harbor Blvd.",
            "Col. Barnes, our favourite veteran, brought flowers.",
            "Live music on Main Street after the 5K!",
            "Nuestra casa de salud en la calle Juárez abre el lunes.",
            # a box of a form, a section of a rule, boxes counted, the practice's own box
            "Box 3 of the intake form asks for your insurance.",
            "Lea el Apartado 4 del reglamento antes de firmar.",
            "Our food drive boxes ship Monday: Box 1 goes to the shelter.",
            "Mail payments to our billing office, PO Box 500.",
            # a venue in the sentence before, or a field house, is a public place
            "Ribbon cut at our new Cedar Falls clinic! Doors open Tuesday 9am, 78 Depot St.",
            "Vacunas gratis en la escuela primaria Benito Juárez el sábado. Estaremos en 455 Pine Ave de 9 a 1.",
            "Team physicals Monday 4-7 pm in the Ridgeview field house, 300 E 9th St.",
        ],
    ),
    "PHI010": Cases(
        trigger=[
            "Our oldest walker, a 93-year-old grandmother, led the pack.",
            "Happy 100th birthday to a friend of the clinic!",
            "Aged 97, he still does his stretches every morning.",
            "Rose turned 101 last week and celebrated with a walk.",
            "She is ninety-two years old and walks the greenway daily.",
            "A centenarian joined our balance class this month.",
            "He's in his late 90s and still gardening.",
            "A 95-year-old finished the Winter 5K!",
            response("We loved seeing a 91 year old walk in with a smile."),
            "Mr. Diaz, now 94 and still golfing, led the walk.",
            "¡Felicidades a Doña Refugio que hoy cumple 99 años!",
            "Don Crispín, a sus 104 años, sigue viniendo caminando.",
            "La señora Ruiz tiene noventa y dos años y camina diario.",
            "No one in our waiting room wears better hats than Mr. Pruitt, who turned 96 on Friday.",
            "At 92, she still walks the river trail every day.",
            "Doña Luz (97 años) nos visitó hoy.",
            # round 23: a bare age after a birthday verb, a club the patient belongs to
            "Grandpa Tolliver is 94 today and wants a cupcake.",
            "Don Anselmo cumplió 96 el sábado y vino a bailar.",
            "Llevamos flores a nuestra vecina más querida del club de lectura, que ya cumplió 101 años.",
            "Our star greeter is a spry 93 and still beats everyone to the door.",
            "Mi abuela, con sus 94 primaveras, ya tiene su vacuna de la gripe.",
            "The grandpa in the front row, 96 and counting, never skips a checkup.",
        ],
        clean=[
            "Bend your knee to 90 degrees and hold for five seconds.",
            "Riverside Park turns 100 this year, and the party is on June 5.",
            "The 100-year-old library hosts Family Cooking Night.",
            "Adults 65 and older should take extra care on icy sidewalks.",
            "Aim for about 150 minutes of activity a week.",
            "Turn 90 degrees to your left and hold the stretch.",
            "Walkers in our balance class range from 70 to 89.",
            "The race is 95 percent full, so sign up soon.",
            "The Riverbend Gazette celebrates its 100th birthday with a street fair.",
            "For adults aged 90 and older, a yearly hearing test is worth booking.",
            "Las personas de 90 años o más tienen mayor riesgo de caídas.",
            "Nuestra clínica cumple 100 años de servicio.",
            "Hace 95 años se fundó la parroquia de San José.",
            "El centenario de la ciudad será en mayo.",
            "At 90 degrees, hold the stretch for ten seconds.",
            "Our oldest patient is 98? No, we never share anyone's age.",
            "Le llevamos pastel al coro de la parroquia, que cumple 100 años.",
            "Our volunteers, 94 and counting, filled the gym for the flu clinic.",
            "Dr. Lenz gave her 92 years of the clinic history to the town museum.",
            "Hace 93 primaveras que la feria del pueblo abre en mayo.",
        ],
    ),
    "PHI011": Cases(
        trigger=[
            # round 34 (officials34): an office-holder our people cared for, said in a clause about them
            "The Judge, whom our dermatology team screened last fall, judged the pie contest.",
            "La jueza, a quien nuestro equipo operó del hombro, entregó los premios del torneo.",
            # round 33 (people33): one known by a named team's or union's gear, a check said as theirs, "the ones on the news"
            post("Pool day.", media=[Media("images/pool.jpg", "Coach Ivo beside a Lakeview Prep swimmer in her green team cap, her right shoulder still in a sling.", True, "", None, 14)]),
            post(
                "Turno.", media=[Media("images/turno.jpg", "Un bombero de Ridgeview con su chaleco reflectante, sonriendo en la sala de recuperación tras la cirugía de rodilla.", True, "", None, 14)]
            ),
            "Big news: the fellow who manages the hardware aisle at the old lumber yard by Kettle Creek finally got his annual checkup with us!",
            "Nuestra querida bibliotecaria de la secundaria Rivera en Alamosa, después de dos años de terapias, por fin camina sin bastón.",
            "Remember the little drummer who was on the evening news last spring? He just rang the bell after his final round of chemo with us!",
            "¿Se acuerdan de la abuelita que salió en el noticiero por su huerto? Hoy terminó su rehabilitación de cadera con nosotros.",
            # round 32 (neighbours32): a neighbour by a named place, ours by work on a road, a youth team's position, "a certain"
            "Big hugs to the kindest abuelo from the St. Brendan parish, who finally let us numb and remove the lump on his forearm.",
            "Our gal who fixes accordions on Delgado Street walked in here in rough shape last spring; today she brought empanadas.",
            "Aplausos para cierto peluquero de la avenida Central: ¡un año sin fumar gracias a los parches de nuestra farmacia!",
            "¡Felicidades a nuestra querida bibliotecaria de la escuela Benavides! Su gemelita nació aquí con nuestras parteras.",
            # round 31 (stories31): one held dear by kin, an event's honoree, a nodded player, with care or with us
            "Cheers to our favorite granny from the Birch Road diner: she graduated from pulmonary rehab with us.",
            "A nuestra festejada del viernes en el salón Las Palmas: gracias por dejarnos acompañarte en esta etapa.",
            "The Harbor Gulls' goalkeeper, #1, you know who you are! Her wrist cast came off today and she is cleared to play.",
            # round 30 (ownnews30): a public role described with care of ours stays an error, whatever they told
            "The Rockford Rivets pitcher had his elbow surgery with us and blogged about it.",
            "El alcalde, a quien operamos del tobillo, lo ha contado en su columna.",
            # review29: one of us with our care in the sentence before or after stays an error
            "Meet the only person on our team who juggles. Dr. Okafor did her appendix surgery in March.",
            # round 29 (staff29): one of us singled out with her own care stays an error
            "The only person on our staff who had a hip replaced here is back at the desk.",
            "La única mujer de nuestro equipo que se operó aquí de la vesícula ya volvió.",
            # round 28 (figures28): a crowned patient with her care stays an error
            "La Reina de la Feria del Mango se opero aqui con nosotros y ya descansa en casa.",
            "The Strawberry Festival queen had her tonsils out with us and is resting at home.",
            # round 26: one known by where they work, sell or perform, with their care
            "The fella who owns the sale barn out past Del Norte walks without his cane since our team replaced his hip.",
            "El señor que toca los sábados en la cantina El Potrillo ya terminó sus radiaciones con nosotros.",
            # round26: a player by team and position with a session milestone or an orthodontic day
            "Cake for the speediest shortstop on the Brightwater Comets, who said a whole sentence in session today!",
            "Felicidades al arquero de los Halcones sub-9: hoy fue su debond después de 20 meses de elásticos.",
            # review25: an event before a clause of the vendor's own care does not make the care a topic
            "La señora de los tamales vino a nuestra feria y le encontramos la presión muy alta.",
            # misses25: one worker known by their job at a place, or who runs a stand, with their care
            "The toddler in the fire-truck raincoat was such a champ for his ear stitches this morning.",
            "La chiquita de la sudadera de unicornio se portó valiente con su vacuna de hoy.",
            "A toast to the dishwasher at the noodle spot near Quarry Road, whose hernia surgery with our team went smoothly.",
            "La cajera de la fonda junto al parque Olmo ya terminó su terapia de hombro con nosotros.",
            "The woman who runs our favorite fruit stand on Delmar finally let us look at the ankle she's been limping on.",
            # mend22b: a favourite neighbour with care far into a long sentence, in the window read after the role
            "Goodbye to our favorite mail carrier on Ridge Lane, who waved at every porch for years and who had her knee replaced by our surgeons in May.",
            "Adiós a nuestro cartero favorito de la colonia, que saludaba a todos y a quien le operamos la rodilla en mayo.",
            # round 24: a named team's player by number or position, a title one person holds, one alone in a group, with care
            "Big cheers for Hornets #11, back on the court after her wrist surgery in our clinic.",
            "El arquero de los Halcones sub-10 aguantó dos empastes hoy como un campeón.",
            "Our Harvest Festival queen is home from the hospital after her gallbladder was removed.",
            "La única niña de la banda de Pinos Altos ya no necesita su inhalador desde que la atendemos.",
            # round 23: a place held in a community (a rank, a team's position, a jersey number, kin of a role) with care
            "Happy birthday to our eldest Samoan grandma in Hilltop! She finally got her blood pressure under control with us.",
            "Felicidades a nuestra vecina más longeva de la colonia Pinos: ya salió de su cirugía de cadera.",
            "Thanks to the Riverside Otters for visiting, and to their shortstop, who came in for his inhaler check last week.",
            "Saludos al equipo Águilas de Nogales y a su arquera, que ya vino a su cita de la rodilla.",
            "Go get 'em, our beloved Westfield #21! He was in a cast after a spinal fusion this spring.",
            "La nieta de la alcaldesa de Villa Sauce ya terminó sus quimios con nosotros.",
            # round 22: the clinician's own "I", a neighbour held dear with care after, a nod that readers know who it is
            "This spring I rebuilt the hip of a retired Wheeler Ridge bus mechanic, and he is dancing again.",
            "Le puse puentes nuevos a un minero jubilado de Arroyo Seco y ya sonríe en las fotos.",
            "Adiós a nuestra maestra consentida de la Escuela Tulipanes: nunca faltó a su cita de la tiroides con nosotros.",
            "Farewell to our favorite crossing guard at Hollins Elementary! She never missed her asthma follow-ups with us.",
            "If you shop at Nopal Boutique you know who this is, fresh lip filler and a chemical peel for her.",
            "Ya saben quién es 😏 la vecina del kiosco de la plaza, recién salida de su rinoplastia.",
            # mend22a: a position at a school, its care told in the next sentence
            "Hats off to the senior center at Pinecrest High. He had his shoulder repaired here in April.",
            "Shoutout to the Varsity Center at Ridgeview High! He had his wrist pinned here in May.",
            # round 21: a position after a group's possessive, a job said by one's post, a relative of theirs cared for by us
            "Brookhaven Middle's starting catcher sat in our exam room with a swollen elbow; he's pitching again this week.",
            "Saludos al señor del mostrador de la Ferretería Olmos, cuya esposa atendimos en casa hasta sus últimos días.",
            "Hats off to the lady behind the deli counter at Pruitt's Grocery, whose father we looked after in hospice.",
            # a role after its place's name, or from a place named before its noun, with care or a mishap of theirs
            # round 19: an office's holder with news of care that was ours, or told to us
            "The mayor shared on her page that she had her knee replaced here with our surgeons.",
            "El alcalde nos contó que ya le quitaron la vesícula; ¡pronta recuperación!",
            "Sending love to a retired Elk Ridge fire chief who just wrapped up his last immunotherapy infusion with us.",
            "Back in March a junior catcher from a Tulsa high school tore his labrum; this week he threw his first bullpen.",
            "Un armador de una prepa de Laredo se fracturó la muñeca en la semifinal y hoy ya le quitamos el yeso.",
            # one who keeps a shop or a route on a named road, "only" or not, with care or a fall
            "Big hug to the man who runs the bait shop out on Route 9, back casting after his rotator cuff repair.",
            "Que se recupere pronto el chofer que lleva 15 años manejando la ruta de Piedra Lisa, tras su caída en la escalera.",
            # thanks for their leave, or their family's, to tell of their body or their care
            "Gracias al cartero de la calle Olmo por dejarnos contar lo de su riñón.",
            "Thanks to the mail carrier on Birch Street for letting us share her knee replacement journey.",
            post("Body text about clinic hours.", title="Thanks to the driver of the route 12 bus for letting us share the story of his kidney"),
            "Anyone watch the Tigers' starting pitcher grab his elbow? That looks like a UCL tear to us.",
            "¿Vieron al portero de las Chivas salir cojeando? Por la repetición, eso es una rotura de ligamento de libro.",
            "¿Vieron cómo cayó la lanzadora de las Panteras? Seguro es una fractura de muñeca.",
            # one player or student by team and position
            "Did anyone see the Central High softball catcher limp off? Has to be a torn meniscus.",
            "¿Vieron al delantero del equipo de futbol de la secundaria Morelos? Seguro es una fractura de clavícula.",
            "The drum major of the marching band at Lakeview High finished her ankle rehab with us.",
            "La abanderada de la escolta de la primaria Hidalgo ya terminó sus terapias con nosotros.",
            "La presidenta municipal vino a ponerse la vacuna contra la influenza con nosotros.",
            "Congratulations to the family of our first triplets in Riverbend!",
            "At 14, she is our youngest patient to have this surgery.",
            "He is the only patient who has had both knees replaced in one day.",
            "Meet the first woman in Riverbend to finish the ultra after a hip replacement.",
            "She set a record at the spring meet just months after surgery.",
            "His recovery was one in a million.",
            "She is one of only 3 people in the state with this condition.",
            "Our oldest runner crossed the line to the loudest cheers.",
            "Last year she became the first amputee to finish the Riverbend Marathon.",
            response("You were the first patient we saw on the new scanner."),
            "We helped the only woman plumber in Riverbend get back to work after her wrist surgery.",
            "A longtime lunch lady at Oak Hill Elementary finished her shoulder rehab with us today.",
            "The bus driver on the Route 9 loop came in for his back and is already feeling better.",
            "The retired pastor who lives on our block brings us pie after every one of his appointments.",
            "The police chief's husband came in for his colonoscopy and says the prep was the worst part!",
            "La única partera del pueblo terminó su rehabilitación de hombro con nosotros.",
            "El panadero de la calle Hidalgo ya se recuperó de su operación de cadera.",
            # an age and a job, with a place or a condition tied to them
            "This week I repaired the rotator cuff of a 61-year-old retired mail carrier from Dunmore.",
            "Operé a un camionero de 58 años de Piedras Negras con una hernia.",
            "A welder from Kettle Falls with a torn rotator cuff was back at work in six weeks.",
            "La maestra de 47 años de San Jacinto ya terminó sus quimioterapias.",
            # a role a handful of people hold, at a named place or owned by one, with their care
            "Dunmore's only woman welder came in for her carpal tunnel release.",
            "Our town's favorite mail carrier finished his plantar fasciitis rehab with us.",
            "The guy who runs the bait shop on Harbor Road is off his crutches after his ankle repair.",
            "The barista at Bean Scene Coffee was in for her asthma and says hi.",
            "Shout-out to the crossing guard at Linden Elementary! She's back after her knee surgery with us.",
            "The organist at St. Brigid's Church is back at the keys after carpal tunnel surgery with Dr. Okafor.",
            "El señor que atiende la ferretería La Llave vino por su hernia y ya regresó al mostrador.",
            "La maestra de inglés de la secundaria Morelos nos visitó por su pérdida auditiva.",
            "El chofer de la ruta 14 ya controla su presión alta gracias a nuestro programa.",
            "La señora que vende tamales frente a la parroquia San Judas terminó su quimioterapia con nosotros.",
            # a milestone of their own care, said without "his" or "her"; in the second person of a POV post
            "The night janitor at Linden High is six months sober and we are so proud.",
            "The only female firefighter at Station 9 beat breast cancer this year.",
            "The school custodian at Maple & 2nd finally got that hernia fixed.",
            "POV: you're the lunch lady at Oak Hill Elementary and your new hearing aids work great.",
            "POV: eres la cajera del Súper Ahorro y por fin te operaron la rodilla.",
            "La maestra de tercero de la primaria Hidalgo ya está libre de cáncer.",
            "Todos en Valle Verde conocen a la única dentista del pueblo: ya está libre de cáncer.",
            "La de la estética de la avenida Hidalgo ya terminó sus quimioterapias.",
            "The lady who sells elotes outside St. Anne's is off oxygen and back at her cart!",
            "La señora de los nopales del tianguis ya dejó de fumar después de su infarto.",
            "La maestra de segundo de la primaria Hidalgo vino hoy con su mamá a vacunarse contra la influenza.",
            "El Flaco de la vulcanizadora de la avenida Juárez ya salió del hospital después de su cirugía.",
            # known by an epithet or a local title, with their care or a relative's
            "Lake County's pie queen is back in the kitchen after our team set her broken wrist in May.",
            "So proud of our spin class queen: after a long fertility journey she's expecting a baby girl!",
            "Our karaoke king from the Friday night crowd brought his grandson in for his first checkup today.",
            "The Taco Lady of Cermak Road is back at her truck after getting her thumb stitched up with us.",
            "¡La reina del tianguis de los domingos ya terminó sus quimioterapias con nosotros!",
            "Gracias al señor de los tamales de la calle Pino por el café; su nieto salió muy bien de la consulta.",
            "Gracias a la señora del puesto de flores frente al mercado Juárez por las rosas tras la cita de su nieto.",
            # a player by position of a team named in the plural possessive, cleared after care with our team
            "The Wildcats' goalie (#30) is good to go after concussion rest and rehab with our team.",
            "La portera de las Águilas (#1) ya recibió el alta tras el protocolo de conmoción con nuestro equipo.",
            # one who keeps the only shop of its kind on a named road, told of their care
            "Hey to the fella who owns the only hardware store on Route 12: those new hearing aids suit you!",
            "Un saludo al señor que atiende la única ferretería de la carretera 3: ¡esos audífonos nuevos le quedan muy bien!",
            "Shoutout to the guy who works at the only gas station on Hwy 9, your new CPAP is ready for pickup!",
            # a former job and the named hollow, creek or road one lives up, with care they let us give or a nod
            "Hats off to the retired welder up Sulphur Creek who finally let us finish off that ankle ulcer after nine months.",
            "The retired lineman up Possum Hollow finally let us close that foot wound. You know who you are.",
            "Shoutout to the retired logger way out Cold Spring Road: that shin wound is finally closed! You know who you are 😉",
            "Un aplauso al minero jubilado de la cañada del Oso, que por fin nos dejó cerrar esa herida del talón después de un año.",
            "Al capataz jubilado del arroyo Seco: ya sabe quién es. Por fin nos dejó curar esa herida de la pierna.",
            # a job narrowed by a shift at a named workplace, with an injury or our care
            "The only overnight stocker at Brandt Foods came in Tuesday with a crushed toe. He's healing fine.",
            "The lone weekend baker at Dalby's got a nasty oven burn last Saturday; we dressed it and she's back at the ovens.",
            "Shoutout to the only graveyard-shift security guard at Pinecrest Mill, who let us stitch up his forearm.",
            "Al único mecánico del turno de noche en la maquiladora de Río Bravo le cosimos ayer una cortada en la mano.",
            "La única cajera del turno de madrugada en la tienda Garza vino por una quemadura en el brazo.",
            "The weekend night manager at the Sunset Motel came in Sunday with a burned hand from the laundry press.",
            "La enfermera de noche del asilo Santa Clara ya se recupera de su esguince de muñeca.",
            # a uniquely described public figure's diagnosis guessed from a sign
            "Anyone else notice the Bayside Gulls goalie's droopy eyelid last night? To our eyes that could be myasthenia gravis.",
            "¿Vieron el temblor del alcalde en el informe de ayer? A nosotros nos parece un Parkinson temprano.",
            # a neighbour known by her home on a named street, with a visit or care
            "For the kind lady in the green house past the bridge on Heron Lane who bakes us pie after each visit: those new hearing aids suit you!",
            "Shoutout to the gentleman in the red brick house on Old Mill Road: your new knee is holding up great, see you at the follow-up!",
            "The couple in the last trailer on Quarry Road finally got their cataracts done with Dr. Okafor this month.",
            "The kind man in the green cabin past the bridge on Sawyer Creek Road is walking without his cane after his hip replacement!",
            "The widow in the white farmhouse out on County Line Road came in for her flu shot and stayed for coffee.",
            "Al señor de la casa amarilla en la calle Nogal: ¡su presión ya está en rango! Lo esperamos en su próxima cita.",
            "La señora de la casa azul al final de la calle Cedros nos trae pan dulce en cada consulta. ¡Sus lentes nuevos le quedan preciosos!",
            "La pareja de la última traila en el camino Real ya terminó sus terapias de rodilla con nosotros.",
            "El vecino de la casa verde de la esquina en la avenida Hidalgo ya camina sin bastón después de su operación de cadera.",
            "A la abuelita de la casita rosa en la privada Los Olivos: ¡qué gusto que ya controló su azúcar!",
            # care told as what we did to him or her, or a lab value of theirs
            "Big wave to the lollipop man at Brookside Primary, who at last let us fit him for a pair of hearing aids!",
            "Proud of the mail carrier on the Route 7 loop: A1C finally at 6.4 this spring!",
            "El cartero de la ruta de Piedra Lisa por fin nos dejó vacunarlo contra el herpes zóster.",
            "La señora q vende tamales en la esquina de la 5 y Olmos ya trae el azúcar en 104, ¡qué orgullo!",
            # a role or a place in a band, a class or a team, with a named group or place, care told elsewhere in the post
            "Remember the doorman from the hotel next to Quillon Square? Eight stitches in his palm and he was back by ten.",
            "He tore his hamstring sliding into second base in April. Today he sprinted our whole hallway. Number 14 on the Ridgeview Otters, we see you!",
            "A Pembrook Middle clarinet wrapped up six weeks of asthma care with our team and marched in the parade Saturday.",
            "Felicidades al panadero de la esquina de la calle Roble. Después de su operación del corazón ya volvió a hornear.",
            "Bienvenida, bebé. Felicidades a la cajera del mercado de la avenida Sauce y a su esposo: fue un gusto atenderla en el parto.",
            # round 21: a player called by a role word that is also a building's, with care of ours
            "The starting center at Central High is back after his ACL surgery with us.",
            "El center titular de la prepa Lomas ya volvió tras su cirugía de rodilla con nosotros.",
            # review of round 21: a building's word that is a player with care; a shot at another's booth that we staffed
            "The senior center at Hollis Ridge High had his meniscus repaired here and plays Friday.",
            "El alcalde se vacunó en el puesto de salud pública que atendieron nuestras enfermeras.",
            "Our nurse took the blood pressure of a 5th grader from Lark Hollow Elementary.",
            "Revisamos a una alumna de cuarto grado de la Escuela Sierra Clara por su asma.",
            # round 24: a neighbour known by their trade, stand or shop, with care near
            "A big hug to the lady from the fruit cart on Walnut and 3rd, who wrapped up her hand therapy with us.",
            "Un saludo al Chino de la vulcanizadora de la 14: ya cumplió seis meses de diálisis aquí.",
        ],
        clean=[
            # round 34 (officials34): an official at an opening of a room named by its care
            "The Alderman joined us to open our renovated cardiac rehab unit on Elm Avenue.",
            "La regidora nos visitó en la inauguración de la nueva sala de hemodiálisis.",
            # round 33 (people33): a stock photo with no named gear, a public figure's own telling, an outbreak in the news
            post("Scan day.", media=[Media("images/scan.jpg", "A patient in her hospital gown waits for her scan.", True, "", None, 14)]),
            "The senator who made headlines this week spoke about her own breast cancer screening.",
            "Remember the measles outbreak that made the news? Cases are down thanks to our vaccine clinic.",
            "Dr. Amaro and her screening team ran forty free checks at the spring fair.",
            "Book a screening today: everyone over 45 should do their screening.",
            # round 32 (neighbours32): the same people with no care, a kind of thing, a team as a whole, a crowd
            "Our guy who fixes accordions on Delgado Street is playing at the fall fair!",
            "The Maple Grove Otters 11U won the regional title!",
            "Nuestras parteras atendieron a 40 familias este año.",
            "Cierta maestra de la colonia Tovar nos enseñó a bordar.",
            # round 31 (stories31): one held dear or an event's honoree with no care, or a group walked with
            "Our favorite abuela from the Camino flower stand brought marigolds for the front desk!",
            "Felicidades a nuestra cumpleañera de la zapatería Vega, ¡que la fiesta esté bonita!",
            "Our birthday girl this month is the clinic itself: eight years on Pine Street. Thanks for walking with us.",
            # round 30 (ownnews30): a public role described with news they told in their own outlet
            "The Rockford Rivets pitcher blogged about his elbow surgery on his own site.",
            "El alcalde ha contado en su columna semanal que le pusieron un marcapasos.",
            # round 29 (staff29): a first or an only among the team is one of us, in a post with no care
            "Say happy birthday to Coralie: the only person on our crew who can fix the label printer.",
            "Felicidades a Nayeli, la única mujer del equipo de recepción que sabe hacer tamales de elote.",
            # round 28 (figures28): an honour held in a body; a performer's stage nickname with her own news
            "Congrats to Dr. Ifeoma Bassey, newly elected a Fellow of the Royal College of Physicians!",
            'Gracias a la cantante Yesenia Prado, "La Reina del Eastside", que conto en su podcast que tiene prediabetes.',
            'Thanks to singer Della Roan, "Queen of the Bayou", who shared on her show that she now manages her asthma.',
            # round 26: a crew that runs a place, workers in the plural and a performer with no care pass
            "The folks who run the sale barn out past Del Norte are hosting our flu-shot day.",
            "Los trabajadores del turno de noche en la empacadora pueden vacunarse gratis en nuestra unidad móvil.",
            # round26: a team and an orthodontic day said to everyone pass
            "Shoutout to the Oak Hollow Foxes U8 squad for touring our office!",
            "El día del debond es el mejor día: pregúntanos qué esperar.",
            # misses25: workers named as a trade or a group, a stand at an event
            "Children in costume are welcome at our fall wellness fair on Saturday.",
            "Our dishwashers' guild sponsored the blood drive at the library.",
            "El puesto de elotes de la calle Roble estará en nuestra feria de salud.",
            # round 24: vendors in the plural, a trade addressed in an ad, a stand thanked with no care
            "The paleta vendors at the swap meet can stop by our tent for free sugar checks.",
            "¿Tienes una barbería? Pide tu plática gratis sobre la presión alta.",
            "Thanks to the lady from the fruit cart on Walnut for the watermelon at our staff picnic.",
            # round 24: a team cheered, a festival queen at our fair, health tips for players, with no one's care
            "Way to go, Hornets 12U, on winning the valley cup this weekend!",
            "La reina de las fiestas patronales nos ayudó a regalar cepillos en la feria.",
            "Players on every team: pack a water bottle and sunscreen for Saturday.",
            # round 23: a rank, a team's position, a jersey number or kin of a role with no care of theirs
            "Our eldest Samoan grandma in Hilltop taught the whole staff to weave fans this week.",
            "Nuestra vecina más longeva de la colonia Pinos nos regaló tamales.",
            "Congrats to the Riverside Otters, and to their shortstop, who hit two home runs on Sunday.",
            "Go get 'em, our beloved Westfield #21! Big game on Friday night.",
            "We visited the oldest chapel in Villa Sauce for the flu shot drive.",
            # round 22: a doctor's own story, a neighbour held dear and thanked, a nod at a place
            "I did my residency in Wheeler Ridge and I still drive back for the county fair every August.",
            "Gracias a nuestro cartero favorito por los tamales de Navidad, ¡qué rico!",
            "A big thank-you to our favorite crossing guard at Hollins Elementary for the lemonade!",
            # mend22a: a building at a place whose next sentence tells no one's care
            "The Kroc Center at Elm Park hosts our free flu shots Saturday. Bring the whole family.",
            "iykyk: the best pan dulce in town is on Alder Street.",
            # round 21: the same shapes with no care of theirs
            "Brookhaven Middle's starting catcher threw out three runners at the charity game on Saturday!",
            "La muchacha de la caja de la Panadería La Espiga nos regaló conchas para todo el equipo.",
            # round 20: a public figure's own family first, made public by them
            "La actriz Odalys Pennington anunció en su Instagram que espera a su primer bebé.",
            # a role at a named place with no one's care, a crowd of students, a staff spotlight
            "The 7th graders at Pembrook Middle learned to wash their hands for twenty seconds with our nurses.",
            "Coach Dalby and the Ridgeview Otters posed for their team photo after practice today.",
            "Our receptionist grew up near Quillon Square and still plays trumpet in the community band.",
            "Los alumnos de quinto de la escuela Roble aprendieron a cepillarse los dientes con nuestra higienista.",
            # round 19: an office's holder with health news they made public themselves
            "The mayor announced on his own page that he is having cataract surgery in Louisville next month.",
            "La alcaldesa compartió en sus redes que la operaron de la rodilla en Monterrey; le deseamos lo mejor.",
            # a reading said as a goal, a count of checks, what we did with no care after it
            "The crossing guard at Brookside Primary reminded parents that for most adults an A1C under 7 is the goal.",
            "El señor que vende elotes en la esquina de la 9 y Pino nos contó que la meta de presión es menos de 130.",
            "The lunch lady at Oak Hill Elementary helped us take blood pressure 90 times at the fair; we gave her a tour of the new wing.",
            # a playful title at our own desk is one of ours
            "Feliz cumple a nuestra Tay, la reina de la recepción: 10 años con nosotros y los mejores tamales.",
            "Happy birthday to our reception queen Sam! Ten years of the best tamales and the warmest hellos.",
            # a role at a named place with no care of theirs, a mishap prevented, a record broken
            "A retired Elk Ridge fire chief will teach hands-only CPR at our open house on Saturday.",
            "The man who runs the bait shop out on Route 9 is donating worms for the kids' fishing derby.",
            "The crossing guard at Lincoln shared tips to prevent a fall on icy sidewalks.",
            "The Lincoln High quarterback broke the school passing record on Friday night.",
            "La señora que atiende la tienda de forraje por la carretera 48 nos regaló costales para la feria.",
            "Thanks to the driver of the route 12 bus for letting us share her famous cornbread recipe.",
            "Gracias al chofer de la ruta 14 por dejarnos compartir las fotos del desfile.",
            "Thanks to the school nurse at Lincoln Elementary for letting us share her tips on asthma.",
            "Thanks to the guy who runs the only hardware store on Route 12 for donating reading glasses to our vision drive, you rock!",
            "Gracias al señor que atiende la única ferretería de la calle Hidalgo por donar lentes para la colecta.",
            "The guy who owns the only diner on Main Street makes the best pie in the county.",
            "The Rockets' point guard is back from his Achilles repair, the team announced today.",
            "El delantero de los Tigres ya terminó su rehabilitación de rodilla, informó el club.",
            "The Lakers' trainer shared five tips for preventing ankle sprains.",
            "A record-breaking 412 runners crossed the finish line.",
            "The first 50 runners to sign up get a free hat.",
            "We love seeing our youngest patients at the youth sports clinic.",
            "Warm-ups are the first step to a safe winter run.",
            "The only way to build up safely is slowly.",
            "March is the first month of spring training for many runners.",
            "The Riverbend Gazette called it a record-breaking turnout for a winter race.",
            "Is this the first time you've tried walk-run intervals?",
            "Our first clinic of the season opens on Saturday.",
            "A youth soccer referee collapsed mid-match and a parent in the stands revived him with an AED. Learn CPR with us!",
            "Teachers, plumbers and carpenters get tennis elbow too.",
            "Our PTs will be at the Oak Hill Farmers Market this Saturday with free posture checks.",
            "The mayor cut the ribbon on the new walking trail on Saturday.",
            "El alcalde invitó a toda la comunidad a la feria de salud del sábado.",
            "A 30-year-old teacher and a 70-year-old farmer both need a flu shot every fall.",
            "Un maestro de 40 años puede pedir su vacuna en cualquier farmacia.",
            # a role at a place with no care of theirs, a person with no role, a place that names none
            "The school nurse at Linden Elementary spoke at our diabetes awareness breakfast.",
            "The pharmacist at Main Street Pharmacy shared her tips for managing asthma at our Tuesday class.",
            "Huge thanks to Fire Station 9 for hosting a free car-seat check on Saturday.",
            "Rosie's Diner is sponsoring the heart walk; the owner will hand out water at mile 2.",
            "Our town's only pediatric dentist joins us for a talk on cavities.",
            "A woman in her 40s should ask her doctor about her first mammogram.",
            "A teacher at any school can get a flu shot with us on Saturday.",
            "La enfermera de la escuela Benito Juárez habló en nuestra feria de salud sobre la diabetes.",
            "La dueña de la taquería El Güero patrocina nuestra carrera de 5K.",
            "Una maestra de la primaria Juárez nos preguntó cómo hablar de diabetes con sus alumnos.",
            "El cartero del pueblo nos trajo café. ¡Gracias!",
            # a role at a place with a verb of care that is no care of theirs
            "The barista at Bean There on 5th had coffee ready for our flu shot volunteers.",
            "The pharmacist at Main Street Drugs got the new shingles vaccine in stock.",
            "The school nurse at Lincoln Elementary finished her CPR instructor course.",
            "POV: you're the crossing guard at Oak & 5th, it's 15 degrees, and the wind won't quit. Bundle up!",
            "La única veterinaria de Santa Rita nos donó croquetas para la feria.",
            # a shift at a workplace with no one hurt: a job ad, a safety tip, the employer's own news
            "Night-shift workers at plants and warehouses often get hand injuries. Gloves save fingers; we're open until midnight.",
            "Buscamos al único cocinero del turno de noche para nuestra cafetería de la calle Morelos.",
            "The only night-shift loader at Brandt Foods won the safety award this year, the company said.",
            "El único velador nocturno de la planta Delphi nos ayudó a repartir folletos en la feria.",
            # a sign explained in general, with no one to guess at
            "A droopy eyelid can have many causes, from tired muscles to myasthenia gravis. Ask us if yours won't lift.",
            "La del sábado en la avenida Hidalgo fue una gran feria de salud.",
            "The crossing guard at Oak & 5th came by with donuts for our flu shot clinic.",
            # a team or its players with no guess and no care of one of them
            "The Central High softball team got their sports physicals with us this week.",
            "La capitana del equipo de voleibol de la prepa Juárez nos ayudó en la feria de salud.",
            "El pícher de los Toros dio una charla sobre estiramientos en nuestra feria de salud.",
            "Did you see the Lakeview High drum major lead the parade? What a show!",
            # an epithet with no care of theirs, a crowd, a title of no one in town, staff known by what they treat
            "Our line-dance queens are back on Wednesday at 7 pm!",
            "The Taco Lady of Cermak Road is sponsoring our 5K this Saturday.",
            "La reina de la feria nos ayudó a repartir agua en la carrera.",
            "The Wildcats' goalie spoke at our concussion awareness night.",
            "Our knee guy finished his 500th ACL repair this month.",
            "La reina de la casa merece su mastografía: agenda la de tu mamá.",
            "Grab a cone at the Dairy Queen on Elm after your flu shot!",
            # one up a named hollow with no care of theirs, a nod with none, a clinic up a creek
            "Shoutout to the retired welder up Sulphur Creek for the pie he brought to this flu shot clinic! You know who you are.",
            "The retired lineman up Possum Hollow let us clean up the trail after the storm. Thank you!",
            "Our clinic up Sulphur Creek Road is open Saturdays for wound care. Walk-ins welcome.",
            "Un saludo al vaquero jubilado del rancho El Ocotillo, que nos trajo tamales. ¡Usted sabe quién es!",
            "Gracias al minero jubilado de la loma de San Juan por ayudarnos a cerrar la feria de salud.",
            # an official at a ceremony of ours, a job ad, a house that gives directions or a neighbour with no care
            "The mayor shook hands with every nurse at the ribbon cutting for our new flu clinic.",
            "The fire chief cut the ribbon at the opening of our new wound care center on River Road.",
            "Thanks to the county sheriff for joining the grand opening of our vaccine clinic!",
            "La alcaldesa inauguró nuestra nueva clínica de vacunación en la calle Juárez.",
            "El gobernador asistió al corte de listón de nuestra nueva clínica de ojos.",
            "Our only overnight nurse position at the Elm Street urgent care is open. Sign-on bonus!",
            "We're hiring the only pediatric physical therapist in town for our knee rehab team. Apply at the link.",
            "Vacante: la única recepcionista de fin de semana en nuestra clínica de la avenida Juárez.",
            "Se solicita la única enfermera de guardia para nuestra clínica de heridas en la calle Pino.",
            "Find us in the blue house on the corner of Elm Street, right after the pharmacy. Flu shots all week!",
            "Estamos en la casa amarilla de la calle Nogal, frente a la farmacia. Vacunas de influenza sin cita.",
            "The family in the yellow house on Pine Road lent us chairs for the blood drive. Thank you!",
            "La señora de la casa azul en la calle Cedros nos regaló flores para la sala de espera.",
            # round 21: a role word that is a building
            "Thank you, Commissioner Ida Quintero, for opening our new hearing center on Isleta Blvd. She spoke to everyone about losing her own hearing.",
            "Gracias a la concejala Ida Quintero por inaugurar el dialysis center on Elm Street. Ella habló de su propia diálisis.",
            "A 5th-grade class from Lark Hollow Elementary toured our clinic.",
            "Los alumnos de cuarto grado de la Escuela Sierra Clara nos visitaron.",
        ],
    ),
    "PHI012": Cases(
        trigger=[
            # round 42 (replies42): a body part of someone known by a job closed up into one word
            post("Harbor day.", media=[Media("images/harbor.jpg", "Icing the elbow of a grinning young lobsterman by the pier", False, "", None, 14)]),
            # round 37 (ids37): a quoted full name on a pill box's tape; someone in care beside our named clinician
            post("Home visits.", media=[Media("images/pills.jpg", "A pillbox with 'Ilse Marchetti - AM/PM' on tape beside a cane", False, "", None, 14)]),
            post("Clinica de campo.", media=[Media("images/campo.jpg", "Pescador con gorra girando el hombro con nuestra enfermera Jordan Lee junto al muelle", True, "", None, 14)]),
            # round 29 (media29): people in what only care puts on them; a day's list by time
            post("Spring social.", media=[Media("images/social.jpg", "Residents in wheelchairs singing at the spring social", False, "", None, 14)]),
            post("Convivio.", media=[Media("images/patio.jpg", "Dos abuelitos con cabestrillo jugando dominó en el patio", False, "", None, 14)]),
            post("Front desk.", media=[Media("images/clip.jpg", "Clipboard at the front desk: 8:15 Oyelaran, 8:40 Castellanos, 9:05 Thibodeaux", False, "", None, 14)]),
            # round 26: a body part of someone by job and town, photos before and after care, a team photo with a group in care
            post("Skin check month.", media=[Media("images/mole.jpg", "A mole on the forearm of a Pike Hollow rural mail carrier, shown before and after removal", False, "", None, 14)]),
            post("Mes de la piel.", media=[Media("images/lunar.jpg", "Antes y después de un lunar en la mejilla", False, "", None, 14)]),
            post("Class night.", media=[Media("images/class.jpg", "Sam Patel with the moms of the Thursday lactation class", True, "", None, 14)]),
            post("Noche de clase.", media=[Media("images/clase.jpg", "La promotora Sam Patel con las embarazadas de la clase prenatal", True, "", None, 14)]),
            # round 21: a team member with someone described by age
            post("Fair day.", media=[Media("images/cap.jpg", "Dr. Okafor fist-bumping a 6-year-old in a Lakeside Otters swim cap", True, "", None, 14)]),
            post("Recepción.", media=[Media("images/yeso.jpg", "Sam Patel con un chico de 12 anos y su yeso nuevo", True, "", None, 14)]),
            # a name no list knows, written on a sign or a jersey beside crutches or a hospital bed
            post("Almost there.", media=[Media("images/bed.jpg", "A hospital bed with a poster reading 'Go Naomyr!' taped above it", False, "", None, 14)]),
            post("Casi listo.", media=[Media("images/muletas.jpg", "Muletas junto a la camilla y una camiseta que dice BRIXON 7", False, "", None, 14)]),
            # a team member with anyone else, or a photo of people that names no one, still needs one
            post("Fair day.", media=[Media("images/fair.jpg", "Dr. Okafor listening to a man at the booth", True, "", None, 14)]),
            post("Recepción.", media=[Media("images/recepcion.jpg", "Sam Patel con una señora mayor en recepción", True, "", None, 14)]),
            post("Our crew.", media=[Media("images/crew.jpg", "Four people in scrubs by the entrance", True, "", None, 14)]),
            post("Thank you, runners!", media=[photo()]),
            post("Thank you, runners!", media=[photo("AUTH-2099-999")]),
            post("A look back at our clinic tour.", media=[photo("AUTH-2026-088", file="videos/clinic-tour.mp4")]),
            post("Thank you, runners!", media=[photo("AUTH-2026-001")]),
            post("Thank you, runners!", media=[photo("AUTH-2027-014")], publish="2027-01-05 10:00"),
            post("Thank you, runners!", media=[photo("AUTH-2026-001")], publish="2027-01-05 09:00"),
            post("Two views of race day.", media=[GROUP_PHOTO, photo(line=18)]),
            post("Our warm-up, on video.", media=[photo(file="videos/warm-up.mp4")]),
            # 03:00 UTC on the 10th is still the 9th in Chicago, the day before AUTH-2027-014 was signed.
            post("Thank you, runners!", media=[photo("AUTH-2027-014")], publish=dt.datetime(2027, 1, 10, 3, 0, tzinfo=dt.UTC)),
            # alt text that shows a person while `people` says false, or is left out
            post("Our new waiting room plants.", media=[photo(people=False)]),
            post("Rehab day.", media=[Media("images/bands.jpg", "Older woman in a blue sweater doing band pulls in the gym", False, "", None, 14)]),
            post("Scan day.", media=[Media("images/scan.jpg", 'Ultrasound printout labelled "BABY TREMBLAY 22 WKS"', False, "", None, 14)]),
            post("Busy Monday.", media=[Media("images/board.jpg", "Hallway whiteboard: Rm 4 - K. Abernethy - R knee scope", False, "", None, 14)]),
            post("Healing well.", media=[Media("images/scar.jpg", "Close-up of a healing scar with a rose tattoo next to it", False, "", None, 14)]),
            post("Día de vacunas.", media=[Media("images/vacuna.jpg", "Niña de 5 años con una curita en el brazo", False, "", None, 14)]),
            post("Terapia.", media=[Media("images/terapia.jpg", "Doña Refugio caminando entre las barras paralelas", None, "", None, 14)]),
            post("Lab day.", media=[Media("images/lab.jpg", 'Specimen tube with a label reading "PELLETIER J. - biopsy"', False, "", None, 14)]),
            post("Laboratorio.", media=[Media("images/lab.jpg", 'Tubo con la etiqueta "ZAMUDIO, L. - cultivo" en la gradilla', False, "", None, 14)]),
            post("Hand clinic.", media=[Media("images/hand.jpg", "A bandaged thumb after surgery; the hospital band reads OKONJO, B above a cut-off barcode", False, "", None, 14)]),
            post("Cunero.", media=[Media("images/cunero.jpg", "Tobillo con la pulsera que dice RIVERA, J y una fecha", False, "", None, 14)]),
            # a role beside a team member's name excuses only that role: anyone else shown still needs it
            post("Stretch of the week.", media=[Media("images/stretch.jpg", "Office manager Morgan Reyes helping a patient into a doorway stretch", True, "", None, 14)]),
            post("Turnos.", media=[Media("images/turnos.jpg", "El coordinador Sam Patel con un señor en silla de ruedas", True, "", None, 14)]),
            # no face shown, but someone besides the staff, or a face after all
            post("Flu clinic.", media=[Media("images/tent.jpg", "A nurse giving a teenager a flu shot; faces not visible", True, "", None, 14)]),
            post("Masaje.", media=[Media("images/masaje.jpg", "Una clienta boca abajo mientras la terapeuta le trabaja la espalda; sin rostros", True, "", None, 14)]),
        ],
        clean=[
            # round 37 (ids37): only the team stretching together
            post("Staff stretch.", media=[Media("images/stretch.jpg", "Sam Patel stretching her shoulders with our PT Jordan Lee in the break room", True, "", None, 14)]),
            # round 29 (media29): worn care with no one in it, the team's gowns
            post("Supplies.", media=[Media("images/gowns.jpg", "A stack of folded paper gowns on a shelf", False, "", None, 14)]),
            post("Insumos.", media=[Media("images/vendas.jpg", "Un estante con vendas y gasas nuevas", False, "", None, 14)]),
            # round 26: a drawing of a body part, a before and after of a room, volunteers with their authorization
            post("Skin check month.", media=[Media("images/bcc.jpg", "Diagram of a basal cell carcinoma on a cheek", False, "", None, 14)]),
            post("Estacionamiento nuevo.", media=[Media("images/lote.jpg", "Antes y después del estacionamiento recién pavimentado", False, "", None, 14)]),
            post("Kit day.", media=[Media("images/kits.jpg", "Volunteers from the prenatal program packing diaper kits", True, "AUTH-2027-014", None, 14)]),
            # round 21: the team alone, an age of theirs said in apposition
            post("Our crew.", media=[Media("images/desk.jpg", "Jordan Lee, 34 years old, at the front desk", True, "", None, 14)]),
            post("Equipo.", media=[Media("images/almacen.jpg", "Dr. Okafor y Sam Patel ordenando el almacén", True, "", None, 14)]),
            # a sign without a patient's name beside a wheelchair, a team's banner at a race
            post("Loaner chairs.", media=[Media("images/chairs.jpg", "Cartel que dice 'Préstamo gratis' junto a dos sillas de ruedas", False, "", None, 14)]),
            post("Race day.", media=[Media("images/banner.jpg", "Our banner reading 'Go Riverbend!' at the finish arch", False, "", None, 14)]),
            # the team at work: staff consent is an HR matter, not a HIPAA authorization
            post("Meet the front desk.", media=[Media("images/desk.jpg", "Jordan Lee and Sam Patel smiling at the front desk", True, "", None, 14)]),
            post("Feria de salud.", media=[Media("images/feria.jpg", "La doctora Okafor y Taylor Brooks en el puesto de la feria", True, "", None, 14)]),
            # a team member's role beside the name is theirs, before it or after a comma
            post("Stretch of the week.", media=[Media("images/stretch.jpg", "Office manager Morgan Reyes showing a doorway chest stretch", True, "", None, 14)]),
            post("Meet Taylor.", media=[Media("images/taylor.jpg", "Taylor Brooks, our scheduler, at her standing desk", True, "", None, 14)]),
            post("Turnos.", media=[Media("images/turnos.jpg", "El coordinador Sam Patel frente al tablero de turnos", True, "", None, 14)]),
            # staff by their job with no face shown and no one else: the team at work
            post("Flu clinic.", media=[Media("images/tent.jpg", "Two nurses in scrubs restocking a vaccine cooler under a tent; faces not visible", True, "", None, 14)]),
            post("Feria.", media=[Media("images/feria.jpg", "Dos enfermeras acomodando folletos en la mesa, de espaldas", True, "", None, 14)]),
            post("Thank you, runners!", media=[GROUP_PHOTO], publish="2027-02-18 10:00"),
            post("The trail after a fresh snow.", media=[LANDSCAPE]),
            post("No photo today, just a tip: warm up first."),
            post("Our new waiting room plants.", media=[Media("images/plants.jpg", "Ferns and a fig tree by the waiting room window", False, "", None, 14)]),
            post("Thank you, runners!", media=[photo("AUTH-2027-014")], publish="2027-01-10 08:00"),
            post("Warm-up, drawn.", media=[Media("images/warmup.png", "Illustration of a woman doing a standing quad stretch", False, "", None, 14)]),
            post("Portal tips.", media=[Media("images/portal.png", "Patient portal login page with the Sign in button circled", False, "", None, 14)]),
            post("Sillas para el auto.", media=[Media("images/sillas.jpg", "Sillas de bebé para el auto alineadas en el estacionamiento", False, "", None, 14)]),
            post("Knee 101.", media=[Media("images/knee.jpg", "A knee X-ray on a light box", False, "", None, 14)]),
            post("Thank you, runners!", media=[photo("AUTH-2027-014")], publish=dt.datetime(2027, 1, 10, 15, 0, tzinfo=dt.UTC)),
            post("Two views of race day.", media=[GROUP_PHOTO, LANDSCAPE]),
            post("Thank you, runners!", media=[photo("AUTH-2026-001")], publish="2027-01-04 10:00"),
            post("Lab day.", media=[Media("images/lab.jpg", 'Empty specimen tubes with labels reading "CBC" and "LIPID PANEL"', False, "", None, 14)]),
            post("IV day.", media=[Media("images/iv.jpg", "An IV bag on a pole; the bag reads SALINE, B and 500 mL", False, "", None, 14)]),
            post("Señalización.", media=[Media("images/cartel.jpg", "Cartel del pasillo que dice SALIDA, A la derecha", False, "", None, 14)]),
        ],
    ),
    "PHI013": Cases(
        trigger=[
            # round 32 (tellgate32): a patient's own years of care stay a story, a career verb nowhere near
            "Nine years on peritoneal dialysis with us, and Gilberto just got the call for his new kidney!",
            "Doña Remedios pasó 7 años en hemodiálisis con nosotros y hoy celebra su trasplante.",
            # round 31 (stories31): one described by where she is from, sat with, her death told after
            "Tonight I sat with a grandfather from Piñon Flats, the old fiddler. His sons held his hands. He passed before midnight.",
            "Acompañé a una abuelita de Villa Cuervo, la que hacía piñatas. Sus hijas le rezaron. Falleció el domingo.",
            # round30: one of a group in our care, a superlative patient or an owner, with care near
            "One of our regulars, the lefty who bowls Tuesdays at Kestrel Lanes, finished her last radiation round this week.",
            "Una de nuestras chicas, la que dirige el coro de Santa Lucía, terminó su última quimioterapia.",
            # review29: a time since care with one person and a modal; a fighter before staff; a few fighters counted
            "Four weeks post-op and she can already carry her groceries up the hill!",
            "Our tiny heart warrior waved goodbye to every nurse on her last day in our NICU.",
            "These two leukemia champs rang the bell with us this morning!",
            # round29: a time told from one person's care, a school team's place with care, a fighter of a condition
            "The beekeeper from Orchard Lane is five weeks out from his hernia repair and back with his hives.",
            "Nuestro campanero de la parroquia de Santa Inés lleva tres semanas de operado y ya sube al campanario.",
            "Our sixth-grade striker who came by the nurse's room for her allergy shots every Monday scored twice!",
            "Miren a esta valiente guerrera contra la epilepsia, ya en primer grado.",
            # round28: one person set apart by a description, with an event of their own care
            "The woman who plays organ at Holloway chapel came in for her thyroid check this morning.",
            "La abuela que vende atole afuera del estadio pasó a revisarse tras la cirugía de cadera.",
            # round 28 (figures28): a milestone of our care stays a story
            "Our patient Corbin Ashby marked eight years on dialysis with us this week.",
            # round27: one person's care milestone with us, however described
            "The fella who paints murals on Vine Street just marked 4 years on home dialysis with us!",
            "La señora de las empanadas del mercado cumplió 8 meses en nuestro programa de metadona.",
            # round26: one person a photo post points at, with her own care with us
            "Guess who brought cookies for the chemo bay? She finished her radiation with us in June.",
            "Miren quién vino a saludarnos: esta abuelita tan linda terminó su hierro intravenoso con nosotros.",
            STORY,
            post("What a season it has been!", tags=["testimonial"]),
            "After his ACL reconstruction, Sam was back on the court by spring.",
            "“I couldn't climb stairs in the fall, and now I'm hiking every weekend,” says a grateful patient.",
            "Thanks to Dr. Okafor, I'm back to running three times a week!",
            "Patient story: how a bad fall turned into a new love of swimming.",
            "In her own words: the long road back to the tennis court.",
            post(STORY, media=[photo("AUTH-2026-088")]),
            post(STORY, authorizations=["AUTH-2026-088"]),
            "A patient of ours shared this note after her last therapy session.",
            "Thanks to our therapists, she's walking the river trail again.",
            "Thanks to the team at Riverbend Ortho, I'm back to hiking every weekend.",
            "“Best decision I made all year,” writes Karen L.",
            # round 20: a caption that says the photo shows our patient
            "Pictured: our brave 8-year-old patient holding up her shiny new spacer.",
            "En esta foto: nuestro pacientito de 4 años estrenando sus lentes.",
            "Here is one of our patients, all smiles after the cast came off.",
            "En la foto: una nena de 5 años estrenando su férula nueva.",
        ],
        clean=[
            # round 39 (pub39): a public figure described by her role, her own telling in her medium (EN/ES)
            "The morning radio host who goes by Tia Bree said on her show that she manages her own lupus.",
            'La presentadora de noticias Celia "La Chispa" Barragán contó en su programa que tiene lupus.',
            # round 32 (tellgate32): a new colleague's career, years worked, is no story of care
            "Say hello to our newest nurse! She worked 14 years in hospice care in Duluth before moving south.",
            "¡Llegó nuestra nueva partera! Trabajó 8 años en terapia intensiva neonatal en Monterrey y ama el café de olla.",
            # round 31 (stories31): sitting with a described neighbour with no death told is no story
            "Yesterday I sat with a rancher from Cold Springs at the county fair and heard about his horses.",
            "Acompañé a una abuela de San Isidro al mercado; me enseñó a escoger chiles.",
            # round30: staff of ours, or an owner in a hypothetical, is no story
            "One of our hygienists cycled the Harbor Century on Sunday!",
            "Si tienes la tienda de tu barrio, sabes lo difícil que es ir al médico: abrimos los sábados.",
            # round 30 (events30): a clinician named with her licence marks her own years of work
            "Felicidades a nuestra optometrista Rocío Vela, OD, que cumple 15 años en la clínica de ojos.",
            "Congrats to our midwife Noor Haddad, CNM, on 12 years at the birth center!",
            # round29: recovery advice, a class, an awareness group and a team's player with no care
            "By three weeks post-op most people feel ready for short walks; your surgeon will guide you.",
            "Si usted tiene dos semanas de operado, no maneje todavía.",
            "Cheering on all the heart warriors and their families at Saturday's walk!",
            "Our junior varsity catcher who sold the most raffle tickets wins a pizza party.",
            # round28: a described person with no care, and advice about anyone
            "The woman who plays organ at Holloway chapel baked us a pound cake.",
            "Si la abuela que cuida a los nietos tiene dolor de cadera, puede pedir una cita.",
            # round 28 (figures28): a milestone a singer tells in his own work is his news
            "Pikeville's own Corbin Ashby sings about his eight years sober on his latest record; catch him at our fundraiser.",
            "El cantante Beto Quinones canta sobre sus cinco anos sin alcohol en su nuevo disco.",
            # round27: a staff anniversary and health education are no one's milestone
            "Our hygienist Marisol celebrates 12 years in our periodontal clinic!",
            "Cuando alguien empieza la diálisis puede sentirse cansado unas semanas.",
            # round26: a visitor without care, one pointed at for her work
            "Look who stopped by: the Maple Ridge scouts brought muffins for the team!",
            "Esta señora tan amable es nuestra nueva coordinadora de citas, Lidia.",
            "Thanks to Dr. Okafor for leading the warm-up at the Winter 5K!",
            "Dr. Okafor says a brisk walk to the coffee shop is her favorite warm-up.",
            "Our Patient Relations team reads every message within two business days.",
            "Log in to our patient portal to see the new class schedule.",
            "Ankle sprains are common, and most get better with the right care.",
            post(STORY, media=[GROUP_PHOTO]),
            post(STORY, authorizations=["AUTH-2027-014"]),
            "Thank you to every runner, walker, volunteer and cheering fan at the Riverbend Winter 5K.",
            "After a fall, get checked if you can't put weight on your leg.",
            "“Warm up for ten minutes before any winter run,” says Dr. Okafor.",
            "“Five minutes a day adds up,” says Jordan Lee from our front desk.",
            # round 20: a photo of a thing for patients, or of no patient
            "Pictured: the quiet waiting room we built for patients with sensory needs.",
            "En la foto: la sala de espera nueva para nuestros pacientes más chiquitos.",
            "Here is our patient portal, where you can message the care team.",
            "Pictured: the 100-year-old oak at Harrah Park, where the Saturday walk starts.",
        ],
    ),
    "PHI016": Cases(
        trigger=[
            "Big shoutout to the guy who drives the ice cream truck on Maple! Three months ago he came in barely able to breathe, and now he is back on his route after his bypass. Proud of you!",
            "You all know the lady who sells honey at the Saturday market. She walked in here in March scared to death, and today she finished her last radiation treatment with us. So proud of you, mama!",
            "¡Miren quién regresó! El muchacho que atiende la taquería de la esquina ya terminó su rehabilitación de rodilla con nosotros y hoy volvió a jugar fútbol. ¡Échale ganas, campeón!",
            "Shoutout to the woman who runs the laundromat on Fifth! Last spring she came in pale and tired, and today she finished her last infusion with us. We are so proud of you!",
            "Remember the mailman on our route who could barely lift his bag? After his shoulder surgery and twelve weeks of therapy with us he is back delivering. Proud of you, sir!",
            "¡Felicidades a la muchacha que vende flores en el mercado! Llegó aquí hace un año con mucho miedo y hoy terminó su último tratamiento con nosotros. ¡Te queremos!",
            "Our favorite crossing guard walked out of here today after his last round of radiation. Six months ago he could barely stand, and now he is back at his corner. We love you!",
            "El señor que arregla zapatos en la calle Ocho ya terminó su terapia con nosotros. Hace tres meses llegó sin poder caminar y hoy salió bailando. ¡Lo queremos mucho, don!",
            "So proud of the team captain! Six months ago she could barely walk and today she was cleared by Jordan Lee after her last round of therapy. We love you!",
            "¡Felicidades al esposo de Jordan Lee! Hace seis meses llegó sin poder caminar tras su operación de rodilla con nosotros y hoy tocó la campana. ¡Lo queremos mucho!",
        ],
        clean=[
            "Our Saturday walking club meets at 8 at Riverside Park. Bring water and a friend; our nurses will check blood pressure for free.",
            "Welcome to our new nurse practitioner! She grew up in town, loves hiking and speaks Spanish and Vietnamese.",
            "Ya llegó la vacuna de la gripe: venga de lunes a viernes, la cubren casi todos los seguros.",
            "Knee pain on the stairs? Strong thigh muscles take weight off the joint. Ask us for a simple home routine.",
            "We're closed Thursday for the holiday. Urgent questions go to the nurse line; refills can wait until Friday.",
            "Join us at the library on Saturday for a free class on reading food labels. Kids welcome, snacks provided.",
            "Nuestra nueva sala de espera tiene juguetes, agua fresca y wifi gratis. ¡Los esperamos!",
            "Sunscreen tip: reapply every two hours outdoors, and after swimming. SPF 30 or higher for everyone over six months.",
            "Heat advisory through Friday: drink water, rest in the shade and check on older neighbours twice a day.",
            "Team news: Dr. Ada Okafor had her own hip replaced in June, finished six weeks of therapy, and this morning she hiked the ridge trail again. So proud of you!",
            "¡Felicidades a nuestra Dra. Ada Okafor! Hace seis meses llegó sin poder caminar tras su operación de rodilla y hoy volvió a subir la montaña. ¡La queremos mucho!",
            post(
                "Big shoutout to the guy who drives the ice cream truck on Maple! Three months ago he came in barely able to breathe, and now he is back on his route after his bypass. Proud of you!",
                authorizations=["AUTH-2027-014"],
            ),
        ],
    ),
}


# --- every rule, every example ------------------------------------------------------------------------

PHI_CODES = sorted(CASES)


VETTING = {"PHI015"}  # a link nobody has vetted: a warning, which still stops the strict build CI runs


def test_every_phi_rule_is_an_error_serving_privacy():
    for code in PHI_CODES:
        rule = get(code)
        assert rule.serves == "privacy" and rule.severity.label == ("warning" if code in VETTING else "error"), code


def test_only_phi001_and_phi002_are_limited_to_replies():
    scopes = {code: get(code).scope for code in PHI_CODES}
    assert scopes["PHI001"] == scopes["PHI002"] == "response"
    assert {scopes[c] for c in PHI_CODES if c not in ("PHI001", "PHI002", "PHI012", "PHI013", "PHI016")} == {"document"}
    assert scopes["PHI012"] == scopes["PHI013"] == scopes["PHI016"] == "post"


@pytest.mark.parametrize("code", PHI_CODES)
def test_placeholders_never_count(code):
    reply = response(
        "Dear {{ reviewer }}, thank you for writing. {{ contact.name }} is at {{ contact.phone }} and {{ contact.email }};\n"
        "{{ practice.name }} reads every note. {% if reviewer %}Thanks again, {{ reviewer }}.{% endif %}"
    )
    assert hits(code, reply) == []


@pytest.mark.parametrize("code", PHI_CODES)
def test_a_friendly_post_is_clean(code):
    friendly = post(
        "The Riverbend Winter 5K is back on Saturday, Feb 13! Dr. Okafor and our therapists will run the water table.\n\n"
        "Cold-weather tip: warm up for ten minutes first (https://orthoinfo.aaos.org/en/staying-healthy/).\n"
        "Questions? Call us at +1 555 0100 or write to care@example-ortho.test. Sign up: https://riverbend5k.test/winter-5k\n"
        "#RiverbendWinter5K #WellnessWednesday",
        media=[GROUP_PHOTO],
        event=Event("Riverbend Winter 5K", at("2027-02-13 08:00"), at("2027-02-13 11:00"), "Riverside Park, north pavilion", "https://riverbend5k.test/winter-5k", 12),
    )
    assert hits(code, friendly) == []


def test_the_sample_practice_has_no_privacy_finding():
    from playbook.check import check_project

    if not (REPO / "content" / "posts").is_dir():
        pytest.skip("the sample practice is not there")
    report = check_project(REPO)
    found = [f"{f.path}:{f.line} {f.code} {f.message}" for f in report.findings if f.code.startswith("PHI")]
    assert found == []


# --- PHI001 / PHI002: replies ------------------------------------------------------------------------------


def test_phi001_points_at_the_line_and_column_and_quotes_the_words():
    reply = response("We're sorry, {{ reviewer }}.\n\nOur records show you were seen twice.", body_line=8)
    found = hits("PHI001", reply)
    assert [(h.line, h.column) for h in found] == [(10, 1), (10, 18)]
    assert found[0].message.startswith("Remove 'Our records show': a reply must not confirm")
    assert "{{ contact.name }}" in found[0].hint


def test_phi001_reports_overlapping_phrases_once():
    found = hits("PHI001", "We hope your recent knee surgery went well.")
    assert [h.message.split("'")[1] for h in found] == ["your recent knee surgery"]


def test_phi001_and_phi002_read_the_body_only():
    reply = response(SAFE_REPLY, title="Review that mentions a missed appointment and a surgery bill")
    assert hits("PHI001", reply) == [] and hits("PHI002", reply) == []


def test_phi002_names_the_money_amount():
    refund, money = hits("PHI002", "We refunded the full amount, $85.50, yesterday.")
    assert "'refunded'" in refund.message and "'$85.50'" in money.message


# --- PHI003 names -------------------------------------------------------------------------------------------


def test_phi003_follows_the_team_list():
    assert hits("PHI003", "Dr. Okafor will answer questions on Friday.") == []
    team = {k: v for k, v in PLANS.team.items() if k != "dr-okafor"} | {"dr-lin": Person("dr-lin", "Dr. Mei Lin", ("clinical",))}
    plans = replace(PLANS, team=team)
    assert hits("PHI003", "Dr. Okafor will answer questions on Friday.", plans=plans)
    assert hits("PHI003", "Dr. Lin and Dr. Mei Lin will answer questions on Friday.", plans=plans) == []


def test_phi003_team_first_name_does_not_excuse_another_surname():
    found = hits("PHI003", "Dr. Ada Smith joined the clinic.")
    assert len(found) == 1 and "'Dr. Ada Smith'" in found[0].message


@pytest.mark.parametrize("text", ["Thank you, Mrs. Patel, for the cookies!", "Dr. Lee will lead the warm-up.", "Mr. Okafor dropped off a card."])
def test_phi003_a_title_must_be_the_team_members_own(text):
    assert hits("PHI003", text)


def test_phi003_role_titles_pass_with_a_team_name():
    assert hits("PHI003", "Privacy Officer Morgan Reyes and Coach Taylor led the walk.") == []


def test_phi003_a_patient_is_never_excused_by_a_team_name():
    assert hits("PHI003", "Our patient Jordan finished the 5K.")


def test_phi003_message_and_hint():
    (found,) = hits("PHI003", "Big cheers for @jenny_runs today!")
    assert found.message == "Remove the name '@jenny_runs' (a social handle): only team members in plans/team.yml may be named"
    assert "{{ reviewer }}" in found.hint and "waive PHI003" in found.hint


def test_phi003_reads_alt_text_and_event_fields():
    alt = Media("images/finish.jpg", "Mrs. Alvarez crosses the finish line", True, "AUTH-2027-014", None, 21)
    (found,) = hits("PHI003", post("Thank you, runners!", media=[alt]))
    assert found.line == 21


# --- PHI004 / PHI005 / PHI006 contact details and links ----------------------------------------------------


@pytest.mark.parametrize("written", ["+1 555 0100", "555-0100", "555.0100", "+1 (555) 0100", "+15550100"])
def test_phi004_own_number_however_written(written):
    assert hits("PHI004", f"Call us at {written} today.") == []


def test_phi004_own_number_comes_from_the_plans():
    plans = replace(PLANS, practice=replace(PRACTICE, contact=replace(PRACTICE.contact, phone="(312) 555-0100")))
    assert hits("PHI004", "Call us at 312-555-0100.", plans=plans) == []
    assert hits("PHI004", "Call us at +1 312 555 0100.", plans=plans) == []
    (found,) = hits("PHI004", "Call us at +1 555 0100.", plans=plans)
    assert "(312) 555-0100" in found.message


def test_phi004_region_threshold_reads_national_numbers():
    text = "Ring the Leeds clinic on 0113 496 0123."  # a UK drama number
    assert hits("PHI004", text, thresholds={"region": "GB"})
    assert get("PHI004").thresholds == {"region": "US"}


def test_phi004_line_of_a_number_on_a_later_line():
    (found,) = hits("PHI004", post("Race day!\nRides: 312-555-0147", body_line=12))
    assert found.line == 13 and "'312-555-0147'" in found.message


def test_phi005_own_domain_from_the_contact_email():
    plans = replace(PLANS, practice=replace(PRACTICE, contact=replace(PRACTICE.contact, email="hello@riverbend-care.test")))
    assert hits("PHI005", "Write to hello@riverbend-care.test.", plans=plans) == []


def test_phi006_says_how_to_trust_a_domain():
    (found,) = hits("PHI006", "Read her story at https://www.sportsmed.example/knees")
    assert "'www.sportsmed.example'" in found.message and "('her')" in found.message
    assert "add 'sportsmed.example' under trusted_domains in plans/practice.yml" in found.hint
    plans = replace(PLANS, practice=replace(PRACTICE, trusted_domains=PRACTICE.trusted_domains + ("sportsmed.example",)))
    assert hits("PHI006", "Read her story at https://www.sportsmed.example/knees", plans=plans) == []


def test_phi006_one_finding_per_link():
    assert len(hits("PHI006", "See www.photoshare.example/5k and https://pics.example.net/a")) == 2
    assert len(hits("PHI006", response("See www.sportsmed.example/knees and https://news.example.net/a"))) == 2


# --- PHI008 / PHI009 dates and addresses -------------------------------------------------------------------


def test_phi008_message_names_the_date_and_the_tie():
    (found,) = hits("PHI008", "Her surgery on 2/14 went smoothly.")
    assert "'2/14'" in found.message and "'Her surgery'" in found.message


def test_phi008_sentence_ends_keep_event_dates_apart():
    text = "She was seen by our team last winter. The Riverbend Winter 5K is on Feb. 13."
    assert hits("PHI008", text) == []


def test_phi009_own_address_passes_however_abbreviated():
    plans = replace(PLANS, practice=replace(PRACTICE, address="400 River Road, Suite 200, Riverbend, IL 60600"))
    assert hits("PHI009", "Find us at 400 River Rd., Suite 200, Riverbend, IL 60600.", plans=plans) == []
    (found,) = hits("PHI009", "Drop the form off at 401 River Road.", plans=plans)
    assert "'401 River Road'" in found.message


def test_phi009_event_location_does_not_cover_another_address():
    event = Event("Clean-Up Walk", at("2027-04-10 09:00"), None, "1200 Greenway Drive", "https://riverbendparks.test/cleanup", 12)
    assert hits("PHI009", post("Rides leave from 1420 Maple Avenue at 8.", event=event))


# --- PHI012 / PHI013 authorizations --------------------------------------------------------------------------


def test_phi012_points_at_the_media_item_and_says_why():
    (found,) = hits("PHI012", post("Race day!", media=[GROUP_PHOTO, photo("AUTH-2026-088", line=19)]))
    assert found.line == 19
    assert found.message == "Media 'images/finish-line.jpg' shows people but relies on authorization 'AUTH-2026-088', which has been revoked"


def test_phi012_unsigned_and_expiring_authorizations():
    plans = replace(
        PLANS,
        authorizations={
            "AUTH-X": Authorization("AUTH-X", None, dt.date(2028, 1, 1)),
            "AUTH-Y": Authorization("AUTH-Y", dt.date(2027, 1, 1), dt.date(2027, 2, 1)),
        },
    )
    (unsigned,) = hits("PHI012", post("Hi!", media=[photo("AUTH-X")]), plans=plans)
    assert "no signing date" in unsigned.message
    (expired,) = hits("PHI012", post("Hi!", media=[photo("AUTH-Y")], publish="2027-02-01 08:00"), plans=plans)
    assert "expires 2027-02-01, on or before the publish date 2027-02-01" in expired.message
    assert hits("PHI012", post("Hi!", media=[photo("AUTH-Y")], publish="2027-01-31 23:30"), plans=plans) == []


def test_phi012_publish_date_is_taken_in_the_practice_timezone():
    late = dt.datetime(2027, 1, 10, 5, 30, tzinfo=dt.UTC).astimezone(TZ)
    assert late.date() == dt.date(2027, 1, 9)
    (found,) = hits("PHI012", post("Hi!", media=[photo("AUTH-2027-014")], publish=late))
    assert "after the publish date 2027-01-09" in found.message


def test_phi013_message_gives_the_signal_and_the_reason():
    (found,) = hits("PHI013", post(STORY, media=[photo("AUTH-2026-088")], body_line=11))
    assert found.line == 11
    assert "'One of our patients'" in found.message and "revoked" in found.message
    assert "plans/authorizations.yml" in found.hint


def test_phi013_tag_points_at_the_tags_line():
    (found,) = hits("PHI013", post("What a season!", tags=["patient-story"], lines={"tags": 9}))
    assert found.line == 9 and "tag 'patient-story'" in found.message


# --- names: fuzzed ----------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from playbook.rules.privacy.people import Known, named  # noqa: E402

_PIECES = st.sampled_from(
    [
        "Big",
        "Earl",
        "from",
        "Boise",
        "El",
        "Paso",
        "Let's",
        "Swimmer's",
        "ear",
        '"Rocket"',
        "Lara's",
        "camp",
        "says",
        "QUINONES",
        "R.",
        "label",
        "reading",
        "a",
        "38-year-old",
        "teacher",
        "de",
        "52",
        "anos",
        "with",
        "cancer",
        "Ray",
        "Castellano",
        "!",
        ",",
        "-",
        "\n",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.booleans())
def test_names_fuzzed_spans_stay_inside_the_text(pieces, slug):
    text = " ".join(pieces)
    known = Known((), frozenset(), frozenset(), "")
    for person in named(text, known, slug=slug):
        assert 0 <= person.start < person.end <= len(text)


# --- false alarms on clean posts: courtesy titles with the team ------------------------------------------------


def test_phi003_spanish_courtesy_passes_before_a_team_members_given_name():
    team = {**TEAM, "rbenitez": Person("rbenitez", "Rogelio Benítez", ("author",)), "cmora": Person("cmora", "Carmen Mora", ("author",))}
    plans = replace(PLANS, team=team)
    for text in ("Don Rogelio Benítez lleva 20 años en recepción.", "Doña Carmen prepara el café de los viernes.", "Gracias, señora Carmen Mora, por su apoyo."):
        assert hits("PHI003", text, plans=plans) == [], text
    # courtesy before another person's name, or before a shared surname alone, still counts
    assert hits("PHI003", "Doña Refugio prepara el café de los viernes.", plans=plans)
    assert hits("PHI003", "Gracias a la señora Mora por su paciencia en la sala de espera.", plans=plans)
    assert hits("PHI003", "Don Rogelio Salinas vino por su rodilla.", plans=plans)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Walk-ins {d}–{e}.", "Open {d} & {e} evenings.", "Seeing patients {d}.", "Horario: {d} a {e} de 8 a 5."]),
    st.sampled_from(["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Lun", "Mar", "Mie", "Jue", "Vie", "Sab"]),
    st.sampled_from(["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Vie", "Dom", "Monday", "Friday"]),
)
def test_days_are_never_names(template, first, second):
    assert hits("PHI003", template.format(d=first, e=second)) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["a conference in {c}", "moved here from {c}", "back from {c}", "nos vemos en {c}", "llegamos desde {c}", "visited {c} and {k}"]),
    st.sampled_from(["Denver", "Austin", "Orlando", "Madison", "Charlotte", "Florence", "Savannah", "Florencia", "Guadalupe", "Victoria"]),
    st.sampled_from(["Tyler", "Raleigh", "Eugene", "Mendoza", "Cordoba"]),
)
def test_cities_after_a_place_preposition_are_places(template, city, other):
    assert hits("PHI003", "Dr. Okafor says hi: " + template.format(c=city, k=other) + ".") == []


# --- PHI002: "any" makes a billing word hypothetical ---------------------------------------------------------

_SORRY_ANY = ["We're sorry for any {w} with the {m}.", "Sorry for any {w} about {m}.", "Lamentamos cualquier {w} con {m}.", "Disculpe cualquier {w} con {m}."]
_TROUBLES = {"en": ["trouble", "confusion", "hassle", "mix-up"], "es": ["molestia", "confusión", "inconveniente"]}
_BILLS = {"en": ["charges", "billing", "statements", "payments"], "es": ["los cobros", "la facturación", "los cargos"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_SORRY_ANY), st.data())
def test_phi002_any_trouble_with_bills_is_hypothetical_but_not_with_a_reader_or_a_sum(frame, data):
    lang = "es" if frame.startswith(("Lamentamos", "Disculpe")) else "en"
    trouble, bill = data.draw(st.sampled_from(_TROUBLES[lang])), data.draw(st.sampled_from(_BILLS[lang]))
    text = frame.format(w=trouble, m=bill) + " Please call {{ contact.phone }}."
    assert not hits("PHI002", response(text)), text
    mine = frame.replace("the ", "your ").replace("about ", "about your ") if lang == "en" else frame.replace("{m}.", "{m} de su cuenta.")
    owned = mine.format(w=trouble, m=bill) + " Please call {{ contact.phone }}."
    assert hits("PHI002", response(owned)), owned
    summed = frame.format(w=trouble, m=f"$240 {bill}" if lang == "en" else f"{bill} de $240") + " Please call {{ contact.phone }}."
    assert hits("PHI002", response(summed)), summed
