package main_test

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantComment is a trailing "// want <category>" comment.
var wantComment = regexp.MustCompile(`//\s*want\s+(\S+)\s*$`)

// TestFrameworks runs the binary on testdata/frameworks, a module of
// applications written against the real gin, echo v4 and v5, fiber v2 and v3,
// chi and gorilla/mux modules, and compares its findings with the lines
// marked "// want <category>" there.
func TestFrameworks(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	require.NoError(t, err)

	var want []string
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := wantComment.FindStringSubmatch(sc.Text()); m != nil {
				want = append(want, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), line, m[1]))
			}
		}
		return sc.Err()
	})
	require.NoError(t, err)
	require.NotEmpty(t, want, "no // want comments found under %s", dir)
	sort.Strings(want)

	assert.Equal(t, want, findings(t, dir))
}
