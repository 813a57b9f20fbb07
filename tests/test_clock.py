"""One clock: --today beats PLAYBOOK_TODAY beats plans/checks.yml beats the real date."""

import datetime as dt

from playbook.clock import ENV_VAR, resolve_today

PINNED = dt.date(2027, 1, 20)


def test_explicit_value_wins(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "2027-05-05")
    assert resolve_today("2027-03-01", PINNED) == dt.date(2027, 3, 1)


def test_environment_beats_plans(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "2027-05-05")
    assert resolve_today(None, PINNED) == dt.date(2027, 5, 5)


def test_plans_pin_beats_real_date(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_today(None, PINNED) == PINNED


def test_real_date_last(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_today(None, None) == dt.date.today()
