"""stable_repr writes what its plain recursive definition writes, on any nesting of the kinds the caches digest.

The digests key the site memo and the corpus memo, so a faster stable_repr must give the very same text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections import OrderedDict, namedtuple

from hypothesis import given
from hypothesis import strategies as st
from playbook.stable import stable_repr


def reference(value) -> str:
    """The plain definition: isinstance tests in turn, dataclasses.fields() for every value."""
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(sorted(map(reference, value))) + "}"
    if isinstance(value, list | tuple):
        return type(value).__name__ + "(" + ", ".join(map(reference, value)) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{reference(k)}: {reference(v)}" for k, v in value.items()) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(f"{f.name}={reference(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__qualname__}({fields})"
    return repr(value)


class Colour(enum.Enum):
    RED = "red"
    BLUE = 2


class Word(str):
    """A str subclass (as markupsafe.Markup is one)."""


Pair = namedtuple("Pair", "left right")


@dataclasses.dataclass(frozen=True)
class Entry:
    title: str
    day: dt.date
    tags: frozenset = frozenset()
    extra: object = None


@dataclasses.dataclass
class Holder:
    items: list
    by_name: dict


atoms = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.binary(max_size=4),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=-6))])),
    st.sampled_from(list(Colour)),
    st.text(max_size=5).map(Word),
    st.sampled_from([Entry, Holder, int]),  # classes themselves: their repr
)
hashable = st.one_of(atoms.filter(lambda v: not isinstance(v, float) or v == v), st.tuples(st.text(max_size=3), st.integers()))


def nested(children):
    return st.one_of(
        st.lists(children, max_size=4),
        st.lists(children, max_size=4).map(tuple),
        st.dictionaries(st.text(max_size=4), children, max_size=4),
        st.dictionaries(st.text(max_size=4), children, max_size=3).map(OrderedDict),
        st.frozensets(hashable, max_size=4),
        st.sets(hashable, max_size=4),
        st.builds(Pair, children, children),
        st.builds(Entry, st.text(max_size=6), st.dates(), st.frozensets(st.text(max_size=3), max_size=3), children),
        st.builds(Holder, st.lists(children, max_size=3), st.dictionaries(st.text(max_size=3), children, max_size=3)),
    )


@given(st.recursive(atoms, nested, max_leaves=25))
def test_stable_repr_is_its_plain_definition(value):
    assert stable_repr(value) == reference(value)


def test_a_set_is_written_in_one_order():
    assert stable_repr({"b", "a", "c"}) == stable_repr({"c", "b", "a"}) == "{'a', 'b', 'c'}"
    assert stable_repr(Entry("x", dt.date(2027, 1, 5), frozenset({"z", "y"}))) == "Entry(title='x', day=datetime.date(2027, 1, 5), tags={'y', 'z'}, extra=None)"
