#!/usr/bin/env bash
# Service-level benchmark at coalition scale ×100 (see README, "Benchmarks").
# Builds Release, generates the benchmark database once (cached in benchmarks/.data, keyed by the generator's
# version), times the app's services and writes docs/benchmarks.md and docs/benchmarks.json.
# Extra arguments go to the benchmark program: --runs N (default 200), --scale X (default 1), --audit.
set -euo pipefail
cd "$(dirname "$0")"

project=benchmarks/TaskforceManager.Benchmarks
dotnet build "$project/TaskforceManager.Benchmarks.csproj" -c Release --nologo -v quiet
dotnet "$project/bin/Release/net10.0/TaskforceManager.Benchmarks.dll" --data benchmarks/.data --docs docs "$@"
