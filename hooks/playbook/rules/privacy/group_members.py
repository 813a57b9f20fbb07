"""One of our care group's members, told as one who joined, left or was lost: the group is their care (PHI011, names.py).

A grief circle, a support group, a recovery or a caregivers' group that we run is care, and those in it are in our
care. A post that says the group lost one of its own, said goodbye to one, or welcomed one, and then narrows that one by
a role at a named place ("Our Thursday widows' group said goodbye to a dear friend, a longtime docent at the <Name>
Museum", "nuestro grupo de duelo se despidio de una de sus integrantes, la bibliotecaria de la escuela <Name>"), tells
who was in our care. names.py reads the role at the place; here the sentence is read for the group and its member.
Passes: one who spoke to or visited the group ("the librarian at <Name> Library will speak to our support group"), a
group no one is said to belong to, a group that is no care of ours ("our book club lost a member").
One bounded scan each for the group and the member: linear.
"""

from __future__ import annotations

from ... import lazyre

# A care group of ours: "our (Tuesday) grief circle", "our caregivers' support group", "nuestro grupo de duelo".
_GROUP = lazyre.compile(
    r"(?<![\w-])(?:(?i:our|my|the)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:grief|bereavement|loss|support|recovery|sobriety|caregivers?['’]?|widows?['’]?|"
    r"survivors?['’]?|cancer|dementia|memory|parkinson['’]?s|diabetes|heart|cardiac|pain|addiction|aa|na|al-anon|smart[ \t]+recovery)"
    r"[ \t]+(?:(?i:support)[ \t]+)?(?i:circle|group|groups|class|meeting|meetings|cafe)"
    r"|(?i:nuestr[oa]s?|mi|el|la)[ \t]+(?:[\w'’-]+[ \t]+){0,1}?(?i:grupo|grupos|circulo|reunion|reuniones|taller)[ \t]+(?i:de)[ \t]+"
    r"(?i:duelo|apoyo|recuperacion|cuidadores|cuidadoras|viudas|sobrevivientes|alcoholicos[ \t]+anonimos|memoria|dolor))(?![\w-])"
)
# Its member told as joined, left or lost: "lost one of its", "said goodbye to", "one of our members", "se despidio de".
_MEMBER = lazyre.compile(
    r"(?<![\w-])(?i:lost[ \t]+(?:one|a|another|our|its|their)|lost[ \t]+a[ \t]+(?:dear|beloved|longtime|founding)|said[ \t]+goodbye[ \t]+to|says[ \t]+goodbye[ \t]+to|"
    r"bid[ \t]+farewell[ \t]+to|mourns?|mourning|one[ \t]+of[ \t]+(?:its|our|their)[ \t]+(?:own|members|regulars)|a[ \t]+(?:dear|beloved|longtime|founding)?[ \t]*member[ \t]+of|"
    r"welcomed[ \t]+(?:a|our|its)[ \t]+(?:newest|new)|perdio[ \t]+a|se[ \t]+despidio[ \t]+de|nos[ \t]+despedimos[ \t]+de|despide[ \t]+a|"
    r"una?[ \t]+de[ \t]+(?:sus|nuestr[oa]s)[ \t]+(?:integrantes|miembros|participantes)|llora[ \t]+a|lamenta[ \t]+la[ \t]+partida)(?![\w-])"
)


def lost_member(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] (the sentence of one described) tells of a member of a care group of ours."""
    group = _GROUP.search(body, start, end)
    return group is not None and _MEMBER.search(body, start, end) is not None
