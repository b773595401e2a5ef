#!/usr/bin/env bash
# End-to-end check of gopls with authstatus built in, on testdata/goplsapp:
# `gopls check` reports the two mistakes and `gopls codeaction` offers and
# applies (as a diff) the quick fixes.
#
# Usage: scripts/e2e-gopls.sh [GOPLS_BINARY]
# Without an argument it builds one with scripts/gopls-build.sh first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GOTOOLCHAIN=local GOWORK=off
say() { echo "e2e-gopls: $*"; }
die() { echo "e2e-gopls: FAIL: $*" >&2; exit 1; }

if [ $# -gt 0 ]; then
	GOPLS="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
	[ -x "$GOPLS" ] || die "$1 is not an executable"
	say "reusing $GOPLS"
else
	WORK="$(mktemp -d "${TMPDIR:-/tmp}/e2e-gopls.XXXXXX")"
	trap 'rm -rf "$WORK"' EXIT
	GOPLS="$WORK/gopls-authstatus"
	"$ROOT/scripts/gopls-build.sh" "$GOPLS"
fi

cd "$ROOT/testdata/goplsapp"
FILE=handlers.go

# pos PATTERN: line:col of the status literal in the (unique) line holding PATTERN.
pos() {
	awk -v pat="$1" 'index($0, pat) { n++; p = NR ":" (index($0, pat) + index(pat, "(")) }
		END { if (n != 1) exit 1; print p }' "$FILE" || die "want exactly one $1 in $FILE"
}
P401="$(pos 'w.WriteHeader(401)')" # written after a failed !u.IsAdmin(): use-403
P403="$(pos 'w.WriteHeader(403)')" # bare literal: forbidden-literal

# expect WHAT REGEX TEXT: TEXT must match the extended regular expression.
expect() {
	grep -Eq -- "$2" <<<"$3" || { printf '%s\n' "$3" >&2; die "$1: no line matches /$2/"; }
	say "ok: $1"
}

say "gopls check $FILE"
out="$("$GOPLS" check "$FILE" 2>&1)" || { printf '%s\n' "$out" >&2; die "gopls check failed"; }
printf '%s\n' "$out"
expect "use-403 diagnostic at $P401" "$FILE:$P401-[0-9]+: 401 Unauthorized .*use 403 Forbidden" "$out"
expect "forbidden-literal diagnostic at $P403" "$FILE:$P403-[0-9]+: 403 Forbidden .*http\.StatusForbidden" "$out"

say "gopls codeaction -kind=quickfix $FILE"
out="$("$GOPLS" codeaction -kind=quickfix "$FILE" 2>&1)" || { printf '%s\n' "$out" >&2; die "gopls codeaction failed"; }
printf '%s\n' "$out"
expect "quick fix listed for the 401" '"Replace 401 with http\.StatusForbidden" \[quickfix\]' "$out"
expect "quick fix listed for the 403" '"Replace 403 with http\.StatusForbidden" \[quickfix\]' "$out"

for p in "$P401" "$P403"; do
	say "gopls codeaction -kind=quickfix -title='http\\.Status' -exec -diff $FILE:$p"
	out="$("$GOPLS" codeaction -kind=quickfix -title='http\.Status' -exec -diff "$FILE:$p" 2>&1)" ||
		{ printf '%s\n' "$out" >&2; die "gopls codeaction -exec failed at $p"; }
	printf '%s\n' "$out"
	expect "diff at $p removes the literal" '^-[[:space:]]*w\.WriteHeader\(40[13]\)$' "$out"
	expect "diff at $p writes http.StatusForbidden" '^\+[[:space:]]*w\.WriteHeader\(http\.StatusForbidden\)$' "$out"
done

say "PASS"
