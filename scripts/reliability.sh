#!/usr/bin/env bash
# reliability.sh: authstatus must not panic, hang or fail on real code.
#
# It builds authstatus and runs `authstatus -json` over
#   1. the standard library, three ways:
#      std          as is. The analyzer returns at once for packages under
#                   GOROOT (isStd), so this checks loading only.
#      std-trimpath with a -trimpath build of authstatus, which cannot see
#                   GOROOT (build.Default.GOROOT is empty), so it analyses
#                   every std package but those the knowledge tables describe
#                   (net/http, net/url, os, context, ...).
#      std-copy     a copy of net/http (with its subpackages), net/rpc and
#                   expvar in a module of its own, under a non-std path, so
#                   that net/http's own code is analysed too. Imports of std
#                   internal packages then fail to type-check: the analyzer
#                   has to cope (it runs despite errors).
#   2. every module `go list -m all` lists in the repository root and in
#      testdata/frameworks: each is copied out of the module cache into a
#      temporary directory and analysed as a main module (./..., tests
#      included).
# For each target it prints one line: PASS or FAIL, the packages matched, the
# diagnostics, the analysis errors ("error" results in the -json output),
# the package load and type errors (stderr lines: the code's own problem,
# such as cgo, a newer go line or std internal imports), panics, time and
# peak memory. A panic, an analysis error, a timeout or unreadable output is
# a failure; load errors are not.
#
# usage: scripts/reliability.sh [-quick] [-keep] [-match REGEXP]
#   -quick        a bounded subset for CI (std's HTTP packages, the std copy
#                 and a few framework modules): a few minutes on 2 cores
#                 with a warm module cache. Also AUTHSTATUS_QUICK=1.
#   -keep         keep the work directory (it is kept anyway on failure).
#   -match RE     only the targets whose name matches RE (grep -E).
# Environment: AUTHSTATUS_TIMEOUT, seconds per target (default 300 with
# -quick, 1800 otherwise); TMPDIR.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
common_args reliability.sh "$@"
if [ -n "$quick" ]; then timeout=${AUTHSTATUS_TIMEOUT:-300}; else timeout=${AUTHSTATUS_TIMEOUT:-1800}; fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
workdir authstatus-reliability
bin=$work/bin
res=$work/results
mkdir -p "$bin" "$res" "$work/m"
export GOWORK=off GOTOOLCHAIN=${GOTOOLCHAIN:-local}
goflags=${GOFLAGS:-}

echo "== build ($(go version))"
(
	cd "$root"
	go build -o "$bin/authstatus" ./cmd/authstatus
	go build -trimpath -o "$bin/authstatus-trimpath" ./cmd/authstatus
	go build -o "$bin/fixcheck" ./scripts/fixcheck
)
timecmd=()
if [ -x /usr/bin/time ]; then timecmd=(/usr/bin/time -f '%e %M' -o); fi

last= total=0 npass=0 nfail=0 ndiags=0 nerrs=0 nload=0 npanics=0
failures=()

# analyse NAME DIR BINARY PATTERN...: one target.
analyse() {
	local name=$1 dir=$2 tool=$3
	shift 3
	selected "$name" || return 0
	local safe=${name//[^A-Za-z0-9._-]/_}
	local out=$res/$safe.json err=$res/$safe.err tm=$res/$safe.time
	local start=$SECONDS rc=0 pkgs
	pkgs=$(cd "$dir" && go list -e -f . "$@" 2>/dev/null | wc -l) || pkgs=?
	(
		cd "$dir"
		if [ ${#timecmd[@]} -gt 0 ]; then
			env -u GOROOT -u AUTHSTATUS_DRIVER GOFLAGS="$goflags" "${timecmd[@]}" "$tm" timeout "$timeout" "$tool" -json "$@"
		else
			env -u GOROOT -u AUTHSTATUS_DRIVER GOFLAGS="$goflags" timeout "$timeout" "$tool" -json "$@"
		fi
	) >"$out" 2>"$err" || rc=$?
	local secs=$((SECONDS - start)) mem=?
	if [ -s "$tm" ]; then
		secs=$(tail -1 "$tm" | cut -d' ' -f1)
		mem=$(($(tail -1 "$tm" | cut -d' ' -f2) / 1024))
	fi
	local nd=0 nf=0 ne=0 np=0 nl=0 status=PASS why=
	if ! read -r nd nf ne np nl < <("$bin/fixcheck" stats -stderr "$err" "$out" 2>>"$err.fixcheck"); then
		status=FAIL why="unreadable -json output (exit $rc)"
	fi
	if [ "$rc" = 124 ]; then
		status=FAIL why="timeout after ${timeout}s"
	elif [ "$np" != 0 ] || [ "$rc" = 2 ]; then
		status=FAIL why="panic (exit $rc)"
	elif [ "$ne" != 0 ]; then
		status=FAIL why="$ne analysis errors"
	elif [ "$rc" != 0 ] && [ ! -s "$out" ]; then
		why="not loaded (exit $rc): $(head -c 200 "$err" | tr '\n' ' ')"
	fi
	total=$((total + 1)) ndiags=$((ndiags + nd)) nerrs=$((nerrs + ne)) nload=$((nload + nl)) npanics=$((npanics + np))
	printf '%s %-58s pkgs=%-4s diags=%-3s fixable=%-3s analysis-errors=%s load-errors=%-4s panics=%s %ss %sMB%s\n' \
		"$status" "$name" "$pkgs" "$nd" "$nf" "$ne" "$nl" "$np" "$secs" "$mem" "${why:+  ($why)}"
	last=$status
	if [ "$status" = FAIL ]; then
		nfail=$((nfail + 1)) failed=1
		failures+=("$name: $why")
		if [ "$np" != 0 ] || [ "$rc" = 2 ]; then
			grep -m1 -A40 -E '^(panic: |fatal error: )|internal error' "$err" | sed 's/^/    /' || head -40 "$err" | sed 's/^/    /'
		fi
		if [ "$ne" != 0 ]; then
			"$bin/fixcheck" stats -list "$out" 2>&1 >/dev/null | grep '^analysis error' | head -20 | sed 's/^/    /'
		fi
	else
		npass=$((npass + 1))
	fi
}

# The standard library.
echo "== standard library"
if [ -n "$quick" ]; then
	stdpkgs=(net/http/... net/rpc/... expvar)
else
	stdpkgs=(std)
fi
mkdir -p "$work/m/std"
analyse std "$work/m/std" "$bin/authstatus" "${stdpkgs[@]}"
analyse std-trimpath "$work/m/std" "$bin/authstatus-trimpath" "${stdpkgs[@]}"

goroot=$(go env GOROOT)
copy=$work/m/stdcopy
mkdir -p "$copy/net" "$copy/xvendor"
printf 'module stdcopy\n\ngo %s\n' "$(go env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')" >"$copy/go.mod"
cp -R "$goroot/src/net/http" "$goroot/src/net/rpc" "$copy/net/"
cp -R "$goroot/src/expvar" "$copy/"
cp -R "$goroot/src/vendor/." "$copy/xvendor/"
chmod -R u+w "$copy"
find "$copy" -name '*.go' -exec sed -i.bak -e 's#"net/http/internal#"stdcopy/net/http/internal#g' \
	-e 's#"golang.org/x/#"stdcopy/xvendor/golang.org/x/#g' {} +
find "$copy" -name '*.bak' -exec rm {} +
analyse std-copy "$copy" "$bin/authstatus" ./...

# The modules the tests pull in, out of the module cache.
echo "== modules (go list -m all in . and testdata/frameworks)"
modules=$(test_modules "$root" "$goflags")
if [ -n "$quick" ]; then
	# A bounded subset: the HTTP frameworks the knowledge tables describe
	# that build quickly, and a token library.
	modules=$(grep -E '^(github.com/go-chi/chi/v5|github.com/go-chi/render|github.com/gorilla/mux|github.com/labstack/echo/v4|github.com/golang-jwt/jwt/v5)@' <<<"$modules" || true)
fi
for mod in $modules; do
	name=module:$mod
	selected "$name" || continue
	safe=${mod//[^A-Za-z0-9._-]/_}
	dir=$work/m/$safe
	if ! why=$(module_copy "$mod" "$dir" "$goflags"); then
		echo "SKIP $name ($why)"
		continue
	fi
	goflags_saved=$goflags
	goflags="$goflags -mod=mod"
	analyse "$name" "$dir" "$bin/authstatus" ./...
	goflags=$goflags_saved
	if [ "$last" = PASS ]; then rm -rf "$dir"; fi # keep a failing copy to reproduce
done

echo "== summary"
echo "targets=$total pass=$npass fail=$nfail diagnostics=$ndiags analysis-errors=$nerrs load-errors=$nload panics=$npanics"
if [ "$nfail" != 0 ]; then
	printf 'FAIL: %s\n' "${failures[@]}"
	exit 1
fi
echo PASS
