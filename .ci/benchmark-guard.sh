#!/usr/bin/env bash
# Benchmark guard (called by .ci/run after the tests; also usable on its own):
#   bash .ci/benchmark-guard.sh [--no-build]
#
# A short in-process BenchmarkDotNet run (about a minute per attempt on 2 cores) of the pre-job parse, the
# early and late rejection and the 10 KB webhook cases. It fails when the generated parser allocates on the interned or the error path, or
# is not faster than System.Text.Json source-gen in the same run (ratios of medians; a failed attempt
# is retried once, so only a regression seen twice fails). It prints every ratio. A hard timeout keeps
# it under 5 minutes whatever the machine does. See docs/benchmarks.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=()
case ${1:-} in
    --no-build) build=(--no-build) ;;
    "") ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

cd "$repo"
artifacts=$repo/artifacts/benchmarks/guard
rm -rf "$artifacts"
# 270 s: the guard itself takes ~1 minute at worst; the rest is headroom for a loaded machine.
timeout --kill-after=10s 270s \
    dotnet run -c Release "${build[@]}" --project benchmarks/RunnerMetrics.Benchmarks -- guard "$artifacts"
