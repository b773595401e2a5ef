#!/usr/bin/env bash
# End-to-end test of the authstatus golangci-lint module plugin.
#
# Usage: scripts/e2e-golangci.sh [BINARY]
#
# Without BINARY it builds one with scripts/golangci-build.sh (warm builds
# reuse its work directory). It copies testdata/golangciapp to a temporary
# directory, runs the binary there with several .golangci.yml files, and
# checks that
#   - the expected findings are reported, at file:line, under "authstatus",
#     including one that needs a fact exported by another package;
#   - settings change what is reported (enable, sinks, authz-words, disable);
#   - //nolint:authstatus suppresses a finding;
#   - an unknown or invalid setting stops the run with an error naming it;
#   - --fix rewrites the literal to http.StatusForbidden and the fixed
#     module still builds.
# Prints PASS/FAIL per assertion; exits 1 if any failed. KEEP=1 keeps the
# temporary directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="$ROOT/testdata/golangciapp"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/golangci-e2e.XXXXXX")"
cleanup() {
	if [ "${KEEP:-0}" = 1 ]; then
		echo "e2e: kept $TMP"
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

export GOTOOLCHAIN=local GOWORK=off GOLANGCI_LINT_CACHE="$TMP/cache"
export NO_COLOR=1

failures=0
pass() { echo "PASS: $*"; }
fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

if [ $# -ge 1 ]; then
	BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
	[ -x "$BIN" ] || { echo "e2e: FAIL: $1 is not an executable" >&2; exit 1; }
else
	BIN="$TMP/golangci-lint-authstatus"
	"$ROOT/scripts/golangci-build.sh" "$BIN"
fi
echo "e2e: $("$BIN" version 2>&1 | head -1)"

# Lines of the testdata the findings are expected on, found by their text so
# that editing the testdata does not silently break the test.
line_of() {
	local n
	n="$(grep -nF -- "$1" "$APP/app/app.go" | cut -d: -f1)"
	[ "$(echo "$n" | wc -l)" = 1 ] && [ -n "$n" ] || { echo "e2e: FAIL: want exactly one line with '$1' in app/app.go" >&2; exit 1; }
	echo "$n"
}
L_XPKG="$(line_of 'respond.Error(w, http.StatusUnauthorized, "admins only")')"
L_LITERAL="$(grep -nE 'w\.WriteHeader\(403\)$' "$APP/app/app.go" | cut -d: -f1)"
L_NOLINT="$(line_of 'w.WriteHeader(403) //nolint:authstatus')"
L_LOGIN="$(line_of 'w.WriteHeader(http.StatusUnauthorized)')"
L_SINK="$(line_of 'web.Send(r, http.StatusUnauthorized, "admins only")')"
L_WORD="$(line_of 'http.Error(w, "upgrade your plan", http.StatusUnauthorized)')"
[ "$(echo "$L_LITERAL" | wc -l)" = 1 ] && [ -n "$L_LITERAL" ] || { echo "e2e: FAIL: want exactly one bare w.WriteHeader(403) in app/app.go" >&2; exit 1; }

MSG_USE403='401 Unauthorized written after permission check u.IsAdmin() failed; the caller is authenticated but not permitted, use 403 Forbidden (authstatus)'
MSG_LITERAL='403 Forbidden written as a bare literal; use http.StatusForbidden (authstatus)'
MSG_CHALLENGE='401 Unauthorized written without a WWW-Authenticate header'
MSG_WORD='401 Unauthorized written after permission check u.Licensed("reports") failed'

# copy NAME: a fresh copy of the testdata module in $TMP/NAME.
copy() {
	rm -rf "${TMP:?}/$1"
	cp -R "$APP" "$TMP/$1"
}

# config NAME SETTINGS-YAML: .golangci.yml with only authstatus enabled and
# the given settings block (indented under settings:).
config() {
	cat >"$TMP/$1/.golangci.yml" <<-EOF
		version: "2"
		linters:
		  default: none
		  enable: [authstatus]
		  settings:
		    custom:
		      authstatus:
		        type: module
		        description: 401/403 mistakes in HTTP handlers
		        settings:
		$(sed 's/^/          /' <<<"$2")
		issues:
		  max-issues-per-linter: 0
		  max-same-issues: 0
	EOF
}

# lint NAME [ARGS...]: run the binary in $TMP/NAME; output in $TMP/NAME.out
# (stdout: the issues) and $TMP/NAME.err, exit code in $TMP/NAME.rc.
# --allow-parallel-runners: another golangci-lint on the machine (an editor,
# a benchmark) must not make a run fail with "parallel golangci-lint is
# running".
lint() {
	local name="$1"
	shift
	local rc=0
	(cd "$TMP/$name" && "$BIN" run --allow-parallel-runners --config .golangci.yml --output.text.path stdout \
		--output.text.print-issued-lines=false --show-stats=false "$@" ./...) \
		>"$TMP/$name.out" 2>"$TMP/$name.err" || rc=$?
	echo "$rc" >"$TMP/$name.rc"
	echo "--- $name: golangci-lint run ${*:+$* }./... (exit $rc)"
	sed 's/^/    /' "$TMP/$name.out" "$TMP/$name.err"
}

# reported NAME LINE TEXT / not_reported NAME LINE: is there an issue at
# app/app.go:LINE (containing TEXT)?
has() { grep -F -- "app/app.go:$2:" "$TMP/$1.out" | grep -qF -- "$3"; }
reported() {
	if has "$1" "$2" "$3"; then pass "$4: app/app.go:$2 $3"; else fail "$4: want app/app.go:$2: ... $3 in the output of run '$1'"; fi
}
not_reported() {
	if grep -qF -- "app/app.go:$2:" "$TMP/$1.out"; then fail "$3: app/app.go:$2 reported in run '$1', want nothing"; else pass "$3: nothing at app/app.go:$2"; fi
}
exit_code() {
	local got
	got="$(cat "$TMP/$1.rc")"
	if [ "$got" = "$2" ]; then pass "$3: exit code $got"; else fail "$3: exit code $got, want $2"; fi
}

# 1. Default settings.
copy default
config default '{}'
lint default
exit_code default 1 "default: issues found"
reported default "$L_XPKG" "$MSG_USE403" "default: use-403 across packages (fact from package respond)"
reported default "$L_LITERAL" "$MSG_LITERAL" "default: forbidden-literal"
not_reported default "$L_NOLINT" "default: //nolint:authstatus suppresses"
not_reported default "$L_LOGIN" "default: missing-www-authenticate is opt-in"
not_reported default "$L_SINK" "default: web.Send is no sink without the sinks setting"
not_reported default "$L_WORD" "default: Licensed is no check without authz-words"
n="$(grep -c '(authstatus)$' "$TMP/default.out" || true)"
if [ "$n" = 2 ]; then pass "default: exactly 2 issues"; else fail "default: $n issues, want 2"; fi
if grep -qF '(related information)' "$TMP/default.out"; then
	fail "default: related information reported as issues of its own"
else
	pass "default: no related-information issues"
fi

# 2. //nolint:authstatus is what suppresses it: without the comment the
#    same line is reported.
copy nonolint
config nonolint '{}'
sed -i 's|w.WriteHeader(403) //nolint:authstatus.*$|w.WriteHeader(403)|' "$TMP/nonolint/app/app.go"
lint nonolint
reported nonolint "$L_NOLINT" "$MSG_LITERAL" "without //nolint:authstatus the line is reported"

# //nolint:authstatus on a use-403 line leaves nothing behind (not even the
# line of the check that failed).
copy nolintxpkg
config nolintxpkg '{}'
sed -i "${L_XPKG}s|\$| //nolint:authstatus // e2e|" "$TMP/nolintxpkg/app/app.go"
lint nolintxpkg
not_reported nolintxpkg "$L_XPKG" "//nolint:authstatus on the use-403 line suppresses it"
not_reported nolintxpkg "$((L_XPKG - 1))" "//nolint:authstatus on the use-403 line: nothing at the check either"
reported nolintxpkg "$L_LITERAL" "$MSG_LITERAL" "//nolint:authstatus on the use-403 line: other findings stay"

# 3. Settings change the behaviour.
copy settings
config settings 'enable: [missing-www-authenticate]
sinks: ["example.com/golangciapp/web.Send:1"]
authz-words: [licensed]'
lint settings
reported settings "$L_LOGIN" "$MSG_CHALLENGE" "enable: [missing-www-authenticate]"
reported settings "$L_SINK" "use 403 Forbidden" "sinks: [example.com/golangciapp/web.Send:1]"
reported settings "$L_WORD" "$MSG_WORD" "authz-words: [licensed]"
reported settings "$L_XPKG" "$MSG_USE403" "settings: default findings stay"
not_reported settings "$L_NOLINT" "settings: //nolint:authstatus still suppresses"

copy disable
config disable 'disable: [forbidden-literal]'
lint disable
not_reported disable "$L_LITERAL" "disable: [forbidden-literal]"
reported disable "$L_XPKG" "$MSG_USE403" "disable: [forbidden-literal] keeps use-403"

# 4. Bad settings stop the run with an error naming the key.
bad_setting() {
	local name="$1" settings="$2" want="$3"
	copy "$name"
	config "$name" "$settings"
	lint "$name"
	if [ "$(cat "$TMP/$name.rc")" != 0 ] && grep -qF -- "$want" "$TMP/$name.err" "$TMP/$name.out"; then
		pass "$name: fails with: $want"
	else
		fail "$name: want a failure mentioning: $want"
	fi
}
bad_setting unknownkey 'foo: [bar]' 'authstatus: unknown setting "foo" (known: disable, enable, authn-words, authz-words, authn-regexp, authz-regexp, sinks)'
bad_setting badsink 'sinks: ["example.com/golangciapp/web.Send"]' 'authstatus: sinks: "example.com/golangciapp/web.Send" is not pkg.Func:N'
bad_setting badcategory 'enable: [missing-header]' 'authstatus: enable: unknown category "missing-header"'
bad_setting badregexp 'authz-regexp: "(unclosed"' 'authstatus: authz-regexp:'

# 5. --fix rewrites the literal (and the wrong status), the module builds,
#    and a second run is clean.
copy fix
config fix '{}'
lint fix --fix
if diff -u "$APP/app/app.go" "$TMP/fix/app/app.go" >"$TMP/fix.diff"; then
	fail "--fix: app/app.go unchanged"
else
	echo "--- fix: diff"
	sed 's/^/    /' "$TMP/fix.diff"
fi
if sed -n "${L_LITERAL}p" "$TMP/fix/app/app.go" | grep -qF 'w.WriteHeader(http.StatusForbidden)'; then
	pass "--fix: app/app.go:$L_LITERAL w.WriteHeader(403) -> w.WriteHeader(http.StatusForbidden)"
else
	fail "--fix: app/app.go:$L_LITERAL is '$(sed -n "${L_LITERAL}p" "$TMP/fix/app/app.go")', want w.WriteHeader(http.StatusForbidden)"
fi
if sed -n "${L_XPKG}p" "$TMP/fix/app/app.go" | grep -qF 'respond.Error(w, http.StatusForbidden, "admins only")'; then
	pass "--fix: app/app.go:$L_XPKG http.StatusUnauthorized -> http.StatusForbidden"
else
	fail "--fix: app/app.go:$L_XPKG is '$(sed -n "${L_XPKG}p" "$TMP/fix/app/app.go")', want respond.Error(w, http.StatusForbidden, ...)"
fi
if sed -n "${L_NOLINT}p" "$TMP/fix/app/app.go" | grep -qF 'w.WriteHeader(403) //nolint:authstatus'; then
	pass "--fix: the //nolint:authstatus line is left alone"
else
	fail "--fix: app/app.go:$L_NOLINT changed: '$(sed -n "${L_NOLINT}p" "$TMP/fix/app/app.go")'"
fi
if (cd "$TMP/fix" && go build ./... && go vet ./...) >"$TMP/fix.build" 2>&1; then
	pass "--fix: the fixed module builds and vets"
else
	fail "--fix: the fixed module does not build: $(cat "$TMP/fix.build")"
fi
lint fix
exit_code fix 0 "--fix: a second run reports nothing"

echo
if [ "$failures" = 0 ]; then
	echo "e2e: PASS (all assertions)"
else
	echo "e2e: FAIL ($failures assertions failed)"
	exit 1
fi
