#!/usr/bin/env bash
# Runs every test of the solution and ends with one plain line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

# A fresh machine gets Chromium, poppler, fonts, PostgreSQL and the npm packages first.
bash scripts/prerequisites.sh || { echo "Installing the prerequisites failed."; echo "0 passed, 1 failed"; exit 1; }

results="artifacts/test-results"
rm -rf "$results" artifacts/screenshots
mkdir -p "$results"

# Unit tests of the front-end's logic (node's own test runner), counted with the rest.
front=$(npm test --prefix src/Designer --silent 2>&1); front_status=$?
echo "$front" | grep -E "^(not ok|# (pass|fail))" || true
front_passed=$(echo "$front" | sed -n 's/^# pass \([0-9]*\)/\1/p' | tail -n 1)
front_failed=$(echo "$front" | sed -n 's/^# fail \([0-9]*\)/\1/p' | tail -n 1)
front_passed=${front_passed:-0}; front_failed=${front_failed:-0}
if [ $front_status -ne 0 ] && [ "$front_failed" -eq 0 ]; then front_failed=1; fi

dotnet build ToanDan.Awards.sln -c Release -nologo -v quiet
build=$?
if [ $build -ne 0 ]; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test ToanDan.Awards.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true
status=$?

passed=$front_passed; failed=$front_failed; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi

if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ] && [ $passed -gt 0 ]
