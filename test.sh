#!/usr/bin/env bash
# Restores, builds and runs every test of the solution; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/download); 'dotnet' is not on PATH." >&2
  exit 2
fi

# Browser tests drive Debian's Chromium; install it when missing (needs root, as on CI).
if [ -d TaskforceManager.Tests/Browser ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null || { echo "Could not install chromium." >&2; exit 2; }
fi

results=TaskforceManager.Tests/TestResults
rm -rf "$results"

dotnet restore TaskforceManager.sln --nologo -v q || exit 1
dotnet build TaskforceManager.sln --no-restore --nologo -v q -c Debug || exit 1

dotnet test TaskforceManager.sln --no-build --nologo -c Debug \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failing test (a crash or an aborted host): count it so CI never reads green.
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
