#!/usr/bin/env python3
"""Rewrites the output of every "$ recover ..." block of README.md from a run, as tests/check_readme.sh
runs it (in the repository, through bash, in the clean test environment), for a reviewer to read in
`git diff` before committing. Usage: tests/update_readme.py RECOVER_BINARY"""
import os
import re
import subprocess
import sys

binary = os.path.realpath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
clean_env = os.path.join(root, "tests", "clean_env.sh")
readme_path = os.path.join(root, "README.md")
lines = open(readme_path, encoding="utf-8").read().split("\n")
out, i = [], 0
while i < len(lines):
    out.append(lines[i])
    if lines[i].startswith("```") and i + 1 < len(lines) and lines[i + 1].startswith("$ recover "):
        command = lines[i + 1][len("$ recover "):]
        run = subprocess.run([clean_env, "bash", "-c", f'exec 2>&1; "{binary}" {command}'], cwd=root, capture_output=True, text=True)
        out.append(lines[i + 1])
        out.extend(run.stdout.rstrip("\n").split("\n") if run.stdout.strip("\n") else [])
        i += 2
        while not lines[i].startswith("```"):
            i += 1
        continue
    i += 1
open(readme_path, "w", encoding="utf-8").write("\n".join(out))
