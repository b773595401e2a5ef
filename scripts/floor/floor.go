// Package floor holds the analyzers authstatus is measured against
// (scripts/bench.sh): they cost what any analyzer built on the inspector
// costs, and nothing more. Noop is the floor; NoopFacts is the same analyzer
// declaring a fact type, which makes the x/tools drivers, go vet and
// golangci-lint analyse every dependency from source: the facts tax,
// measured with no analysis on top.
//
// The binaries cmd/authstatus/internal/floor/noop and .../noopfacts run them
// on authstatus's own driver; package golangci registers them as
// golangci-lint module plugins.
package floor

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Noop does nothing beyond what every analyzer built on the inspector needs.
var Noop = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop requires the inspector and reports nothing: the floor of an analyzer's cost",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	// As authstatus: a package with errors is analysed, not skipped.
	RunDespiteErrors: true,
	Run:              run,
}

// NoopFacts is Noop with a fact type.
var NoopFacts = &analysis.Analyzer{
	Name:             "noopfacts",
	Doc:              "noopfacts requires the inspector, declares a fact type and reports nothing: the floor of an analyzer with facts",
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	FactTypes:        []analysis.Fact{new(Fact)},
	RunDespiteErrors: true,
	Run:              run,
}

// Fact is never exported; declaring it is what matters. It is gob-safe.
type Fact struct{ N int }

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (*Fact) String() string { return "fact" }

func run(pass *analysis.Pass) (any, error) {
	_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	return nil, nil
}
