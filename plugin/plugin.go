// Package plugin registers authstatus as a golangci-lint module plugin.
//
// Build a golangci-lint that includes it with `golangci-lint custom` and the
// repository's .custom-gcl.yml, or without GitHub access with
// scripts/golangci-build.sh, then enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [authstatus]
//	  settings:
//	    custom:
//	      authstatus:
//	        type: module
//	        description: 401/403 mistakes in HTTP handlers
//	        settings:
//	          enable: [missing-www-authenticate]
//	          authz-words: [entitlement]
//
// The settings are analyzer.Config's keys: disable, enable, authn-words,
// authz-words, authn-regexp, authz-regexp and sinks. They are decoded
// strictly: an unknown key or a value of the wrong shape stops the run with
// an error naming the key.
//
// Diagnostics are reported without their related information (the position
// of the check that failed): golangci-lint would make each related position
// an issue of its own, which //nolint:authstatus on the reported line does
// not suppress.
package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/authstatus/authstatus/analyzer"
)

// Name is the name the plugin is registered under: the key of
// linters.settings.custom and the name used in linters.enable and
// //nolint comments.
const Name = "authstatus"

func init() {
	register.Plugin(Name, New)
}

// Plugin is the authstatus golangci-lint plugin: one analyzer with a fixed
// configuration.
type Plugin struct {
	analyzer *analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes settings (linters.settings.custom.authstatus.settings, nil
// when absent) into an analyzer.Config and builds the analyzer. Every error
// starts with "authstatus: " and names the offending key.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := decode(settings)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	a, err := analyzer.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	return &Plugin{analyzer: withoutRelated(a)}, nil
}

// withoutRelated makes a report its diagnostics without related
// information. golangci-lint turns each related position into an issue of
// its own ("authstatus(related information): the check that failed") on the
// line of the check, which a //nolint:authstatus on the reported line does
// not suppress. The message already names the check that failed.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			pass.Report(d)
		}
		return run(&p)
	}
	return a
}

// BuildAnalyzers returns the authstatus analyzer.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode asks for type information: the analyzer needs types and
// exports facts across packages.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// knownKeys are analyzer.Config's JSON names, in declaration order.
var knownKeys = func() []string {
	var keys []string
	t := reflect.TypeFor[analyzer.Config]()
	for i := 0; i < t.NumField(); i++ {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}()

func isKnown(key string) bool {
	for _, k := range knownKeys {
		if k == key {
			return true
		}
	}
	return false
}

// decode turns golangci-lint's settings value (from YAML, JSON or TOML:
// maps, slices and scalars) into an analyzer.Config, rejecting unknown keys
// and values of the wrong shape.
func decode(settings any) (analyzer.Config, error) {
	var cfg analyzer.Config
	data, err := json.Marshal(normalize(settings))
	if err != nil {
		return cfg, fmt.Errorf("settings: cannot encode %T: %v", settings, err)
	}

	// encoding/json matches keys case-insensitively; settings are not. Look
	// at the keys as written first, so that "Disable" or "authnWords" is
	// rejected like any other unknown key.
	var raw map[string]json.RawMessage
	if json.Unmarshal(data, &raw) == nil {
		var unknown []string
		for k := range raw {
			if !isKnown(k) {
				unknown = append(unknown, k)
			}
		}
		if len(unknown) > 0 {
			sort.Strings(unknown)
			return cfg, unknownKey(unknown[0])
		}
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typeErr) && typeErr.Field != "":
			return cfg, fmt.Errorf("setting %q: got %s, want %s", typeErr.Field, typeErr.Value, shape(typeErr.Type))
		case errors.As(err, &typeErr):
			return cfg, fmt.Errorf("settings: got %s, want a mapping of setting names to values (known: %s)", typeErr.Value, strings.Join(knownKeys, ", "))
		case strings.HasPrefix(err.Error(), `json: unknown field "`):
			return cfg, unknownKey(strings.TrimSuffix(strings.TrimPrefix(err.Error(), `json: unknown field "`), `"`))
		}
		return cfg, fmt.Errorf("settings: %v", err)
	}
	return cfg, nil
}

func unknownKey(key string) error {
	for _, k := range knownKeys {
		if strings.EqualFold(k, key) {
			return fmt.Errorf("unknown setting %q, did you mean %q? (known: %s)", key, k, strings.Join(knownKeys, ", "))
		}
	}
	return fmt.Errorf("unknown setting %q (known: %s)", key, strings.Join(knownKeys, ", "))
}

// shape describes a Config field type for an error message.
func shape(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice:
		return "a list of " + shape(t.Elem()) + "s"
	case reflect.String:
		return "string"
	}
	return t.String()
}

// normalize makes settings encodable as JSON: YAML decoders may produce
// map[any]any, which encoding/json rejects.
func normalize(v any) any {
	switch v := v.(type) {
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = normalize(x)
		}
		return m
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = normalize(x)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, x := range v {
			l[i] = normalize(x)
		}
		return l
	}
	return v
}
