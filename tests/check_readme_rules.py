#!/usr/bin/env python3
"""The README's table "Where each default rule comes from" is the built-in rule set: one row per
rule of `recover rules` (with no user file), in the same order, whose first cell is the rule's id
in backquotes and whose last cell is its `source`, word for word.

Usage: check_readme_rules.py RECOVER_BINARY REPOSITORY
"""
import os
import subprocess
import sys
import tomllib

recover, root = sys.argv[1], sys.argv[2]
rules = tomllib.loads(subprocess.run([recover, "rules"], check=True, capture_output=True, text=True).stdout)["rule"]
with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
    readme = f.read().split("\n")
try:
    start = readme.index("## Where each default rule comes from")
except ValueError:
    sys.exit("FAIL: README.md has no section \"## Where each default rule comes from\"")
rows = []
for line in readme[start + 1:]:
    if line.startswith("## "):
        break
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if line.startswith("| `") else None
    if cells:
        rows.append((cells[0].strip("`"), cells[-1]))

expected = [(rule["id"], rule["source"]) for rule in rules]
failures = []
if [row[0] for row in rows] != [row[0] for row in expected]:
    failures.append(f"the table's rules are {[row[0] for row in rows]}, but recover rules prints {[row[0] for row in expected]}")
for (rule_id, source), (_, wanted) in zip(rows, expected):
    if source != wanted:
        failures.append(f"{rule_id}: the table gives the source \"{source}\", the rule \"{wanted}\"")
for failure in failures:
    print(f"FAIL: README.md: {failure}")
if not failures:
    print(f"README.md names the source of all {len(rows)} built-in rules")
sys.exit(1 if failures else 0)
