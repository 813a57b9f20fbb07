"""The rules reference as the site shows it: a page per rule, the index, each area's list and the rules' names.

All of it comes from the rules' docstrings, so making it imports every rule
family (half a second of regular expressions and word lists), while a warm
check imports only the families of the files that changed. It depends on the
engine alone, so the build keeps it in the site memo and a warm build reads it
instead of importing the families.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from ..ruledocs import AREAS, guideline_rules_markdown, rule_markdown, rule_page_uri, rules_index_markdown


@dataclass(frozen=True)
class RuleDocs:
    pages: dict[str, str]  # rules/index.md and rules/<code>.md by src uri
    lists: dict[str, str]  # area -> its "Rules that check this" Markdown, for the guideline pages
    names: dict[str, str]  # code -> rule name, for every rule with a page

    def encode(self) -> bytes:
        return json.dumps([self.pages, self.lists, self.names], ensure_ascii=False).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> RuleDocs:
        pages, lists, names = json.loads(data.decode("utf-8"))
        return cls(pages, lists, names)


def rule_docs() -> RuleDocs:
    from ..rules import all_rules  # every family: what this module exists to avoid when the memo has it

    rules = all_rules()
    pages = {"rules/index.md": rules_index_markdown(), **{rule_page_uri(rule.code): rule_markdown(rule) for rule in rules}}
    return RuleDocs(pages, {area: guideline_rules_markdown(area) for area in AREAS}, {rule.code: rule.name for rule in rules})


def kept_rule_docs(memo, helper=None) -> bytes:
    """`rule_docs()` encoded, from the site memo (site.memo.PostMemo) when it holds them for this engine, else
    made in `helper` (check.rules_apart) when there is one: making them imports every family.

    Bytes until read: a build takes them right after its check and reads them once it let go of what the check
    loaded here (release.py), so the pages are not made among what it lets go.
    """
    make = _encoded_rule_docs if helper is None else functools.partial(helper.call, _encoded_rule_docs)
    return make() if memo is None else memo.shared("rule docs", make)


def _encoded_rule_docs() -> bytes:
    return rule_docs().encode()


def read_rule_docs(data: bytes) -> RuleDocs:
    """What kept_rule_docs() gave, read; made afresh from a kept value this engine cannot read."""
    try:
        return RuleDocs.decode(data)
    except (ValueError, TypeError):
        return rule_docs()
