// Package driver is the command-line driver of authstatus, shared with the
// no-op floor analyzers the benchmarks compare it with
// (cmd/authstatus/internal/floor), so that both are measured under the same
// driver.
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
package driver

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/packages"
)

// Main is the main function of a command running analyzer a: go vet and go
// fix run it once per package with a .cfg file, which singlechecker hands
// to unitchecker; -fix, -diff and the other flags of the x/tools drivers are
// singlechecker's; everything else is the standalone driver's.
//
// The environment variable AUTHSTATUS_DRIVER=singlechecker (undocumented,
// for benchmarks and for comparing the drivers' results) sends every run to
// singlechecker, which analyses every dependency from source when a
// declares facts.
func Main(a *analysis.Analyzer) {
	args := os.Args[1:]
	if len(args) > 0 && !strings.HasSuffix(args[len(args)-1], ".cfg") &&
		os.Getenv("AUTHSTATUS_DRIVER") != "singlechecker" {
		if ok, code := standalone(a, args); ok {
			os.Exit(code)
		}
	}
	singlechecker.Main(a)
}

// fastFlags are the flags the standalone driver understands; anything else
// goes to singlechecker. -cpuprofile and -memprofile mean what they mean to
// singlechecker, for this driver's run.
var fastFlags = map[string]bool{"json": true, "test": true, "c": true, "cpuprofile": true, "memprofile": true}

// standalone runs the driver if args are within what it handles, and reports
// whether it did (with the exit code to use).
func standalone(a *analysis.Analyzer, args []string) (bool, int) {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	jsonOut := fs.Bool("json", false, "")
	tests := fs.Bool("test", true, "")
	context := fs.Int("c", -1, "")
	cpuprofile := fs.String("cpuprofile", "", "")
	memprofile := fs.String("memprofile", "", "")
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

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			return true, 1
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			return true, 1
		}
		defer pprof.StopCPUProfile()
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
	if *memprofile != "" {
		// Written while the loaded packages and the results are live.
		if err := writeHeapProfile(*memprofile); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			return true, 1
		}
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

// writeHeapProfile writes the heap profile (in-use and allocated) to file.
func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	runtime.GC() // up-to-date in-use figures
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// load loads the packages matching patterns from source, with the main
// module's packages they import (so that facts about those flow to them),
// and everything else from export data. It returns the requested packages;
// each one's Imports keeps only the packages loaded from source.
func load(patterns []string, tests bool) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: tests}
	all, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	requested := map[string]bool{}
	for _, p := range all {
		requested[p.ID] = true
	}
	// ./app alone: add the module's own packages it imports, until none
	// is missing. With ./... there are none and one load is enough.
	extra := map[string]bool{}
	for {
		loaded := map[string]bool{}
		mains := map[string]bool{}
		for _, p := range all {
			loaded[p.PkgPath] = true
			if p.Module != nil && p.Module.Main {
				mains[p.Module.Path] = true
			}
		}
		missing := false
		for _, p := range all {
			for path := range p.Imports {
				if !loaded[path] && !extra[path] && inModules(path, mains) {
					extra[path] = true
					missing = true
				}
			}
		}
		if !missing {
			break
		}
		more := append([]string(nil), patterns...)
		for path := range extra {
			more = append(more, path)
		}
		if all, err = packages.Load(cfg, more...); err != nil {
			return nil, err
		}
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

// inModules reports whether the package path belongs to one of the modules.
func inModules(path string, mods map[string]bool) bool {
	for m := range mods {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}
