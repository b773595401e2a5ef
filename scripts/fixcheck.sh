#!/usr/bin/env bash
# fixcheck.sh: what `authstatus -fix` writes must build, must draw no further
# fix, and must differ from the original only by the fixes' own edits.
#
# Targets: the testdata modules (testdata/nethttpapp, testdata/xpkgapp,
# testdata/frameworks); the modules `go list -m all` lists in the repository
# root and in testdata/frameworks (copied out of the module cache, as in
# reliability.sh); and the Go module of every repository under the corpus
# directories (default /tmp/corpus /tmp/corpus2 when present; set
# AUTHSTATUS_CORPUS to a space-separated list of directories, or to "" for
# none). Each target is worked on in a copy:
#   0. baseline: go build ./... and go test -vet=off -run '^$' -exec true ./...
#      (compiles and links the tests without running them). If the original
#      does not build, the build check (a) is skipped for it, and said so.
#   1. authstatus -fix=false -json ./... : the diagnostics and fixes of the
#      singlechecker driver, the one -fix uses. The standalone driver's
#      `authstatus -json ./...` is run too: diagnostics one driver reports and
#      the other does not are counted (only-standalone/only-singlechecker; a
#      difference is reported, not failed). A target without fixes stops here.
#   2. authstatus -fix ./...
#   3. (c) scripts/fixcheck verify: applies the first fix of each diagnostic
#      from step 1 itself, merged and gofmt'ed the way -fix does, and compares
#      with what -fix wrote, byte for byte; each edit must be a status literal
#      or a status constant/sentinel name replaced, or `"net/http"` imported;
#      every other file must be unchanged.
#   4. (a) the fixed copy builds and its tests compile (if the original's did).
#   5. (b) a second authstatus -fix=false -json ./... reports no diagnostic
#      that has a fix (and neither does the standalone driver).
# Panics and analysis errors in any of the runs fail the target too.
#
# usage: scripts/fixcheck.sh [-quick] [-keep] [-match REGEXP]
#   -quick     a bounded run for CI: the testdata modules and, if the corpus
#              is there, its two smallest apps; no module-cache modules.
#              Also AUTHSTATUS_QUICK=1.
#   -keep      keep the work directory (it is kept anyway on failure).
#   -match RE  only the targets whose name matches RE (grep -E).
# Environment: AUTHSTATUS_TIMEOUT, seconds per authstatus or go run (default
# 600 with -quick, 1800 otherwise); AUTHSTATUS_CORPUS; TMPDIR.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
common_args fixcheck.sh "$@"
if [ -n "$quick" ]; then timeout=${AUTHSTATUS_TIMEOUT:-600}; else timeout=${AUTHSTATUS_TIMEOUT:-1800}; fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
workdir authstatus-fixcheck
bin=$work/bin
mkdir -p "$bin" "$work/t"
export GOWORK=off GOTOOLCHAIN=${GOTOOLCHAIN:-local}
unset GOROOT
base_goflags=${GOFLAGS:-}

echo "== build ($(go version))"
(
	cd "$root"
	go build -o "$bin/authstatus" ./cmd/authstatus
	go build -o "$bin/fixcheck" ./scripts/fixcheck
)
as=$bin/authstatus
fc=$bin/fixcheck

total=0 npass=0 nfail=0 nfixes=0 nfixed=0 nskipbuild=0 ndiverge=0
failures=()

# run LOG CMD...: run a command with the timeout, output to LOG; returns its
# exit code.
run() {
	local log=$1
	shift
	timeout "$timeout" "$@" >"$log" 2>&1
}

# tool OUT ERR DRIVER ARGS...: run authstatus -json with the driver
# (singlechecker, the one -fix uses, or standalone, the default); prints the
# "stats" of its output, and fails on a timeout, a panic or an analysis error.
tool() {
	local out=$1 err=$2 driver=$3 rc=0
	shift 3
	if [ "$driver" = singlechecker ]; then
		# AUTHSTATUS_DRIVER for the driver that knows it, -fix=false for any.
		timeout "$timeout" env AUTHSTATUS_DRIVER=singlechecker "$as" -fix=false -json "$@" >"$out" 2>"$err" || rc=$?
	else
		timeout "$timeout" env -u AUTHSTATUS_DRIVER "$as" -json "$@" >"$out" 2>"$err" || rc=$?
	fi
	local st ne np
	if ! st=$("$fc" stats -stderr "$err" "$out" 2>/dev/null); then
		echo "unreadable -json output from authstatus $* (exit $rc)"
		return 1
	fi
	read -r _ _ ne np _ <<<"$st"
	if [ "$rc" = 124 ]; then
		echo "authstatus $* timed out"
		return 1
	elif [ "$np" != 0 ] || [ "$rc" = 2 ]; then
		echo "authstatus $* panicked (exit $rc):"
		grep -m1 -A40 -E '^(panic: |fatal error: )|internal error' "$err" | sed 's/^/    /'
		return 1
	elif [ "$ne" != 0 ]; then
		echo "authstatus $*: $ne analysis errors:"
		"$fc" stats -list "$out" 2>&1 >/dev/null | grep '^analysis error' | head -20 | sed 's/^/    /'
		return 1
	fi
	echo "$st"
}

# builds DIR LOG: 0 if the module builds, 1 if it builds but its tests do not
# compile, 2 if it does not build.
builds() {
	local dir=$1 log=$2
	if ! (cd "$dir" && run "$log.build" go build ./...); then
		return 2
	fi
	if ! (cd "$dir" && run "$log.test" go test -vet=off -count=1 -run '^$' -exec true ./...); then
		return 1
	fi
	return 0
}

# check NAME SRC [GOFLAGS]: one target, the module in SRC.
check() {
	local name=$1 src=$2 goflags="$base_goflags ${3:-}"
	selected "$name" || return 0
	local safe=${name//[^A-Za-z0-9._-]/_}
	local t=$work/t/$safe start=$SECONDS
	local w=$t/work r=$t/results
	mkdir -p "$w" "$r"
	cp -R "$src/." "$w/"
	chmod -R u+w "$w"
	export GOFLAGS="$goflags"
	total=$((total + 1))

	local why= notes= base=0 st nd nf only
	builds "$w" "$r/base" || base=$?
	case $base in
	1) notes+=" tests-do-not-compile(skipped)" ;;
	2) notes+=" does-not-build(build-check-skipped)" nskipbuild=$((nskipbuild + 1)) ;;
	esac
	# Step 1: the fixes, from both drivers.
	if ! st=$(cd "$w" && tool "$r/fix.json" "$r/fix.err" singlechecker ./...); then
		why=$st
	elif ! only=$(cd "$w" && tool "$r/std.json" "$r/std.err" standalone ./...); then
		why="standalone driver: $only"
	elif ! only=$("$fc" compare "$r/std.json" "$r/fix.json" 2>"$r/compare.txt"); then
		why="fixcheck compare failed"
	fi
	local fixed=
	if [ -z "$why" ]; then
		read -r nd nf _ _ _ <<<"$st"
		read -r o1 o2 <<<"$only"
		if [ "$o1" != 0 ] || [ "$o2" != 0 ]; then
			notes+=" only-standalone=$o1 only-singlechecker=$o2"
			ndiverge=$((ndiverge + 1))
		fi
		nfixes=$((nfixes + nf))
		if [ "$nf" = 0 ]; then
			notes+=" no-fixes"
		else
			# Step 2: -fix, on a tree whose state just before is kept.
			cp -R "$w" "$t/pre"
			local rc=0
			(cd "$w" && timeout "$timeout" env -u AUTHSTATUS_DRIVER "$as" -fix ./... >"$r/fixrun.out" 2>"$r/fixrun.err") || rc=$?
			if [ "$rc" = 124 ] || grep -qE '^(panic: |fatal error: )' "$r/fixrun.err"; then
				why="authstatus -fix panicked or timed out (exit $rc): $(grep -m1 -A20 -E '^(panic: |fatal error: )' "$r/fixrun.err" | sed 's/^/    /')"
			elif grep -q 'Re-run the command to apply more' "$r/fixrun.err"; then
				why="authstatus -fix could not apply every fix: $(grep -m1 'Re-run' "$r/fixrun.err")"
			fi
			# Step 3 (c): nothing but the fixes' edits.
			local v
			if v=$("$fc" verify -orig "$t/pre" -work "$w" "$r/fix.json" 2>"$r/verify.err"); then
				fixed=$(sed -nE 's/^fixes=([0-9]+).*/\1/p' <<<"$v")
				nfixed=$((nfixed + fixed))
				notes+=" $(sed -E 's/ (duplicate-fixes|conflicts|generated-skipped|mismatches|stray-changes)=0//g' <<<"$v")"
			else
				why+="${why:+; }-fix changed more or less than its fixes ($v):"$'\n'"$(head -30 "$r/verify.err" | sed 's/^/    /')"
			fi
			# Step 4 (a): still builds.
			if [ "$base" != 2 ]; then
				local after=0
				builds "$w" "$r/after" || after=$?
				if [ "$after" -gt "$base" ]; then
					local log=$r/after.test
					[ "$after" = 2 ] && log=$r/after.build
					why+="${why:+; }the fixed code no longer builds:"$'\n'"$(grep -v '^ok\|^?\|^FAIL\s' "$log" | head -20 | sed 's/^/    /')"
				fi
			fi
			# Step 5 (b): idempotent.
			local again
			if ! again=$(cd "$w" && tool "$r/again.json" "$r/again.err" singlechecker ./...); then
				why+="${why:+; }second run: $again"
			else
				read -r _ nf2 _ _ _ <<<"$again"
				if [ "$nf2" != 0 ]; then
					why+="${why:+; }$nf2 diagnostics still have a fix after -fix:"$'\n'"$("$fc" stats -list "$r/again.json" 2>&1 >/dev/null | head -10 | sed 's/^/    /')"
				fi
			fi
			if st=$(cd "$w" && tool "$r/again-std.json" "$r/again-std.err" standalone ./...); then
				read -r _ nf3 _ _ _ <<<"$st"
				[ "$nf3" = 0 ] || notes+=" standalone-still-fixable=$nf3"
			else
				why+="${why:+; }second standalone run: $st"
			fi
		fi
	fi
	local secs=$((SECONDS - start))
	if [ -n "$why" ]; then
		nfail=$((nfail + 1)) failed=1
		failures+=("$name")
		printf 'FAIL %-55s diags=%s fixable=%s %ss%s\n%s\n' "$name" "${nd:-?}" "${nf:-?}" "$secs" "$notes" "$(sed 's/^/  /' <<<"$why")"
	else
		npass=$((npass + 1))
		printf 'PASS %-55s diags=%s fixable=%s %ss%s\n' "$name" "$nd" "$nf" "$secs" "$notes"
		rm -rf "$t" # keep a failing target's copies to reproduce
	fi
	export GOFLAGS="$base_goflags"
}

echo "== testdata modules"
for m in nethttpapp xpkgapp frameworks; do
	check "testdata/$m" "$root/testdata/$m"
done

corpus=${AUTHSTATUS_CORPUS-/tmp/corpus /tmp/corpus2}
repos=() names=()
for c in $corpus; do
	[ -d "$c" ] || continue
	c=$(cd "$c" && pwd)
	for repo in "$c"/*/; do
		repo=${repo%/}
		# The repository's main module: its shallowest go.mod.
		mod=$(find "$repo" -maxdepth 3 -name go.mod -not -path '*/vendor/*' -not -path '*/testdata/*' | awk '{ print gsub("/", "/"), $0 }' | sort -n | head -1 | cut -d' ' -f2-)
		[ -n "$mod" ] || continue
		mod=$(dirname "$mod")
		if [ -n "$quick" ]; then
			case $repo in */create-go-app+fiber-go-template | */dhax+go-base) ;; *) continue ;; esac
		fi
		repos+=("$mod")
		names+=("corpus:$(basename "$c")/${mod#"$c"/}")
	done
done
if [ ${#repos[@]} -gt 0 ]; then
	echo "== corpus ($corpus)"
	for i in "${!repos[@]}"; do
		check "${names[$i]}" "${repos[$i]}"
	done
fi

if [ -z "$quick" ]; then
	echo "== modules (go list -m all in . and testdata/frameworks)"
	modules=$(test_modules "$root" "$base_goflags")
	for mod in $modules; do
		name=module:$mod
		selected "$name" || continue
		stage=$work/stage
		rm -rf "$stage"
		if ! why=$(module_copy "$mod" "$stage" "$base_goflags"); then
			echo "SKIP $name ($why)"
			continue
		fi
		check "$name" "$stage" -mod=mod
		rm -rf "$stage"
	done
fi

echo "== summary"
echo "targets=$total pass=$npass fail=$nfail fixable-diagnostics=$nfixes fixes-applied=$nfixed not-building-originals=$nskipbuild driver-differences=$ndiverge"
if [ "$nfail" != 0 ]; then
	printf 'FAIL: %s\n' "${failures[@]}"
	exit 1
fi
echo PASS
