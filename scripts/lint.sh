#!/usr/bin/env bash
# Style and static checks: clang-format (no diffs allowed) and clang-tidy
# (the checks in .clang-tidy) over our own sources.
# usage: scripts/lint.sh [build-dir-with-compile_commands.json]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'testserver/*.cpp' 'testserver/*.h')
echo "lint: clang-format on ${#files[@]} files"
clang-format --dry-run --Werror "${files[@]}"
mapfile -t tidy < <(git ls-files 'src/*.cpp')
echo "lint: clang-tidy on ${#tidy[@]} files"
printf '%s\n' "${tidy[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet --warnings-as-errors='*' 2>/dev/null
echo "lint: ok"
