// Command fixcheck reads the -json output of authstatus for the reliability
// scripts (scripts/reliability.sh and scripts/fixcheck.sh).
//
//	fixcheck stats [-stderr FILE] [-list] OUT.json
//		prints "diagnostics fixable analysis-errors panics load-errors":
//		counts from the JSON and, with -stderr, from the run's stderr.
//		-list prints each fixable diagnostic, and each analysis error, to stderr.
//	fixcheck compare A.json B.json
//		prints "only-in-A only-in-B": diagnostics (position, category,
//		message) reported by one run and not the other.
//	fixcheck verify -orig DIR -work DIR OUT.json
//		checks that authstatus -fix, run in DIR (work) whose content before
//		the run is in the copy DIR (orig), changed exactly what the suggested
//		fixes in OUT.json (the -json output of that tree, same driver) say:
//		it applies the first fix of each diagnostic the way -fix does
//		(identical edits coalesce, a conflicting fix is left out; generated
//		files are skipped; the result is gofmt'ed) and compares with what -fix
//		wrote, byte for byte, and checks each edit is one authstatus makes: a
//		status literal or a status constant or sentinel name replaced, or an
//		import of "net/http" added. Every other file must be unchanged.
//
// The JSON format is golang.org/x/tools/internal/analysis/driverutil's.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/authstatus/authstatus/scripts/fixcheck/edits"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "stats":
		err = stats(os.Args[2:])
	case "compare":
		err = compare(os.Args[2:])
	case "verify":
		err = verify(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "fixcheck: %v\n", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: fixcheck stats [-stderr FILE] [-list] OUT.json | compare A.json B.json | verify -orig DIR -work DIR OUT.json")
	os.Exit(2)
}

// The JSON schema of driverutil.JSONTree.
type (
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonDiag struct {
		Category       string    `json:"category"`
		Posn           string    `json:"posn"`
		Message        string    `json:"message"`
		SuggestedFixes []jsonFix `json:"suggested_fixes"`
	}
)

// A result is one package's result for one analyzer.
type result struct {
	pkg, analyzer string
	diags         []jsonDiag
	err           string
}

// readResults reads every JSON tree in the file (one per run; unitchecker
// prints one per package), in a deterministic order.
func readResults(name string) ([]result, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []result
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		var batch []result
		for pkg, m := range tree {
			for a, raw := range m {
				r := result{pkg: pkg, analyzer: a}
				if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
					var e struct {
						Error string `json:"error"`
					}
					if err := json.Unmarshal(raw, &e); err != nil {
						return nil, fmt.Errorf("%s: %s: %v", name, pkg, err)
					}
					r.err = e.Error
				} else if err := json.Unmarshal(raw, &r.diags); err != nil {
					return nil, fmt.Errorf("%s: %s: %v", name, pkg, err)
				}
				batch = append(batch, r)
			}
		}
		slices.SortFunc(batch, func(x, y result) int {
			return cmp.Or(cmp.Compare(x.pkg, y.pkg), cmp.Compare(x.analyzer, y.analyzer))
		})
		out = append(out, batch...)
	}
	return out, nil
}

// panicRE matches what a crash of the tool leaves on stderr.
var panicRE = regexp.MustCompile(`(?m)^(panic: |fatal error: )|internal error`)

func stats(args []string) error {
	flags := flag.NewFlagSet("stats", flag.ExitOnError)
	stderrFile := flags.String("stderr", "", "the run's stderr")
	list := flags.Bool("list", false, "list fixable diagnostics and analysis errors on stderr")
	flags.Parse(args)
	if flags.NArg() != 1 {
		usage()
	}
	results, err := readResults(flags.Arg(0))
	if err != nil {
		return err
	}
	var diags, fixable, errs, panics, loadErrs int
	for _, r := range results {
		if r.err != "" {
			errs++
			if *list {
				fmt.Fprintf(os.Stderr, "analysis error: %s: %s: %s\n", r.pkg, r.analyzer, r.err)
			}
		}
		for _, d := range r.diags {
			diags++
			if len(d.SuggestedFixes) > 0 {
				fixable++
				if *list {
					fmt.Fprintf(os.Stderr, "fixable: %s: [%s] %s (fix: %s)\n", d.Posn, d.Category, d.Message, d.SuggestedFixes[0].Message)
				}
			}
		}
	}
	if *stderrFile != "" {
		data, err := os.ReadFile(*stderrFile)
		if err != nil {
			return err
		}
		panics = len(panicRE.FindAll(data, -1))
		if panics == 0 {
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				if strings.TrimSpace(sc.Text()) != "" {
					loadErrs++
				}
			}
		}
	}
	fmt.Println(diags, fixable, errs, panics, loadErrs)
	return nil
}

// diagKey identifies a diagnostic across runs and drivers.
func diagKey(d jsonDiag) string { return d.Posn + " [" + d.Category + "] " + d.Message }

func compare(args []string) error {
	if len(args) != 2 {
		usage()
	}
	sets := [2]map[string]bool{{}, {}}
	for i, name := range args {
		results, err := readResults(name)
		if err != nil {
			return err
		}
		for _, r := range results {
			for _, d := range r.diags {
				sets[i][diagKey(d)] = true
			}
		}
	}
	var only [2][]string
	for i := range 2 {
		for k := range sets[i] {
			if !sets[1-i][k] {
				only[i] = append(only[i], k)
			}
		}
		slices.Sort(only[i])
		for _, k := range only[i] {
			fmt.Fprintf(os.Stderr, "only in %s: %s\n", args[i], k)
		}
	}
	fmt.Println(len(only[0]), len(only[1]))
	return nil
}

// The edits authstatus makes.
var (
	intLitRE    = regexp.MustCompile(`^(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[1-9][0-9_]*)$`)
	statusRE    = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*\.)?Status(Unauthorized|Forbidden)$`)
	identRE     = regexp.MustCompile(`^[\pL_][\pL\pN_]*$`)
	addImportRE = regexp.MustCompile(`^\n(\t|\nimport |import )"net/http"$`)
)

// shape says what kind of edit authstatus made, or "" if it is none of them.
func shape(old, new string) string {
	switch {
	case intLitRE.MatchString(old) && statusRE.MatchString(new):
		return "literal"
	case identRE.MatchString(old) && identRE.MatchString(new) && old != new:
		return "swap"
	case old == "" && addImportRE.MatchString(new):
		return "import"
	}
	return ""
}

func verify(args []string) error {
	flags := flag.NewFlagSet("verify", flag.ExitOnError)
	origDir := flags.String("orig", "", "copy of the tree before -fix")
	workDir := flags.String("work", "", "the tree -fix ran in")
	flags.Parse(args)
	if flags.NArg() != 1 || *origDir == "" || *workDir == "" {
		usage()
	}
	orig, err := filepath.Abs(*origDir)
	if err != nil {
		return err
	}
	work, err := filepath.Abs(*workDir)
	if err != nil {
		return err
	}
	// -json names files as the loader saw them: resolve symbolic links.
	if w, err := filepath.EvalSymlinks(work); err == nil {
		work = w
	}
	results, err := readResults(flags.Arg(0))
	if err != nil {
		return err
	}

	var failures []string
	fail := func(format string, args ...any) { failures = append(failures, fmt.Sprintf(format, args...)) }

	baseline := map[string][]byte{} // relative name → content before -fix
	generated := map[string]bool{}
	read := func(rel string) ([]byte, error) {
		if b, ok := baseline[rel]; ok {
			return b, nil
		}
		b, err := os.ReadFile(filepath.Join(orig, rel))
		if err != nil {
			return nil, err
		}
		baseline[rel] = b
		if f, err := parser.ParseFile(token.NewFileSet(), rel, b, parser.ParseComments|parser.PackageClauseOnly); err == nil {
			generated[rel] = ast.IsGenerated(f)
		}
		return b, nil
	}

	accumulated := map[string][]edits.Edit{}
	seenFix := map[string]bool{}
	var fixes, dupFixes, conflicts, skippedGenerated int
	kinds := map[string]int{}
	for _, r := range results {
		if r.analyzer != "authstatus" {
			continue
		}
	diags:
		for _, d := range r.diags {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			fix := d.SuggestedFixes[0]
			byFile := map[string][]edits.Edit{}
			key := ""
			var shapes []string
			for _, e := range fix.Edits {
				rel, err := filepath.Rel(work, e.Filename)
				if err != nil || strings.HasPrefix(rel, "..") {
					fail("%s: fix %q edits %s, outside the tree", d.Posn, fix.Message, e.Filename)
					continue diags
				}
				src, err := read(rel)
				if err != nil {
					fail("%s: fix %q: %v", d.Posn, fix.Message, err)
					continue diags
				}
				if e.Start < 0 || e.End < e.Start || e.End > len(src) {
					fail("%s: fix %q: edit [%d,%d) outside %s (size %d)", d.Posn, fix.Message, e.Start, e.End, rel, len(src))
					continue diags
				}
				if generated[rel] {
					skippedGenerated++
					continue diags
				}
				old := string(src[e.Start:e.End])
				k := shape(old, e.New)
				if k == "" {
					fail("%s: fix %q: unexpected edit of %s: %q → %q", d.Posn, fix.Message, rel, old, e.New)
				}
				shapes = append(shapes, k)
				byFile[rel] = append(byFile[rel], edits.Edit{Start: e.Start, End: e.End, Text: e.New})
				key += fmt.Sprintf("%s:%d:%d:%q;", rel, e.Start, e.End, e.New)
			}
			if seenFix[key] {
				dupFixes++ // the same file in a package and its test variant
			} else {
				seenFix[key] = true
				fixes++
				for _, k := range shapes {
					kinds[k]++
				}
			}
			after := map[string][]edits.Edit{}
			for rel, es := range byFile {
				edits.Sort(es)
				merged, ok := edits.Merge(accumulated[rel], es)
				if !ok {
					conflicts++
					fail("%s: fix %q conflicts with another fix (-fix leaves it out)", d.Posn, fix.Message)
					continue diags
				}
				after[rel] = merged
			}
			for rel, es := range after {
				accumulated[rel] = es
			}
		}
	}

	// The files -fix should have written, as it writes them.
	var mismatches, reformatted int
	for rel, es := range accumulated {
		src := baseline[rel]
		want, err := edits.Apply(src, es)
		if err != nil {
			fail("%s: %v", rel, err)
			continue
		}
		if f, err := format.Source(want); err == nil {
			want = f
		}
		got, err := os.ReadFile(filepath.Join(work, rel))
		if err != nil {
			fail("%s: %v", rel, err)
			continue
		}
		if !bytes.Equal(got, want) {
			mismatches++
			fail("%s: -fix wrote something other than the fixes:\n%s", rel, firstDiff(want, got))
		}
		if f, err := format.Source(src); err == nil && !bytes.Equal(f, src) {
			reformatted++ // -fix gofmts the whole file; it was not gofmt'ed
		}
	}

	// Every other file is untouched.
	var stray int
	err = filepath.WalkDir(work, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(work, path)
		if de.IsDir() || accumulated[rel] != nil {
			return nil
		}
		got, err := entryContent(path)
		if err != nil {
			return err
		}
		want, err := entryContent(filepath.Join(orig, rel))
		if errors.Is(err, fs.ErrNotExist) {
			stray++
			fail("%s: created by -fix", rel)
			return nil
		} else if err != nil {
			return err
		}
		if !bytes.Equal(got, want) {
			stray++
			fail("%s: changed by -fix, though no fix edits it:\n%s", rel, firstDiff(want, got))
		}
		return nil
	})
	if err != nil {
		return err
	}

	for _, f := range failures {
		fmt.Fprintln(os.Stderr, "FAIL:", f)
	}
	fmt.Printf("fixes=%d duplicate-fixes=%d literal-edits=%d swap-edits=%d import-edits=%d files=%d conflicts=%d generated-skipped=%d mismatches=%d stray-changes=%d reformatted-files=%d\n",
		fixes, dupFixes, kinds["literal"], kinds["swap"], kinds["import"], len(accumulated), conflicts, skippedGenerated, mismatches, stray, reformatted)
	if len(failures) > 0 {
		return fmt.Errorf("%d failures", len(failures))
	}
	return nil
}

// entryContent is what a directory entry holds: a regular file's bytes, or
// for a symbolic link its target (a repository's links may point outside the
// copied module, so they are compared, never followed).
func entryContent(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		target, err := os.Readlink(path)
		return []byte("symlink -> " + target), err
	}
	return os.ReadFile(path)
}

// firstDiff shows the first line that differs between want and got.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("\tline %d: expected %q\n\tline %d: got      %q", i+1, w, i+1, g)
		}
	}
	return "\t(no line differs)"
}
