"""A rule's documentation, rendered from its docstring for the terminal and for the site."""

from __future__ import annotations

import re

from .guidelines import GUIDELINE_TABLE
from .rules import all_rules
from .rules.registry import CROSS_CUTTING, GUIDELINES, Rule

AREA_TITLES = {
    **{row.id: row.title for row in GUIDELINE_TABLE.values()},
    "content-model": "Content model",
    "privacy": "Privacy (HIPAA)",
    "channels": "Channel limits",
    "accessibility": "Accessibility",
    "honest-marketing": "Honest marketing (FTC)",
    "workflow": "Workflow and approvals",
    "security": "Security of the published site",
}
AREAS = GUIDELINES + CROSS_CUTTING


def rule_page_uri(code: str) -> str:
    return f"rules/{code.lower()}.md"


STATUS_WORDS = {
    "stable": "stable",
    "preview": "preview: runs only where plans/checks.yml opts in (`rules: {preview: true}`)",
    "deprecated": "deprecated: still runs, and will be removed",
    "removed": "removed: never runs; the code stays reserved",
}


def _thresholds(rule: Rule) -> list[str]:
    return [f"{name} = {value!r}" for name, value in rule.thresholds.items()]


def _status_text(rule: Rule) -> str:
    instead = f" ({rule.replaced_by} replaces it)" if rule.replaced_by else ""
    return STATUS_WORDS[rule.status] + instead


def rule_text(rule: Rule) -> str:
    """Plain text for `playbook rules CODE`."""
    sections = rule.sections()
    lines = [f"{rule.code} {rule.name} — {rule.summary}", ""]
    lines.append(f"Serves: {AREA_TITLES[rule.serves]}   Default severity: {rule.severity.label}")
    lines.append(f"Alias: {rule.alias}   Status: {_status_text(rule)}")
    if rule.thresholds:
        lines.append("Thresholds: " + ", ".join(_thresholds(rule)))
    for name in ("What it flags", "Why", "Examples"):
        lines += ["", f"{name}:", *("    " + line if line else "" for line in sections.get(name, "").split("\n"))]
    return "\n".join(lines) + "\n"


def rules_table_text() -> str:
    """One line per rule: code, severity, status, alias (its name) and summary."""
    width = max(len(rule.name) for rule in all_rules())
    return "".join(f"{rule.code:<8}{rule.severity.label:<8}{rule.status:<11}{rule.name:<{width + 2}}{rule.summary}\n" for rule in all_rules())


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)


def _prose(text: str) -> str:
    """A docstring section as Markdown: a '<' outside code spans is text ("la Hermana <Name>"), never a tag."""
    out, pos = [], 0
    for span in _CODE_SPAN.finditer(text):
        out += [text[pos : span.start()].replace("<", "&lt;"), span.group(0)]
        pos = span.end()
    return "".join([*out, text[pos:].replace("<", "&lt;")])


def rule_markdown(rule: Rule) -> str:
    sections = rule.sections()
    out = [
        "---",
        f'title: "{rule.code} {rule.name}"',
        "---",
        "",
        f"# {rule.code} · {rule.name}",
        "",
        f"**{_prose(_md_escape(rule.summary))}**",
        "",
        "| Serves | Default severity | Applies to | Alias | Status |",
        "|---|---|---|---|---|",
        f"| [{AREA_TITLES[rule.serves]}](index.md#{rule.serves}) | {rule.severity.label} | {_scope_words(rule.scope)} | `{rule.alias}` | {_status_markdown(rule)} |",
        "",
    ]
    for name in ("What it flags", "Why", "Examples"):
        section = _prose(sections.get(name, ""))
        out += [f"## {name}", "", _examples_markdown(section) if name == "Examples" else section, ""]
    if rule.thresholds:
        out += ["## Thresholds", "", "Change them for your practice under `rules: thresholds:` in `plans/checks.yml`.", "", "| Name | Default |", "|---|---|"]
        out += [f"| `{name}` | `{value!r}` |" for name, value in rule.thresholds.items()]
        out.append("")
    if rule.status == "removed":
        return "\n".join(out)  # nothing runs, so there is nothing to waive
    if rule.family == "SEC":
        out += ["## Waiving it", "", "Security rules cannot be waived, ignored or softened in `plans/checks.yml`: remove the markup.", ""]
        return "\n".join(out)
    out += [
        "## Waiving it",
        "",
        f"If this rule is wrong about one file, add a waiver with a reason to that file's front matter (the rule's alias, `{rule.alias}`, works as well as its code):",
        "",
        "```yaml",
        f'waivers:\n  - {{rule: {rule.code}, reason: "Why this file is safe"}}',
        "```",
        "",
    ]
    if rule.family == "PHI":
        out += ["A waiver of a privacy rule only counts once someone in the privacy role has approved the file.", ""]
    return "\n".join(out)


def _status_markdown(rule: Rule) -> str:
    replaced = f" ([{rule.replaced_by}]({rule.replaced_by.lower()}.md) replaces it)" if rule.replaced_by else ""
    return {"stable": "stable", "preview": "preview (opt in)", "deprecated": "**deprecated**", "removed": "**removed**"}[rule.status] + replaced


def _examples_markdown(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n".join(f"- {line}" for line in lines)


def _scope_words(scope: str) -> str:
    return {
        "parse": "every content and plans file",
        "post": "posts",
        "response": "response templates",
        "document": "posts and response templates",
        "corpus": "the whole plan (across posts, or the review log)",
        "reply": "a reply checked against its review (`playbook review draft`)",
    }[scope]


def rules_index_markdown() -> str:
    out = [
        "---",
        "title: Rules",
        "---",
        "",
        "# Rules",
        "",
        "Every build checks each post and response template against these rules. "
        "An **error** stops the build, a **warning** stops a strict build (the one CI runs), and **info** is advice. "
        "A waiver or `plans/checks.yml` names a rule by its code or by its alias (the rule's name). "
        "A rule in **preview** runs only where `plans/checks.yml` opts in: `rules: {preview: true}` for all of them, "
        "or a list of codes, aliases or families; a **deprecated** rule still runs and will be removed; a **removed** rule never runs, "
        "and its code is never given to another rule.",
        "",
    ]
    for area in AREAS:
        rules = [rule for rule in all_rules() if rule.serves == area]
        if not rules:
            continue
        out += [f"## {AREA_TITLES[area]} {{#{area}}}", "", "| Code | Rule (alias) | Severity | Status | What it checks |", "|---|---|---|---|---|"]
        out += [f"| [{r.code}]({r.code.lower()}.md) | {r.name} | {r.severity.label} | {_status_markdown(r)} | {_md_escape(r.summary)} |" for r in rules]
        out.append("")
    return "\n".join(out)


def guideline_rules_markdown(guideline: str, prefix: str = "../rules/") -> str:
    """The "Rules for this guideline" list appended to a guideline page."""
    rules = [rule for rule in all_rules() if rule.serves == guideline and rule.status != "removed"]
    if not rules:
        return ""
    out = ["", f"## Rules that check this: {AREA_TITLES[guideline].lower()}", ""]
    out += [f"- [{r.code} {r.name}]({prefix}{r.code.lower()}.md): {r.summary} *({r.severity.label})*" for r in rules]
    return "\n".join(out) + "\n"
