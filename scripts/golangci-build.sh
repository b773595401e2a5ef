#!/usr/bin/env bash
# Build a golangci-lint with the authstatus module plugin built in.
#
# Usage: scripts/golangci-build.sh [OUTPUT]   (default: <repo>/bin/golangci-lint-authstatus)
#
# This does what `golangci-lint custom` does with .custom-gcl.yml, but takes
# golangci-lint's source from the Go module proxy instead of git-cloning
# GitHub, so it needs only Go and the module proxy:
#
#   1. go mod download github.com/golangci/golangci-lint/v2@$GOLANGCI_VERSION
#      and copy it to a writable work directory;
#   2. write cmd/golangci-lint/plugins.go importing
#      github.com/authstatus/authstatus/plugin (which registers "authstatus");
#   3. require github.com/authstatus/authstatus and replace it with this
#      checkout; go mod tidy;
#   4. go build ./cmd/golangci-lint.
#
# The work directory, ${TMPDIR:-/tmp}/golangci-authstatus-$GOLANGCI_VERSION
# (or $GOLANGCI_WORK), is kept: a later run reuses it and only rebuilds, so
# edits to the analyzer are picked up by a warm build in seconds. Steps 1-3
# are redone when this repository's go.mod/go.sum or the repository path
# change, or with GOLANGCI_CLEAN=1.
#
# GOLANGCI_PLUGINS (default github.com/authstatus/authstatus/plugin) lists
# the plugin packages to build in, separated by spaces; scripts/bench.sh adds
# its floors, github.com/authstatus/authstatus/scripts/floor/golangci, in a
# work directory of its own.
#
# Shared dependencies: tidy runs minimal version selection over
# golangci-lint's and authstatus's requirements. Every module golangci-lint
# requires whose version moved is printed (golang.org/x/tools in particular);
# the build then proves golangci-lint and the analyzer compile together.
set -euo pipefail

GOLANGCI_VERSION="${GOLANGCI_VERSION:-v2.15.0}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/bin/golangci-lint-authstatus}"
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
WORK="${GOLANGCI_WORK:-${TMPDIR:-/tmp}/golangci-authstatus-$GOLANGCI_VERSION}"
SRC="$WORK/golangci-lint"
PLUGINS="${GOLANGCI_PLUGINS:-github.com/authstatus/authstatus/plugin}"
STAMP="$WORK/stamp"

export GOTOOLCHAIN=local GOWORK=off
say() { echo "golangci-build: $*" >&2; }
die() { echo "golangci-build: FAIL: $*" >&2; exit 1; }

# What the prepared work directory depends on.
want_stamp() {
	{
		echo "golangci-lint $GOLANGCI_VERSION"
		echo "root $ROOT"
		echo "plugins $PLUGINS"
		echo "go $(go env GOVERSION)"
		cat "$ROOT/go.mod" "$ROOT/go.sum" | cksum
	}
}

prepare() {
	rm -rf "$WORK"
	mkdir -p "$WORK"

	# 1. golangci-lint source from the module proxy, copied somewhere writable.
	say "go mod download github.com/golangci/golangci-lint/v2@$GOLANGCI_VERSION"
	local dir
	dir="$(cd "$WORK" && go mod download -json "github.com/golangci/golangci-lint/v2@$GOLANGCI_VERSION" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
	[ -n "$dir" ] && [ -d "$dir" ] || die "no module directory for golangci-lint@$GOLANGCI_VERSION"
	cp -R "$dir" "$SRC"
	chmod -R u+w "$SRC"
	cd "$SRC"
	cp go.mod "$WORK/go.mod.orig"
	say "golangci-lint source in $SRC (go directive: $(awk '$1 == "go" { print $2 }' go.mod), go: $(go env GOVERSION))"

	# 2. Declare the module plugins, as golangci-lint custom does.
	{
		printf 'package main\n\n// This file is used to declare module plugins.\n\n'
		for p in $PLUGINS; do
			printf 'import _ "%s"\n' "$p"
		done
	} >cmd/golangci-lint/plugins.go

	# 3. Use this checkout of authstatus.
	say "go mod edit -require=github.com/authstatus/authstatus@v0.0.0 -replace github.com/authstatus/authstatus=$ROOT"
	go mod edit -require=github.com/authstatus/authstatus@v0.0.0 \
		-replace "github.com/authstatus/authstatus=$ROOT"
	say "go mod tidy"
	go mod tidy || die "go mod tidy failed in $SRC"

	want_stamp >"$STAMP"
}

report_moved() {
	# Modules golangci-lint requires, before and after: "path version" lines.
	local before after
	before="$(awk '/^require \(/{r=1; next} r && /^\)/{r=0} r && NF >= 2 {print $1, $2} /^require [^(]/{print $2, $3}' "$WORK/go.mod.orig" | sort)"
	after="$(cd "$SRC" && go list -m -f '{{.Path}} {{.Version}}' all 2>/dev/null | sort)"
	join <(echo "$before") <(echo "$after") | awk '$2 != $3 { print "  " $1 ": " $2 " -> " $3 }'
}

if [ "${GOLANGCI_CLEAN:-0}" = 1 ] || [ ! -f "$STAMP" ] || [ ! -f "$SRC/go.mod" ] || [ "$(cat "$STAMP")" != "$(want_stamp)" ]; then
	say "preparing $WORK"
	prepare
else
	say "reusing $WORK"
fi
cd "$SRC"

moved="$(report_moved)"
if [ -n "$moved" ]; then
	say "WARNING: building with other versions than golangci-lint $GOLANGCI_VERSION requires:"
	echo "$moved" >&2
else
	say "no golangci-lint requirement moved (authstatus builds against golangci-lint's own versions)"
fi
say "golang.org/x/tools in the build: $(go list -m -f '{{.Version}}' golang.org/x/tools)"

# The version names the authstatus source it was built from: golangci-lint
# salts its analysis cache with the version, so a rebuilt analyzer must not
# share a version with the old one (golangci-lint custom does the same).
srchash="$(cd "$ROOT" && find . \( -name .git -o -name testdata -o -name bin \) -prune -o \
	-type f \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) -print |
	LC_ALL=C sort | while IFS= read -r f; do echo "$f"; cat "$f"; done | cksum | cut -d' ' -f1)"
VERSION="${GOLANGCI_VERSION#v}-authstatus-$srchash"

say "go build -o $OUT ./cmd/golangci-lint (version $VERSION)"
go build -trimpath \
	-ldflags "-s -w -X 'main.version=$VERSION' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" \
	-o "$OUT" ./cmd/golangci-lint
say "built $OUT: $("$OUT" version 2>&1 | head -1)"
