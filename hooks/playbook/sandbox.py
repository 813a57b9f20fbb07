"""Render a template someone wrote (a reply, an archetype) in Jinja's sandbox, with bounds, never raising.

The sandbox stops a template from reaching Python's internals, but not from
asking for `{{ 'x' * 10**9 }}`, `{{ 10**5000 }}` or three nested loops over a
long text: any of these hangs or exhausts the build. So on top of the sandbox:

- the template may use text, placeholders, `{% if %}`, `{% for %}`, a few
  filters, comparisons and arithmetic; anything that reaches other templates
  (`include`, `import`, `extends`), calls (`name()`), macros and `set` are
  refused before rendering, at their line;
- no globals (`range`, `lipsum`, `dict` ...), and only filters whose output is
  about the size of their input;
- every operator checks the size of what it would make (text, list, number),
  loops share one budget of iterations, operators and filters one budget of
  work, and the output one budget of characters.

Every failure is a `TemplateProblem` with a message for the author and the
template line (0 when the template as a whole is meant).
"""

from __future__ import annotations

import functools
import math
import numbers
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS
from jinja2.sandbox import SandboxedEnvironment

MAX_VALUE = 10_000  # characters or items any one operation may make
MAX_NUMBER = 10**15  # numbers beyond this have no place in a reply or a front matter field
MAX_ITERATIONS = 1_000  # loop turns in one rendering, all loops together
MAX_WORK = 1_000_000  # characters and items made by operators and filters in one rendering
MAX_DEPTH = 100  # levels of nesting in a template's expressions and tags

# Filters whose result is about as large as their input: nothing that pads, repeats or joins.
SAFE_FILTERS = ("capitalize", "default", "d", "first", "last", "length", "count", "lower", "upper", "title", "trim", "truncate", "wordcount", "striptags")

_REFUSED = {
    nodes.Include: ("{% include %}", "a template cannot read other templates or files"),
    nodes.Import: ("{% import %}", "a template cannot read other templates or files"),
    nodes.FromImport: ("{% from ... import %}", "a template cannot read other templates or files"),
    nodes.Extends: ("{% extends %}", "a template cannot read other templates or files"),
    nodes.Call: ("a call", "placeholders are filled in, never called: write {{ contact.name }}, not {{ contact.name() }}"),
    nodes.Macro: ("{% macro %}", "write the text itself"),
    nodes.CallBlock: ("{% call %}", "write the text itself"),
    nodes.Assign: ("{% set %}", "use the placeholders directly"),
    nodes.AssignBlock: ("{% set %}", "use the placeholders directly"),
    nodes.FilterBlock: ("{% filter %}", "apply a filter to one placeholder: {{ practice.name | upper }}"),
    nodes.With: ("{% with %}", "use the placeholders directly"),
    nodes.Block: ("{% block %}", "write the text itself"),
    nodes.ScopedEvalContextModifier: ("{% autoescape %}", "write the text itself"),
    nodes.Dict: ("a mapping such as {'a': 1}", "write the text itself"),
}
_ALLOWED = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr, nodes.Getitem,
    nodes.Slice, nodes.If, nodes.CondExpr, nodes.Compare, nodes.Operand, nodes.And, nodes.Or, nodes.Not,
    nodes.Neg, nodes.Pos, nodes.Test, nodes.Filter, nodes.Keyword, nodes.For, nodes.List, nodes.Tuple,
    nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Pow, nodes.Concat,
    nodes.Pair, nodes.Scope,  # only ever inside a refused Dict or autoescape block
)  # fmt: skip


class TemplateProblem(Exception):
    """Why a template cannot be rendered; `kind` is syntax, refused, limit or error."""

    def __init__(self, message: str, line: int = 0, kind: str = "error", hint: str = ""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.kind = kind
        self.hint = hint


def _size(value: Any) -> int:
    """How much an operation made: characters, items, or (for numbers) decimal digits."""
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int):
        return max(1, math.ceil(value.bit_length() * 0.302))
    if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)):
        return len(value)
    return 1


def _check_number(value: Any) -> None:
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        if isinstance(value, complex) or not abs(value) <= MAX_NUMBER:  # also refuses NaN
            raise TemplateProblem(f"a number beyond {MAX_NUMBER:,} (or not a number at all); a template has no use for it", kind="limit")


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with bounded operators, filters, loops and work; one instance per rendering."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self, filters: Mapping[str, Callable] | None = None, **options):
        super().__init__(undefined=StrictUndefined, autoescape=False, **options)
        self.globals.clear()
        self.work = 0
        self.iterations = 0
        allowed = {name: FILTERS[name] for name in SAFE_FILTERS}
        allowed.update(filters or {})
        self.filters = {name: self._charged(func) for name, func in allowed.items()}
        self.filters["_counted"] = self._counted

    # -- budgets -----------------------------------------------------------------------
    def charge(self, amount: int) -> None:
        self.work += amount
        if self.work > MAX_WORK:
            raise TemplateProblem(f"the template takes too much work to render (it makes more than {MAX_WORK:,} characters along the way)", kind="limit")

    def _charged(self, func: Callable) -> Callable:
        @functools.wraps(func)  # keeps Jinja's pass_environment marks
        def charged(*args, **kwargs):
            for value in (*args, *kwargs.values()):
                _check_number(value)
            result = func(*args, **kwargs)
            self.charge(_size(result))
            return result

        return charged

    @pass_context  # never evaluated at compile time
    def _counted(self, context, iterable):
        """Every loop's sequence passes through here (see `_limit_loops`)."""
        for item in iterable:
            self.iterations += 1
            if self.iterations > MAX_ITERATIONS:
                raise TemplateProblem(f"the template's loops run more than {MAX_ITERATIONS:,} times", kind="limit")
            yield item

    # -- the sandbox's hooks -------------------------------------------------------------
    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _check_number(left)
        _check_number(right)
        if operator == "**" and isinstance(left, numbers.Number) and isinstance(right, numbers.Number):
            if abs(left) > 1 and right > 0 and right * math.log10(abs(left)) > math.log10(MAX_NUMBER):
                raise TemplateProblem(f"{left!r} ** {right!r} is beyond {MAX_NUMBER:,}; a template has no use for it", kind="limit")
        if operator == "%" and isinstance(left, str):
            raise TemplateProblem("text formatting with % is not allowed; write the text and the placeholders as they are", kind="refused")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * max(times, 0) > MAX_VALUE:
                    raise TemplateProblem(f"repeating a text or list makes more than {MAX_VALUE:,} characters or items", kind="limit")
        result = super().call_binop(context, operator, left, right)
        if _size(result) > MAX_VALUE:
            raise TemplateProblem(f"an operation makes more than {MAX_VALUE:,} characters or items", kind="limit")
        _check_number(result)
        self.charge(_size(result))
        return result

    def is_safe_callable(self, obj: Any) -> bool:
        return False  # nothing in a template is ever called (calls are refused before rendering, too)


def _first_mark_line(source: str) -> int:
    """Line of the first `{{` or `{%`: where a parser that gave up on nesting most likely started."""
    found = [i for i in (source.find("{{"), source.find("{%")) if i >= 0]
    return source.count("\n", 0, min(found)) + 1 if found else 1


def parse(env: SandboxedEnvironment, source: str) -> nodes.Template:
    """The template's tree, or TemplateProblem(kind="syntax") at the line where parsing failed."""
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(f"template syntax error: {exc.message}", exc.lineno or 1, "syntax", "placeholders look like {{ contact.phone }}") from None
    except RecursionError:
        raise TemplateProblem("template syntax error: brackets or tags nest too deeply", _first_mark_line(source), "syntax") from None
    except (ValueError, MemoryError, OverflowError) as exc:  # e.g. an integer literal of 5,000 digits
        raise TemplateProblem(f"template cannot be read: {exc}", _first_mark_line(source), "syntax") from None
    deep = _too_deep(tree)
    if deep is not None:  # later walks (and Jinja's compiler) recurse once per level
        raise TemplateProblem(f"template syntax error: expressions nest more than {MAX_DEPTH} levels deep", deep, "syntax")
    return tree


def _too_deep(tree: nodes.Node) -> int | None:
    """The line of a node more than MAX_DEPTH levels down (`a.b.c...`, `1+1+1...`), or None; walked without recursion."""
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return getattr(node, "lineno", 0) or 1
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return None


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    return "..."


def _refusal(node: nodes.Node, what: str, filters) -> tuple[str, str] | None:
    """(message, hint) when `node` may not appear in `what`; None when it may."""
    if isinstance(node, nodes.Filter) and node.name not in filters:
        return f"the filter '{node.name}' is not allowed in {what}", f"filters allowed: {', '.join(sorted(filters))}"
    if isinstance(node, nodes.Call):
        return f"calling {_dotted(node.node)}() is not allowed in {what}", _REFUSED[nodes.Call][1]
    if isinstance(node, _ALLOWED):
        return None
    label, why = _REFUSED.get(type(node), (f"this kind of expression ({type(node).__name__})", "keep to text, placeholders, {% if %} and {% for %}"))
    return f"{label} is not allowed in {what}", why


def refused(tree: nodes.Template, what: str, filters=SAFE_FILTERS) -> TemplateProblem | None:
    """The first construct `what` (e.g. "a reply template") may not use, as a problem; None when all is allowed."""
    bad = []
    for node in tree.find_all(nodes.Node):
        refusal = _refusal(node, what, filters)
        if refusal is not None:
            bad.append((getattr(node, "lineno", 0) or 0, refusal))
    if not bad:
        return None
    bad.sort(key=lambda item: item[0])
    line, (message, hint) = bad[0]
    more = f" (and {len(bad) - 1} more such place{'s' if len(bad) > 2 else ''})" if len(bad) > 1 else ""
    return TemplateProblem(message + more, line, "refused", hint)


def _limit_loops(tree: nodes.Template) -> None:
    """Route every loop's sequence through the shared iteration budget."""
    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Filter(loop.iter, "_counted", [], [], None, None, lineno=loop.lineno)


def _template_line(exc: BaseException) -> int:
    """The template line Jinja's rewritten traceback points at (0 when none does)."""
    line = 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UndefinedError):
        return f"the template cannot be filled in: {exc.message}"
    if isinstance(exc, SecurityError):
        return f"the sandbox refuses it: {exc}"
    if isinstance(exc, RecursionError):
        return "the template nests too deeply to render"
    if isinstance(exc, MemoryError):
        return "the template needs too much memory to render"
    return f"the template stops with an error: {type(exc).__name__}: {exc}"


def render(source: str, values: Mapping[str, Any], *, what: str, max_output: int, filters: Mapping[str, Callable] | None = None, **options) -> str:
    """`source` rendered with `values`, or TemplateProblem; `what` names the template in messages."""
    env = BoundedSandbox(filters, **options)
    tree = parse(env, source)
    problem = refused(tree, what, env.filters.keys() - {"_counted"})
    if problem is not None:
        raise problem
    _limit_loops(tree)
    tree.set_environment(env)
    size = 0
    chunks = []
    try:
        template = env.from_string(tree)
        for chunk in template.generate(dict(values)):
            size += len(chunk)
            if size > max_output:
                raise TemplateProblem(f"the template renders to more than {max_output:,} characters", 0, "limit")
            chunks.append(chunk)
    except TemplateProblem as problem:
        problem.line = problem.line or _template_line(problem)
        raise
    except TemplateSyntaxError as exc:  # found while compiling, e.g. a filter that is not allowed
        raise TemplateProblem(f"{exc.message}", exc.lineno or 0, "refused", f"filters allowed: {', '.join(sorted(env.filters.keys() - {'_counted'}))}") from None
    except Exception as exc:  # noqa: BLE001 (anything the template does wrong becomes a problem, never a traceback)
        raise TemplateProblem(_describe(exc), _template_line(exc), "error") from None
    return "".join(chunks)
