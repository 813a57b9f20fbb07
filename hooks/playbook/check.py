"""Run every registered rule over a corpus and return the findings, sorted.

Rules produce Hits; this module alone turns them into Findings, gives the
parser's findings the severity of their code, applies the practice's
configuration and the per-file waivers, so no rule (and no parser) has to know.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from . import codeowners, engine_pin, patternstore, workers
from .cache import ResultCache, wanted
from .cachekey import engine_fingerprint, user_folder
from .clock import resolve_today
from .config import RuleConfig, load_rule_config, retired_finding
from .corpus import Corpus, load_corpus, parse_file
from .corpus_memo import corpus_findings
from .fields import finding, suggest
from .findings import Finding, Severity, sort_key
from .headstart import HeadStart
from .layout import POSTS_DIR, RESPONSES_DIR
from .plans import load_plans
from .provenance import Claim, prove
from .rules import all_rules, get, registry
from .rules.context import Context, fact_name
from .rules.registry import Hit, Rule
from .siteconfig import docs_dir_problem, stale_identity
from .source import read_source

T = TypeVar("T")


@dataclass(frozen=True)
class Report:
    corpus: Corpus
    today: dt.date
    findings: tuple[Finding, ...]
    thresholds: dict = field(default_factory=dict)  # per rule code, the practice's overrides merged in
    # path -> the per-file facts the result cache kept with the file this run (Context.per_file): none without the cache
    facts: Mapping[str, Mapping[str, object]] = field(default_factory=dict, repr=False, compare=False)

    def per_file(self, compute: Callable):
        """`compute` (item -> value) answered from the fact the check kept for the item under the same name, when it kept
        one: the site's charts ask every post what a corpus rule asked it already (10,000 posts: a third of a second)."""
        name = fact_name(compute)
        facts = self.facts

        def fact(item):
            kept = facts.get(item.path, {})
            return kept[name] if name in kept else compute(item)

        return fact

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @functools.cached_property
    def _by_path(self) -> dict[str, tuple[Finding, ...]]:
        grouped: dict[str, list[Finding]] = {}
        for f in self.findings:
            grouped.setdefault(f.path, []).append(f)
        return {path: tuple(items) for path, items in grouped.items()}

    def for_path(self, path: str) -> tuple[Finding, ...]:
        return self._by_path.get(path, ())

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)


def settle(findings: Iterable[Finding], severities: Mapping[str, Severity] | None = None) -> list[Finding]:
    """Give parser findings the severity their code is registered with: the parser only knows codes,
    so importing it never loads the rules. `severities` (code -> severity, from the rule listing)
    spares importing the family that declares a code."""
    known = severities or {}
    return [replace(f, severity=known[f.code] if f.code in known else get(f.code).severity) for f in findings]


def _reported(code: str, message: str, path: str, line: int, hint: str = "") -> Finding:
    """A finding this module reports itself (waivers, approvals), at its code's severity."""
    return settle([finding(code, message, path, line, hint=hint)])[0]


def _finding(rule: Rule, hit: Hit, path: str) -> Finding:
    return Finding(hit.path or path, hit.line, rule.code, hit.message, hit.severity_under(rule), hit.column, hit.hint)


# What check needs to know of every rule without importing its family: code, scope, thresholds,
# the module of its check ("" for a code the parser reports or a removed rule), its severity and status.
Listing = tuple[tuple[str, str, dict, str, Severity, str], ...]


LISTING, SETTINGS = "rule listing", "rule settings"  # their names among the cache's shared values (the head start reads them)


def _listing() -> Listing:
    return tuple((rule.code, rule.scope, dict(rule.thresholds), rule.check.__module__ if rule.check else "", rule.severity, rule.status) for rule in all_rules())


def _stubs() -> tuple[Rule, ...]:
    """Every rule as a waiver may name it (code, alias, status, successor), without its check or docs."""
    return tuple(replace(rule, doc="", check=None, threshold_checks={}) for rule in all_rules())


def _names(cache: ResultCache | None, helper: HeadStart | None) -> dict[str, Rule]:
    """`registry.by_name()` from the cache's copy of the rules: a waiver imports no family."""
    stubs = _apart(helper, _stubs) if cache is None else cache.shared_value("rule names", lambda: _apart(helper, _stubs))
    return {**{rule.alias: rule for rule in stubs}, **{rule.code: rule for rule in stubs}}


SCOPES = ("post", "response")  # the kinds of file per-file rules check, and their folders
FOLDERS = (POSTS_DIR, RESPONSES_DIR)


def _rule(code: str, module: str) -> Rule:
    """The rule, its family imported if no rule of it ran yet in this process."""
    if code not in registry.REGISTRY:
        importlib.import_module(module)
    return registry.REGISTRY[code]


def _run_rules(ctx: Context, config: RuleConfig, listing: Listing, cache: ResultCache | None = None, helper: HeadStart | None = None) -> Iterable[Finding]:
    """Per-file rules file by file (their findings depend on the file, the plans and the day alone,
    so the cache may keep them; their families are imported only for a file it does not know),
    and the corpus rules over every file's facts (kept while none of what they read changed: corpus_memo.py):
    after the per-file rules, or while the head start runs them (headstart.py)."""
    corpus = ctx.corpus
    wanted = _wanted(listing, config)

    own = functools.cache(functools.partial(_rules_of, wanted))
    rules = [(code, module) for code, scope, _, module, _, status in listing if module and scope == "corpus" and config.runs_code(code, status)]

    def corpus_rules(ctx: Context) -> Iterable[Finding]:
        for code, module in rules:
            rule = _rule(code, module)
            yield from (_finding(rule, hit, hit.path) for hit in rule.check(ctx.corpus, ctx))

    files = [(scope, item) for scope, items in zip(SCOPES, (corpus.posts, corpus.responses), strict=True) for item in items]
    todo = [(scope, item) for scope, item in files if ctx.cache is None or ctx.cache.unchecked(item.path, ctx.today)]
    alone = _alone(ctx)  # what per-file rules read, wherever they run: never the other files
    handed = helper is not None and bool(todo) and helper.send(_check_job, (alone, wanted), todo)  # it has workers of its own
    if helper is not None and not handed and helper.busy:
        helper.close()  # a head start with nothing to check: its core is free at once
    across: list[Finding] | None = None  # the corpus rules' findings, when found while the helper works
    found: dict[str, list[Finding]] = {}
    if handed:
        # While the helper checks the files, the corpus rules run here: they read the files' facts, never their
        # findings (a fact of a file the helper checks waits beside it for its findings: ResultCache.fact).
        across = list(corpus_findings(ctx, [code for code, _ in rules], corpus_rules))
        found = _by_path(todo, helper.receive())  # {} when it failed: then as without it
    if not found and workers.pays(len(todo)):
        found = _found_in_workers(own, todo, alone)
    for scope, item in files:
        run = functools.partial(_check_file, own, scope, item, alone)
        if item.path in found:
            run = functools.partial(list, found[item.path])
        yield from (run() if cache is None else cache.checked(item.path, ctx.today, run))
    yield from corpus_findings(ctx, [code for code, _ in rules], corpus_rules) if across is None else across


def _wanted(listing: Listing, config: RuleConfig) -> dict[str, tuple[tuple[str, str], ...]]:
    """Scope -> (code, module) of every enabled rule that checks a file of that scope, in the listing's order."""
    enabled = [(code, scope, module) for code, scope, _, module, _, status in listing if module and config.runs_code(code, status)]
    return {scope: tuple((code, module) for code, kind, module in enabled if kind in (scope, "document")) for scope in SCOPES}


def _thresholds(listing: Listing, config: RuleConfig) -> dict[str, dict]:
    """Rule code -> its thresholds, the practice's settings over the rule's defaults."""
    return {code: {**defaults, **config.thresholds.get(code, {})} for code, _, defaults, _, _, _ in listing}


def _rules_of(wanted: dict[str, tuple[tuple[str, str], ...]], scope: str) -> list[Rule]:
    return [_rule(code, module) for code, module in wanted[scope]]


def _check_file(own: Callable[[str], list[Rule]], scope: str, item, ctx: Context) -> list[Finding]:
    return [_finding(rule, hit, item.path) for rule in own(scope) for hit in rule.check(item, ctx)]


def _found_in_workers(own: Callable[[str], list[Rule]], todo: list[tuple[str, object]], alone: Context) -> dict[str, list[Finding]]:
    """Path -> findings of the files the cache does not know, shared among workers (workers.py); {} to run them here."""
    for scope in SCOPES:
        own(scope)  # every family imported before the fork, once
    return _by_path(todo, workers.run_all(todo, lambda job: _check_file(own, job[0], job[1], alone)))


def _by_path(todo: list[tuple[str, object]], found: list | None) -> dict[str, list[Finding]]:
    return {} if found is None else {item.path: findings for (_, item), findings in zip(todo, found, strict=True)}


def _alone(ctx: Context) -> Context:
    """What a per-file rule may read: the file (its argument), the plans, the day and the thresholds, never the
    other files or the cache. Whether it runs here, in a worker or in the head start, it is given this alone,
    so its findings cannot depend on where it ran (or on how many files changed)."""
    return replace(ctx, corpus=Corpus(ctx.corpus.root, ctx.corpus.plans, (), (), ()), cache=None)


def _check_job(shared: tuple[Context, dict], job: tuple[str, object]) -> list[Finding]:
    """_check_file in the head start, its rules named by code and module (a rule's check need not pickle)."""
    ctx, wanted = shared
    scope, item = job
    return _check_file(functools.partial(_rules_of, wanted), scope, item, ctx)


MIN_REASON = 10  # characters: "ok" or "n/a" is not a reason
UNWAIVABLE = ("FM", "SEC")


def _apply_waivers(findings: list[Finding], corpus: Corpus, names: dict[str, Rule]) -> list[Finding]:
    """Drop findings a file waives with a reason; report bad, unapproved and unused waivers.

    A waiver names a rule by its code or its alias (`names`); one naming a deprecated rule still
    counts and is reported (FM050), one naming a removed rule suppresses nothing and is reported
    the same way instead of as unused.
    FM findings cannot be waived: a file the parser cannot read has no trustworthy waivers.
    A PHI waiver counts only with a privacy approval by someone who holds the privacy role,
    proven by git (provenance.py); in CI with the full history an unproven one counts for nothing.
    SEC findings cannot be waived either: markup never belongs in content, and a waiver would publish it.
    """
    extra: list[Finding] = []
    active: dict[tuple[str, str], int] = {}  # (path, rule code) -> line of the waiver
    gated = []  # (item, codes of PHI waivers that wait on a privacy approval, with their lines)
    for item in (*corpus.posts, *corpus.responses):
        pending = []
        for waiver in item.waivers:
            rule = names.get(waiver.rule)
            if rule is None:
                extra.append(_reported("FM008", f"waiver names unknown rule '{waiver.rule}'", item.path, waiver.line, hint=suggest(waiver.rule, names)))
                continue
            code = rule.code
            if rule.retired:
                extra += settle([retired_finding(rule, "this waiver", item.path, waiver.line)])
                if rule.status == "removed":
                    continue
            if code.startswith("SEC"):
                extra.append(_reported("FM047", f"{code} cannot be waived: remove the markup it points at instead", item.path, waiver.line))
            elif len(waiver.reason) < MIN_REASON:
                extra.append(_reported("FM013", f"waiver of {code} needs a reason (why is this file safe?)", item.path, waiver.line))
            elif code.startswith("PHI"):
                pending.append((code, waiver.line))
            else:
                active[(item.path, code)] = waiver.line
        if pending:
            gated.append((item, pending))
    team = corpus.plans.team
    claims = [Claim(item.path, a, team.get(a.by)) for item, _ in gated for a in _privacy_approvals(item, team)]
    proofs = prove(corpus.root, claims)
    for item, pending in gated:
        approvals = _privacy_approvals(item, team)
        unproven = [(a, proofs.reason(item.path, a)) for a in approvals if proofs.reason(item.path, a)]
        extra += [_unproven(item.path, a, reason, proofs.enforced) for a, reason in unproven]
        counts = len(unproven) < len(approvals) or (bool(unproven) and not proofs.enforced)
        for code, line in pending:
            if counts:
                active[(item.path, code)] = line
            elif unproven:
                lines = ", ".join(str(a.line) for a, _ in unproven)
                extra.append(_reported("FM015", f"waiver of {code} does not count: the privacy approval (line {lines}) is not proven by git history (WF007)", item.path, line))
            else:
                extra.append(_reported("FM015", f"waiver of {code} only counts once someone in the privacy role approves this file", item.path, line))
    used: set[tuple[str, str]] = set()
    kept = []
    for f in findings:
        key = (f.path, f.code)
        if key in active and not f.code.startswith(UNWAIVABLE):
            used.add(key)
        else:
            kept.append(f)
    extra += [_reported("FM014", f"waiver of {code} suppresses nothing here; remove it", path, line) for (path, code), line in active.items() if (path, code) not in used]
    return kept + extra


def _privacy_approvals(item, team) -> list:
    """Approvals in the privacy role by someone plans/team.yml gives that role (WF002 reports the others)."""
    return [a for a in item.approvals if a.role == "privacy" and a.by in team and "privacy" in team[a.by].roles]


def _unproven(path: str, approval, reason: str, enforced: bool) -> Finding:
    found = _reported(
        "WF007",
        f"the privacy approval by {approval.by} is not proven by git history: {reason}" + ("; in CI it unlocks no privacy waiver" if enforced else ""),
        path,
        approval.line,
        hint=f"{approval.by} commits this approval line themselves, with an e-mail listed for them in plans/team.yml",
    )
    return replace(found, severity=Severity.ERROR) if enforced else found


MAX_PER_RULE = 20  # findings of one rule in one file; a hostile text could otherwise print thousands


def _capped(findings: list[Finding]) -> list[Finding]:
    """At most MAX_PER_RULE findings per rule and file (in file order), then one that counts the rest."""
    counts: dict[tuple[str, str], int] = {}
    kept: list[Finding] = []
    first_unlisted: dict[tuple[str, str], Finding] = {}
    for f in sorted(findings, key=_full_key):
        key = (f.path, f.code)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= MAX_PER_RULE:
            kept.append(f)
        elif counts[key] == MAX_PER_RULE + 1:
            first_unlisted[key] = f
    for (path, code), f in first_unlisted.items():
        more = counts[(path, code)] - MAX_PER_RULE
        message = f"{more} more {code} finding{'s' if more != 1 else ''} from this line on are not listed; fix the ones above and check again"
        kept.append(replace(f, message=message, column=0, hint=""))
    return sorted(kept, key=_full_key)


def _full_key(finding: Finding) -> tuple:
    """File order, and a fixed order among findings that differ only in severity or hint."""
    return (*sort_key(finding), finding.severity, finding.hint)


def check_corpus(corpus: Corpus, today: str | dt.date | None = None, cache: ResultCache | None = None, helper: HeadStart | None = None) -> Report:
    clock_findings: list[Finding] = []
    day = resolve_today(today, corpus.plans.as_of, clock_findings)
    # The rule settings and the rule listing depend on the plans and the engine alone: the cache keeps them.
    settings = functools.partial(load_rule_config, corpus.plans.rules)
    config, config_findings = settings() if cache is None else cache.shared_value(SETTINGS, settings)
    config_findings = [*clock_findings, *config_findings]  # what was wrong with "today" and the rule settings
    listing = _apart(helper, _listing) if cache is None else cache.shared_value(LISTING, lambda: _apart(helper, _listing))
    severities = {code: severity for code, _, _, _, severity, _ in listing}
    thresholds = _thresholds(listing, config)
    ctx = Context(corpus, day, thresholds, cache)
    parsed = settle([*corpus.findings, *config_findings, *codeowners.stale(corpus), *stale_identity(corpus.root, corpus.plans), *engine_pin.drift(corpus.root)], severities)
    parsed += settle((problem for problem in (docs_dir_problem(corpus.root),) if problem is not None), severities)
    raw = [*parsed, *_run_rules(ctx, config, listing, cache, helper)]
    raw = _apply_waivers(raw, corpus, _names(cache, helper) if any(item.waivers for item in (*corpus.posts, *corpus.responses)) else {})
    findings = [found for found in (_configured(f, config, corpus.unparsed) for f in raw) if found is not None]
    return Report(corpus, day, tuple(_capped(list(set(findings)))), thresholds)


def _configured(f: Finding, config: RuleConfig, unparsed: frozenset[str]) -> Finding | None:
    """The finding as plans/checks.yml sets it (None: ignored); never on a post or reply the parser refused.

    Such a file was never checked: every reason the parser gave stays an error, whatever
    `ignore:`, `select:` or `severity:` say, so `playbook check` fails and the build stops.
    """
    if f.path in unparsed and f.code.startswith("FM"):
        return replace(f, severity=Severity.ERROR)
    if not config.enabled(f.code):
        return None
    return replace(f, severity=config.severity_for(f.code, f.severity))


def check_project(root: Path | str, today: str | dt.date | None = None, *, cache: bool | None = False, changed: Sequence[str] = (), helper: HeadStart | None = None) -> Report:
    """Check the practice at `root`. `cache`: True or False, or None for "unless PLAYBOOK_NO_CACHE is set".
    `changed`: the files (relative to `root`) the caller expects to have changed since the last check, as
    `playbook check FILE` does; their rules get a head start while the repository is read (headstart.py).
    `helper`: one `rules_apart` began, which lists the rules and checks the files the cache does not know, so
    this process never imports the rule families (a build: they would stay in its memory while it renders the site);
    with it, `changed` gets no head start of its own.

    The result cache (cache.py) only saves work: the report is the same with or without it.
    """
    with _collector_paused():
        store = ResultCache.open(Path(root).resolve()) if wanted(cache) else None
        with _patterns_kept(store is not None):
            head = None
            try:
                head = _head_start(store, Path(root), today, changed) if changed and helper is None else None
                report = check_corpus(load_corpus(root, store), today, store, helper or head)
            finally:
                if head is not None:
                    head.close()
        if store is not None:
            store.save()
            report = replace(report, facts={rel: entry.facts for rel, entry in store.new.items() if entry.facts})
    return report


@contextlib.contextmanager
def rules_apart(root: Path | str, cache: bool | None = None) -> Iterator[HeadStart | None]:
    """A helper for check_project(helper=...) and whatever else needs every rule family (the rules reference:
    HeadStart.call), forked now, before the repository is read, and importing nothing until asked; it works
    inside the rules' pattern store, as check_project does. None where it cannot start (headstart.py)."""
    with _patterns_kept(wanted(cache)):
        with _collector_paused():  # the helper keeps the collector's thresholds of a check for its life
            helper = HeadStart.begin(())
        try:
            yield helper
        finally:
            if helper is not None:
                helper.close()


def _patterns_kept(cached: bool):
    """The rules' patterns, compiled once per engine: in the user's store with the result cache, else the session's."""
    folder = user_folder() if cached else patternstore.session_folder()
    return patternstore.kept(folder, engine_fingerprint(keep=cached) if folder is not None else None)


def _apart(helper: HeadStart | None, compute: Callable[[], T]) -> T:
    """`compute()` (module-level, it imports every family) in the helper when there is one."""
    return compute() if helper is None else helper.call(compute)


def _head_start(store: ResultCache | None, root: Path, today, changed: Sequence[str]) -> HeadStart | None:
    """A helper importing the per-file rules' families, when the cache lists them and the rule settings
    (an earlier check ran) and this process may fork; it rehearses the `changed` files' rules meanwhile."""
    listing = store.shared.get(LISTING) if store is not None else None
    settings = store.shared.get(SETTINGS) if store is not None else None
    if not listing or not settings:
        return None
    modules = _families(_wanted(listing, settings[0]), changed)
    return HeadStart.begin(modules, functools.partial(_rehearse, root, today, changed[:REHEARSED], listing, settings[0]))


def _families(wanted: dict[str, tuple[tuple[str, str], ...]], changed: Sequence[str]) -> list[str]:
    """The rule families the head start imports: those of the named files' kinds (a post's check never imports the
    reply templates' rules, nor Jinja with them); every family for a folder or any other path. A job of another
    kind imports its own when it comes."""
    kinds = {_scope_of(rel) for rel in changed}
    return sorted({module for scope, rules in wanted.items() if None in kinds or scope in kinds for _, module in rules})


REHEARSED = 8  # files rehearsed at most: the head start has about as long as reading the repository takes


def _rehearse(root: Path, today, changed: Sequence[str], listing: Listing, config: RuleConfig) -> None:
    """In the head start, before the jobs come: the per-file rules run once over the files the caller named,
    and their findings are dropped. What the rules load on first use (word tables, patterns) is then loaded
    when the jobs come; a mistake here (a file changed again since, an old setting) costs only time."""
    plans, _ = load_plans(root)
    ctx = Context(Corpus(root, plans, (), (), ()), resolve_today(today, plans.as_of, []), _thresholds(listing, config))
    wanted = _wanted(listing, config)
    top = root.resolve()
    for rel in changed:
        path = (root / rel).resolve()
        scope = _scope_of(rel)
        if scope is None or not path.is_relative_to(top) or not path.is_file():  # never a file a link leads out to
            continue
        item, _ = parse_file(read_source(path), rel, plans)
        if item is not None:
            _check_job((ctx, wanted), (scope, item))


def _scope_of(rel: str) -> str | None:
    """The kind of file (SCOPES) a path names, by its folder; None for any other path."""
    return next((scope for scope, folder in zip(SCOPES, FOLDERS, strict=True) if rel.startswith(folder + "/")), None)


SELDOM = (200_000, 50, 1_000)  # the collector's thresholds while checking (gc.set_threshold)


@contextlib.contextmanager
def _collector_paused():
    """Cyclic garbage collection seldom during a check: it allocates (the cache's posts, the rules' patterns)
    far more than it frees, so the collector would walk the growing heap again and again for nothing
    (a third of a warm check of 10,000 posts). It still runs every so many allocations, so a file that
    makes cycles by the million cannot grow memory without bound."""
    thresholds = gc.get_threshold()
    gc.set_threshold(*SELDOM)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
