#!/usr/bin/env python3
"""recover-rules(5) documents every built-in rule as it is.

Its section THE BUILT-IN RULES holds one subsection per rule of `recover rules` (with no user file),
in the same order, headed by the rule's id. Each subsection shows every key the rule has, as
`recover rules` prints it: the `key = value` lines in an example block, and the focus, the red-flag
words, the advice and the source in lines of their own ("Focus: calves, quads."). Only `enabled`
is left out: every built-in rule is enabled, and the section says so.

So a change to rules/default.toml fails this test until the man page says the same.

Usage: check_manpage_rules.py RECOVER_BINARY MAN_DIR
"""
import os
import re
import subprocess
import sys
import tomllib

recover, man_dir = sys.argv[1], sys.argv[2]
printed = subprocess.run([recover, "rules"], check=True, capture_output=True, text=True).stdout
rule_set = tomllib.loads(printed)
printed_lines = [block.strip().splitlines() for block in printed.split("[[rule]]")[1:]]


def unescape(roff):
    """The text of a line of roff source, for the few escapes the page uses in this section."""
    for escape, text in (("\\-", "-"), ("\\(aq", "'"), ("\\(cq", "\u2019"), ("\\(dq", '"'), ("\\(lq", "\u201c"),
                         ("\\(rq", "\u201d"), ("\\(en", "\u2013"), ("\\e", "\\")):
        roff = roff.replace(escape, text)
    return roff


with open(os.path.join(man_dir, "recover-rules.5"), encoding="utf-8") as f:
    page = f.read().splitlines()
try:
    start = page.index(".SH THE BUILT-IN RULES")
except ValueError:
    sys.exit("FAIL: recover-rules.5 has no section THE BUILT-IN RULES")
end = next((i for i in range(start + 1, len(page)) if page[i].startswith(".SH ")), len(page))
subsections, current = [], None
for line in page[start + 1:end]:
    if line.startswith(".SS "):
        current = (unescape(line[4:].strip('"')), [])
        subsections.append(current)
    elif current:
        current[1].append(unescape(line))

failures = []
ids = [rule["id"] for rule in rule_set["rule"]]
documented = [name for name, _ in subsections]
if documented != ids:
    failures.append(f"THE BUILT-IN RULES documents {documented}, but recover rules prints {ids}")
if "Every one is enabled." not in " ".join(page[start:end]) or not all(rule["enabled"] for rule in rule_set["rule"]):
    failures.append("THE BUILT-IN RULES must say \"Every one is enabled.\", and every built-in rule must be")

for rule, lines in zip(rule_set["rule"], printed_lines):
    text = dict(subsections).get(rule["id"])
    if text is None:
        continue
    wanted = [line for line in lines if line.split(" = ")[0] not in ("id", "enabled", "focus", "words", "advice", "source")]
    for key, label in (("focus", "Focus"), ("words", "Words")):
        if rule.get(key):
            wanted.append(f"{label}: {', '.join(rule[key])}.")
    wanted.append(f"Advice: {rule['advice']}")
    wanted.append(f"Source: {rule['source']}.")
    for line in wanted:
        if line not in text:
            failures.append(f"{rule['id']}: recover-rules.5 does not say \"{line}\"")

for failure in failures:
    print(f"FAIL: {failure}")
if not failures:
    print(f"recover-rules.5 documents all {len(ids)} built-in rules, every key as recover rules prints it")
sys.exit(1 if failures else 0)
