package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// FuzzAnalyzer runs the analyzer over arbitrary source files: whatever
// parses, type-checked or not, must never make it panic. The seed corpus is
// every analysistest file that uses only the standard library.
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzer -fuzztime 10m
func FuzzAnalyzer(f *testing.F) {
	files, _ := filepath.Glob("testdata/src/*/*.go")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err == nil && !strings.Contains(string(src), `"github.com/`) && !strings.Contains(string(src), `"xpkg/`) {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		runOnSource(t, src)
	})
}

var (
	fuzzMu   sync.Mutex
	fuzzFset = token.NewFileSet()
	// The source importer caches what it imports: net/http is checked once.
	fuzzImporter = importer.ForCompiler(fuzzFset, "source", nil)
)

// runOnSource type-checks src as one package (keeping going past type
// errors) and runs the analyzer on it with a hand-made pass.
func runOnSource(t *testing.T, src string) []analysis.Diagnostic {
	fuzzMu.Lock()
	defer fuzzMu.Unlock()
	file, err := parser.ParseFile(fuzzFset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || file.Name == nil {
		return nil
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
	var typeErrors []types.Error
	conf := types.Config{Importer: fuzzImporter, Error: func(err error) {
		if te, ok := err.(types.Error); ok {
			typeErrors = append(typeErrors, te)
		}
	}}
	pkg, _ := conf.Check(file.Name.Name, fuzzFset, []*ast.File{file}, info)
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:          Analyzer,
		Fset:              fuzzFset,
		Files:             []*ast.File{file},
		Pkg:               pkg,
		TypesInfo:         info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		TypeErrors:        typeErrors,
		ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{file})},
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile:          func(string) ([]byte, error) { return []byte(src), nil },
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	if _, err := Analyzer.Run(pass); err != nil {
		t.Fatalf("run: %v", err)
	}
	return diags
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
