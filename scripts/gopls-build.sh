#!/usr/bin/env bash
# Build a gopls with the authstatus analyzer built in (gopls cannot load
# third-party analyzers: golang/go#59869).
#
# Usage: scripts/gopls-build.sh [OUTPUT]   (default: <repo>/bin/gopls-authstatus)
#
# It copies golang.org/x/tools/gopls@$GOPLS_VERSION from the module proxy,
# adds authstatus.Analyzer (enabled by default, severity Warning) to gopls's
# analyzer list, points the module at this checkout, and builds it with
# golang.org/x/tools held at the exact version that gopls release requires,
# so the build also proves the analyzer compiles against that x/tools.
# Needs only Go and the Go module proxy.
set -euo pipefail

GOPLS_VERSION="${GOPLS_VERSION:-v0.23.0}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/bin/gopls-authstatus}"
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"

export GOTOOLCHAIN=local GOWORK=off
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gopls-authstatus.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
say() { echo "gopls-build: $*" >&2; }
die() { echo "gopls-build: FAIL: $*" >&2; exit 1; }

# 1. gopls source from the module proxy, copied somewhere writable.
say "go mod download golang.org/x/tools/gopls@$GOPLS_VERSION"
DIR="$(cd "$WORK" && go mod download -json "golang.org/x/tools/gopls@$GOPLS_VERSION" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -d "$DIR" ] || die "no module directory for gopls@$GOPLS_VERSION"
SRC="$WORK/gopls"
cp -R "$DIR" "$SRC"
chmod -R u+w "$SRC"
cd "$SRC"
say "gopls source in $SRC (go directive: $(awk '$1 == "go" { print $2 }' go.mod), go: $(go env GOVERSION))"

# x/tools version this gopls release requires (read before we touch go.mod).
XTOOLS="$(awk '$1 == "golang.org/x/tools" { print $2 } $1 == "require" && $2 == "golang.org/x/tools" { print $3 }' go.mod)"
[ -n "$XTOOLS" ] || die "golang.org/x/tools not required by gopls go.mod"
cp go.mod "$WORK/go.mod.orig"

# 2. Register the analyzer. An entry without nonDefault is enabled by default;
#    the severity shows in editors (gopls check shows every severity).
#    Anchors: the protocol import and the head of the extra-analyzer list.
F=internal/settings/analysis.go
say "patching $F"
awk '
	/^\t"golang.org\/x\/tools\/gopls\/internal\/protocol"$/ {
		print "\tauthstatus \"github.com/authstatus/authstatus/analyzer\""; imp++
	}
	{ print }
	/^\tfor _, a := range \[\]\*Analyzer\{$/ {
		print "\t\t{analyzer: authstatus.Analyzer, severity: protocol.SeverityWarning}, // github.com/authstatus/authstatus"; list++
	}
	END { if (imp != 1 || list != 1) { printf "anchors found: import %d, list %d (want 1, 1)\n", imp, list > "/dev/stderr"; exit 1 } }
' "$F" >"$F.new" || die "anchor not found in $F (gopls $GOPLS_VERSION changed its layout?)"
mv "$F.new" "$F"
gofmt -w "$F"
grep -n 'authstatus' "$F" >&2

# 3. Use this checkout of authstatus.
say "go mod edit -require github.com/authstatus/authstatus@v0.0.0 -replace ...=$ROOT"
go mod edit -require github.com/authstatus/authstatus@v0.0.0 \
	-replace "github.com/authstatus/authstatus=$ROOT"

# 4. Hold x/tools at gopls's version. A require alone would lose to the newer
#    x/tools that authstatus's go.mod requires (minimal version selection picks
#    the highest), so pin it with a version replace, which tidy keeps.
say "pinning golang.org/x/tools to $XTOOLS (what gopls $GOPLS_VERSION requires)"
go mod edit -replace "golang.org/x/tools=golang.org/x/tools@$XTOOLS"
say "go mod tidy"
go mod tidy
GOT="$(go list -m -f '{{with .Replace}}{{.Version}}{{else}}{{.Version}}{{end}}' golang.org/x/tools)"
[ "$GOT" = "$XTOOLS" ] || die "golang.org/x/tools is $GOT after tidy, want $XTOOLS"
say "after tidy: $(go list -m golang.org/x/tools)"
say "go.mod changes from gopls $GOPLS_VERSION:"
diff "$WORK/go.mod.orig" go.mod >&2 || true

say "go build -o $OUT"
go build -o "$OUT" . || die "build failed (see compiler errors above; analyzer vs golang.org/x/tools $XTOOLS?)"
say "built $OUT ($("$OUT" version | head -1))"
