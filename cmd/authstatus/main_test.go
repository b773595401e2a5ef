package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The binary is built once and run the three ways users run it: on its own,
// as go vet's -vettool and as go fix's -fixtool, on a copy of a testdata
// module.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "authstatus-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "authstatus")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// module copies a testdata module into a temporary directory.
func module(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", name)
	dst := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.CopyFS(dst, os.DirFS(src)))
	return dst
}

func run(t *testing.T, dir string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out), code
}

// finding is one diagnostic as "file:line category".
func findings(t *testing.T, dir string, patterns ...string) []string {
	t.Helper()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	cmd := exec.Command(binary, append([]string{"-json"}, patterns...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	require.NoError(t, err, "authstatus -json exits 0")
	var tree map[string]map[string][]struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
		Message  string `json:"message"`
	}
	require.NoError(t, json.Unmarshal(out, &tree), string(out))
	var got []string
	for _, analyzers := range tree {
		for _, diags := range analyzers {
			for _, d := range diags {
				rel, err := filepath.Rel(dir, d.Posn[:strings.LastIndex(d.Posn, ":")])
				require.NoError(t, err)
				got = append(got, filepath.ToSlash(rel)+" "+d.Category)
			}
		}
	}
	sort.Strings(got)
	return got
}

var wantFindings = []string{
	"api/handlers.go:28 use-401",
	"api/handlers.go:32 use-403",
	"api/handlers.go:41 use-403",
	"api/handlers.go:44 forbidden-literal",
}

func TestStandaloneJSON(t *testing.T) {
	dir := module(t, "nethttpapp")
	assert.Equal(t, wantFindings, findings(t, dir))
}

func TestStandaloneText(t *testing.T) {
	dir := module(t, "nethttpapp")
	out, code := run(t, dir, binary, "./...")
	assert.Equal(t, 3, code, "exit status 3 when there are findings")
	assert.Contains(t, out, `api/handlers.go:32:32: 401 Unauthorized written after permission check u.Role != "admin"; the caller is authenticated but not permitted, use 403 Forbidden`)
}

func TestVetTool(t *testing.T) {
	dir := module(t, "nethttpapp")
	out, code := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	assert.NotEqual(t, 0, code, out)
	assert.Contains(t, out, "api/handlers.go:28:34: 403 Forbidden written after userFromRequest(r) found no authenticated caller; the caller is not authenticated, use 401 Unauthorized")
	assert.Contains(t, out, "api/handlers.go:44:16: 403 Forbidden written as a bare literal; use http.StatusForbidden")

	// The analyzer's own flags pass through go vet.
	out, code = run(t, dir, "go", "vet", "-vettool="+binary, "-disable=use-401,forbidden-literal", "./...")
	assert.NotEqual(t, 0, code, out)
	assert.NotContains(t, out, "use 401 Unauthorized")
	assert.NotContains(t, out, "bare literal")
	assert.Contains(t, out, "use 403 Forbidden")

	out, code = run(t, dir, "go", "vet", "-vettool="+binary, "-disable=use-402", "./...")
	assert.NotEqual(t, 0, code)
	assert.Contains(t, out, `unknown category "use-402"`)
}

func TestFixTool(t *testing.T) {
	dir := module(t, "nethttpapp")
	out, code := run(t, dir, "go", "fix", "-fixtool="+binary, "./...")
	require.Equal(t, 0, code, out)

	src, err := os.ReadFile(filepath.Join(dir, "api", "handlers.go"))
	require.NoError(t, err)
	assert.Contains(t, string(src), `http.Error(w, "invalid token", http.StatusUnauthorized)`)
	assert.Contains(t, string(src), `http.Error(w, "admins only", http.StatusForbidden)`)
	assert.NotContains(t, string(src), "WriteHeader(403)")
	assert.NotContains(t, string(src), "WriteHeader(401)")

	out, code = run(t, dir, "go", "build", "./...")
	assert.Equal(t, 0, code, "fixed code builds: %s", out)
	assert.Empty(t, findings(t, dir), "nothing left to report after the fixes")
}

func TestStandaloneFixAndDiff(t *testing.T) {
	dir := module(t, "nethttpapp")
	out, _ := run(t, dir, binary, "-fix", "-diff", "./...")
	assert.Contains(t, out, "-\tw.WriteHeader(403)")
	assert.Contains(t, out, "+\tw.WriteHeader(http.StatusForbidden)")

	_, _ = run(t, dir, binary, "-fix", "./...")
	assert.Empty(t, findings(t, dir))
}

// TestStandaloneFactsAcrossPackages: the standalone driver loads the module's
// own imported packages from source, so facts about their helpers and
// predicates reach the requested package, which alone is reported on.
func TestStandaloneFactsAcrossPackages(t *testing.T) {
	dir := module(t, "xpkgapp")
	assert.Equal(t, []string{
		"app/app.go:17 use-403",
		"app/app.go:21 forbidden-literal",
	}, findings(t, dir, "./app"))
	assert.Equal(t, []string{
		"app/app.go:17 use-403",
		"app/app.go:21 forbidden-literal",
		"respond/respond.go:17 use-403",
	}, findings(t, dir, "./..."))

	// go vet gets the same facts through its own driver.
	out, _ := run(t, dir, "go", "vet", "-vettool="+binary, "./app")
	assert.Contains(t, out, "app/app.go:17:20: 401 Unauthorized written after permission check guard.Allows")
}
