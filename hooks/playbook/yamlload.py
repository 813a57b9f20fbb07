"""YAML loading that keeps line numbers and refuses what PyYAML silently accepts.

PyYAML's SafeLoader drops source positions and keeps the last of duplicate
keys; authors need `path:line` for every value, so mappings and sequences
come back as dict/list subclasses that remember where each key and item was.
Timestamps are not resolved: dates are validated by the content model, which
can say "31 February is not a date" at the right line instead of a parse error.

Aliases are bounded: `&a [*b, *b, ...]` nests cheaply in the file but expands
exponentially ("billion laughs"), so a document whose aliases would add more
than ALIAS_BUDGET to what is written is refused before anything is built.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

import yaml
from yaml.constructor import ConstructorError

from . import yamlwords


class LineDict(dict):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_lines: dict = {}
        self.duplicates: list[tuple[str, int, int]] = []

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence that remembers the 1-based line of itself and of each item."""

    line: int = 0

    def __init__(self, *args):
        super().__init__(*args)
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml's parser when PyYAML was built with it (most wheels are): five times faster than
# the pure-Python one, and its nodes carry the same line marks.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    line_offset = 0


# No implicit timestamps: the content model parses dates itself (see module docstring).
# No YAML 1.1 base-60 or octal numbers either: `time: 12:00` must stay "12:00", not 720.
# And YAML 1.2 booleans only: an approval's `on:` key must stay the word "on", not True.
_DROPPED = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"}
_LineLoader.yaml_implicit_resolvers = {key: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED] for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
# At most 25 digits: longer digit strings stay text (Python refuses to print integers over 4,300
# digits, and no count, day or threshold in a playbook needs more than a few).
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]{0,24})|0x[0-9a-fA-F_]{1,24})$"), list("-+0123456789"))
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1 + loader.line_offset
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise ConstructorError("while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark) from None
        if type(key) is str:  # every post repeats the same keys: one string each, in memory and in the result cache
            key = sys.intern(key)
        line = key_node.start_mark.line + 1 + loader.line_offset
        if key in result:
            result.duplicates.append((str(key), line, result.key_lines[key]))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1 + loader.line_offset
    result.item_lines = [child.start_mark.line + 1 + loader.line_offset for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


ALIAS_BUDGET = 5_000  # nodes plus scalar characters that aliases may add to a document


# Explicit tags a playbook may use: they only say "this is text / a list / a mapping". Any other
# explicit tag (!!timestamp, !!binary, !!set, or !!int on something that is not a plain small number)
# makes PyYAML build values the content model never expects, or fail with a bare ValueError.
_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})


class _Refused(Exception):
    def __init__(self, message: str, node: yaml.Node):
        self.message, self.node = message, node


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _own_size(node: yaml.Node) -> int:
    return 1 + (len(node.value) if isinstance(node, yaml.ScalarNode) else 0)


def _expanded_sizes(root: yaml.Node) -> dict[int, int]:
    """Size of every node with its aliases expanded (1 per node plus each scalar's length), by id.

    Iterative and memoised per node: one visit per distinct node, however large the
    expansion it measures. A node that contains an alias to itself is refused here.
    """
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # nodes whose children are being measured: the path from the root
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            open_.discard(id(node))
            sizes[id(node)] = _own_size(node) + sum(sizes[id(child)] for child in _children(node))
            continue
        if id(node) in sizes:
            continue
        children = _children(node)
        if any(id(child) in open_ or child is node for child in children):
            raise _Refused("an alias (*name) refers to the list or mapping that contains it", node)
        open_.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes


def _distinct(root: yaml.Node) -> tuple[list[yaml.Node], bool]:
    """Every node once, however many aliases point at it, and whether any alias was met."""
    found, stack, seen, aliased = [], [root], set(), False
    while stack:
        node = stack.pop()
        if id(node) in seen:
            aliased = True
            continue
        seen.add(id(node))
        found.append(node)
        stack.extend(_children(node))
    return found, aliased


def _check_tags(loader: _LineLoader, nodes: list[yaml.Node]) -> None:
    for node in nodes:
        if node.tag in _PLAIN_TAGS:
            continue
        if isinstance(node, yaml.ScalarNode) and loader.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag:
            continue  # what the value would be without the tag anyway
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")[:40]
        raise _Refused(f"the tag {tag} is not used in a playbook; write the value without it", node)


def _check_aliases(root: yaml.Node, nodes: list[yaml.Node]) -> None:
    """Refuse a document that aliases make more than ALIAS_BUDGET larger than it is written.

    The finding points at the first node that is too big while none of its parts is:
    where the aliases multiply.
    """
    sizes = _expanded_sizes(root)
    written = sum(_own_size(node) for node in nodes)
    if sizes[id(root)] - written <= ALIAS_BUDGET:
        return
    node = root
    while (bigger := next((c for c in _children(node) if sizes[id(c)] > ALIAS_BUDGET), None)) is not None:
        node = bigger
    raise _Refused(f"aliases (*name) here expand to more than {ALIAS_BUDGET:,} characters; write the values out instead", node)


@dataclass(frozen=True)
class YamlError:
    message: str
    line: int
    column: int = 0


def load_yaml(text: str, first_line: int = 1):
    """Return (data, None) or (None, YamlError); `first_line` is the file line of text's line 1."""
    loader = _LineLoader(text)
    loader.line_offset = first_line - 1
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        nodes, aliased = _distinct(node)
        _check_tags(loader, nodes)
        if aliased:
            _check_aliases(node, nodes)
        return loader.construct_document(node), None
    except _Refused as exc:
        mark = exc.node.start_mark
        return None, YamlError(f"invalid YAML: {exc.message}", mark.line + first_line, mark.column + 1)
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:  # a value PyYAML cannot build
        return None, YamlError(f"invalid YAML: a value cannot be read ({str(exc)[:80]})", first_line)
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "invalid YAML"
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and ("end of stream" in problem or str(exc.context).startswith("while parsing a flow")):
            # An unclosed quote or bracket: point at where it was opened, not at the end of the file.
            mark = exc.context_mark
            problem = "a quote or bracket opened here is never closed: close it, or put a value that holds [ { or a quote inside double quotes"
        elif exc.context_mark and "expected ':'" in problem:
            mark = exc.context_mark  # the line that lacks its ':', not the one after it
        lines = text.split("\n")
        line_text = lines[mark.line] if mark and mark.line < len(lines) else ""
        if mark and "\t" in line_text[: mark.column + 1]:
            problem = "a tab character; YAML indents with spaces, never tabs"
        elif "never closed" not in problem:
            problem = yamlwords.explain(problem, line_text, mark.column if mark else 0)
        line = mark.line + first_line if mark else first_line
        column = mark.column + 1 if mark else 0
        return None, YamlError(f"invalid YAML: {problem}", line, column)
    except yaml.YAMLError as exc:  # e.g. a reader error on a control character
        position = getattr(exc, "position", None)
        line = first_line + (text.count("\n", 0, position) if isinstance(position, int) else 0)
        return None, YamlError(f"invalid YAML: {yamlwords.explain(str(exc), '', 0)}", line)
    except RecursionError:
        return None, YamlError("invalid YAML: nesting too deep", first_line)
    finally:
        loader.dispose()
