// Command noopfacts is the noop floor with a declared fact type it never
// exports. Under authstatus's standalone driver it costs what noop costs:
// dependencies come from export data either way. Under the x/tools drivers
// (go vet's unitchecker, or singlechecker, forced with
// AUTHSTATUS_DRIVER=singlechecker) a declared fact type makes every
// dependency be parsed and type-checked from source: the facts tax, measured
// with no analysis on top.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authstatus/authstatus/cmd/authstatus/internal/driver"
)

// Fact is never exported; declaring it is what matters. It is gob-safe.
type Fact struct{ N int }

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

// Analyzer is noop with a fact type.
var Analyzer = &analysis.Analyzer{
	Name:      "noopfacts",
	Doc:       "noopfacts requires the inspector, declares a fact type and reports nothing: the floor of an analyzer with facts",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(Fact)},
	// As authstatus: a package with errors is analysed, not skipped.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return nil, nil
	},
}

func main() { driver.Main(Analyzer) }
