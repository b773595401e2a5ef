#!/usr/bin/env bash
# Measure authstatus against the no-op floor (issue 6): wall time and peak
# RSS of whole runs, on real modules nobody here wrote and on generated
# corpora of 1k, 10k and 100k handlers, printed as a Markdown table.
#
# Usage: scripts/bench.sh [TARGET...]
#
#   TARGET   gin echo fiber oauth2-proxy kratos x-text corpus1k corpus10k
#            corpus100k (default: all), or NAME=DIR for a module already on
#            disk. x-text is golang.org/x/text, which imports nothing
#            HTTP-related: there authstatus must cost what the floor costs.
#
# Environment:
#   ROUNDS=5             timed runs of each tool per target and mode
#   ROUNDS_100K=3        timed runs on corpus100k
#   VET_ROUNDS=$ROUNDS   timed runs in the vet mode (each analyses every
#                        dependency: slow on kratos)
#   MODES="standalone singlechecker vet golangci golangci-warm"
#   GOLANGCI_WORK        where scripts/golangci-build.sh prepares the
#                        golangci-lint of the golangci modes (default
#                        ${TMPDIR:-/tmp}/golangci-authstatus-bench: kept, so a
#                        later run only rebuilds)
#   BENCH_WORK=DIR       work directory to keep and reuse (prepared modules,
#                        corpora, results: a target run again in a mode
#                        replaces its results in that mode, the table shows
#                        them all); default: a temporary one, removed
#   TABLE_ONLY=1         print the table of the results in BENCH_WORK again
#
# What is measured (wall time, CPU time user+sys of the process and its
# children, peak RSS), per target, mode and tool, ROUNDS times, the tools
# interleaved round by round (so that a noisy machine's drift hits them
# alike), after one untimed warm-up run of each:
#
#   standalone     TOOL ./... in the module: noop, noopfacts and authstatus,
#                  all three with authstatus's own driver
#                  (cmd/authstatus/internal/driver): packages matching ./...
#                  from source, dependencies from export data. The build
#                  cache is warm, as on a developer's machine or in CI after
#                  go build.
#   singlechecker  the same three with AUTHSTATUS_DRIVER=singlechecker: the
#                  x/tools driver, which parses and type-checks every
#                  dependency from source as soon as an analyzer declares
#                  facts. noopfacts/noop there is the facts tax the issue
#                  asks to see; authstatus/noopfacts what authstatus adds.
#   vet            go vet -vettool=TOOL ./... with a cold vet cache: GOCACHE
#                  is a fresh copy (hard links) of a cache warmed by go list
#                  -export -test -deps and the standard go vet, so it holds
#                  every compiled package and cgo output but no result of the
#                  measured tool. go vet then runs the tool on every package
#                  and on every dependency (for types and facts). Peak RSS
#                  is that of the largest process, not the sum of the tools
#                  go vet runs in parallel. A warm vet cache replays
#                  results and is not measured.
#   golangci       golangci-lint run --enable-only TOOL ./... with a fresh
#                  golangci-lint cache (GOLANGCI_LINT_CACHE) and the warm
#                  build cache: the first run in CI or after a clean. The
#                  golangci-lint is built by scripts/golangci-build.sh with
#                  the authstatus plugin and the floors as plugins
#                  (scripts/floor/golangci), loaded the same way; the
#                  built-in durationcheck (types, inspector, no facts) is
#                  timed too, as a reference. golangci-lint analyses every
#                  dependency from source for an analyzer with facts; so
#                  does govet, in golangci-lint's standard linters, whose
#                  printf analyzer has facts: "govet,authstatus" against
#                  "govet" is what adding authstatus to such a
#                  configuration costs.
#   golangci-warm  the same, each tool with its own golangci-lint cache
#                  filled by the warm-up run: what a second run costs, in CI
#                  with a cache or in an editor.
#
# The "×floor" columns divide by the noop row of the same target and mode;
# the "×facts floor" columns by the noopfacts row: in the modes where facts
# make dependencies be analysed (singlechecker, vet, golangci), that is
# the floor of any analyzer with facts, and authstatus/noopfacts what
# authstatus itself adds. On a busy machine CPU time
# is the steadier figure; noopfacts against noop in the standalone mode,
# where both do the same work, shows the noise. Exit codes are shown: noop
# exits 0, authstatus 3 (findings, standalone) or 1 (go vet, findings).
#
# On corpora, one authstatus -json run is checked against the corpus's want
# comments (go run ./scripts/gencorpus -check) before the timed runs: the
# benchmark is only fair if the analyzer does its real work.
#
# Real modules come from the Go module proxy into the work directory; none
# of it belongs in the repository. kratos's go.mod replaces its SDK with a
# directory its module zip does not contain: the replacement is dropped (the
# released SDK is used) and examples/go, which needs the replaced SDK, is
# removed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
ROUNDS_100K="${ROUNDS_100K:-3}"
VET_ROUNDS="${VET_ROUNDS:-$ROUNDS}"
MODES="${MODES:-standalone singlechecker vet golangci golangci-warm}"
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
	TARGETS=(gin echo fiber oauth2-proxy kratos x-text corpus1k corpus10k corpus100k)
fi

export GOTOOLCHAIN=local GOWORK=off
if [ -n "${BENCH_WORK:-}" ]; then
	WORK="$BENCH_WORK"
	mkdir -p "$WORK"
else
	WORK="$(mktemp -d "${TMPDIR:-/tmp}/authstatus-bench.XXXXXX")"
	trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
fi
WORK="$(cd "$WORK" && pwd)"
BIN="$WORK/bin"
RESULTS="$WORK/results.tsv"
say() { echo "bench: $*" >&2; }
die() { echo "bench: FAIL: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time"

# TABLE_ONLY=1 prints the table of the results in BENCH_WORK again.
if [ -z "${TABLE_ONLY:-}" ]; then

# 1. The tools, all with the same driver.
say "building authstatus and the floors into $BIN"
mkdir -p "$BIN"
(cd "$ROOT" && go build -o "$BIN/" ./cmd/authstatus ./cmd/authstatus/internal/floor/noop \
	./cmd/authstatus/internal/floor/noopfacts ./scripts/gencorpus)

# 2. The targets.
modver() {
	case "$1" in
	gin) echo github.com/gin-gonic/gin@v1.12.0 ;;
	echo) echo github.com/labstack/echo/v4@v4.16.0 ;;
	fiber) echo github.com/gofiber/fiber/v2@v2.52.15 ;;
	oauth2-proxy) echo github.com/oauth2-proxy/oauth2-proxy/v7@v7.15.6 ;;
	kratos) echo github.com/ory/kratos@v1.3.1 ;;
	x-text) echo golang.org/x/text@v0.44.0 ;;
	esac
}

# prepare NAME prints the directory of target NAME, ready to analyse.
prepare() {
	local name="$1" dir="$WORK/targets/${1%%=*}"
	case "$name" in
	*=*)
		(cd "${name#*=}" && pwd)
		return
		;;
	esac
	if [ ! -e "$dir/.ready" ]; then
		rm -rf "$dir"
		mkdir -p "$WORK/targets"
		case "$name" in
		corpus*)
			local n="${name#corpus}"
			n="${n/k/000}"
			say "generating $name"
			"$BIN/gencorpus" -n "$n" -o "$dir" >&2
			;;
		*)
			local mv src
			mv="$(modver "$name")"
			[ -n "$mv" ] || die "unknown target $name"
			say "go mod download $mv"
			src="$(cd "$WORK" && go mod download -json "$mv" |
				sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
			[ -d "$src" ] || die "go mod download $mv"
			cp -r "$src" "$dir"
			chmod -R u+w "$dir"
			if [ "$name" = kratos ]; then
				(cd "$dir" && go mod edit -dropreplace github.com/ory/client-go && rm -rf examples/go)
			fi
			(cd "$dir" && GOFLAGS=-mod=mod go mod download && go mod tidy) >&2 || die "$name: go mod download"
			;;
		esac
		say "$name: warming the build cache"
		(cd "$dir" && go list -e -export -compiled -test -deps ./... >/dev/null)
		touch "$dir/.ready"
	fi
	echo "$dir"
}

lines() { find "$1" -name '*.go' -not -path '*/testdata/*' -print0 | xargs -0 cat | wc -l; }

# The vet mode's template cache: every target's packages compiled, the
# standard go vet run; copied (hard links) for each timed run. The go
# command writes new cache entries to new files and never rewrites an output
# file in place, so the template stays as it was.
VETCACHE="$WORK/gocache-vet"
warm_vet_cache() {
	local dir="$1"
	mkdir -p "$VETCACHE"
	say "warming the vet template cache for $dir"
	(cd "$dir" && GOCACHE="$VETCACHE" go list -e -export -compiled -test -deps ./... >/dev/null &&
		{ GOCACHE="$VETCACHE" go vet ./... >/dev/null 2>&1 || true; })
}

# measure TARGET MODE LABEL ROUND DIR CMD... runs CMD in DIR under
# /usr/bin/time and appends a line to $RESULTS.
measure() {
	local target="$1" mode="$2" label="$3" round="$4" dir="$5"
	shift 5
	local t="$WORK/time.out" rc=0
	(cd "$dir" && /usr/bin/time -f "%e %M %U %S" -o "$t" "$@" >"$WORK/last.stdout" 2>"$WORK/last.stderr") || rc=$?
	local wall rss user sys
	read -r wall rss user sys < <(tail -1 "$t")
	if [ "$round" != warmup ]; then
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$mode" "$label" "$round" "$wall" "$rss" "$rc" \
			"$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" >>"$RESULTS"
	fi
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] && [ "$rc" -ne 3 ]; then
		say "$target $mode $label: exit $rc"
		tail -5 "$WORK/last.stderr" >&2
	fi
}

# run_tool TARGET MODE LABEL ROUND DIR runs one tool the mode's way.
run_tool() {
	local target="$1" mode="$2" label="$3" round="$4" dir="$5"
	case "$mode" in
	standalone)
		measure "$@" "$BIN/$label" ./...
		;;
	singlechecker)
		measure "$@" env AUTHSTATUS_DRIVER=singlechecker "$BIN/$label" ./...
		;;
	vet)
		local cache="$WORK/gocache-run"
		rm -rf "$cache"
		cp -al "$VETCACHE" "$cache"
		measure "$@" env GOCACHE="$cache" go vet -vettool="$BIN/$label" ./...
		rm -rf "$cache"
		;;
	golangci | golangci-warm)
		local lcache="$WORK/golangci-cache-$label"
		if [ "$mode" = golangci ] || [ "$round" = warmup ]; then
			rm -rf "$lcache"
		fi
		measure "$@" env GOLANGCI_LINT_CACHE="$lcache" "$BIN/golangci-lint" run \
			--config "$WORK/golangci.yml" --enable-only "$label" --issues-exit-code 3 \
			--max-issues-per-linter 0 --max-same-issues 0 ./...
		[ "$mode" = golangci-warm ] || rm -rf "$lcache"
		;;
	esac
}

tools_for() {
	case "$1" in
	golangci*) echo "durationcheck noop noopfacts authstatus govet govet,authstatus" ;;
	*) echo "noop noopfacts authstatus" ;;
	esac
}

if [[ " $MODES " == *" golangci"* ]]; then
	say "building golangci-lint with the authstatus plugin and the floors"
	GOLANGCI_WORK="${GOLANGCI_WORK:-${TMPDIR:-/tmp}/golangci-authstatus-bench}" \
		GOLANGCI_PLUGINS="github.com/authstatus/authstatus/plugin github.com/authstatus/authstatus/scripts/floor/golangci" \
		"$ROOT/scripts/golangci-build.sh" "$BIN/golangci-lint" >&2 || die "golangci-lint build"
	cat >"$WORK/golangci.yml" <<'EOF'
version: "2"
linters:
  default: none
  settings:
    custom:
      authstatus:
        type: module
        description: 401/403 status-code mistakes in HTTP handlers
      noop:
        type: module
        description: benchmark floor
      noopfacts:
        type: module
        description: benchmark floor with a fact type
EOF
fi

# Results accumulate in BENCH_WORK: a target run again in a mode replaces
# its results in that mode.
touch "$RESULTS" "$WORK/lines.tsv"
for target in "${TARGETS[@]}"; do
	for f in "$RESULTS" "$WORK/lines.tsv"; do
		awk -F'\t' -v t="${target%%=*}" -v modes=" $MODES " \
			'($1 == "lines" && $2 == t) || ($1 == t && index(modes, " " $2 " ") > 0) { next } { print }' "$f" >"$f.new"
		mv "$f.new" "$f"
	done
done
declare -A DIRS
for target in "${TARGETS[@]}"; do
	DIRS[$target]="$(prepare "$target")"
	[ -d "${DIRS[$target]}" ] || die "$target: not prepared"
	printf 'lines\t%s\t%s\n' "${target%%=*}" "$(lines "${DIRS[$target]}")" >>"$WORK/lines.tsv"
done

for target in "${TARGETS[@]}"; do
	dir="${DIRS[$target]}"
	name="${target%%=*}"
	rounds="$ROUNDS"
	[ "$target" = corpus100k ] && rounds="$ROUNDS_100K"
	if [[ "$target" == corpus* ]]; then
		say "$target: checking authstatus's findings against the want comments"
		(cd "$dir" && "$BIN/authstatus" -json ./... 2>/dev/null || true) | "$BIN/gencorpus" -check "$dir" >&2 ||
			die "$target: authstatus's findings differ from the corpus's want comments"
	fi
	for mode in $MODES; do
		r="$rounds"
		if [ "$mode" = vet ]; then
			r="$VET_ROUNDS"
			[ "$target" = corpus100k ] && r="$ROUNDS_100K"
			warm_vet_cache "$dir"
		fi
		say "$target ($dir): $mode, $r rounds of $(tools_for "$mode")"
		for tool in $(tools_for "$mode"); do
			[ "$mode" = vet ] || run_tool "$name" "$mode" "$tool" warmup "$dir"
		done
		for round in $(seq "$r"); do
			for tool in $(tools_for "$mode"); do
				run_tool "$name" "$mode" "$tool" "$round" "$dir"
			done
		done
	done
done

fi

# 3. The table: medians, spread, ratios to the floor of the same target and
# mode.
cat "$WORK/lines.tsv" "$RESULTS" | awk -F'\t' '
function sorted(s, a,    n, i, j, t) {
	n = split(s, a, " ")
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j] + 0 < a[j - 1] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	return n
}
function median(s,    a, n) { n = sorted(s, a); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
function minmax(s,    a, n) { n = sorted(s, a); return sprintf("%.2f–%.2f", a[1], a[n]) }
$1 == "lines" { lines[$2] = $3; next }
{
	key = $1 SUBSEP $2 SUBSEP $3
	if (!(key in walls)) { order[++n] = key }
	walls[key] = walls[key] " " $5
	rss[key] = rss[key] " " $6
	cpu[key] = cpu[key] " " $8
	if (index(" " rcs[key] " ", " " $7 " ") == 0) rcs[key] = rcs[key] (rcs[key] == "" ? "" : ",") $7
}
END {
	print "| target | lines | mode | tool | wall s (median) | wall min–max | wall ×floor | wall ×facts floor | CPU s (median) | CPU ×floor | peak RSS MB (median) | RSS ×floor | RSS ×facts floor | exit |"
	print "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
	for (i = 1; i <= n; i++) {
		split(order[i], k, SUBSEP)
		fl = k[1] SUBSEP k[2] SUBSEP "noop"
		ff = k[1] SUBSEP k[2] SUBSEP "noopfacts"
		w = median(walls[order[i]]); m = median(rss[order[i]]) / 1024
		c = median(cpu[order[i]])
		fw = (fl in walls) ? median(walls[fl]) : 0; fm = (fl in rss) ? median(rss[fl]) / 1024 : 0; fc = (fl in cpu) ? median(cpu[fl]) : 0
		gw = (ff in walls) ? median(walls[ff]) : 0; gm = (ff in rss) ? median(rss[ff]) / 1024 : 0
		printf "| %s | %s | %s | %s | %.2f | %s | %s | %s | %.2f | %s | %.0f | %s | %s | %s |\n", k[1], lines[k[1]], k[2], k[3], w, minmax(walls[order[i]]),
			(fw > 0 ? sprintf("%.3f", w / fw) : ""), (gw > 0 ? sprintf("%.3f", w / gw) : ""), c, (fc > 0 ? sprintf("%.3f", c / fc) : ""),
			m, (fm > 0 ? sprintf("%.3f", m / fm) : ""), (gm > 0 ? sprintf("%.3f", m / gm) : ""), rcs[order[i]]
	}
}'
say "raw results: $RESULTS"
