package analyzer

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/authstatus/authstatus/analyzer/internal/knowledge"
	"github.com/authstatus/authstatus/analyzer/internal/words"
)

// CategoryMissingWWWAuthenticate is the opt-in check: a 401 written without a
// WWW-Authenticate header (RFC 9110 §15.5.2 says the server MUST send one).
const CategoryMissingWWWAuthenticate = "missing-www-authenticate"

// categories lists every category on by default; optIn those a
// configuration must enable.
var (
	categories = []string{CategoryUse403, CategoryUse401, CategoryForbiddenLiteral, CategoryUnauthorizedLiteral}
	optIn      = []string{CategoryMissingWWWAuthenticate}
	// allCategories is every category a configuration may name.
	allCategories = append(append([]string(nil), categories...), optIn...)
)

// Config is authstatus's configuration. The same names serve as flags of the
// standalone binary, go vet -vettool and go fix -fixtool (-authn-words=a,b)
// and as golangci-lint settings (authn-words: [a, b]).
type Config struct {
	// Disable lists categories not to report.
	Disable []string `json:"disable"`
	// Enable lists opt-in categories to report: missing-www-authenticate.
	Enable []string `json:"enable"`
	// AuthnWords and AuthzWords are a project's own words for
	// authentication and authorization, weighed like the built-in ones
	// (one lower-case word each, as in tokens split at camelCase humps).
	AuthnWords []string `json:"authn-words"`
	AuthzWords []string `json:"authz-words"`
	// AuthnRegexp and AuthzRegexp are matched against whole identifiers
	// and messages; a match counts like a word of that kind.
	AuthnRegexp string `json:"authn-regexp"`
	AuthzRegexp string `json:"authz-regexp"`
	// Sinks are a project's own functions or methods that write a status,
	// with the index of the status argument (receiver not counted):
	// "example.com/web.Respond:1", "(example.com/web.Ctx).Status:0" or
	// "(*example.com/web.Ctx).Status:0".
	Sinks []string `json:"sinks"`
}

// settings is a validated Config, as the run uses it.
type settings struct {
	off   map[string]bool // categories not reported
	words *words.Vocabulary
	kb    *knowledge.Index
}

func (s *settings) reports(category string) bool { return !s.off[category] }

// compile validates cfg. Every error names the offending key.
func (cfg *Config) compile() (*settings, error) {
	s := &settings{off: map[string]bool{}}
	for _, c := range optIn {
		s.off[c] = true
	}
	for _, c := range cfg.Enable {
		if !known(c) {
			return nil, fmt.Errorf("enable: unknown category %q (known: %s)", c, strings.Join(allCategories, ", "))
		}
		delete(s.off, c)
	}
	for _, c := range cfg.Disable {
		if !known(c) {
			return nil, fmt.Errorf("disable: unknown category %q (known: %s)", c, strings.Join(allCategories, ", "))
		}
		s.off[c] = true
	}
	var err error
	if s.words, err = words.NewVocabulary(cfg.AuthnWords, cfg.AuthzWords, cfg.AuthnRegexp, cfg.AuthzRegexp); err != nil {
		return nil, err
	}
	var sinks []knowledge.Sink
	for _, spec := range cfg.Sinks {
		sink, err := parseSink(spec)
		if err != nil {
			return nil, fmt.Errorf("sinks: %v", err)
		}
		sinks = append(sinks, sink)
	}
	s.kb = knowledge.Default().WithSinks(sinks)
	return s, nil
}

func known(category string) bool {
	for _, c := range allCategories {
		if c == category {
			return true
		}
	}
	return false
}

var sinkSyntax = regexp.MustCompile(`^(?:\(\*?([^()\s*]+)\.([\pL_][\pL\pN_]*)\)\.([\pL_][\pL\pN_]*)|([^()\s*]+)\.([\pL_][\pL\pN_]*)):([0-9]+)$`)

// parseSink parses "pkg.Func:N", "(pkg.Type).Method:N" or
// "(*pkg.Type).Method:N".
func parseSink(spec string) (knowledge.Sink, error) {
	m := sinkSyntax.FindStringSubmatch(strings.TrimSpace(spec))
	if m == nil {
		return knowledge.Sink{}, fmt.Errorf("%q is not pkg.Func:N, (pkg.Type).Method:N or (*pkg.Type).Method:N", spec)
	}
	arg, err := strconv.Atoi(m[6])
	if err != nil || arg > 64 {
		return knowledge.Sink{}, fmt.Errorf("%q: argument index %s out of range", spec, m[6])
	}
	if m[1] != "" {
		return knowledge.Sink{Func: knowledge.Func{Pkg: m[1], Recv: m[2], Name: m[3]}, Arg: arg}, nil
	}
	return knowledge.Sink{Func: knowledge.Func{Pkg: m[4], Name: m[5]}, Arg: arg}, nil
}

// New returns an authstatus analyzer with the given configuration, or an
// error naming the setting that is wrong. Its flags are not bound: the
// configuration is fixed.
func New(cfg Config) (*analysis.Analyzer, error) {
	s, err := cfg.compile()
	if err != nil {
		return nil, err
	}
	return newAnalyzer(func() (*settings, error) { return s, nil }), nil
}

func newAnalyzer(get func() (*settings, error)) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "authstatus",
		Doc:      doc,
		URL:      "https://pkg.go.dev/github.com/authstatus/authstatus/analyzer",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			s, err := get()
			if err != nil {
				return nil, err
			}
			return run(pass, s)
		},
		RunDespiteErrors: true,
		FactTypes:        []analysis.Fact{new(StatusSinkFact), new(FixedStatusFact), new(CheckFact), new(ErrorKindFact), new(SentinelFact), new(ChallengeFact)},
	}
}

// Analyzer reports 401/403 status-code mistakes in HTTP handlers. Its
// configuration comes from its flags, which carry the names of Config's
// fields: -disable, -enable, -authn-words, -authz-words, -authn-regexp,
// -authz-regexp, -sinks.
var Analyzer = newAnalyzer(flagSettings)

// flagConfig is the configuration the flags of Analyzer build; each flag
// validates its own value, so a bad one fails at parse time.
var (
	flagMu       sync.Mutex
	flagConfig   Config
	flagVersion  int // incremented by every Set
	flagCompiled *settings
	flagFor      = -1 // the version flagCompiled was compiled for
	flagErr      error
)

func flagSettings() (*settings, error) {
	flagMu.Lock()
	defer flagMu.Unlock()
	if flagFor != flagVersion {
		flagCompiled, flagErr = flagConfig.compile()
		flagFor = flagVersion
	}
	return flagCompiled, flagErr
}

// listFlag is a comma-separated list flag; check validates each new value.
type listFlag struct {
	list  *[]string
	check func([]string) error
}

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(v string) error {
	var l []string
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			l = append(l, x)
		}
	}
	if f.check != nil {
		if err := f.check(l); err != nil {
			return err
		}
	}
	flagMu.Lock()
	defer flagMu.Unlock()
	*f.list = l
	flagVersion++
	return nil
}

// regexpFlag is a regular expression flag, checked when set.
type regexpFlag struct{ expr *string }

func (f regexpFlag) String() string {
	if f.expr == nil {
		return ""
	}
	return *f.expr
}

func (f regexpFlag) Set(v string) error {
	if _, err := regexp.Compile(v); err != nil {
		return err
	}
	flagMu.Lock()
	defer flagMu.Unlock()
	*f.expr = v
	flagVersion++
	return nil
}

func init() {
	checkOnly := func(key string) func([]string) error {
		return func(l []string) error {
			c := Config{}
			switch key {
			case "disable":
				c.Disable = l
			case "enable":
				c.Enable = l
			case "authn-words":
				c.AuthnWords = l
			case "authz-words":
				c.AuthzWords = l
			case "sinks":
				c.Sinks = l
			}
			if _, err := c.compile(); err != nil {
				// The flag package names the flag already.
				return errors.New(strings.TrimPrefix(err.Error(), key+": "))
			}
			return nil
		}
	}
	fs := &Analyzer.Flags
	fs.Var(listFlag{&flagConfig.Disable, checkOnly("disable")}, "disable",
		"comma-separated categories not to report ("+strings.Join(categories, ", ")+")")
	fs.Var(listFlag{&flagConfig.Enable, checkOnly("enable")}, "enable",
		"comma-separated opt-in categories to report ("+strings.Join(optIn, ", ")+")")
	fs.Var(listFlag{&flagConfig.AuthnWords, checkOnly("authn-words")}, "authn-words",
		"comma-separated extra words that mark authentication (one lower-case word each)")
	fs.Var(listFlag{&flagConfig.AuthzWords, checkOnly("authz-words")}, "authz-words",
		"comma-separated extra words that mark authorization (one lower-case word each)")
	fs.Var(regexpFlag{&flagConfig.AuthnRegexp}, "authn-regexp",
		"regular expression matched against identifiers and messages that mark authentication")
	fs.Var(regexpFlag{&flagConfig.AuthzRegexp}, "authz-regexp",
		"regular expression matched against identifiers and messages that mark authorization")
	fs.Var(listFlag{&flagConfig.Sinks, checkOnly("sinks")}, "sinks",
		"comma-separated extra status sinks: pkg.Func:N, (pkg.Type).Method:N or (*pkg.Type).Method:N, N the status argument")
}
