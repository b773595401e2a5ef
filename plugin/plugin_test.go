package plugin

import (
	"go/token"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/authstatus/authstatus/analyzer"
)

// yamlSettings is what golangci-lint hands the plugin for a settings block
// read from YAML: string-keyed maps, []any lists, scalars.
func yamlSettings() map[string]any {
	return map[string]any{
		"disable":      []any{"unauthorized-literal"},
		"enable":       []any{"missing-www-authenticate"},
		"authn-words":  []any{"passkey"},
		"authz-words":  []any{"entitlement", "clearance"},
		"authn-regexp": `^(?i)sso`,
		"authz-regexp": `(?i)acl$`,
		"sinks":        []any{"example.com/web.Send:1", "(*example.com/web.Ctx).Status:0"},
	}
}

func TestDecodeGoodSettings(t *testing.T) {
	cfg, err := decode(yamlSettings())
	require.NoError(t, err)
	assert.Equal(t, analyzer.Config{
		Disable:     []string{"unauthorized-literal"},
		Enable:      []string{"missing-www-authenticate"},
		AuthnWords:  []string{"passkey"},
		AuthzWords:  []string{"entitlement", "clearance"},
		AuthnRegexp: `^(?i)sso`,
		AuthzRegexp: `(?i)acl$`,
		Sinks:       []string{"example.com/web.Send:1", "(*example.com/web.Ctx).Status:0"},
	}, cfg)

	p, err := New(yamlSettings())
	require.NoError(t, err)
	analyzers, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Len(t, analyzers, 1)
	assert.Equal(t, "authstatus", analyzers[0].Name)
}

func TestDecodeMapAnyAny(t *testing.T) {
	cfg, err := decode(map[any]any{"authz-words": []any{"entitlement"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"entitlement"}, cfg.AuthzWords)
}

func TestNilAndEmptySettings(t *testing.T) {
	for name, settings := range map[string]any{
		"nil":   nil,
		"empty": map[string]any{},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := New(settings)
			require.NoError(t, err)
			analyzers, err := p.BuildAnalyzers()
			require.NoError(t, err)
			require.Len(t, analyzers, 1)
			assert.Equal(t, "authstatus", analyzers[0].Name)
			assert.NotNil(t, analyzers[0].Run)
		})
	}
}

func TestLoadMode(t *testing.T) {
	p, err := New(nil)
	require.NoError(t, err)
	assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("authstatus")
	require.NoError(t, err)
	p, err := newPlugin(nil)
	require.NoError(t, err)
	analyzers, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Len(t, analyzers, 1)
	assert.Equal(t, "authstatus", analyzers[0].Name)
}

func TestKnownKeys(t *testing.T) {
	assert.Equal(t, []string{"disable", "enable", "authn-words", "authz-words", "authn-regexp", "authz-regexp", "sinks"}, knownKeys)
}

func TestErrors(t *testing.T) {
	const known = "(known: disable, enable, authn-words, authz-words, authn-regexp, authz-regexp, sinks)"
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{
			name:     "unknown key",
			settings: map[string]any{"foo": true},
			want:     []string{`authstatus: unknown setting "foo" ` + known},
		},
		{
			name:     "unknown key among good ones",
			settings: map[string]any{"disable": []any{"use-403"}, "authz_words": []any{"x"}},
			want:     []string{`authstatus: unknown setting "authz_words"`, known},
		},
		{
			name:     "key in the wrong case",
			settings: map[string]any{"Disable": []any{"use-403"}},
			want:     []string{`authstatus: unknown setting "Disable", did you mean "disable"?`, known},
		},
		{
			name:     "unknown category in disable",
			settings: map[string]any{"disable": []any{"use-402"}},
			want:     []string{"authstatus: disable:", `"use-402"`},
		},
		{
			name:     "unknown category in enable",
			settings: map[string]any{"enable": []any{"missing-header"}},
			want:     []string{"authstatus: enable:", `"missing-header"`},
		},
		{
			name:     "bad authn regexp",
			settings: map[string]any{"authn-regexp": "(unclosed"},
			want:     []string{"authstatus: authn-regexp:"},
		},
		{
			name:     "bad authz regexp",
			settings: map[string]any{"authz-regexp": "[z-a]"},
			want:     []string{"authstatus: authz-regexp:"},
		},
		{
			name:     "bad sink",
			settings: map[string]any{"sinks": []any{"example.com/web.Send"}},
			want:     []string{"authstatus: sinks:", `"example.com/web.Send"`},
		},
		{
			name:     "bad word",
			settings: map[string]any{"authz-words": []any{"Two Words"}},
			want:     []string{"authstatus: authz-words:", `"Two Words"`},
		},
		{
			name:     "list given as a string",
			settings: map[string]any{"enable": "missing-www-authenticate"},
			want:     []string{`authstatus: setting "enable": got string, want a list of strings`},
		},
		{
			name:     "regexp given as a list",
			settings: map[string]any{"authz-regexp": []any{"acl"}},
			want:     []string{`authstatus: setting "authz-regexp": got array, want string`},
		},
		{
			name:     "settings not a mapping",
			settings: []any{"disable"},
			want:     []string{"authstatus: settings: got array, want a mapping of setting names", known},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.settings)
			require.Error(t, err)
			assert.Nil(t, p)
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestWithoutRelated(t *testing.T) {
	toy := &analysis.Analyzer{
		Name: "toy",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Report(analysis.Diagnostic{
				Pos:     10,
				Message: "401 written after permission check failed",
				Related: []analysis.RelatedInformation{{Pos: 5, Message: "the check that failed"}},
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "use 403",
					TextEdits: []analysis.TextEdit{{Pos: 10, End: 12, NewText: []byte("http.StatusForbidden")}},
				}},
			})
			pass.Reportf(20, "403 written as a bare literal")
			return "result", nil
		},
	}
	var got []analysis.Diagnostic
	a := withoutRelated(toy)
	res, err := a.Run(&analysis.Pass{Report: func(d analysis.Diagnostic) { got = append(got, d) }})
	require.NoError(t, err)
	assert.Equal(t, "result", res)
	require.Len(t, got, 2)
	assert.Equal(t, token.Pos(10), got[0].Pos)
	assert.Equal(t, "401 written after permission check failed", got[0].Message)
	assert.Empty(t, got[0].Related)
	require.Len(t, got[0].SuggestedFixes, 1, "fixes are kept")
	assert.Equal(t, "http.StatusForbidden", string(got[0].SuggestedFixes[0].TextEdits[0].NewText))
	assert.Equal(t, token.Pos(20), got[1].Pos)
	assert.Equal(t, "403 written as a bare literal", got[1].Message)
}
