#!/usr/bin/env bash
# Benchmarks at coalition scale ×100 (see README, "Benchmarks").
# Builds Release, generates the benchmark database once (cached in benchmarks/.data, keyed by the generator's
# version), times the app's services, then (browser, memory) publishes the app and the bare Blazor template into
# benchmarks/.build and drives them with Chromium; writes docs/benchmarks.md and docs/benchmarks.json.
# Extra arguments go to the benchmark program: --runs N (default 200), --scale X (default 1), --audit,
# --only service,browser,memory (default all), --browser-runs N (default 50), --pages N (default 100), --heap-profile
# (the memory part also profiles both servers' heaps into docs/benchmarks-heap.md).
set -euo pipefail
cd "$(dirname "$0")"

project=benchmarks/TaskforceManager.Benchmarks
dotnet build "$project/TaskforceManager.Benchmarks.csproj" -c Release --nologo -v quiet
only="service,browser,memory"
args=("$@")
for i in "${!args[@]}"; do
  if [[ "${args[$i]}" == "--only" ]]; then only="${args[$((i + 1))]:-}"; fi
done
if [[ "$only" == *browser* || "$only" == *memory* ]]; then
  dotnet publish TaskforceManager.App/TaskforceManager.App.csproj -c Release -o benchmarks/.build/app --nologo -v quiet
  dotnet publish benchmarks/BareTemplate/BareTemplate.csproj -c Release -o benchmarks/.build/bare --nologo -v quiet
fi
if [[ " $* " == *" --heap-profile "* ]]; then
  dotnet build benchmarks/HeapProfile/HeapProfile.csproj -c Release --nologo -v quiet
fi
dotnet "$project/bin/Release/net10.0/TaskforceManager.Benchmarks.dll" --data benchmarks/.data --docs docs "$@"
