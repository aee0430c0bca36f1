#!/usr/bin/env bash
# Packaging check (called by .ci/run; also usable on its own):
#   bash .ci/check-packages.sh [--no-build] [--work DIR]
#
#  1. dotnet pack RunnerMetrics.sln -c Release: exactly RunnerMetrics.Parsing, RunnerMetrics and
#     RunnerMetrics.Cli are packed, with no pack warnings;
#  2. the packages hold what they must (generator and code fixes as analyzers/dotnet/cs, lib/net8.0 + lib/net10.0,
#     LICENSE, README.md, the tool layout);
#  3. .ci/PackageInspector reads each package as a feed and a debugger would: nuspec metadata (Apache-2.0
#     expression, readme, no placeholders, repository url and, in a git repository, the built commit), LICENSE
#     and the package's own src/ID/README.md exactly as in the repository (README links absolute), a package with
#     third-party assemblies carries src/ID/THIRD-PARTY-NOTICES.txt naming each of them, and each of
#     our assemblies deterministic (Reproducible entry) with its PDB embedded, SourceLink to the repository at
#     the built commit covering every document, and under CI=true every path mapped to /_/ and no machine path;
#  4. the tool installs from the local folder into a temp tool path and `runner-metrics --help` exits 0;
#  5. tests/PackageConsumer (a template outside the solution) is copied out of the repository,
#     restored from the local folder only, built for net10.0 and net8.0 and run (it also checks that a
#     stack trace through the packed RunnerMetrics.Parsing names its source file and line).
#
# Steps 4 and 5 use a fresh, private NUGET_PACKAGES folder, so a RunnerMetrics.* package cached by
# an earlier run can never stand in for the one just packed; package source mapping makes
# RunnerMetrics.* come from the local folder only, everything else from the configured feeds.
# Needs only the .NET SDK and bash/coreutils/grep/sed/awk/od (zip listings are read with awk, packages inspected
# by a small C# program); git, when present, names the built commit.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
no_build=()
work=""
while (($#)); do
    case $1 in
        --no-build) no_build=(--no-build) ;;
        --work) work=$2; shift ;;
        *) echo "usage: $0 [--no-build] [--work DIR]" >&2; exit 2 ;;
    esac
    shift
done
if [[ -z $work ]]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/runner-metrics-packages.XXXXXX")
    trap 'rm -rf "$work"' EXIT
else
    rm -rf "$work"
    mkdir -p "$work"
fi
work=$(cd "$work" && pwd)
case $work/ in "$repo"/*) echo "check-packages: --work must be outside the repository" >&2; exit 2 ;; esac

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

packages=$work/packages
failures=()
fail() {
    failures+=("$*")
    echo "check-packages: FAIL: $*" >&2
}
ok() { echo "check-packages: ok: $*"; }

# Lists the entry names of a zip file from its central directory (no unzip needed).
zip_entries() {
    LC_ALL=C od -An -v -tu1 "$1" | LC_ALL=C awk '
        { for (i = 1; i <= NF; i++) b[n++] = $i + 0 }
        function u16(p) { return b[p] + 256 * b[p + 1] }
        function u32(p) { return u16(p) + 65536 * u16(p + 2) }
        END {
            for (e = n - 22; e >= 0 && e >= n - 22 - 65535; e--)
                if (b[e] == 80 && b[e + 1] == 75 && b[e + 2] == 5 && b[e + 3] == 6) break
            if (e < 0 || e < n - 22 - 65535) { print "zip_entries: no end of central directory" > "/dev/stderr"; exit 1 }
            count = u16(e + 10); p = u32(e + 16)
            for (k = 0; k < count; k++) {
                if (!(b[p] == 80 && b[p + 1] == 75 && b[p + 2] == 1 && b[p + 3] == 2)) { print "zip_entries: bad central directory" > "/dev/stderr"; exit 1 }
                len = u16(p + 28); name = ""
                for (j = 0; j < len; j++) name = name sprintf("%c", b[p + 46 + j])
                print name
                p += 46 + len + u16(p + 30) + u16(p + 32)
            }
        }'
}

# ---------------------------------------------------------------------------------------------
echo "check-packages: packing into $packages"
properties=$(dotnet msbuild "$repo/src/RunnerMetrics.Parsing/RunnerMetrics.Parsing.csproj" -getProperty:PackageVersion -getProperty:RepositoryUrl -p:Configuration=Release)
version=$(sed -n 's/^ *"PackageVersion": *"\(.*\)",\{0,1\}$/\1/p' <<<"$properties")
repository_url=$(sed -n 's/^ *"RepositoryUrl": *"\(.*\)",\{0,1\}$/\1/p' <<<"$properties")
if [[ -z $version || -z $repository_url ]]; then
    echo "check-packages: could not read PackageVersion and RepositoryUrl from MSBuild: $properties" >&2
    exit 1
fi
if ! dotnet pack "$repo/RunnerMetrics.sln" -c Release "${no_build[@]}" -o "$packages" 2>&1 | tee "$work/pack.log"; then
    fail "dotnet pack failed (see above)"
    printf 'check-packages: %d failure(s)\n' "${#failures[@]}" >&2
    exit 1
fi
if grep -E ': warning [A-Z]+[0-9]+' "$work/pack.log" | sort -u | sed 's/^/    /' | grep . ; then
    fail "dotnet pack reported warnings (listed above)"
else
    ok "dotnet pack: no warnings"
fi

expected=("RunnerMetrics.$version.nupkg" "RunnerMetrics.Cli.$version.nupkg" "RunnerMetrics.Parsing.$version.nupkg")
actual=$(cd "$packages" && ls -1 | LC_ALL=C sort | tr '\n' ' ')
if [[ $actual == "$(printf '%s\n' "${expected[@]}" | LC_ALL=C sort | tr '\n' ' ')" ]]; then
    ok "packed exactly: $actual"
else
    fail "expected exactly ${expected[*]} (only src/ projects are packable), got: $actual"
fi

# require_entries PACKAGE ENTRY... : the package exists and contains each entry.
require_entries() {
    local package=$packages/$1; shift
    if [[ ! -f $package ]]; then fail "$(basename "$package") was not produced"; return; fi
    local entries entry missing=0
    entries=$(zip_entries "$package") || { fail "cannot read $(basename "$package") as a zip"; return; }
    for entry in "$@"; do
        if ! grep -qxF -- "$entry" <<<"$entries"; then
            fail "$(basename "$package") lacks $entry"
            missing=1
        fi
    done
    ((missing)) || ok "$(basename "$package") contains $*"
}
require_entries "RunnerMetrics.Parsing.$version.nupkg" \
    LICENSE README.md analyzers/dotnet/cs/RunnerMetrics.Generators.dll analyzers/dotnet/cs/RunnerMetrics.Generators.CodeFixes.dll \
    lib/net8.0/RunnerMetrics.Parsing.dll lib/net10.0/RunnerMetrics.Parsing.dll
require_entries "RunnerMetrics.$version.nupkg" \
    LICENSE README.md lib/net8.0/RunnerMetrics.dll lib/net10.0/RunnerMetrics.dll
require_entries "RunnerMetrics.Cli.$version.nupkg" \
    LICENSE README.md tools/net10.0/any/DotnetToolSettings.xml tools/net10.0/any/runner-metrics.dll

# ---------------------------------------------------------------------------------------------
# Metadata, license, README, symbols, SourceLink and determinism, read from the packages themselves.
inspect=(--packages "$packages" --version "$version" --repo "$repo" --repository-url "$repository_url")
if command -v git >/dev/null && commit=$(git -C "$repo" rev-parse --verify -q HEAD) && [[ $(git -C "$repo" rev-parse --show-toplevel) -ef $repo ]]; then
    git -C "$repo" ls-files >"$work/tracked-files.txt"
    inspect+=(--commit "$commit" --tracked "$work/tracked-files.txt")
else
    echo "check-packages: not a git repository (or no git): the nuspec commit and SourceLink are not checked"
fi
# ContinuousIntegrationBuild follows CI=true (Directory.Build.props): then every path must be mapped to /_/.
if [[ ${CI:-} == true ]]; then inspect+=(--ci); fi
echo "check-packages: inspecting the packages (.ci/PackageInspector)"
if dotnet build "$repo/.ci/PackageInspector/PackageInspector.csproj" -c Release -o "$work/inspector" -clp:NoSummary -v:q -nologo; then
    if dotnet "$work/inspector/PackageInspector.dll" "${inspect[@]}" RunnerMetrics.Parsing RunnerMetrics RunnerMetrics.Cli; then
        ok "package inspection (metadata, LICENSE, README, symbols, SourceLink, determinism)"
    else
        fail "package inspection failed (FAIL lines above)"
    fi
else
    fail "the package inspector did not build"
fi

# ---------------------------------------------------------------------------------------------
# A private package cache: nothing packed or cached by an earlier run can be picked up.
export NUGET_PACKAGES=$work/nuget-packages
mkdir -p "$NUGET_PACKAGES"

# The tool: from the local folder only (a tool package carries all its dependencies).
cat >"$work/tool-nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="runner-metrics-local" value="$packages" />
  </packageSources>
</configuration>
EOF
echo "check-packages: installing RunnerMetrics.Cli $version into $work/tools"
if (cd "$work" && dotnet tool install RunnerMetrics.Cli --tool-path "$work/tools" --add-source "$packages" \
        --configfile "$work/tool-nuget.config" --version "$version"); then
    rc=0
    "$work/tools/runner-metrics" --help || rc=$?
    if ((rc == 0)); then ok "runner-metrics --help exits 0"; else fail "runner-metrics --help exited $rc"; fi
else
    fail "dotnet tool install RunnerMetrics.Cli --version $version from the local folder failed"
fi

# The consumer: a copy of tests/PackageConsumer outside the repository (no Directory.*.props,
# .editorconfig or NuGet.config of the repository applies), RunnerMetrics.* from the local folder
# only, everything else from the feeds configured on this machine (its user/machine NuGet.config).
consumer=$work/consumer
mkdir -p "$consumer"
(cd "$repo/tests/PackageConsumer" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$consumer" && tar -xf -)
mapfile -t feeds < <(cd "$work" && dotnet nuget list source | sed -n 's/^ *[0-9][0-9]*\. *\(.*\) \[Enabled\]$/\1/p')
{
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<configuration>'
    echo '  <packageSources>'
    echo "    <add key=\"runner-metrics-local\" value=\"$packages\" />"
    echo '  </packageSources>'
    echo '  <packageSourceMapping>'
    echo '    <packageSource key="runner-metrics-local">'
    echo '      <package pattern="RunnerMetrics" />'
    echo '      <package pattern="RunnerMetrics.*" />'
    echo '    </packageSource>'
    for feed in "${feeds[@]}"; do
        echo "    <packageSource key=\"$feed\"><package pattern=\"*\" /></packageSource>"
    done
    echo '  </packageSourceMapping>'
    echo '</configuration>'
} >"$consumer/NuGet.config"

echo "check-packages: building the package consumer in $consumer (feeds: runner-metrics-local ${feeds[*]})"
if dotnet build "$consumer/PackageConsumer.csproj" -c Release "-p:RunnerMetricsVersion=$version" -clp:NoSummary 2>&1 | tee "$work/consumer-build.log"; then
    for tfm in net10.0 net8.0; do
        rc=0
        dotnet "$consumer/bin/Release/$tfm/PackageConsumer.dll" || rc=$?
        if ((rc == 0)); then ok "package consumer ($tfm) ran"; else fail "package consumer ($tfm) exited $rc: the packed generator/library misbehave (see above)"; fi
    done
else
    {
        echo
        echo "################################################################################"
        echo "## PACKAGE CONSUMER DID NOT COMPILE against the packed RunnerMetrics.Parsing"
        echo "## $version: a [StrictJson] type in a stranger's project gets no working"
        echo "## TryParse/Parse/WriteTo from the package. First errors:"
        grep -E ': error [A-Z]+[0-9]+' "$work/consumer-build.log" | sed 's/ \[[^]]*\]$//' | sort -u | head -n 12 | sed 's/^/##   /'
        echo "################################################################################"
    } >&2
    fail "package consumer did not compile against the packed packages"
fi

# ---------------------------------------------------------------------------------------------
if ((${#failures[@]})); then
    echo "check-packages: ${#failures[@]} failure(s):" >&2
    printf '  - %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "check-packages: all packaging checks passed"
