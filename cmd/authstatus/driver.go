package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The standalone driver.
//
// authstatus declares analysis facts, and a driver that sees facts analyses
// every dependency from source: on a framework-heavy module that costs about
// ten times the time and thirty times the memory of an analyzer without
// facts. Facts are only worth having for packages whose functions nobody
// described: the module's own. So the standalone run loads the requested
// packages, and the module's own packages they import, from source, and
// every other dependency from export data (the standard library and the
// frameworks are described by the knowledge tables). Facts flow between the
// packages loaded from source; diagnostics are reported for the requested
// ones only.
//
// go vet, go fix, -fix and -diff keep the x/tools drivers (singlechecker and
// unitchecker), which bring their own caching or need their fix machinery.

// fastFlags are the flags the standalone driver understands; anything else
// goes to singlechecker.
var fastFlags = map[string]bool{"json": true, "test": true, "c": true}

// standalone runs the driver if args are within what it handles, and reports
// whether it did (with the exit code to use).
func standalone(a *analysis.Analyzer, args []string) (bool, int) {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	jsonOut := fs.Bool("json", false, "")
	tests := fs.Bool("test", true, "")
	context := fs.Int("c", -1, "")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") || arg == "-" || arg == "--" {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !fastFlags[name] && a.Flags.Lookup(name) == nil {
			return false, 0
		}
	}
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
		return true, 2
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		return false, 0 // let singlechecker print the usage
	}

	pkgs, err := load(patterns, *tests)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
		return true, 1
	}
	if n := packages.PrintErrors(pkgs); n > 0 && !a.RunDespiteErrors {
		return true, 1
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
		return true, 1
	}
	if *jsonOut {
		if err := graph.PrintJSON(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			return true, 1
		}
		return true, 0
	}
	if err := graph.PrintText(os.Stderr, *context); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
		return true, 1
	}
	for act := range graph.All() {
		if act.IsRoot && len(act.Diagnostics) > 0 {
			return true, 3
		}
	}
	return true, 0
}

// load loads the packages matching patterns from source, with the main
// module's packages they import (so that facts about those flow to them),
// and everything else from export data. It returns the requested packages;
// each one's Imports keeps only the packages loaded from source.
func load(patterns []string, tests bool) ([]*packages.Package, error) {
	// A cheap first pass: names, imports and modules of the whole graph.
	meta, err := packages.Load(&packages.Config{
		Mode:  packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedModule,
		Tests: tests,
	}, patterns...)
	if err != nil {
		return nil, err
	}
	requested := map[string]bool{}
	local := map[string]bool{} // main-module packages reachable from the requested ones
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if local[p.PkgPath] || p.Module == nil || !p.Module.Main {
			return
		}
		local[p.PkgPath] = true
		for _, imp := range p.Imports {
			visit(imp)
		}
	}
	for _, p := range meta {
		requested[p.ID] = true
		for _, imp := range p.Imports {
			visit(imp)
		}
	}
	extra := make([]string, 0, len(local))
	for path := range local {
		extra = append(extra, path)
	}

	// The real load: requested and local packages from source, the rest
	// from export data.
	all, err := packages.Load(&packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: tests,
	}, append(append([]string(nil), patterns...), extra...)...)
	if err != nil {
		return nil, err
	}
	byID := map[string]*packages.Package{}
	for _, p := range all {
		byID[p.ID] = p
	}
	var roots []*packages.Package
	for _, p := range all {
		for path, imp := range p.Imports {
			if src, ok := byID[imp.ID]; ok && src.Types != nil {
				p.Imports[path] = src
			} else {
				delete(p.Imports, path)
			}
		}
		if requested[p.ID] {
			roots = append(roots, p)
		}
	}
	return roots, nil
}
