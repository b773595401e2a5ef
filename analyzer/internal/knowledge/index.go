package knowledge

import "sync"

// Index answers look-ups over all tables.
type Index struct {
	sinks        map[Func]Sink
	sentinels    map[[2]string]Sentinel
	pkgSentinels map[string][]Sentinel
	statusFields map[[3]string]bool
	getters      map[Func]Getter
	headers      map[Func]HeaderSetter
	checks       map[Func]Check
	errorValues  map[[2]string]CheckKind
	statusConsts map[string]bool
	httpPkgs     map[string]bool
	known        map[string]bool
	callbackPkgs map[string]bool
}

// Tables lists every framework's tables; a new framework adds its slices here.
var (
	allSinks        = [][]Sink{NetHTTPSinks, GinSinks, EchoSinks, FiberSinks, ChiSinks}
	allSentinels    = [][]Sentinel{EchoSentinels, FiberSentinels}
	allStatusFields = [][]StatusField{EchoStatusFields, FiberStatusFields}
	allHeaderSets   = [][]HeaderSetter{NetHTTPHeaderSetters, GinHeaderSetters, FiberHeaderSetters}
	allGetters      = [][]Getter{NetHTTPHeaderGetters, ContextGetters, GinGetters, EchoGetters, FiberGetters}
	allChecks       = [][]Check{NetHTTPChecks, GinChecks, EchoChecks, AuthChecks}
	allErrorValues  = [][]ErrorValue{StdErrorValues, AuthErrorValues}
)

var (
	defaultOnce  sync.Once
	defaultIndex *Index
)

// Default returns the index over the built-in tables.
func Default() *Index {
	defaultOnce.Do(func() { defaultIndex = build() })
	return defaultIndex
}

func build() *Index {
	x := &Index{
		sinks:        map[Func]Sink{},
		sentinels:    map[[2]string]Sentinel{},
		pkgSentinels: map[string][]Sentinel{},
		statusFields: map[[3]string]bool{},
		getters:      map[Func]Getter{},
		headers:      map[Func]HeaderSetter{},
		checks:       map[Func]Check{},
		errorValues:  map[[2]string]CheckKind{},
		statusConsts: map[string]bool{},
		httpPkgs:     map[string]bool{"net/http": true},
		known:        map[string]bool{},
		callbackPkgs: map[string]bool{},
	}
	for _, t := range allSinks {
		for _, s := range t {
			x.sinks[s.Func] = s
			x.httpPkgs[s.Pkg] = true
		}
	}
	for _, t := range allSentinels {
		for _, s := range t {
			x.sentinels[[2]string{s.Pkg, s.Name}] = s
			x.pkgSentinels[s.Pkg] = append(x.pkgSentinels[s.Pkg], s)
			x.httpPkgs[s.Pkg] = true
		}
	}
	for _, t := range allStatusFields {
		for _, f := range t {
			x.statusFields[[3]string{f.Pkg, f.Type, f.Field}] = true
		}
	}
	for _, t := range allGetters {
		for _, g := range t {
			x.getters[g.Func] = g
		}
	}
	for _, t := range allHeaderSets {
		for _, h := range t {
			x.headers[h.Func] = h
		}
	}
	for _, t := range allChecks {
		for _, ch := range t {
			x.checks[ch.Func] = ch
		}
	}
	for _, t := range allErrorValues {
		for _, e := range t {
			x.errorValues[[2]string{e.Pkg, e.Name}] = e.Kind
		}
	}
	for _, p := range StatusConstPkgs {
		x.statusConsts[p] = true
	}
	for f := range x.sinks {
		x.known[f.Pkg] = true
	}
	for k := range x.sentinels {
		x.known[k[0]] = true
	}
	for f := range x.getters {
		x.known[f.Pkg] = true
	}
	for f := range x.checks {
		x.known[f.Pkg] = true
	}
	for k := range x.errorValues {
		x.known[k[0]] = true
	}
	for _, cb := range CredentialCallbacks {
		x.known[cb.Pkg] = true
		x.callbackPkgs[cb.Pkg] = true
	}
	return x
}

// WithSinks returns a copy of x extended with a project's own sinks. Their
// packages count as HTTP packages but stay unknown: the analyzer still
// analyses them for helpers and checks.
func (x *Index) WithSinks(sinks []Sink) *Index {
	if len(sinks) == 0 {
		return x
	}
	y := *x
	y.sinks = make(map[Func]Sink, len(x.sinks)+len(sinks))
	for f, s := range x.sinks {
		y.sinks[f] = s
	}
	y.httpPkgs = make(map[string]bool, len(x.httpPkgs)+len(sinks))
	for p := range x.httpPkgs {
		y.httpPkgs[p] = true
	}
	for _, s := range sinks {
		y.sinks[s.Func] = s
		y.httpPkgs[s.Pkg] = true
	}
	return &y
}

// IsHTTPPackage reports whether importing path can make a package write HTTP
// statuses: net/http, a framework with sinks or sentinels, or the package of
// a project's own sink.
func (x *Index) IsHTTPPackage(path string) bool { return x.httpPkgs[path] }

// Sink returns the sink row for f.
func (x *Index) Sink(f Func) (Sink, bool) {
	s, ok := x.sinks[f]
	return s, ok
}

// Sentinel returns the sentinel row for the package-level variable pkg.name.
func (x *Index) Sentinel(pkg, name string) (Sentinel, bool) {
	s, ok := x.sentinels[[2]string{pkg, name}]
	return s, ok
}

// Sentinels returns the sentinel rows of package pkg.
func (x *Index) Sentinels(pkg string) []Sentinel { return x.pkgSentinels[pkg] }

// Partner returns the sentinel of the same package carrying the other status
// (ErrForbidden for ErrUnauthorized and back).
func (x *Index) Partner(s Sentinel) (Sentinel, bool) {
	for _, o := range x.sentinels {
		if o.Pkg == s.Pkg && o.Status != s.Status && (o.Status == 401 || o.Status == 403) {
			return o, true
		}
	}
	return Sentinel{}, false
}

// IsStatusField reports whether pkg.typ.field carries a response status.
func (x *Index) IsStatusField(pkg, typ, field string) bool {
	return x.statusFields[[3]string{pkg, typ, field}]
}

// HeaderSetter returns the response-header setter row for f.
func (x *Index) HeaderSetter(f Func) (HeaderSetter, bool) {
	h, ok := x.headers[f]
	return h, ok
}

// Getter returns the getter row for f.
func (x *Index) Getter(f Func) (Getter, bool) {
	g, ok := x.getters[f]
	return g, ok
}

// Check returns the check row for f.
func (x *Index) Check(f Func) (Check, bool) {
	ch, ok := x.checks[f]
	return ch, ok
}

// ErrorValue returns the kind of the known error variable pkg.name.
func (x *Index) ErrorValue(pkg, name string) (CheckKind, bool) {
	k, ok := x.errorValues[[2]string{pkg, name}]
	return k, ok
}

// DeclaresStatusConsts reports whether the package at path declares
// StatusUnauthorized and StatusForbidden constants.
func (x *Index) DeclaresStatusConsts(path string) bool { return x.statusConsts[path] }

// StatusConstPkgs returns the import paths of the packages that declare status
// constants, net/http first.
func (x *Index) StatusConstPkgs() []string { return StatusConstPkgs }

// IsKnownPackage reports whether the tables describe the package at path:
// what its functions and errors mean is known without analysing it.
func IsKnownPackage(path string) bool { return Default().known[path] }

// IsHTTPPackage reports whether importing path can make a package write HTTP
// statuses through the built-in tables: net/http or a framework with sinks or
// sentinels.
func IsHTTPPackage(path string) bool { return Default().httpPkgs[path] }
