"""Round 60's review: a reviewing helper read the round's readings against the code before them and found ways through
them and false alarms they added. Each is a row here, refused or passing as it should. Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "Dr. Lucas Ferro delivered a healthy boy Friday: Mark and his wife Ana welcomed little Mateo, 8 lbs 2 oz!"),
        ("PHI003", "Dr. Lucas Ferro was on call Friday night when a dad and his wife Ana welcomed little Mateo, 8 lbs 2 oz!"),
        ("PHI003", "The wristband reads Fall Risk Whitfield, Grace."),
        ("PHI003", "The wristband said Twin Okafor, Hope."),
        ("PHI011", "We treated the cook at Oak Grove for a reaction to cupcakes on Friday."),
        ("PHI011", "We treated the crossing guard at Pine Street Elementary to breakfast and stitched up her hand."),
        ("PHI011", "We've stitched up the lunch lady at Oak Grove Elementary twice this year."),
        ("PHI011", "Our urgent care team stitched up the lunch lady at Oak Grove Elementary on Tuesday."),
        ("PHI011", "La enfermera le puso suero a la maestra de segundo de la escuela Morelos."),
        ("PHI011", "La Dra. Ruiz le cosió la mano al cartero de la colonia Las Palmas."),
        ("PHI011", "Hoy hidratamos al velador de la planta Delphi con suero."),
        ("PHI008", "To the family who left our clinic Monday at 5:15, a blue blanket is waiting for you."),
        ("PHI008", "A la mamá del bebé que vacunamos el viernes 9 a las 10 se le quedó la pañalera."),
        ("PHI008", "To the dad of the toddler we stitched Sunday around 6:30 pm: his stuffed giraffe is at the front desk."),
        ("FTC004", "Unhappy with your current provider at our clinic? Skip Yelp and call our office manager."),
        ("FTC004", "Unhappy with your other provider here? Skip Yelp and call us."),
    ],
)
def test_a_way_through_found_in_review_refuses(code, text):
    assert hits(code, post(text), plans=with_staff("Dr. Lucas Ferro"))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI001", "Dr. Okafor, who did the Tuesday follow-up, read this out loud at the huddle. Thank you!"),
        ("PHI001", "Dr. Okafor is framing this one — thank you, and happy 6 months since surgery!"),
        ("PHI001", "Dr. Okafor read this out loud at the huddle and remembers the day the cast came off. Thank you!"),
        ("PHI001", "La Dra. Okafor nos leyó esto en voz alta y está feliz de que la rodilla nueva funcione. ¡Gracias!"),
        ("PHI001", "We're sorry your patient navigator didn't call back."),
        ("PHI003", "Thank you! Go Torres!"),
        ("PHI003", "Hooray for Edwards!"),
    ],
)
def test_a_way_through_found_in_review_refuses_in_a_reply(code, text):
    assert hits(code, response(text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI011", "Revisamos el menú saludable con la cocinera de la primaria Hidalgo."),
        ("PHI011", "We examined the proposal from the principal of Oak Grove Elementary for a school garden."),
        ("PHI011", "We patched things up with the coach at Lincoln High after a friendly rivalry at the 5K."),
        ("PHI011", "We gave the principal of Oak Grove Elementary a tour of the new MRI suite."),
        ("PHI011", "We got the pastor of Grace Chapel to open our vaccine drive with a blessing."),
        ("PHI011", "We put the principal of Oak Grove Elementary in charge of the raffle at our vaccination fair."),
        ("PHI011", "Le dimos los puntos del concurso a la maestra de la escuela Morelos."),
        ("PHI011", "A quick tour got the principal of Oak Grove Elementary excited about our vaccine drive."),
        ("PHI008", "Every kid we treated at Saturday's 9 am sports physicals clinic left with a water bottle."),
        ("PHI008", "Cada paciente que atendimos en la feria del sábado 3 de mayo recibió un cepillo de dientes."),
        ("PHI008", "Shout-out to the family we saw handing out water at the 5K on Saturday at 8 am!"),
        ("PHI006", "Join us: https://mlk.example/events/martin-luther-king-day-of-service"),
        ("PHI006", "Donate at https://rmhc.example/chapters/ronald-mcdonald-house-austin"),
        ("PHI006", "Mapa: https://sep.example/planteles/escuela-miguel-hidalgo"),
        ("PHI006", "Walk starts at https://parks.example/visit/dallas/lopez-park"),
        ("PHI006", "Misa en https://diocesis.example/sedes/san-juan-de-dios"),
    ],
)
def test_a_false_alarm_found_in_review_passes(code, text):
    assert hits(code, post(text)) == []


def test_a_team_members_name_in_a_news_link_passes():
    text = "Watch our interview on flu season: https://www.kxan.example/news/local/kevin-nguyen-on-flu-season"
    assert hits("PHI006", post(text), plans=with_staff("Dr. Kevin Nguyen")) == []
