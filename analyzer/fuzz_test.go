package analyzer

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/authstatus/authstatus/scripts/fixcheck/edits"
)

// FuzzAnalyzer runs the analyzer, its opt-in check enabled, over arbitrary
// source files: whatever the parser returns, with or without syntax and type
// errors, must never make it panic, and its suggested fixes must be well
// formed. The seed corpus is
// every analysistest file; the frameworks and the xpkg packages they import
// are the stand-ins under testdata/src.
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzer -fuzztime 10m -fuzzminimizetime 10s
//
// (An input runs in a few milliseconds; the engine's default of a minute
// spent minimizing each new input, kilobytes of Go, dwarfs that in a short
// run.)
//
// Besides "no panic", each input is held to what a driver and -fix rely on:
//   - every diagnostic lies in the input file, and every fix is valid the
//     way the drivers validate fixes (a driver panics otherwise);
//   - facts survive the gob round trip go vet puts them through;
//   - applying the first fix of every diagnostic, merged the way -fix
//     merges them, gives source that parses if the input parsed, and
//     type-checks if the input type-checked;
//   - once fixed, the source draws no further fix.
func FuzzAnalyzer(f *testing.F) {
	for _, pattern := range []string{"testdata/src/*/*.go", "testdata/src/xpkg/*/*.go"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(string(src))
			}
		}
	}
	// Import everything up front: the fuzzing engine allows each input ten
	// seconds, and the first import of net/http may have to build it.
	fuzzMu.Lock()
	err := theFuzzEnv().warm()
	fuzzMu.Unlock()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		runOnSource(t, src)
	})
}

// fuzzMu serialises inputs: the environment and its FileSet are shared.
var fuzzMu sync.Mutex

// A fuzzEnv holds what every input imports, built once per process: the
// standard library from export data (one go list for all of it; the
// source importer took seconds per worker for net/http, more than the
// engine's per-input deadline on a busy machine) and the analysistest
// packages under testdata/src from source, analysed for facts like a
// driver would.
type fuzzEnv struct {
	fset     *token.FileSet
	analyzer *analysis.Analyzer // Analyzer with the opt-in checks enabled
	std      map[string]bool    // standard-library packages an input may import
	exports  map[string]string  // their export data files, once warm
	gc       types.Importer
	pkgs     map[string]*types.Package
	errs     map[string]error
	facts    *fuzzFactStore // facts of the imported testdata packages
}

var (
	fuzzEnvOnce sync.Once
	fuzzEnvVal  *fuzzEnv
)

func theFuzzEnv() *fuzzEnv {
	fuzzEnvOnce.Do(func() {
		e := &fuzzEnv{
			fset:  token.NewFileSet(),
			std:   map[string]bool{},
			pkgs:  map[string]*types.Package{},
			errs:  map[string]error{},
			facts: newFuzzFactStore(nil),
		}
		// Packages the analyzer or its knowledge tables name, and every
		// standard-library import of the testdata. Anything else fails to
		// import, as a missing dependency would: fuzzed import paths
		// must not make the go command build arbitrary packages.
		for _, p := range []string{
			"bytes", "context", "crypto/subtle", "encoding/base64", "encoding/json",
			"errors", "fmt", "io", "io/fs", "log", "net/http", "net/http/httptest",
			"net/url", "os", "strconv", "strings", "sync", "time",
		} {
			e.std[p] = true
		}
		files, _ := filepath.Glob("testdata/src/*/*.go")
		more, _ := filepath.Glob("testdata/src/*/*/*/*/*.go")
		most, _ := filepath.Glob("testdata/src/*/*/*/*/*/*.go")
		xpkg, _ := filepath.Glob("testdata/src/xpkg/*/*.go")
		for _, name := range slices.Concat(files, more, most, xpkg) {
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				continue
			}
			for _, spec := range f.Imports {
				path := strings.Trim(spec.Path.Value, `"`)
				if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") && fuzzTestdataDir(path) == "" && path != "C" {
					e.std[path] = true
				}
			}
		}
		e.gc = importer.ForCompiler(e.fset, "gc", e.lookup)
		a, err := New(Config{Enable: []string{CategoryMissingWWWAuthenticate}})
		if err != nil {
			panic(err)
		}
		e.analyzer = a
		fuzzEnvVal = e
	})
	return fuzzEnvVal
}

// warm finds the export data of the standard-library packages with one go
// list, then imports them and every testdata package.
func (e *fuzzEnv) warm() error {
	if e.exports != nil {
		return nil
	}
	args := []string{"list", "-export", "-deps", "-f", "{{if .Export}}{{.ImportPath}}={{.Export}}{{end}}"}
	for p := range e.std {
		args = append(args, p)
	}
	cmd := exec.Command("go", args...)
	cmd.Stderr = new(bytes.Buffer)
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list -export: %v\n%s", err, cmd.Stderr)
	}
	e.exports = map[string]string{}
	for line := range strings.Lines(string(out)) {
		if path, file, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
			e.exports[path] = file
		}
	}
	for p := range e.std {
		if _, err := e.Import(p); err != nil {
			return err
		}
	}
	dirs, _ := filepath.Glob("testdata/src/*")
	nested, _ := filepath.Glob("testdata/src/xpkg/*")
	for _, dir := range slices.Concat(dirs, nested) {
		path, _ := filepath.Rel("testdata/src", dir)
		if fuzzTestdataDir(filepath.ToSlash(path)) != "" {
			e.Import(filepath.ToSlash(path)) // ill-typed ones load too
		}
	}
	return nil
}

func (e *fuzzEnv) lookup(path string) (io.ReadCloser, error) {
	file, ok := e.exports[path]
	if !ok {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	return os.Open(file)
}

// fuzzTestdataDir returns the directory under testdata/src holding the package
// path, if there is one with Go files.
func fuzzTestdataDir(path string) string {
	if path == "" || strings.HasPrefix(path, "/") || slices.Contains(strings.Split(path, "/"), "..") || strings.ContainsAny(path, `\:`) {
		return ""
	}
	dir := filepath.Join("testdata", "src", filepath.FromSlash(path))
	if files, _ := filepath.Glob(filepath.Join(dir, "*.go")); len(files) == 0 {
		return ""
	}
	return dir
}

var errFuzzImportCycle = fmt.Errorf("import cycle")

// Import implements types.Importer.
func (e *fuzzEnv) Import(path string) (*types.Package, error) {
	if pkg, ok := e.pkgs[path]; ok {
		return pkg, nil
	}
	if err, ok := e.errs[path]; ok {
		return nil, err
	}
	var pkg *types.Package
	var err error
	switch dir := fuzzTestdataDir(path); {
	case path == "unsafe":
		pkg = types.Unsafe
	case e.std[path] && e.exports != nil:
		pkg, err = e.gc.Import(path)
	case dir != "":
		e.errs[path] = errFuzzImportCycle
		pkg, err = e.loadTestdata(path, dir)
		delete(e.errs, path)
	default:
		err = fmt.Errorf("package %q is not available to the fuzz harness", path)
	}
	if err != nil {
		e.errs[path] = err
		return nil, err
	}
	e.pkgs[path] = pkg
	return pkg, nil
}

// loadTestdata type-checks a testdata package and analyses it, as a driver
// analyses a dependency: for its facts.
func (e *fuzzEnv) loadTestdata(path, dir string) (*types.Package, error) {
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	srcs := map[string][]byte{}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, _ := parser.ParseFile(e.fset, name, src, parser.AllErrors|parser.ParseComments)
		if f != nil {
			srcs[name] = src
			files = append(files, f)
		}
	}
	pkg, info, typeErrors := e.check(path, files)
	if _, err := e.analyze(pkg, files, info, typeErrors, srcs, e.facts, func(analysis.Diagnostic) {}); err != nil {
		return nil, fmt.Errorf("analysing %s: %v", path, err)
	}
	return pkg, nil
}

// check type-checks files as the package path, keeping going past errors
// and recording what go/packages records.
func (e *fuzzEnv) check(path string, files []*ast.File) (*types.Package, *types.Info, []types.Error) {
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	var typeErrors []types.Error
	conf := types.Config{
		Importer: e,
		Sizes:    types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				typeErrors = append(typeErrors, te)
			}
		},
	}
	pkg, _ := conf.Check(path, e.fset, files, info)
	return pkg, info, typeErrors
}

// analyze runs the analyzer, and the analyzers it requires, on one package
// with a hand-made pass, the way go/analysis/checker would.
func (e *fuzzEnv) analyze(pkg *types.Package, files []*ast.File, info *types.Info, typeErrors []types.Error,
	srcs map[string][]byte, facts *fuzzFactStore, report func(analysis.Diagnostic)) (any, error) {
	results := map[*analysis.Analyzer]any{}
	var run func(a *analysis.Analyzer) (any, error)
	run = func(a *analysis.Analyzer) (any, error) {
		if r, ok := results[a]; ok {
			return r, nil
		}
		resultOf := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			r, err := run(req)
			if err != nil {
				return nil, err
			}
			resultOf[req] = r
		}
		rep := func(analysis.Diagnostic) {}
		if a == e.analyzer {
			rep = report
		}
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       e.fset,
			Files:      files,
			Pkg:        pkg,
			TypesInfo:  info,
			TypesSizes: types.SizesFor("gc", "amd64"),
			TypeErrors: typeErrors,
			ResultOf:   resultOf,
			Report:     rep,
			ReadFile: func(name string) ([]byte, error) {
				if src, ok := srcs[name]; ok {
					return src, nil
				}
				return nil, os.ErrNotExist
			},
		}
		facts.bind(pass)
		r, err := a.Run(pass)
		if err != nil {
			return nil, err
		}
		results[a] = r
		return r, nil
	}
	return run(e.analyzer)
}

// A fuzzFactStore keeps facts the way a driver does, gob round trip included;
// a store for one input sits on top of the store of its imports.
type fuzzFactStore struct {
	parent *fuzzFactStore
	obj    map[fuzzObjFactKey]analysis.Fact
	pkg    map[fuzzPkgFactKey]analysis.Fact
}

type fuzzObjFactKey struct {
	obj types.Object
	t   reflect.Type
}

type fuzzPkgFactKey struct {
	pkg *types.Package
	t   reflect.Type
}

func newFuzzFactStore(parent *fuzzFactStore) *fuzzFactStore {
	return &fuzzFactStore{parent: parent, obj: map[fuzzObjFactKey]analysis.Fact{}, pkg: map[fuzzPkgFactKey]analysis.Fact{}}
}

func (s *fuzzFactStore) getObj(k fuzzObjFactKey) (analysis.Fact, bool) {
	for ; s != nil; s = s.parent {
		if f, ok := s.obj[k]; ok {
			return f, true
		}
	}
	return nil, false
}

func (s *fuzzFactStore) getPkg(k fuzzPkgFactKey) (analysis.Fact, bool) {
	for ; s != nil; s = s.parent {
		if f, ok := s.pkg[k]; ok {
			return f, true
		}
	}
	return nil, false
}

// fuzzRoundTrip encodes and decodes a fact as unitchecker does between packages.
func fuzzRoundTrip(fact analysis.Fact) analysis.Fact {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		panic(fmt.Sprintf("internal error: encoding of %T fact failed: %v", fact, err))
	}
	out := reflect.New(reflect.TypeOf(fact).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		panic(fmt.Sprintf("internal error: decoding of %T fact failed: %v", fact, err))
	}
	return out
}

func (s *fuzzFactStore) bind(pass *analysis.Pass) {
	pass.ImportObjectFact = func(obj types.Object, fact analysis.Fact) bool {
		if obj == nil {
			panic("nil object")
		}
		f, ok := s.getObj(fuzzObjFactKey{obj, reflect.TypeOf(fact)})
		if ok {
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj.Pkg() != pass.Pkg {
			panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package",
				pass.Analyzer, pass.Pkg, obj, fact))
		}
		s.obj[fuzzObjFactKey{obj, reflect.TypeOf(fact)}] = fuzzRoundTrip(fact)
	}
	pass.ImportPackageFact = func(pkg *types.Package, fact analysis.Fact) bool {
		if pkg == nil {
			panic("nil package")
		}
		f, ok := s.getPkg(fuzzPkgFactKey{pkg, reflect.TypeOf(fact)})
		if ok {
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		s.pkg[fuzzPkgFactKey{pass.Pkg, reflect.TypeOf(fact)}] = fuzzRoundTrip(fact)
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		var out []analysis.ObjectFact
		for t := s; t != nil; t = t.parent {
			for k, f := range t.obj {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		var out []analysis.PackageFact
		for t := s; t != nil; t = t.parent {
			for k, f := range t.pkg {
				out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
		}
		return out
	}
}

// runOnSource type-checks src as one package (keeping going past syntax and
// type errors, as go/packages does for an analyzer that runs despite them),
// runs the analyzer on it, and holds the result to the invariants listed on
// FuzzAnalyzer.
func runOnSource(t *testing.T, src string) []analysis.Diagnostic {
	fuzzMu.Lock()
	defer fuzzMu.Unlock()
	e := theFuzzEnv()
	if err := e.warm(); err != nil {
		t.Fatal(err)
	}
	diags, fixed, ok := e.runOnce(t, src, "fuzz.go")
	if !ok || fixed == nil {
		return diags
	}
	// The fixed source draws no further fix.
	again, _, _ := e.runOnce(t, string(fixed), "fixed.go")
	for _, d := range again {
		if len(d.SuggestedFixes) > 0 {
			t.Fatalf("after the fixes, %q still has a fix %q\nfixed source:\n%s",
				d.Message, d.SuggestedFixes[0].Message, fixed)
		}
	}
	return diags
}

// runOnce analyses src as the file name. It returns the diagnostics and, if
// there are fixes and they merged without conflict, the fixed source; ok
// reports whether src had no syntax or type error.
func (e *fuzzEnv) runOnce(t *testing.T, src, name string) (diags []analysis.Diagnostic, fixed []byte, ok bool) {
	file, perr := parser.ParseFile(e.fset, name, src, parser.AllErrors|parser.ParseComments)
	if file == nil || file.Name == nil {
		return nil, nil, false
	}
	tf := e.fset.File(file.FileStart)
	defer e.fset.RemoveFile(tf) // keep the FileSet from growing without bound
	pkg, info, typeErrors := e.check(file.Name.Name, []*ast.File{file})
	srcs := map[string][]byte{name: []byte(src)}
	report := func(d analysis.Diagnostic) {
		if err := fuzzValidateDiagnostic(tf, d); err != nil {
			t.Fatalf("invalid diagnostic %q: %v", d.Message, err)
		}
		diags = append(diags, d)
	}
	if _, err := e.analyze(pkg, []*ast.File{file}, info, typeErrors, srcs, newFuzzFactStore(e.facts), report); err != nil {
		t.Fatalf("run: %v", err)
	}

	fixed, conflict := applyFirstFixes(tf, []byte(src), diags)
	if fixed == nil || conflict {
		return diags, nil, false
	}
	if perr != nil {
		return diags, nil, false
	}
	f2, err := parser.ParseFile(e.fset, name, fixed, parser.AllErrors|parser.ParseComments)
	if f2 != nil {
		defer e.fset.RemoveFile(e.fset.File(f2.FileStart))
	}
	if err != nil {
		t.Fatalf("the fixed source does not parse: %v\nfixed source:\n%s", err, fixed)
	}
	if len(typeErrors) > 0 {
		return diags, nil, false
	}
	if _, _, errs := e.check(file.Name.Name, []*ast.File{f2}); len(errs) > 0 {
		t.Fatalf("the source type-checked, the fixed source does not: %v\nfixed source:\n%s", errs[0], fixed)
	}
	return diags, fixed, true
}

// fuzzValidateDiagnostic checks what a driver checks of a diagnostic from one
// file, and more: it lies in that file, and its fixes are valid.
func fuzzValidateDiagnostic(tf *token.File, d analysis.Diagnostic) error {
	in := func(p token.Pos) bool { return p >= token.Pos(tf.Base()) && p <= token.Pos(tf.Base()+tf.Size()) }
	if !in(d.Pos) {
		return fmt.Errorf("position %d outside the file", d.Pos)
	}
	if d.End.IsValid() && (!in(d.End) || d.End < d.Pos) {
		return fmt.Errorf("end %d outside the file or before the position %d", d.End, d.Pos)
	}
	if d.Message == "" {
		return fmt.Errorf("no message")
	}
	seen := map[string]bool{}
	for _, fix := range d.SuggestedFixes {
		if seen[fix.Message] {
			return fmt.Errorf("two fixes with the message %q", fix.Message)
		}
		seen[fix.Message] = true
		if len(fix.TextEdits) == 0 {
			return fmt.Errorf("fix %q has no edits", fix.Message)
		}
		tes := slices.Clone(fix.TextEdits)
		sortTextEdits(tes)
		for i, ed := range tes {
			end := cmp.Or(ed.End, ed.Pos)
			if !in(ed.Pos) || !in(end) || end < ed.Pos {
				return fmt.Errorf("fix %q: edit [%d,%d) outside the file", fix.Message, ed.Pos, end)
			}
			if i > 0 && ed.Pos < cmp.Or(tes[i-1].End, tes[i-1].Pos) {
				return fmt.Errorf("fix %q: overlapping edits", fix.Message)
			}
		}
	}
	return nil
}

func sortTextEdits(edits []analysis.TextEdit) {
	slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
		if c := cmp.Compare(x.Pos, y.Pos); c != 0 {
			return c
		}
		return cmp.Compare(x.End, y.End)
	})
}

// applyFirstFixes applies the first fix of each diagnostic, merging them as
// -fix does (identical edits coalesce; a fix that conflicts with those
// before it is left out, and conflict is set). It returns nil if there is
// no fix.
func applyFirstFixes(tf *token.File, src []byte, diags []analysis.Diagnostic) (fixed []byte, conflict bool) {
	var acc []edits.Edit
	some := false
	for _, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		some = true
		var es []edits.Edit
		for _, te := range d.SuggestedFixes[0].TextEdits {
			es = append(es, edits.Edit{Start: tf.Offset(te.Pos), End: tf.Offset(cmp.Or(te.End, te.Pos)), Text: string(te.NewText)})
		}
		edits.Sort(es)
		merged, ok := edits.Merge(acc, es)
		if !ok {
			conflict = true
			continue
		}
		acc = merged
	}
	if !some {
		return nil, false
	}
	out, err := edits.Apply(src, acc)
	if err != nil {
		return nil, true // overlapping edits within one fix: fuzzValidateDiagnostic reports them
	}
	return out, conflict
}

// TestRunOnSource checks the fuzz harness itself: it must find what the
// analysistest packages find, or the fuzzer explores nothing.
func TestRunOnSource(t *testing.T) {
	diags := runOnSource(t, `package p

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		w.WriteHeader(http.StatusForbidden)
	}
	w.WriteHeader(403)
}
`)
	var cats []string
	for _, d := range diags {
		cats = append(cats, d.Category)
	}
	if strings.Join(cats, ",") != "use-401,forbidden-literal" {
		t.Fatalf("got categories %v", cats)
	}
}

// TestRunOnSourceImports checks that an input importing a framework and an
// xpkg package sees them, facts included.
func TestRunOnSourceImports(t *testing.T) {
	src, err := os.ReadFile("testdata/src/xpkg/app/app.go")
	if err != nil {
		t.Skip(err)
	}
	if diags := runOnSource(t, string(src)); len(diags) == 0 {
		t.Fatal("no diagnostics for xpkg/app: are facts imported?")
	}
	if diags := runOnSource(t, `package p

import "github.com/gin-gonic/gin"

func h(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(403)
	}
}
`); len(diags) == 0 {
		t.Fatal("no diagnostics for a gin handler")
	}
}
