package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/authstatus/authstatus/analyzer"
)

func TestNewRejectsBadConfig(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  analyzer.Config
		err  string // the error names the key and the value
	}{
		{"unknown disabled category", analyzer.Config{Disable: []string{"use-402"}}, `disable: unknown category "use-402"`},
		{"unknown enabled category", analyzer.Config{Enable: []string{"www"}}, `enable: unknown category "www"`},
		{"phrase as a word", analyzer.Config{AuthnWords: []string{"api-key"}}, `authn-words: "api-key" is not one lower-case word`},
		{"capitalised word", analyzer.Config{AuthzWords: []string{"Clearance"}}, `authz-words: "Clearance" is not one lower-case word`},
		{"word of both kinds", analyzer.Config{AuthnWords: []string{"pass"}, AuthzWords: []string{"pass"}}, `authn-words and authz-words both list "pass"`},
		{"bad authn regexp", analyzer.Config{AuthnRegexp: "(a"}, `authn-regexp: error parsing regexp`},
		{"bad authz regexp", analyzer.Config{AuthzRegexp: "[z"}, `authz-regexp: error parsing regexp`},
		{"sink without index", analyzer.Config{Sinks: []string{"example.com/web.Send"}}, `sinks: "example.com/web.Send" is not pkg.Func:N`},
		{"sink without package", analyzer.Config{Sinks: []string{"Send:1"}}, `sinks: "Send:1" is not pkg.Func:N`},
		{"sink with bad receiver", analyzer.Config{Sinks: []string{"(web).Send:1"}}, `sinks: "(web).Send:1" is not pkg.Func:N`},
		{"sink index out of range", analyzer.Config{Sinks: []string{"example.com/web.Send:99"}}, `argument index 99 out of range`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := analyzer.New(tc.cfg)
			assert.Nil(t, a)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
		})
	}
}

func TestNewAcceptsGoodConfig(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{
		Disable:     []string{"forbidden-literal"},
		Enable:      []string{"missing-www-authenticate"},
		AuthnWords:  []string{"passport"},
		AuthzWords:  []string{"clearance"},
		AuthnRegexp: `^X-Corp-`,
		Sinks: []string{
			"example.com/web.Send:1",
			"(example.com/web.Ctx).Reply:0",
			"(*example.com/web/v2.Ctx).Reply:0",
			"web.Send:2",
		},
	})
	require.NoError(t, err)
	assert.Equal(t, "authstatus", a.Name)
	assert.Len(t, a.FactTypes, len(analyzer.Analyzer.FactTypes))
}

// The flags validate their values as they are parsed, with the same errors.
func TestFlagsRejectBadValues(t *testing.T) {
	for flag, value := range map[string]string{
		"disable":      "nope",
		"enable":       "nope",
		"authn-words":  "two words",
		"authz-words":  "UPPER",
		"authn-regexp": "(",
		"authz-regexp": "[",
		"sinks":        "nodot:1",
	} {
		err := analyzer.Analyzer.Flags.Set(flag, value)
		assert.Error(t, err, "-%s=%s", flag, value)
	}
	for _, name := range []string{"disable", "enable", "authn-words", "authz-words", "authn-regexp", "authz-regexp", "sinks"} {
		assert.NotNil(t, analyzer.Analyzer.Flags.Lookup(name), "flag -%s", name)
	}
}
