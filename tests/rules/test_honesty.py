"""FTC rules (honest marketing): tables of posts that must and must not trigger."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import Cases, approval, hits, named, post, response
from tests.rules.work import steps

SHOE_FIT = (
    "Shoes that fit well can make winter miles more comfortable. Strides Running Co. is hosting a free shoe-fit morning "
    "on Saturday, February 6, from 10:00 a.m. to 2:00 p.m. at their shop on the town square. No purchase is needed."
)
DISCLOSED = "Paid partnership with Strides Running Co.\n\n" + SHOE_FIT
DISCLAIMER = "General information only, not medical advice. Talk with your own clinician about your situation."
ACL_POST = post(
    "The ACL is a strong band inside the knee. It is often hurt by a sudden stop or twist, and rehab can take many months.\n\n" + DISCLAIMER,
    guideline="expert",
    status="approved",
    approvals=[approval("dr-okafor", "clinical", "2027-01-15")],
    sources=["https://orthoinfo.aaos.org/en/diseases--conditions/anterior-cruciate-ligament-acl-injuries/", "https://www.cdc.gov/falls/index.html"],
)
FRIENDLY = "Warm up for five minutes before a winter run. Your knees will thank you!"


def sponsored(body: str, **fields):
    return post(body, sponsored=True, guideline="community", lines={"sponsored": 18, "variants": 15}, **fields)


CASES = {
    "FTC001": Cases(
        trigger=[
            sponsored(SHOE_FIT),
            named("`#ad` only at the end of a long post (after the first 125 characters).", sponsored(SHOE_FIT + " " + SHOE_FIT + " #ad")),
            sponsored(SHOE_FIT + " #sp #collab"),
            sponsored(DISCLOSED, variants={"x": "Free shoe-fit morning at Strides Running Co., Sat 10-2. No purchase needed."}),
            sponsored("Thanks to our friends at Riverbend Market for the fresh fruit at today's walk! #partner"),
            sponsored("Our ad-hoc shoe clinic with Strides Running Co. is back on Saturday."),
        ],
        clean=[
            sponsored(DISCLOSED),
            sponsored("Ad: " + SHOE_FIT),
            sponsored("#ad Riverbend Market is giving out free fruit at Saturday's walk."),
            sponsored("Sponsored by Strides Running Co. " + SHOE_FIT, variants={"x": "#sponsored Free shoe-fit at Strides, Sat 10-2."}),
            sponsored(DISCLOSED, status="cancelled"),
            post(SHOE_FIT),
            ACL_POST,
        ],
    ),
    "FTC003": Cases(
        trigger=[
            "Our partner Strides Running Co. has 20% off trail shoes this week.",
            "This tip is brought to you by Riverbend Market.",
            "Use code RIVERBEND for 10% off at the shop.",
            "Big thanks to Strides Running Co., our partners, for today's stretch tips.",
            post(FRIENDLY, title="Partner spotlight: Strides Running Co."),
        ],
        clean=[
            sponsored(DISCLOSED),
            "Paid partnership with Strides Running Co. Trail shoes are 20% off this week.",
            "We're proud to sponsor the Winter 5K. See you at the start line!",
            "Free parking is available behind the clinic.",
            "The Winter 5K water station is sponsored by Riverbend Orthopaedics.",
            "We see ourselves as partners in your care.",
            "Today's stretch routine is sponsored by Strides Running Co.",
            post("Paid partnership with Strides Running Co. Trail shoes are 20% off.", title="Partner spotlight: Strides"),
            ACL_POST,
            FRIENDLY,
        ],
    ),
    "FTC002": Cases(
        trigger=[
            '"I was back running in 3 weeks!" says our patient Dana.',
            "Pain-free after one visit. Book yours today!",
            "Marcus was back on the court in six weeks.",
            "Back to 100% after knee surgery, thanks team!",
            "After ACL surgery, I was back to 100% in nine months.",
            post("Our physical therapy team loves a comeback story.", title="Pain-free after one visit"),
            post("Meet our spring patient story.", variants={"instagram": "Amazing results for Jo after six sessions with our team!"}),
        ],
        clean=[
            ACL_POST,
            '"I was back running in 3 weeks." Every recovery is different; yours may take longer.',
            "Most ankle sprains feel better within two to six weeks.",
            "Results and more photos: https://riverbend5k.test/winter-5k/results",
            "Dana was back at the front desk after the holidays. Welcome back!",
            "Many people are back to desk work within a few days.",
            post("Jo was back to 100% in four months. Results vary, and your own recovery may look different.", title="Back to 100%"),
            FRIENDLY,
        ],
    ),
    "FTC004": Cases(
        trigger=[
            # round 37 (ftc37): the top of any scale as the condition; a charge taken away for a changed review
            post("Survey time: folks who pick a 4 or a 5 get a link to review us on Yelp."),
            post("Si nos marca con la carita feliz, le mandamos la liga para su reseña en Google."),
            response("We cleared the rebooking fee for you. Would you mind editing your review?"),
            response("Le eliminamos el recargo de la factura; ¿podría actualizar su reseña?"),
            # round 36 (replies36): a review asked only of those who give the top of a 0-10 score
            post("When folks score their cleaning a 9 or 10, we hope they'll post a Yelp review."),
            post("Si usted nos puntúa con 9 o 10, déjenos una reseña en Facebook."),
            # round 32 (tellgate32): a yes/no question routed, yes to a public site, no to a private card; a review raffled
            post("Was your visit smooth? If so, tap the Yelp link below! If not, drop a note in our suggestion box by the door."),
            post("¿Le atendimos bien? Si contestó que sí, compártalo en Google Maps. Si dijo que no, llene la tarjeta de comentarios en recepción."),
            post("Each review posted before Friday enters the raffle for a spa basket."),
            # round 30 (gating30): a reward for raising a rating; the bad branch kept off the site with no route named
            response("Saw your two-star rating. Move it up to five and we'll take $20 off the next cleaning."),
            response("Súbanos a cinco estrellitas y le tenemos un regalito en recepción."),
            post("If we earned it, brag about us on Yelp. If we missed the mark, find me in the hallway, not on Facebook."),
            post("Si lo atendimos como merece, cuéntelo en Google. Si quedamos a deber, búsqueme en la oficina antes de publicar nada."),
            # round 29: a score split into ranges, the top to a review site and the bottom to a private route; asked not to post it
            post("How did we do tonight? 9-10: tap the gold card and share us on Yelp! 1-6: tap the grey card so the manager can reach you privately."),
            post("Si su experiencia le alegró el día, compártala en Facebook. Si algo no le gustó, le pedimos que no lo suba a redes y que lo hable con la gerente."),
            # round 27: two conditions side by side, one to a review site, the other to the desk before posting (EN/ES)
            post("If our crew made your day easier, say so on Yelp! If we dropped the ball, see Ms. Ocampo at the front desk first."),
            post("Si le hicimos la vida más fácil, díganlo en Google. Si le fallamos, pase primero con la gerente antes de publicar."),
            post("mini survey: rate us a 9 or 10 -> Google link for you; rate us lower -> it lands in the head nurse manager inbox, no one else sees it"),
            # round 26: a funnel drawn with arrows on its own lines, a name in the hat, only the good ones, a gripe sent to a call
            post("Score your visit 1 to 10 by text.\n9-10 👉 our Google review link\n1-8 👉 the office lead phones you"),
            post("Califique del 1 al 10.\n9 o 10 -> liga para su reseña en Google\n1 al 8 -> la gerente le marca"),
            post("Post a nice Google review by Friday and your name goes into the hat for a smoked turkey."),
            post("Déjenos su reseña en Facebook, pero solo las buenas, eh."),
            post("Review us on Google! Got a gripe? Call me direct, no need to air it out online."),
            # round 25: a survey score asked first, then routed; a good feeling sent public, a bad one to a private message
            post("Rate today from one to five by text. Answered five or four? Here is our Yelp page. Answered one to three? Our office lead phones you back."),
            post("Califique su cita del 1 al 5. Si contestó 5 o 4, deje su opinión en Google; si contestó 1, 2 o 3, Marisol lo llamará."),
            post("If you felt well looked after today, a Facebook review would help us. If something bugged you, send a DM, not on Facebook please."),
            post("Si sentiste que te atendimos a gusto, déjanos reseña en Facebook; si algo te molestó, mándanos mensaje por inbox, no en Facebook."),
            # round 23: a price cut for changing a review; the gate in formal words
            response("If you revise your review, we will take the follow-up visit off your bill."),
            response("Si gusta cambiar su calificación, le descontamos la próxima limpieza."),
            post("If our clinic has made a difference for you, we'd be grateful for a Google review; any concerns, please write to our practice manager rather than posting."),
            post("Si nuestro equipo le ha ayudado, déjenos una reseña. Si tiene alguna inquietud, escriba a la oficina de calidad en lugar de publicarla."),
            # round 22: a request made because of a top rating
            post("Because you rated us five stars in our survey, could you post that on Yelp too?"),
            post("Como nos calificó con 5 estrellas, ¿lo publicaría en Facebook?"),
            # a question whether the reader posted a review, then a reward, across languages
            post("Dropped a 5-star review on Facebook? Enséñalo en recepción y te llevas un free lip balm!"),
            post("¿Nos dejaste una reseña en Google? Muéstrala en recepción y llévate un cepillo gratis."),
            post("Wrote us a review on Yelp? Show the front desk and grab a free water bottle!"),
            # a reward near a request to change or remove a review already posted
            post("Gave us one or two stars back in May? We fixed the phones. Would you update it? We'll mail you a free mug."),
            post("Si nos dejaron una estrellita por la espera, ¿nos harían el favor de borrarla? Les regalamos una gorra."),
            # something of value for a review
            "Leave us a 5-star review and get 10% off your next visit!",
            post("Everyone who reviews us this month is entered in our gift card raffle."),
            response("Thank you! Write a review in exchange for a free t-shirt.", scenario="positive-review"),
            post("We offer a discount for reviews posted before March 1."),
            post("Post a review on Yelp and we'll take $20 off the next cleaning."),
            post("Want a free smoothie? Leave a review and show it at the front desk."),
            response("Thanks for the review! As a thank-you, your next coffee is on us.", scenario="positive-review"),
            response("If you change your rating to five stars, we will waive your copay.", scenario="negative-review"),
            post("Winter check-ups are open!", variants={"x": "Review us on Yelp and win a $50 gift card!"}),
            post("Escribe una reseña y llévate una mochila de regalo."),
            post("Por cada calificación en Google le damos un boleto para la rifa."),
            post("A cambio de su reseña le ofrecemos una limpieza sin costo."),
            post("Sorteo entre quienes dejen una reseña este mes: ¡una canasta de frutas!"),
            response("Si actualiza su reseña a cinco estrellas, le damos un vale de $20 para la farmacia.", scenario="negative-review"),
            # asking for a top rating
            post("Give us five stars on Healthgrades, please!"),
            post("Por favor, califíquenos con 5 estrellas en Google."),
            # gating
            post("Happy with your visit? Review us on Google! Not happy? Email us instead."),
            post("If you loved us, leave a review; if not, contact us."),
            response("We're sorry. Please contact us before you leave a review.", scenario="general-complaint"),
            post("Got a complaint? Message us first, before you post anything online."),
            post("Not thrilled with your visit? Skip the review and call us directly instead."),
            post("After each visit we text a 1-to-10 survey. Scores of 9 or 10 get our Google page; the rest go to the practice administrator."),
            post("Front desk: only ask patients who look satisfied to leave a review."),
            post("Si te encantó tu consulta, regálanos una reseña en Facebook."),
            post("Si no quedó satisfecho, no publique nada: hable primero con nosotros."),
            post("Satisfied patients: a Yelp review takes a minute. Everyone else: our administrator's line is on the receipt."),
            post("Kiosk survey: 4 or 5 stars opens our Google page; below 4 sends a note to the office manager."),
            post("¿Algo salió mal en su visita? No lo publique todavía: escríbanos primero y lo arreglamos."),
            post("Cuéntale a Google lo bien que te fue y llévate un termo de regalo."),
            post("A note from the clinic.", title="Loved your appointment? Review us on Google"),
            post("Photos from the open house.", media=[Media("open-house.jpg", "Sign at the desk: leave a Google review and get a free water bottle", line=12)]),
            # diminutives and giveaways, as social media writes them
            "Regálanos tus estrellitas en Google y participa por un corte de cabello.",
            "Deja tu reseñita y entra al sorteo de una canasta de productos.",
            "Danos tus estrellitas en Google. Si algo no te gustó, mándanos un mensaje primero.",
            "Rate us 5⭐ on Google!",
            "Drop us a review this month for a chance to win a smart toothbrush.",
            # a rating-conditioned route written with numbers and arrows or colons
            post("Rate today's visit in the text we send. 5 → you'll get our Yelp link. 1-4 → Patient Relations calls you back."),
            response("Scores of 4+ ⭐ = a link to Google; 3 or lower = a call from our office manager.", scenario="positive-review"),
            post("Encuesta del 0 al 10: 9 y 10 reciben el enlace de Google; 0 a 6 van con la coordinadora por teléfono."),
            post("Califique su cita del 1 al 5. 4 o 5 ➡️ enlace a Facebook. 1, 2 o 3 ➡️ le escribimos por WhatsApp."),
            # the draw as a verb: a raffle among those who review
            "Este mes sorteamos una cafetera entre quienes nos califiquen en Google. ¡Suerte!",
            "Vamos a rifar una bicicleta entre todos los pacientes que dejen su opinión en Facebook.",
            "Rifaremos un kit de blanqueamiento entre los que nos escriban una reseña antes del viernes.",
            "We're raffling off a smart watch among everyone who reviews us on Google during May.",
            "One lucky reviewer takes home a spa basket! Leave us a review on Yelp to enter.",
            # a visit's quality or a top score as the condition, with a linking verb between
            "If your checkup was excellent, share it on Facebook! If anything bugged you, message us privately first.",
            "Si su consulta estuvo muy buena, compártala en Google. Si algo falló, mejor llámenos primero.",
            "Si creen que su cita con nosotros merece 5 estrellitas, cuéntenlo en Google; si no, escríbannos por WhatsApp.",
            "When you feel we earned four stars or more, post on Google. If not, text the office manager.",
            # the review link sent only to those who score high
            "From now on we only send the review link to people who answer 9 or 10 on our survey.",
            "Desde ahora solo enviamos la liga para reseñar a los pacientes que nos den 9 o 10 en la encuesta.",
            # a score question's two branches with no number on the low one, and a threshold ("4+", "9 o más")
            'Text we send after visits: "Rate us 1-10! For a 9 or 10, here is our Google link. If it is lower, reply to this text and our office manager will get back to you."',
            "Mensaje después de la cita: «¿Del 1 al 10, qué tal la visita? Si nos pone 9 o 10, publique su reseña en Google. Si es menor, responda aquí y la gerente le llama.»",
            "Kiosk: 4+ stars? Leave us a Google review. Anything below that? Let us know at the front desk.",
            "Our team only sends review invites to people who scored us 9+ in the follow-up survey.",
            "We only text the Google review link to patients who rated us 4 or higher on the kiosk survey.",
            "La recepción solo manda la invitación a reseñar a quienes nos pusieron de 4 para arriba en la encuesta.",
            # a score question routed by conditions, with no arrow
            "Quick survey by text: pick a number from 1 to 5. If you answer 4 or 5 we send our Yelp link; if you answer 1 to 3 the manager calls you.",
            "Encuesta por mensaje del 1 al 10: si nos da 9 o 10 le llega la liga de Google; si contesta del 0 al 6, le llamamos.",
            # a text survey whose reply is the score: "Reply 4 or 5 and ...", the low branch a bare range
            "After-visit text: answer us 1 through 5. Reply 5 or 4 and a Yelp link comes your way; 1-3 and our practice manager phones you.",
            "Mensaje de seguimiento: conteste del 1 al 5. Conteste 4 o 5 y le llega la liga de Facebook; 1 a 3 y el gerente le marca.",
            # scores said in the plural, the low branch with no number
            "Score today's checkup 1 to 10! 8s and 9s get our Yelp link, the rest go to the office manager's inbox.",
            "Del 1 al 10, ¿qué tal su consulta? Los 9 y 10 reciben la liga de Facebook; lo demás llega al correo de la gerente.",
            # a gift for a rating already changed
            post("Changed your rating to 5 stars? Show the front desk and grab your gift."),
            post("¿Ya le subió las estrellas a su reseña? Pase por su taza de regalo."),
            # staff told to hand the card only to those who leave smiling, or not to upset ones
            "Front desk: hand the Google review card only to folks who left smiling; if a patient complained, don't give them one.",
            "Recordatorio: las tarjetas con el QR de reseñas solo se entregan a quienes salen sonriendo.",
            "Si un paciente se ve molesto, no le den la tarjeta de reseñas de Google.",
        ],
        clean=[
            # round 37 (ftc37): a count is no score; a fee waived with no review change asked
            post("If you can spare 5 minutes for our survey, leave a Google review too."),
            response("Le quitamos el cargo por estacionamiento. Gracias por su paciencia."),
            # round 36 (replies36): a clock or an age is no top score
            post("Storytime for toddlers runs 9 to 10 am; leave us a review afterwards if you want."),
            post("Los niños de 9 o 10 años ya pueden vacunarse. Déjenos su reseña en Google."),
            # round 32 (tellgate32): a yes/no health question with no review; every review welcomed
            post("Do you get heartburn at night? If yes, talk to your doctor. If no, keep up the good habits!"),
            post("Every review matters to us, good or bad, so tell us how it went."),
            # round 30 (gating30): a count or a clock after a raise is no score; a health question kept offline is no gate
            response("Thanks for the 3 stars! Our clinic moves to 5 days a week in March, and flu shots are free."),
            post("Tell Google about your visit. If you have a medical question, ask us, not the internet."),
            post("Si le gustó la clase, cuénteles a sus amigas. Si tiene dudas de sus análisis, pregúntele a su enfermera, no a internet."),
            # round 29: everyone asked alike, on any scale, with a private route for anyone
            post("Every opinion helps: score us 0 to 10 on Google, whatever you felt."),
            post("Deje su reseña en Google, sea buena o mala; si tiene dudas, hable con la recepción."),
            # round 27: a condition for the review and a question route without asking anyone to wait
            post("If you liked the fun run, post your photos on Instagram! If you have a question, call the front desk."),
            # round 27: two conditions, one to a review site, one to the desk first, whatever the words (EN/ES)
            # round 26: every review welcomed, a plain survey scale, a raffle for a survey
            post("Reviews of every kind help us get better: good or bad, we read them all on Google."),
            post("Leemos todas las reseñas, no solo las buenas."),
            post("Rate us 1-10 in our anonymous survey."),
            post("A raffle for everyone who fills out our patient survey this month!"),
            # round 25: both branches sent to the same public page; a complaint line with no review asked; a survey with no review link
            post("Did your cleaning go smoothly? Post a review. Anything we could improve? Let us know on Google as well."),
            post("¿Le gustó la consulta? Deje su reseña. ¿Algo por mejorar? Cuéntenos también en Google."),
            post("Si tiene alguna queja sobre la cita, llámenos al consultorio."),
            post("Please rate your visit from 1 to 5 in the short survey we text you tomorrow."),
            post("Conteste del 1 al 5 nuestra encuesta de satisfacción; sus respuestas son anónimas."),
            # round 23: concerns sent to a private route with no review asked; a refund with no review tied
            post("If you have any concerns about your bill, write to our office manager."),
            response("Lamentamos el error; le descontamos el cargo doble. Si gusta, llámenos."),
            # round 22: a review asked of everyone, and a reason that is no rating
            "Would you share a few words about your experience on Google? We read every one.",
            "¿Nos comparte su opinión en Google? Leemos cada reseña.",
            # the same link for every score, a schedule changed, everyone asked, a smile that is no condition
            "Rate us 1 to 5 by text. Whatever you answer, we send everyone the same Google link.",
            "Reply 1 to keep your appointment or 2 to move it, and we'll call you back within the hour.",
            "Responda del 1 al 5 y a todos les mandamos la misma liga de Google, sin importar su respuesta.",
            "Cambiamos el horario: ahora abrimos a las 8. Déjenos su reseña en Google.",
            "Pidan reseña en Google a todos los pacientes, salgan contentos o no.",
            "Every kid leaves smiling from our clinic! Leave us a review on Google.",
            # changing a review with no reward, and a reward with no review to change
            post("Left us a low rating before we fixed the phones? If you feel like it, you're welcome to update it. Either way, thank you."),
            post("Los cambios del estacionamiento ya están listos. Gracias por su reseña; le regalamos un café a quien venga a la feria."),
            # what is fixed or improved is the problem the review told of, not the review
            post("If you left a 1-star review about the AC, we would like a chance to make it right. Free lemonade at the desk all week!"),
            post("Si nos dejó una reseña por la espera, queremos mejorarla. ¡Café gratis toda la semana!"),
            post("Left us a review? Thank you! We read every one."),
            post("Got a question about sunscreen? Show us your bottle at the front desk and we'll help. Free parking on site."),
            post("We read every review, good or bad, and we never offer rewards for reviews."),
            post("Feel free to leave a review on Google. We read every one."),
            post("Everyone who reviews us gets a reply from Patient Relations."),
            post("Not happy? Tell us in a review, or call us, whichever you prefer."),
            response("We're so happy you had a great experience! Thank you for your review.", scenario="positive-review"),
            post("Good or not so good, we want to hear it. Patient Relations reads every message."),
            response("Thanks for the 5 stars! See you at our free 5K on Saturday.", scenario="positive-review"),
            response("Thanks for the three stars! Tell us what would earn the other two.", scenario="neutral-review"),
            post("Review your insurance benefits before December; many plans cover a free annual physical."),
            post("Our annual medication review is free for members."),
            post("Happy or not, we'd love your honest review on Google."),
            post("Loved the walk? Share your photos with us on Facebook!"),
            post("Questions about a charge? Call our billing team first; most issues are fixed in one call."),
            post("For your privacy, please don't post health details in a review; call us instead."),
            post("Our team earned a 5-star rating in the Riverbend Gazette readers' poll!"),
            post("Buena o mala, su opinión nos ayuda. Déjenos una reseña si lo desea."),
            post("No ofrecemos descuentos ni regalos a cambio de reseñas."),
            response("Mil gracias por calificarnos con cinco estrellas, {{ reviewer }}.", scenario="positive-review"),
            post("Rifa de una canasta en la feria de salud del sábado. ¡Gratis para todos!"),
            post("Queremos escuchar a todos: si algo no le gustó, díganos en una reseña o llámenos."),
            post("Leave us a review and get 10% off!", status="cancelled"),
            post("We want to hear from you: leave us a review on Google, whatever it says."),
            post("Our free flu clinic is back on Saturday, and our 5-star rated nurses will be there."),
            post("Please don't post your questions about symptoms in a review; call us instead."),
            post("Warm up for five minutes before a winter run. Your knees will thank you!"),
            # a giveaway that asks for no review; stars in the sky; thanks for stars already given
            "Participa por un kit escolar en nuestra feria de salud; no hace falta reseña.",
            # every score gets the same link; runners in their 40s and 50s
            "Rate us 1 to 10 in the survey: 9s, 5s and 2s all get the same Google link, and our manager reads each one.",
            "Corredores de 40s y 50s recibieron medalla en la carrera; lo demás de la premiación, por correo.",
            "Look up at the stars this Saturday at our astronomy night for kids!",
            "¡Gracias por sus estrellitas! Nos alegra mucho.",
            # numbers and arrows that route no rating, or route every rating the same way
            post("Rate your visit 1-5 in our text survey. Any score → a note from Patient Relations, and our Google link if you'd like it."),
            post("Office hours 8:30-5: call us. Reviews on Google mean a lot to our team."),
            post("Step 1: call us to book. Step 2: bring your insurance card. 3 → done!"),
            post("Califíquenos del 1 al 5: todas las respuestas llegan a nuestra coordinadora, y cualquiera puede dejar reseña en Google."),
            # a draw that asks for no review, or a review asked apart from a draw for something else
            "Sorteamos 5 cascos de bicicleta entre los niños que se vacunen este sábado.",
            "¡Rifamos una canasta entre todos los que vengan a la feria de salud! No hace falta reseña.",
            "Nos encanta leer sus reseñas. Este mes también rifamos una cafetera entre quienes se inscriban al boletín.",
            "We're raffling off a bike among the kids who finish our fun run. Register at the front desk to enter.",
            # the same words with no branch for the unhappy, or a review already given
            "If your checkup was excellent or awful, tell people on Google either way.",
            "Gracias por las 5 estrellitas. Si algo no le gustó, cuéntenos también.",
            "Whether your visit was great or rough, an honest Google review helps others choose.",
            "Solo enviamos la encuesta por correo; todas las respuestas, de 0 a 10, las lee la gerente.",
            # a threshold that is an age or a fever, not a score; every score treated alike
            "Flu shots for everyone 65 or older. Leave us a review if you like, good or bad.",
            "If your fever is 103 or higher, call us. We read every review on Google.",
            "Solo enviamos recordatorios a pacientes de 18 años o más. ¡Déjenos su reseña en Google!",
            "Survey results: 4+ stars from 92% of patients this year! Thank you for every review.",
            "Rate us 1-10 in our survey. Whatever your score, here is our Google link, and if anything was off you can also call the manager.",
            "Encuesta del 1 al 10: sea cual sea su respuesta, le mandamos el enlace de Google; si algo salió mal, también puede llamar a la gerente.",
        ],
    ),
}


def _label(example) -> str:
    text = example if isinstance(example, str) else getattr(example, "body", "")
    return re.sub(r"\W+", "-", text[:40]).strip("-") or "empty"


# --- focused tests ----------------------------------------------------------


def test_ftc001_missing_disclosure_points_at_the_sponsored_key():
    [hit] = hits("FTC001", sponsored(SHOE_FIT))
    assert hit.line == 18
    assert "sponsored: true" in hit.message


def test_ftc001_late_disclosure_points_at_it():
    body = SHOE_FIT + "\n\n" + SHOE_FIT + "\n\n#ad"
    item = sponsored(body)
    [hit] = hits("FTC001", item)
    assert hit.line == item.body_line + 4
    assert "first 125 characters" in hit.message


def test_ftc001_window_is_a_threshold():
    body = SHOE_FIT + " #ad"
    assert hits("FTC001", sponsored(body))
    assert not hits("FTC001", sponsored(body), thresholds={"disclosure_within_chars": 400})


def test_ftc001_checks_every_channel():
    [hit] = hits("FTC001", sponsored(DISCLOSED, variants={"x": SHOE_FIT[:200]}))
    assert "x variant" in hit.message and hit.line == 15


def test_ftc001_names_an_unclear_label():
    [hit] = hits("FTC001", sponsored(SHOE_FIT + " #spon"))
    assert "'#spon' is not a clear disclosure" in hit.message


def test_ftc003_stops_at_one_finding_per_text():
    assert len(hits("FTC003", "Our partner Strides is a great partner. Use code RB10.")) == 1


def test_ftc002_title_uses_the_body_context():
    assert hits("FTC002", post("A comeback story from our clinic.", title="Back to 100% in four months"))
    assert not hits("FTC002", post("A comeback story. Every recovery is different.", title="Back to 100% in four months"))


def test_ftc004_checks_posts_and_responses_alike():
    text = "Leave a review and be entered to win a gift card!"
    assert hits("FTC004", post(text)) and hits("FTC004", response(text))


def test_ftc004_names_the_variant_and_its_line():
    [hit] = hits("FTC004", post("Open house Saturday.", variants={"bluesky": "5 stars and get 10% off!"}, lines={"variants": 12}))
    assert "bluesky variant" in hit.message and hit.line == 12


def test_ftc004_names_the_alt_text():
    [hit] = hits("FTC004", post("Open house.", media=[Media("desk.jpg", "Card at the desk: review us and get a free tote", line=14)]))
    assert "alt text" in hit.message and hit.line == 14


def test_ftc004_a_gate_is_one_finding_however_many_sentences_it_takes():
    body = "Loved your visit? Leave us a review on Google.\n\nUnhappy? Call Patient Relations first, before you post."
    [hit] = hits("FTC004", post(body))
    assert "sends happy people to the review site and unhappy ones to a private channel" in hit.message
    assert hit.line == 10


def test_ftc004_each_offer_is_its_own_finding():
    body = "Review us on Google and get a free coffee.\n\nRefer a friend, post a review, and win a gift card!"
    assert [h.line for h in hits("FTC004", post(body))] == [10, 12]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Leave us a review and get 10% off!", "Remove the reward in"),
        ("Give us 5 stars on Google, please!", "not for a top rating"),
        ("Loved it? Review us on Yelp!", "not only happy people"),
        ("Unhappy? Call us first instead of posting a review.", "Don't steer unhappy people away"),
        ("Staff: only hand the review card to patients who seem happy.", "not only people who seem happy"),
    ],
)
def test_ftc004_message_names_the_problem(text, words):
    [hit] = hits("FTC004", post(text))
    assert words in hit.message


# --- fuzzing ----------------------------------------------------------------

ASKS = ["leave us a review", "review us on Google", "post a review on Yelp", "déjanos tu reseña", "califícanos en Google", "escribe una reseña"]
GAINS = ["get 10% off", "win a gift card", "receive a free coffee", "y llévate un descuento", "y participa en la rifa", "y recibe un regalo"]
HAPPY_ASKS = ["Enjoyed your appointment? Leave us a review!", "¿Te gustó tu consulta? Déjanos una reseña.", "If our staff treated you well, post a review on Yelp."]
WORDS = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz áéíóúñ")), max_size=50)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ASKS), st.sampled_from(GAINS), WORDS, st.booleans())
def test_ftc004_any_ask_with_any_reward_is_an_incentive(ask, gain, filler, strip):
    text = f"{filler}. {ask[0].upper()}{ask[1:]} {'and ' if not gain.startswith('y ') else ''}{gain}!"
    text = _strip_accents(text) if strip else text
    assert hits("FTC004", post(text)), text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ASKS), st.sampled_from(GAINS), st.sampled_from(["We never", "We don't", "No", "Nunca"]))
def test_ftc004_a_denied_reward_is_not_an_offer(ask, gain, denial):
    reward = re.sub(r"^(?:y\s+)?\w+\s+", "", gain)  # "a gift card", "un descuento"
    assert not hits("FTC004", post(f"{denial} offer {reward} for reviews.")), reward


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(HAPPY_ASKS), st.sampled_from(["Good or bad, we read them all.", "Buena o mala, la leemos.", ""]))
def test_ftc004_asking_only_happy_people_is_gating_unless_everyone_is_asked(ask, inclusive):
    found = hits("FTC004", post(f"{ask} {inclusive}".strip()))
    assert bool(found) == (not inclusive)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_ftc004_never_raises_and_stays_in_the_text(body):
    item = post(body)
    for hit in hits("FTC004", item):
        assert item.body_line <= hit.line <= item.body_line + body.count("\n")


# --- a rating-conditioned route in numbers and arrows ---------------------------------------------------------

ARROWS = [" → ", " -> ", " => ", " ➡️ ", ": ", " = ", " gets ", " go to "]
SCALES = {
    5: (["4 or 5", "4-5", "5", "4+", "4 o 5", "4 y 5"], ["1-3", "1–3", "1, 2 or 3", "1 a 3", "3 or lower", "1-4"]),
    10: (["9-10", "9 or 10", "9 y 10", "8+"], ["0-6", "0–7", "1 to 6", "6 or less", "0 a 6"]),
}
PUBLIC = ["our Google link", "a Yelp review link", "el enlace de Google", "our Facebook page"]
PRIVATE = ["a call from our office manager", "an email from Patient Relations", "le llamamos", "la coordinadora le escribe"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([5, 10]), st.data())
def test_ftc004_scores_routed_high_to_public_and_low_to_private_are_gating(top, data):
    high = data.draw(st.sampled_from(SCALES[top][0]))
    low = data.draw(st.sampled_from([s for s in SCALES[top][1] if not (top == 5 and s == "1-4" and high not in ("5",))]))
    arrow = data.draw(st.sampled_from(ARROWS))
    text = f"Rate your visit 1-{top} in the text we send. {high}{arrow}{data.draw(st.sampled_from(PUBLIC))}. {low}{arrow}{data.draw(st.sampled_from(PRIVATE))}."
    assert hits("FTC004", post(text)), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ARROWS), st.sampled_from(PUBLIC), st.sampled_from(PRIVATE))
def test_ftc004_numbers_and_arrows_that_route_every_score_alike_pass(arrow, public, private):
    text = f"Rate your visit 1-5 in the text we send. Any score{arrow}{private}, and {public} for anyone who wants it."
    assert not hits("FTC004", post(text)), text


# --- a draw among those who review, the verb as Spanish writes it ---------------------------------------------

DRAWS = ["Rifamos", "Sorteamos", "Vamos a rifar", "Vamos a sortear", "Este mes rifaremos", "Sortearemos"]
PRIZES = ["una pantalla", "dos boletos para el cine", "una licuadora", "un kit de cuidado dental"]
REVIEWERS = ["entre todos los que nos dejen reseña", "entre quienes nos califiquen en Google", "entre los que comenten su experiencia en Facebook", "entre todos los que nos regalen sus estrellitas"]
OTHERS = ["entre los niños que se vacunen el sábado", "entre quienes vengan a la feria de salud", "entre los que terminen la caminata"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DRAWS), st.sampled_from(PRIZES), st.sampled_from(REVIEWERS))
def test_ftc004_a_draw_among_those_who_review_is_an_incentive(draw, prize, among):
    text = f"¡{draw} {prize} {among}!"
    assert hits("FTC004", post(text)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(DRAWS), st.sampled_from(PRIZES), st.sampled_from(OTHERS))
def test_ftc004_a_draw_for_something_else_passes(draw, prize, among):
    text = f"¡{draw} {prize} {among}! Sus reseñas nunca son requisito."
    assert not hits("FTC004", post(text)), text


# --- a low branch with no number, and a request sent only above a score -------------------------------------

HIGH_IFS = ["If 9 or 10,", "For a 9 or 10,", "Si es 9 o 10,", "If you'd give us a 9 or 10,"]
LOW_IFS = ["If lower,", "If it's lower,", "If it is anything below that,", "Si es menor,", "Si nos da menos,", "Anything lower?"]
LOW_ROUTES = ["answer this message and a manager will phone you.", "text back and we'll call.", "responda aquí y la gerente le llama.", "llámenos primero."]
THRESHOLDS = ["4+", "4 or higher", "9+", "9 or above", "9 o más", "de 4 para arriba", "at least 9"]
ONLY_SENDS = ["We only send the review link to patients who", "Our front desk only texts review invites to people who", "Solo mandamos la liga para reseñar a los pacientes que"]
SCORED = ["scored us {t} on the survey", "rated us {t} in our follow-up survey", "nos califican con {t} en la encuesta"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(HIGH_IFS), st.sampled_from(PUBLIC), st.sampled_from(LOW_IFS), st.sampled_from(LOW_ROUTES))
def test_ftc004_a_score_question_whose_low_branch_has_no_number_is_gating(high, public, low, route):
    text = f"How did we do today, 1-10? {high} here is {public}. {low} {route}"
    assert hits("FTC004", post(text)), text


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(ONLY_SENDS), st.sampled_from(SCORED), st.sampled_from(THRESHOLDS))
def test_ftc004_a_review_request_sent_only_above_a_score_is_gating(only, scored, threshold):
    text = f"{only} {scored.format(t=threshold)}."
    assert hits("FTC004", post(text)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["adults 65 or older", "kids 4+", "pacientes de 18 años o más", "anyone with a fever of 103 or higher"]))
def test_ftc004_a_threshold_that_is_no_score_passes(who):
    text = f"We only send flu shot reminders to {who}. We read every review on Google, good or bad."
    assert not hits("FTC004", post(text)), text


# --- a reward for changing a review already posted ----------------------------------------------------------

POSTED = ["Gave us 1 or 2 stars last year?", "If you left us a one-star review,", "¿Nos dejó una reseña de 2 estrellitas?", "Si alguien nos dejó 1 estrella,"]
EDITS = ["could you update it?", "would you mind changing it?", "please take it down.", "¿la podría cambiar?", "¿nos hace el favor de borrarla?", "¿podrían actualizarla?"]
GIFTS = ["We'll mail you a free mug.", "Grab a coupon at the desk.", "Les regalamos un termo.", "Le damos un vale de $10."]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(POSTED), st.sampled_from(EDITS), st.sampled_from(GIFTS), st.sampled_from(["", "We fixed the parking. ", "Ya arreglamos el aire. "]))
def test_ftc004_a_reward_for_changing_a_review_is_an_incentive(posted, edit, gift, between):
    text = f"{posted} {between}{edit[0].upper()}{edit[1:]} {gift}"
    assert hits("FTC004", post(text)), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(POSTED), st.sampled_from(EDITS))
def test_ftc004_asking_to_change_a_review_without_a_reward_passes(posted, edit):
    text = f"{posted} {edit[0].upper()}{edit[1:]} Either way, thank you."
    assert not hits("FTC004", post(text)), text


def test_ftc004_review_edits_grow_linearly():
    """Edit requests look back a bounded number of sentences: doubling a text of near-misses at most doubles the work."""
    from playbook.rules.honesty import review_reading

    unit = "One star review. Update it. Cambiarla. la cambien. los cambios. Take it down please. free "
    small = _steps(review_reading, lambda: hits("FTC004", post(unit * 30)))
    large = _steps(review_reading, lambda: hits("FTC004", post(unit * 60)))
    assert large < 2.3 * small


def _steps(folder_of, run) -> int:
    """Lines executed in the package of module `folder_of` while `run()` runs: the work, without the clock's noise."""
    return steps(folder_of, run)
