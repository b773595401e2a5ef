package analyzer

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// isDependency reports whether the pass is over a package of a dependency:
// its files are in the module cache or in a vendor directory. go vet,
// golangci-lint, gopls and the x/tools drivers analyse every dependency of an
// analyzer with facts, for the facts alone, and discard what it reports
// there; authstatus then computes the facts and looks for no writes. (To
// check a dependency's own handlers, analyse a copy of it outside the module
// cache.)
func isDependency(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	tf := pass.Fset.File(pass.Files[0].FileStart)
	return tf != nil && inDependencyDir(filepath.ToSlash(tf.Name()), modCache)
}

// inDependencyDir reports whether the file name (slash-separated) is in the
// module cache modcache (if known), or in a directory that looks like one
// (…/pkg/mod/…/module@version/…), or under a vendor directory.
func inDependencyDir(name, modcache string) bool {
	if modcache != "" && strings.HasPrefix(name, modcache) {
		return true
	}
	if i := strings.Index(name, "/pkg/mod/"); i >= 0 {
		rest := name[i+len("/pkg/mod/"):]
		if j := strings.LastIndexByte(rest, '/'); j >= 0 && strings.Contains(rest[:j], "@") {
			return true
		}
	}
	return strings.Contains(name, "/vendor/")
}

// modCache is the module cache directory, slash-separated and ending in a
// slash, from GOMODCACHE or the first GOPATH entry, as the go command finds
// it when neither is set in its configuration file.
var modCache = func() string {
	dir := os.Getenv("GOMODCACHE")
	if dir == "" {
		gopath := filepath.SplitList(build.Default.GOPATH)
		if len(gopath) == 0 || gopath[0] == "" {
			return ""
		}
		dir = filepath.Join(gopath[0], "pkg", "mod")
	}
	return filepath.ToSlash(filepath.Clean(dir)) + "/"
}()
