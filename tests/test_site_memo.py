"""The site's memo (site/memo.py) saves work and never changes a page: cards, events and generated pages, with and without it.

The property test edits, renames and deletes random posts, replies and plans (the
edits of the check cache's own property test), adds and removes pictures, and
changes the site's address and git history; after each example every card, every
feed and every generated page made through the memo must equal the ones made afresh. The memo
persists from example to example, so both hits and misses are exercised.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import cache as result_cache
from playbook.check import check_project
from playbook.feeds import build_feeds
from playbook.history import FileHistory
from playbook.promotion import is_promotional
from playbook.rules.context import fact_name
from playbook.site import build as site_build
from playbook.site import memo as site_memo
from playbook.site.build import SiteBuild
from playbook.site.card import card_inputs, post_card
from playbook.site.generated import generated_pages
from playbook.site.memo import PostMemo
from playbook.site.sanitize import clean_html

from tests.conftest import REPO
from tests.test_result_cache import OPERATION, _apply, _files, _restore


@pytest.fixture(scope="module", autouse=True)
def own_key(tmp_path_factory):
    """This module signs its memo with its own key, in a folder of its own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("key-home")))
        patch.delenv("PLAYBOOK_NO_CACHE", raising=False)
        yield


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    """A copy of the sample (every second post) with pictures some posts name."""
    root = tmp_path_factory.mktemp("memo") / "practice"
    root.mkdir()
    shutil.copytree(REPO / "plans", root / "plans")
    posts = sorted((REPO / "content" / "posts").rglob("*.md"))
    shutil.copytree(REPO / "content", root / "content", ignore=lambda folder, names: {n for n in names if Path(folder, n) in posts[1::2]})
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    time.sleep(result_cache.RACY_NS / 1e9 + 0.2)
    return root


def _pictures(root: Path) -> list[str]:
    """The picture files the posts name (media.file), as paths below content/."""
    report = check_project(root, cache=False)
    return sorted({m.file for p in report.corpus.posts for m in p.media if m.file.endswith((".jpg", ".png"))})


def _cards_and_feeds(root: Path, memo: PostMemo | None, site_url: str, history: dict, report=None) -> tuple[dict, dict, dict]:
    """Every post's card, every feed and every generated page, through `memo` (or made afresh), from `report`
    (the practice checked afresh when none is given: a check is deterministic, so the runs of one example share one)."""
    report = report or check_project(root, cache=False)
    cards = {}
    for post in report.corpus.posts:
        make = lambda post=post: clean_html(post_card(post, report))  # noqa: E731
        cards[post.path] = make() if memo is None else memo.card(post.path, card_inputs(post, report), make)
    feeds = build_feeds(report, site_url, history, memo=memo)
    pages = SiteBuild(report, root, "content", site_url, memo=memo)._pages(feeds)
    read = {src: page if isinstance(page, str) else page.decode("utf-8-sig") for src, page in pages.items()}  # as MkDocs reads a file's content
    return cards, {f.filename: f.data for f in feeds}, read


PICTURE = st.tuples(st.just("picture"), st.integers(0, 200), st.booleans())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    ops=st.lists(OPERATION | PICTURE, min_size=1, max_size=4),
    site_url=st.sampled_from(["", "https://playbook.example-ortho.test/", "https://other.test/pb/"]),
    revisions=st.integers(0, 3),
)
def test_memo_and_fresh_builds_make_the_same_cards_feeds_and_pages(practice, ops, site_url, revisions):
    before = _files(practice)
    pictures = _pictures(practice)
    try:
        for op in ops:
            if op[0] == "picture":
                if pictures:
                    target = practice / "content" / pictures[op[1] % len(pictures)]
                    if op[2]:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(b"\xff\xd8 not really a jpeg")
                    else:
                        target.unlink(missing_ok=True)
            else:
                _apply(practice, op)
        posts = sorted(p.relative_to(practice).as_posix() for p in (practice / "content" / "posts").rglob("*.md"))
        history = {path: FileHistory(revisions, dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.UTC)) for path in posts[:: revisions + 2]}
        memo = PostMemo.open(practice)
        assert memo is not None
        report = check_project(practice, cache=False)
        fresh = _cards_and_feeds(practice, None, site_url, history, report)
        assert _cards_and_feeds(practice, memo, site_url, history, report) == fresh
        assert _cards_and_feeds(practice, PostMemo.open(practice), site_url, history, report) == fresh  # what was just kept
    finally:
        for picture in pictures:
            (practice / "content" / picture).unlink(missing_ok=True)
        _restore(practice, before)


def _blank(post):
    return dataclasses.replace(post, body="", variants={})


@pytest.mark.parametrize("selling", [False, True])
def test_the_generated_pages_read_no_copy_but_the_facts_their_key_holds(tmp_path, selling):
    """_pages_inputs leaves each post's copy out of the key but for PAGE_FACTS: the pages made from posts without
    copy, told only those facts (as the check kept them), must be the very pages made from the posts themselves."""
    root = REPO
    if selling:  # the charts' promotional share, with posts that sell and posts that do not
        root = tmp_path / "sample"
        shutil.copytree(REPO / "content", root / "content")
        shutil.copytree(REPO / "plans", root / "plans")
        for index, post in enumerate(sorted((root / "content" / "posts").rglob("*.md"))[::3]):
            text = post.read_text(encoding="utf-8")
            post.write_text(text.rstrip("\n") + ("\n\nBook now and save 20% this week!\n" if index % 2 else "\n"), encoding="utf-8")
    report = check_project(root, cache=False)
    feeds = build_feeds(report)
    facts = {post.path: {fact_name(fact): fact(post) for fact in site_build.PAGE_FACTS} for post in report.corpus.posts}
    if selling:
        assert len({kept[fact_name(site_build.PAGE_FACTS[0])] for kept in facts.values()}) == 2
    blanked = dataclasses.replace(report, corpus=dataclasses.replace(report.corpus, posts=tuple(map(_blank, report.corpus.posts))), facts=facts)
    assert generated_pages(blanked, feeds, "https://pb.test/") == generated_pages(report, feeds, "https://pb.test/")


def test_a_copy_edit_keeps_the_generated_pages_and_a_title_or_an_offer_does_not(sample_copy):
    report = check_project(sample_copy, cache=False)
    feeds = build_feeds(report)
    key = SiteBuild(report, sample_copy, "content")._pages_inputs(feeds)
    post = next(p for p in report.corpus.posts if not is_promotional(p))

    def key_with(**changes) -> bytes:
        posts = tuple(dataclasses.replace(p, **changes) if p is post else p for p in report.corpus.posts)
        return SiteBuild(dataclasses.replace(report, corpus=dataclasses.replace(report.corpus, posts=posts)), sample_copy, "content")._pages_inputs(feeds)

    assert key_with(body=post.body + "\nSee you on the trail this weekend.\n") == key
    assert key_with(body="", variants={}) == key
    assert key_with(title=post.title + "!") != key
    assert key_with(body=post.body + "\nBook now and save 20% this week!\n") != key  # the charts' promotional share moves


# --- what the memo trusts, and what it refuses -----------------------------------------------------------


def _one_card(root: Path):
    report = check_project(root, cache=False)
    post = report.corpus.posts[0]
    return post, report, lambda: clean_html(post_card(post, report))


def _memo_files(root: Path) -> list[Path]:
    return sorted((root / site_memo.FOLDER).iterdir())


def test_a_kept_card_is_read_not_made(sample_copy):
    post, report, make = _one_card(sample_copy)
    PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), make)
    made = []
    again = PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), lambda: made.append(1) or make())
    assert again == make() and not made


@pytest.mark.parametrize("damage", [lambda data: data[:-5], lambda data: data[:40], lambda data: b"", lambda data: data.replace(b"pb-card", b"pb-fake")])
def test_a_damaged_or_forged_card_is_made_again(sample_copy, damage):
    post, report, make = _one_card(sample_copy)
    PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), make)
    (file,) = [f for f in _memo_files(sample_copy) if f.suffix == ".card"]
    file.write_bytes(damage(file.read_bytes()))
    assert PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), make) == make()


def test_a_card_signed_with_another_key_is_made_again(sample_copy, monkeypatch, tmp_path):
    post, report, make = _one_card(sample_copy)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), lambda: "<p>All checks pass</p>")
    monkeypatch.undo()
    assert PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), make) == make()


def test_a_link_or_a_pipe_in_a_memo_s_place_is_never_followed(sample_copy, tmp_path):
    post, report, make = _one_card(sample_copy)
    memo = PostMemo.open(sample_copy)
    memo.card(post.path, card_inputs(post, report), make)
    (file,) = [f for f in _memo_files(sample_copy) if f.suffix == ".card"]
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    file.unlink()
    os.symlink(victim, file)
    assert memo.card(post.path, card_inputs(post, report), make) == make()
    assert victim.read_text(encoding="utf-8") == "keep me"
    file.unlink()
    os.mkfifo(file)
    assert memo.card(post.path, card_inputs(post, report), make) == make()  # neither read nor written: no hang


def test_a_linked_memo_folder_is_never_used(sample_copy, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (sample_copy / site_memo.FOLDER).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(outside, sample_copy / site_memo.FOLDER)
    assert PostMemo.open(sample_copy) is None


def test_no_cache_no_memo(sample_copy, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    assert PostMemo.open(sample_copy) is None
    assert not (sample_copy / site_memo.FOLDER).exists()


def test_card_inputs_hold_no_address_of_an_object():
    """A repr with an object's address would differ every run: the memo would never be used."""
    report = check_project(REPO, cache=False)
    assert not [p.path for p in report.corpus.posts if " at 0x" in repr(card_inputs(p, report))]


_DIGESTS = """
import hashlib, sys
from playbook.check import check_project
from playbook.feeds import build_feeds
from playbook.site.build import SiteBuild
from playbook.site.card import card_inputs
report = check_project(sys.argv[1], cache=False)
build = SiteBuild(report, sys.argv[1], "content")
print(build._pages_inputs(build_feeds(report)).hex())
print(hashlib.blake2b(repr([card_inputs(p, report) for p in report.corpus.posts]).encode("utf-8", "surrogatepass")).hexdigest())
"""


def test_what_the_memo_is_keyed_by_is_the_same_in_every_process():
    """Sets (closed days, channels) iterate in an order that follows each process's hash seed: the digests
    of the generated pages' and the cards' inputs must not, or a warm build never finds the last one's."""
    import subprocess
    import sys

    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "PYTHONHASHSEED": seed}
        runs.append(subprocess.run([sys.executable, "-c", _DIGESTS, str(REPO)], capture_output=True, text=True, timeout=300, check=True, env=env).stdout)
    assert runs[0].count("\n") == 2 and runs[0] == runs[1] == runs[2]


def test_a_serving_process_holds_what_it_read_and_checks_its_key(sample_copy):
    """Under `mkdocs serve` a value read once is not read from its file again; other inputs still miss."""
    held = site_memo.Held()
    post, report, make = _one_card(sample_copy)
    PostMemo.open(sample_copy).card(post.path, card_inputs(post, report), make)
    memo = PostMemo.open(sample_copy, held)
    first = memo.card(post.path, card_inputs(post, report), lambda: "<p>made</p>")
    for file in _memo_files(sample_copy):
        file.unlink()
    assert memo.card(post.path, card_inputs(post, report), lambda: "<p>made</p>") == first == make()
    assert memo.card(post.path, (*card_inputs(post, report), "another input"), lambda: "<p>made</p>") == "<p>made</p>"


def test_what_a_process_holds_is_bounded_by_bytes():
    one = site_memo._weight("a", b"k", b"12345")
    held = site_memo.Held(limit=2 * one - 1)
    held.put("a", b"k", b"12345")
    held.put("b", b"k", b"12345")
    assert held.get("a", b"k") is None and held.get("b", b"k") == b"12345" and held.size == one
    held.put("c", b"k", b"x" * 2 * one)  # larger than the whole bound: never held
    assert held.get("c", b"k") is None and held.get("b", b"other key") is None


def test_entries_without_bytes_still_count_against_the_bound():
    held = site_memo.Held(limit=10_000)
    for n in range(1_000):
        held.put(f"file-{n}", b"key", b"")
    assert len(held.values) < 100 and held.size <= 10_000
