package analyzer_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	"github.com/authstatus/authstatus/analyzer"
)

// The benchmarks measure the analyzer's own work against the floor every
// analyzer pays, on the same packages:
//
//	BenchmarkTypeCheck  parse and type-check the packages: the floor
//	BenchmarkRun        the analyzer's Run on each package, through a
//	                    hand-made pass (no facts), inspector built beforehand
//	BenchmarkAnalyze    checker.Analyze: the inspector, Run, and facts
//	                    flowing between the packages, as the driver runs them
//
// By default the packages are the analysistest packages of testdata/src
// (loaded in GOPATH mode, as analysistest loads them). Set
// AUTHSTATUS_BENCH_DIR to a module directory to benchmark its packages
// (./...) instead, for example a corpus from scripts/gencorpus:
//
//	go run ./scripts/gencorpus -n 10000 -o /tmp/corpus10k
//	AUTHSTATUS_BENCH_DIR=/tmp/corpus10k go test ./analyzer -run '^$' -bench . -benchmem -cpuprofile cpu.out
//
// Each reports ns/line, per line of Go in the packages, comparable between
// the three.

type benchPkgs struct {
	pkgs  []*packages.Package // requested packages, Imports kept to those loaded from source
	lines int
	err   error
}

var (
	benchOnce   sync.Once
	benchLoaded benchPkgs
)

func loadBench(b *testing.B) benchPkgs {
	b.Helper()
	benchOnce.Do(func() { benchLoaded = loadBenchPkgs() })
	if benchLoaded.err != nil {
		b.Fatal(benchLoaded.err)
	}
	if len(benchLoaded.pkgs) == 0 {
		b.Fatal("no packages to benchmark")
	}
	return benchLoaded
}

func loadBenchPkgs() benchPkgs {
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	var patterns []string
	if dir := os.Getenv("AUTHSTATUS_BENCH_DIR"); dir != "" {
		cfg.Dir = dir
		patterns = []string{"./..."}
	} else {
		testdata, err := filepath.Abs("testdata")
		if err != nil {
			return benchPkgs{err: err}
		}
		cfg.Dir = filepath.Join(testdata, "src")
		cfg.Env = append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off")
		err = filepath.WalkDir(cfg.Dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() || path == cfg.Dir {
				return err
			}
			rel, _ := filepath.Rel(cfg.Dir, path)
			rel = filepath.ToSlash(rel)
			if strings.Contains(rel, ".") { // github.com/..., golang.org/...: stubs of the frameworks
				return filepath.SkipDir
			}
			if gos, _ := filepath.Glob(filepath.Join(path, "*.go")); len(gos) > 0 {
				patterns = append(patterns, rel)
			}
			return nil
		})
		if err != nil {
			return benchPkgs{err: err}
		}
	}
	all, err := packages.Load(cfg, patterns...)
	if err != nil {
		return benchPkgs{err: err}
	}
	// As the standalone driver does: packages loaded from source see each
	// other (so facts flow), the rest come from export data.
	byID := map[string]*packages.Package{}
	for _, p := range all {
		byID[p.ID] = p
	}
	var lines int
	for _, p := range all {
		for path, imp := range p.Imports {
			if src, ok := byID[imp.ID]; ok && src.Types != nil {
				p.Imports[path] = src
			} else {
				delete(p.Imports, path)
			}
		}
		for _, f := range p.Syntax {
			lines += p.Fset.File(f.FileStart).LineCount()
		}
	}
	return benchPkgs{pkgs: all, lines: lines}
}

func benchPerLine(b *testing.B, lines int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
}

// BenchmarkTypeCheck is the floor: parsing and type-checking the packages
// the other benchmarks analyse, imports from the loaded packages.
func BenchmarkTypeCheck(b *testing.B) {
	l := loadBench(b)
	type input struct {
		path    string
		files   []string
		imports map[string]*types.Package
	}
	var inputs []input
	for _, p := range l.pkgs {
		in := input{path: p.PkgPath, imports: map[string]*types.Package{}}
		for _, f := range p.Syntax {
			in.files = append(in.files, p.Fset.File(f.FileStart).Name())
		}
		for _, imp := range p.Types.Imports() {
			in.imports[imp.Path()] = imp
		}
		inputs = append(inputs, in)
	}
	srcs := map[string][]byte{}
	for _, in := range inputs {
		for _, name := range in.files {
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			srcs[name] = src
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		fset := token.NewFileSet()
		for _, in := range inputs {
			var files []*ast.File
			for _, name := range in.files {
				f, _ := parser.ParseFile(fset, name, srcs[name], parser.ParseComments|parser.SkipObjectResolution)
				if f != nil {
					files = append(files, f)
				}
			}
			conf := types.Config{
				Importer: benchImporter(func(path string) (*types.Package, error) {
					if p, ok := in.imports[path]; ok {
						return p, nil
					}
					return types.NewPackage(path, filepath.Base(path)), nil
				}),
				Error: func(error) {},
			}
			info := &types.Info{
				Types:      map[ast.Expr]types.TypeAndValue{},
				Defs:       map[*ast.Ident]types.Object{},
				Uses:       map[*ast.Ident]types.Object{},
				Implicits:  map[ast.Node]types.Object{},
				Instances:  map[*ast.Ident]types.Instance{},
				Selections: map[*ast.SelectorExpr]*types.Selection{},
				Scopes:     map[ast.Node]*types.Scope{},
			}
			_, _ = conf.Check(in.path, fset, files, info)
		}
	}
	benchPerLine(b, l.lines)
}

type benchImporter func(path string) (*types.Package, error)

func (f benchImporter) Import(path string) (*types.Package, error) { return f(path) }

// BenchmarkRun is the analyzer's own work: its Run function on each
// package, through a hand-made pass with the inspector already built and no
// facts to import.
func BenchmarkRun(b *testing.B) {
	l := loadBench(b)
	passes := make([]*analysis.Pass, len(l.pkgs))
	var diags int
	for i, p := range l.pkgs {
		passes[i] = &analysis.Pass{
			Analyzer:          analyzer.Analyzer,
			Fset:              p.Fset,
			Files:             p.Syntax,
			Pkg:               p.Types,
			TypesInfo:         p.TypesInfo,
			TypesSizes:        p.TypesSizes,
			TypeErrors:        p.TypeErrors,
			Module:            benchModule(p),
			ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
			Report:            func(analysis.Diagnostic) { diags++ },
			ReadFile:          os.ReadFile,
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ExportObjectFact:  func(types.Object, analysis.Fact) {},
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllObjectFacts:    func() []analysis.ObjectFact { return nil },
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, pass := range passes {
			if _, err := analyzer.Analyzer.Run(pass); err != nil {
				b.Fatalf("%s: %v", pass.Pkg.Path(), err)
			}
		}
	}
	if diags == 0 {
		b.Fatal("no diagnostics: the benchmark measures nothing")
	}
	benchPerLine(b, l.lines)
}

func benchModule(p *packages.Package) *analysis.Module {
	if p.Module == nil {
		return nil
	}
	return &analysis.Module{Path: p.Module.Path, Version: p.Module.Version, GoVersion: p.Module.GoVersion}
}

// BenchmarkAnalyze runs the analyzer as the standalone driver does, with
// checker.Analyze: the inspector, the analysis, and facts between the
// packages.
func BenchmarkAnalyze(b *testing.B) {
	l := loadBench(b)
	b.ReportAllocs()
	for b.Loop() {
		graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, l.pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
		}
	}
	benchPerLine(b, l.lines)
}
