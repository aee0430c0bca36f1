#!/usr/bin/env bash
# Fuzzing with SharpFuzz + afl-fuzz (see fuzz/README.md).
#
#   fuzz/fuzz.sh replay [TARGET...]     run the seeds (and saved findings) through the targets in process; no afl
#   fuzz/fuzz.sh run TARGET [SECONDS]   an afl-fuzz campaign on one target (until Ctrl-C without SECONDS); resumes
#   fuzz/fuzz.sh smoke [SECONDS]        replay, then SECONDS (default 10) of afl-fuzz per target; fails on any finding
#
# Targets: timestamp, prejob, inspector. Work goes to artifacts/fuzz/ (build, instrumented copy, findings).
# afl-fuzz comes from Debian's afl++ package; when it is missing and we are root, it is installed with apt-get.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
work=$repo/artifacts/fuzz
targets=(timestamp prejob inspector)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

# Built in place (incremental, reusing the solution's build), then copied: instrumenting rewrites the copy.
build() {
    dotnet build fuzz/RunnerMetrics.Fuzz -c Release -nologo -v quiet
    rm -rf "$work/bin"
    mkdir -p "$work/bin"
    cp -r fuzz/RunnerMetrics.Fuzz/bin/Release/net10.0/. "$work/bin/"
}

harness() { dotnet "$work/bin/runner-metrics-fuzz.dll" "$@"; }

replay() {
    local target rc=0 dirs
    for target in "$@"; do
        dirs=("fuzz/corpus/$target")
        # Findings of earlier campaigns are replayed too: a fixed crash must stay fixed.
        [[ -d $work/findings/$target/default/crashes ]] && dirs+=("$work/findings/$target/default/crashes")
        echo "replay $target: ${dirs[*]}"
        harness "$target" --replay "${dirs[@]}" || rc=1
    done
    return "$rc"
}

ensure_afl() {
    command -v afl-fuzz >/dev/null && return 0
    if ((EUID == 0)) && command -v apt-get >/dev/null; then
        echo "installing afl++ (apt-get)"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
    fi
    command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz is not installed (apt-get install afl++)" >&2; return 1; }
}

# SharpFuzz rewrites the libraries under test in place, adding the coverage hooks afl-fuzz reads.
instrument() {
    local tools=$work/tools
    [[ -x $tools/sharpfuzz ]] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
    "$tools/sharpfuzz" "$work/bin/RunnerMetrics.dll"
    "$tools/sharpfuzz" "$work/bin/RunnerMetrics.Parsing.dll"
}

afl() {
    local target=$1 seconds=${2:-} input=fuzz/corpus/$1 out=$work/findings/$1
    mkdir -p "$work/findings"
    # An existing queue is resumed rather than restarted.
    [[ -d $out/default/queue ]] && input=-
    local limit=()
    [[ -n $seconds ]] && limit=(-V "$seconds")
    # The dotnet host is not instrumented (the libraries are), and a machine shared with builds is busy.
    AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
        AFL_NO_UI=${AFL_NO_UI:-$([[ -n $seconds ]] && echo 1)} \
        afl-fuzz "${limit[@]}" -i "$input" -o "$out" -t 10000 -m none -- "$(command -v dotnet)" "$work/bin/runner-metrics-fuzz.dll" "$target"
    rm -rf /dev/shm/runner-metrics-fuzz-* 2>/dev/null || true
}

findings() {
    local out=$work/findings/$1/default count
    count=$(find "$out/crashes" "$out/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
    echo "$1: $(awk -F' *: *' '$1 == "execs_done" { e = $2 } $1 == "execs_per_sec" { s = $2 } END { print e " execs, " s "/s" }' "$out/fuzzer_stats"), $count findings"
    return $((count > 0))
}

case ${1:-} in
    replay)
        shift
        build
        replay "${@:-${targets[@]}}"
        ;;
    run)
        [[ -n ${2:-} ]] || { echo "usage: fuzz/fuzz.sh run TARGET [SECONDS]" >&2; exit 2; }
        ensure_afl
        build
        instrument
        afl "$2" "${3:-}"
        findings "$2"
        ;;
    smoke)
        seconds=${2:-10}
        build
        replay "${targets[@]}"
        ensure_afl
        instrument
        rc=0
        for target in "${targets[@]}"; do
            rm -rf "$work/findings/$target"
            afl "$target" "$seconds" >"$work/afl-$target.log" 2>&1 || { echo "afl-fuzz failed on $target:"; tail -n 20 "$work/afl-$target.log"; rc=1; continue; }
            findings "$target" || rc=1
        done
        exit "$rc"
        ;;
    *)
        sed -n '2,10p' "${BASH_SOURCE[0]}" >&2
        exit 2
        ;;
esac
