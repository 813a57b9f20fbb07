#!/usr/bin/env python3
"""Pin where each trigger example in the rule tables is found and what it says.

Writes tests/rules/pins/<FAMILY>.yml (see tests/rules/pinning.py): adds pins for new
examples, drops pins no example has any more, and keeps every pin that still holds.
A pin that no longer holds is re-pinned only when you ask, after checking that the
new location and message are right:

    python scripts/pin_examples.py                  # pin new examples, drop stale pins
    python scripts/pin_examples.py --repin PHI003   # also re-pin PHI003's changed examples
    python scripts/pin_examples.py --repin          # ... every rule's
    python scripts/pin_examples.py --check          # write nothing; exit 1 if anything would change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "hooks")]

from playbook import codes  # noqa: E402

from tests.rules import pinning  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repin", nargs="*", metavar="CODE", help="re-pin these rules' changed examples (all, with no code)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a pin would be added, changed or dropped")
    args = parser.parse_args(argv)
    repin = None if args.repin is None else set(args.repin)

    cases = pinning.all_cases()
    unknown = (repin or set()) - set(cases)
    if unknown:
        parser.error(f"no table for {', '.join(sorted(unknown))}")
    families: dict[str, dict[str, list]] = {}
    added, changed, kept_changed, silent = [], [], [], []
    stale = 0
    for code in sorted(cases, key=codes.order):
        old = pinning.load(code)
        rows, seen = [], set()
        for example in cases[code].trigger:
            if pinning.unwrap(example)[2] is not None:
                continue  # stated by hand in the table
            key = pinning.digest(example)
            if key in seen:
                continue
            seen.add(key)
            label = f"{code} {pinning.describe(example)[:60]!r}"
            found = pinning.observed(code, example)
            if not found:
                silent.append(label)
                continue
            if key not in old:
                pins = pinning.as_pins(found)
                added.append(label)
            elif pinning.agree(old[key], found):
                pins = old[key]
            elif repin is not None and (not repin or code in repin):
                pins = pinning.as_pins(found)
                changed.append(label)
            else:
                pins = old[key]
                kept_changed.append((code, label))
            rows.append((key, pinning.describe(example), pins))
        stale += len(set(old) - seen)
        families.setdefault(codes.family(code), {})[code] = rows

    texts = {pinning.PIN_DIR / f"{family}.yml": pinning.render(rows) for family, rows in families.items()}
    dirty = [path for path, text in texts.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    dirty += [path for path in pinning.PIN_DIR.glob("*.yml") if path not in texts]
    if not args.check:
        pinning.PIN_DIR.mkdir(exist_ok=True)
        for path, text in texts.items():
            path.write_text(text, encoding="utf-8")
        for path in pinning.PIN_DIR.glob("*.yml"):
            if path not in texts:
                path.unlink()
        pinning.reset()

    verb = "would pin" if args.check else "pinned"
    print(f"{verb} {len(added)} new example(s), re-pinned {len(changed)}, dropped {stale} stale pin(s)")
    for label in added + changed:
        print(f"  {label}")
    for label in silent:
        print(f"  not pinned, finds nothing: {label}")
    if kept_changed:
        print(f"{len(kept_changed)} pin(s) no longer hold; check each new location and message, then re-pin:")
        for code, label in kept_changed:
            print(f"  {label}   ({sys.argv[0]} --repin {code})")
    if args.check:
        return 1 if dirty or kept_changed else 0
    return 1 if kept_changed or silent else 0


if __name__ == "__main__":
    sys.exit(main())
