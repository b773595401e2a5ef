package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authstatus/authstatus/analyzer"
)

func TestAuthentication(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "authn")
}

func TestAuthorization(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "authz")
}

func TestLiteralFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "literals", "literalsalias", "literalsnoimport")
}

func TestTraps(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "traps")
}

func TestHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "helpers")
}

func TestMappings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "mapping")
}

func TestFlow(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "flow")
}

func TestSuppression(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "ignore", "generated")
}

func TestGin(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "ginapp")
}

func TestEcho(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "echoapp")
}

func TestFiber(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "fiberapp")
}

func TestChi(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "chiapp")
}

func TestGorillaMux(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "muxapp")
}

func TestEchoV5(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "echov5app")
}

func TestFiberV3(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "fiberv3app")
}

// TestIllTyped runs on a package with type errors (the analyzer runs
// despite them, as editors need): no panic, and no guesses where types are
// missing.
func TestIllTyped(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "illtyped")
}

// TestAcrossPackages: helpers, predicates, errors and mappings of other
// packages, carried by facts.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "xpkg/errs", "xpkg/policy", "xpkg/respond", "xpkg/apierr", "xpkg/app",
		"xpkg/ginresp", "xpkg/ginapp", "xpkg/echoresp", "xpkg/echoapp")
}

func TestPolarity(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "polarity")
}

// TestRegressions: false positives found by running on real code, one
// package each, named after the bug.
func TestRegressions(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer,
		"regress_credentialflag", "regress_oidcnonce", "regress_stepup",
		"regress_originpredicate", "regress_manyargs", "regress_testfake")
}

func TestSentinels(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "sentinels")
}
