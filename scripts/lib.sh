# lib.sh: what reliability.sh and fixcheck.sh share. Source it after
# `set -euo pipefail`; it defines functions and sets nothing else.

# common_args PROG "$@": the options both scripts take. Sets quick (1 or
# empty), keep (0/1) and match (a grep -E regexp, or empty); -h prints the
# calling script's header comment.
common_args() {
	local prog=$1
	shift
	quick=${AUTHSTATUS_QUICK:-0}
	keep=0
	match=
	while [ $# -gt 0 ]; do
		case $1 in
		-quick | --quick) quick=1 ;;
		-keep | --keep) keep=1 ;;
		-match | --match)
			match=${2:?-match needs a regexp}
			shift
			;;
		-h | -help | --help)
			sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
			exit 0
			;;
		*)
			echo "$prog: unknown argument $1" >&2
			exit 2
			;;
		esac
		shift
	done
	[ "$quick" = 0 ] && quick=
	return 0
}

# selected NAME: whether target NAME passes -match.
selected() {
	[ -z "$match" ] || grep -Eq -- "$match" <<<"$1"
}

# workdir PREFIX: makes $work, removed on exit unless keep=1 or failed is
# not 0 (the caller sets failed).
workdir() {
	work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
	failed=0
	trap workdir_cleanup EXIT
}
workdir_cleanup() {
	if [ "$keep" = 1 ] || [ "$failed" != 0 ]; then
		echo "work directory kept: $work"
	else
		chmod -R u+w "$work" 2>/dev/null || true
		rm -rf "$work"
	fi
}

# test_modules ROOT GOFLAGS: the module@version list of `go list -m all` in
# ROOT and ROOT/testdata/frameworks, main modules left out, replacements by
# a version followed.
test_modules() {
	local root=$1 flags=$2 d
	for d in "$root" "$root/testdata/frameworks"; do
		(cd "$d" && GOFLAGS=$flags go list -m -f '{{if not .Main}}{{with .Replace}}{{if .Version}}{{.Path}}@{{.Version}}{{end}}{{else}}{{.Path}}@{{.Version}}{{end}}{{end}}' all)
	done | sort -u
}

# module_copy MOD@VERSION DEST GOFLAGS: copies the module out of the module
# cache into DEST (writable, with its go.mod) and downloads what it needs;
# whatever stays missing shows later as load errors. On failure it prints
# why and returns 1.
module_copy() {
	local mod=$1 dest=$2 flags=$3 info src gomod
	if ! info=$(cd "$work" && go mod download -json "$mod" 2>&1); then
		echo "go mod download failed: $(tr '\n' ' ' <<<"$info" | head -c 200)"
		return 1
	fi
	src=$(sed -nE 's/^\t"Dir": "(.*)",?$/\1/p' <<<"$info")
	gomod=$(sed -nE 's/^\t"GoMod": "(.*)",?$/\1/p' <<<"$info")
	if [ -z "$src" ] || [ ! -d "$src" ]; then
		echo "no directory in the module cache"
		return 1
	fi
	mkdir -p "$dest"
	cp -R "$src/." "$dest/"
	chmod -R u+w "$dest"
	[ -f "$dest/go.mod" ] || cp "$gomod" "$dest/go.mod"
	(cd "$dest" && GOFLAGS="$flags -mod=mod" go mod download >/dev/null 2>&1 || true)
}
