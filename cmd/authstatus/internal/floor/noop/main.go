// Command noop is the floor authstatus is measured against: an analyzer that
// requires the inspector, as authstatus does, builds it, and reports nothing,
// run by authstatus's own driver. What authstatus costs beyond it is the cost
// of its analysis; loading, parsing and type-checking are the floor.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authstatus/authstatus/cmd/authstatus/internal/driver"
)

// Analyzer does nothing beyond what every analyzer built on the inspector
// needs.
var Analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop requires the inspector and reports nothing: the floor of an analyzer's cost",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	// As authstatus: a package with errors is analysed, not skipped.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return nil, nil
	},
}

func main() { driver.Main(Analyzer) }
