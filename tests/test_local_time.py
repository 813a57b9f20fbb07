"""One conversion of a publish time to the practice's wall clock: `Plans.local`."""

from __future__ import annotations

import ast
import datetime as dt
import re
import zoneinfo
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.rules.harness import PLANS, PRACTICE

ENGINE = REPO / "hooks" / "playbook"


def test_local_is_the_practice_wall_clock():
    utc = dt.datetime(2027, 3, 14, 7, 30, tzinfo=dt.UTC)  # 01:30 CST, before the spring jump
    assert PLANS.local(utc).isoformat() == "2027-03-14T01:30:00-06:00"
    assert PLANS.local(utc + dt.timedelta(hours=1)).isoformat() == "2027-03-14T03:30:00-05:00"  # 02:30 does not exist
    offset = dt.datetime(2027, 11, 7, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # written with its offset
    assert PLANS.local(offset).isoformat() == "2027-11-07T01:30:00-05:00"
    assert PLANS.local(offset + dt.timedelta(hours=1)).isoformat() == "2027-11-07T01:30:00-06:00"  # the second 01:30
    tokyo = replace(PLANS, practice=replace(PRACTICE, timezone="Asia/Tokyo"))
    assert tokyo.local(utc).date() == dt.date(2027, 3, 14) and tokyo.local(utc).hour == 16
    broken = replace(PLANS, practice=replace(PRACTICE, timezone="Not/AZone"))
    assert broken.local(utc) == utc and broken.local(utc).utcoffset() == dt.timedelta(0)  # FM007 reports it; UTC meanwhile


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(
        min_value=dt.datetime(2000, 1, 2), max_value=dt.datetime(2100, 12, 30), timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30)), dt.timezone(dt.timedelta(hours=-8))])
    )
)
def test_local_keeps_the_instant(moment):
    local = PLANS.local(moment)
    # The same instant (compared in UTC: PEP 495 makes an ambiguous local time unequal to every other zone's).
    assert local.astimezone(dt.UTC) == moment.astimezone(dt.UTC) and local.tzinfo is PLANS.tz
    assert local.replace(tzinfo=None) - local.utcoffset() == moment.replace(tzinfo=None) - moment.utcoffset()


def test_no_module_converts_a_publish_time_itself():
    """`x.publish.astimezone(tz)` anywhere but Plans.local is a second home for the rule."""
    times = re.compile(r"(\.publish|\bevent\.(start|end)|\bhappening\.(start|end))$")
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "astimezone":
                if times.search(ast.unparse(node.func.value)) and not ast.unparse(node).endswith(("astimezone(dt.timezone.utc)", "astimezone(dt.UTC)")):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_a_moment_in_any_zone_or_kind_converts_as_astimezone_does():
    """The practice's clock keeps conversions of plain datetimes in ZoneInfo or fixed-offset zones; a subclass,
    a naive time or a zone that cannot be hashed is converted directly, as before."""
    import datetime as dt
    import zoneinfo

    from playbook.model import Contact, Plans, Practice

    class Stamp(dt.datetime):
        pass

    class Unhashable(dt.tzinfo):
        __hash__ = None

        def utcoffset(self, moment):
            return dt.timedelta(hours=2)

        def dst(self, moment):
            return dt.timedelta(0)

    plans = Plans(practice=Practice("X", "America/Chicago", "", (), Contact("", "", ""), ()))
    tz = zoneinfo.ZoneInfo("America/Chicago")
    moments = [
        dt.datetime(2027, 11, 7, 1, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
        dt.datetime(2027, 11, 7, 1, 30, fold=1, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
        dt.datetime(2027, 6, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2027, 6, 1, 12, tzinfo=Unhashable()),
    ]
    for moment in moments:
        assert plans.local(moment) == moment.astimezone(tz) and plans.local(moment).utcoffset() == moment.astimezone(tz).utcoffset()
    stamp = Stamp(2027, 6, 1, 12, tzinfo=dt.UTC)
    plans.local(dt.datetime(2027, 6, 1, 12, tzinfo=dt.UTC))
    assert type(plans.local(stamp)) is Stamp and type(plans.local(dt.datetime(2027, 6, 1, 12, tzinfo=dt.UTC))) is dt.datetime


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2029, 12, 31)),
                st.sampled_from([dt.datetime(2027, 11, 7, 1, 30), dt.datetime(2027, 3, 14, 2, 30), dt.datetime(2027, 10, 31, 2, 30)]),  # repeated and skipped hours
            ),
            st.sampled_from([0, 1]),
            st.sampled_from(["America/New_York", "America/Chicago", "Europe/Madrid", "UTC", "+02:00", "-05:00"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_the_kept_conversions_are_what_astimezone_gives_whatever_came_before(moments):
    """Repeated and folded hours, fixed offsets and named zones, one after another through the same cache."""
    from playbook.model import Contact, Plans, Practice

    plans = Plans(practice=Practice("X", "America/Chicago", "", (), Contact("", "", ""), ()))
    tz = zoneinfo.ZoneInfo("America/Chicago")
    for wall, fold, name in moments:
        zone = dt.timezone(dt.timedelta(hours=int(name[:3]))) if name[0] in "+-" else zoneinfo.ZoneInfo(name)
        moment = wall.replace(tzinfo=zone, fold=fold)
        local, expected = plans.local(moment), moment.astimezone(tz)
        assert (local, local.utcoffset(), local.fold, local.replace(tzinfo=None)) == (expected, expected.utcoffset(), expected.fold, expected.replace(tzinfo=None))
