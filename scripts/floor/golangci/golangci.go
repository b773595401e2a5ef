// Package golangci registers the benchmark floors, floor.Noop and
// floor.NoopFacts, as golangci-lint module plugins named noop and noopfacts,
// loaded as authstatus is (types info). scripts/bench.sh builds them into a
// golangci-lint of its own, next to authstatus; the golangci-lint that
// scripts/golangci-build.sh builds for users does not have them.
package golangci

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/authstatus/authstatus/scripts/floor"
)

func init() {
	for _, a := range []*analysis.Analyzer{floor.Noop, floor.NoopFacts} {
		register.Plugin(a.Name, func(any) (register.LinterPlugin, error) { return plugin{a}, nil })
	}
}

type plugin struct{ a *analysis.Analyzer }

func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.a}, nil
}

func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
