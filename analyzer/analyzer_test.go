package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authstatus/authstatus/analyzer"
)

// Each case is one or more analysistest packages under testdata/src, with
// the expected diagnostics and facts as // want comments; with fixes, the
// .golden files next to them are the expected result of applying every fix.
var cases = []struct {
	name  string
	pkgs  []string
	fixes bool
}{
	{"Authentication", []string{"authn"}, false},
	{"Authorization", []string{"authz"}, false},
	{"LiteralFixes", []string{"literals", "literalsalias", "literalsnoimport"}, true},
	{"Traps", []string{"traps"}, false},
	{"Helpers", []string{"helpers"}, false},
	{"Mappings", []string{"mapping"}, false},
	{"Flow", []string{"flow"}, false},
	{"Polarity", []string{"polarity"}, false},
	{"ExpiredToken", []string{"expiredtoken"}, false},
	{"SessionFlags", []string{"sessionflags"}, false},
	{"Sentinels", []string{"sentinels"}, false},
	{"Suppression", []string{"ignore", "generated"}, false},
	// A package with type errors: the analyzer runs despite them, as
	// editors need, without panicking or guessing where types are missing.
	{"IllTyped", []string{"illtyped"}, false},
	{"Gin", []string{"ginapp"}, false},
	{"Echo", []string{"echoapp"}, false},
	{"EchoV5", []string{"echov5app"}, false},
	{"Fiber", []string{"fiberapp"}, true},
	{"FiberV3", []string{"fiberv3app"}, false},
	{"Chi", []string{"chiapp"}, false},
	{"MiddlewareCallbacks", []string{"callbacks"}, false},
	{"GorillaMux", []string{"muxapp"}, false},
	// Helpers, predicates, errors and mappings of other packages, carried
	// by facts, in net/http, gin and echo.
	{"AcrossPackages", []string{
		"xpkg/errs", "xpkg/policy", "xpkg/respond", "xpkg/apierr", "xpkg/app",
		"xpkg/ginresp", "xpkg/ginapp", "xpkg/echoresp", "xpkg/echoapp",
	}, false},
	// False positives found by running on real code, one package each,
	// named after the bug.
	{"Regressions", []string{
		"regress_credentialflag", "regress_oidcnonce", "regress_stepup",
		"regress_originpredicate", "regress_manyargs", "regress_testfake",
		"regress_secondtoken",
	}, false},
}

func TestAnalyzer(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.fixes {
				analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, tc.pkgs...)
			} else {
				analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, tc.pkgs...)
			}
		})
	}
}

// The opt-in check, with helpers of this package and of another one.
func TestMissingWWWAuthenticate(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{Enable: []string{analyzer.CategoryMissingWWWAuthenticate}})
	require.NoError(t, err)
	analysistest.Run(t, analysistest.TestData(), a, "challengeresp", "challenge")
}

// A project's own words, regular expressions and sinks.
func TestConfigured(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{
		AuthzWords:  []string{"clearance"},
		AuthnRegexp: `(?i)^x-corp-passport$`,
		Sinks:       []string{"configured/web.Send:1", "(*configured/web.Ctx).Reply:0"},
	})
	require.NoError(t, err)
	analysistest.Run(t, analysistest.TestData(), a, "configured")
}
