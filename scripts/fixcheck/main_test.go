package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShape(t *testing.T) {
	for _, c := range []struct{ old, new, want string }{
		{"403", "http.StatusForbidden", "literal"},
		{"0x191", "fiber.StatusUnauthorized", "literal"},
		{"401", "StatusUnauthorized", "literal"},
		{"StatusUnauthorized", "StatusForbidden", "swap"},
		{"ErrUnauthorized", "ErrForbidden", "swap"},
		{"", "\n\t\"net/http\"", "import"},
		{"", "\nimport \"net/http\"", "import"},
		{"", "\n\nimport \"net/http\"", "import"},
		{"w.WriteHeader(403)", "w.WriteHeader(http.StatusForbidden)", ""},
		{"403", "http.StatusOK", ""},
		{"", "\n\t\"fmt\"", ""},
	} {
		if got := shape(c.old, c.new); got != c.want {
			t.Errorf("shape(%q, %q) = %q, want %q", c.old, c.new, got, c.want)
		}
	}
}

// TestVerify runs verify on a tree "fixed" right, and on trees fixed wrong.
func TestVerify(t *testing.T) {
	const before = "package p\n\nimport \"fmt\"\n\nfunc f() int { fmt.Println(); return 403 }\n"
	// -fix gofmts, which does not merge import declarations.
	const after = "package p\n\nimport \"fmt\"\nimport \"net/http\"\n\nfunc f() int { fmt.Println(); return http.StatusForbidden }\n"
	dir := t.TempDir()
	orig, work := filepath.Join(dir, "orig"), filepath.Join(dir, "work")
	for _, d := range []string{orig, work} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(d, "other.go"), "package p\n")
	}
	write(t, filepath.Join(orig, "p.go"), before)
	// A link out of the module, dangling in the copy (umputun/remark42's
	// backend/README.md): compared as a link, not followed.
	for _, d := range []string{orig, work} {
		if err := os.Symlink("../site/index.md", filepath.Join(d, "README.md")); err != nil {
			t.Fatal(err)
		}
	}
	at := strings.Index(before, "403")
	out := map[string]map[string][]jsonDiag{"p": {"authstatus": {{
		Category: "forbidden-literal", Posn: "p.go:5:38", Message: "403",
		SuggestedFixes: []jsonFix{{Message: "Replace 403 with http.StatusForbidden", Edits: []jsonEdit{
			{Filename: filepath.Join(work, "p.go"), Start: len("package p\n\nimport \"fmt\""), End: len("package p\n\nimport \"fmt\""), New: "\nimport \"net/http\""},
			{Filename: filepath.Join(work, "p.go"), Start: at, End: at + 3, New: "http.StatusForbidden"},
		}}},
	}}}}
	data, _ := json.Marshal(out)
	jsonFile := filepath.Join(dir, "out.json")
	write(t, jsonFile, string(data))
	args := []string{"-orig", orig, "-work", work, jsonFile}

	write(t, filepath.Join(work, "p.go"), after)
	if err := verify(args); err != nil {
		t.Fatalf("a right fix fails: %v", err)
	}
	write(t, filepath.Join(work, "p.go"), strings.Replace(after, "fmt.Println()", "fmt.Print()", 1))
	if err := verify(args); err == nil {
		t.Fatal("a change beyond the fix passes")
	}
	write(t, filepath.Join(work, "p.go"), after)
	write(t, filepath.Join(work, "other.go"), "package p // changed\n")
	if err := verify(args); err == nil {
		t.Fatal("a change to a file no fix edits passes")
	}
	write(t, filepath.Join(work, "other.go"), "package p\n")
	if err := os.Remove(filepath.Join(work, "README.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../site/other.md", filepath.Join(work, "README.md")); err != nil {
		t.Fatal(err)
	}
	if err := verify(args); err == nil {
		t.Fatal("a link retargeted passes")
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
