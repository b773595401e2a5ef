package analyzer

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authstatus/authstatus/analyzer/internal/knowledge"
	"github.com/authstatus/authstatus/analyzer/internal/words"
)

// Diagnostic categories. They are stable: configuration, suppression and
// tooling refer to them by name.
const (
	CategoryUse403              = "use-403"
	CategoryUse401              = "use-401"
	CategoryForbiddenLiteral    = "forbidden-literal"
	CategoryUnauthorizedLiteral = "unauthorized-literal"
)

const (
	statusUnauthorized = 401
	statusForbidden    = 403
)

// A write is one place where a 401 or 403 status is written, or chosen to be
// written: a sink argument, an assignment to a status variable, a return from
// a status-mapping function, a sentinel error, a status field.
type write struct {
	status int
	expr   ast.Expr   // the status expression: reported on, and replaced by fixes
	at     ast.Node   // the node whose enclosing conditions decide the branch
	stack  []ast.Node // ancestors of at, outermost first
	// via names the helper that writes a fixed status, for calls of it: the
	// expression is then the call, which no fix may rewrite.
	via string
	// as names the application's error variable that carries the status;
	// no fix may rewrite it either.
	as string
	// key is the key of a status-map entry, the error it maps.
	key ast.Expr
	// literalPos is true where a bare integer literal is in a position that
	// writes a response status (not, say, a business code in a JSON body).
	literalPos bool
}

func run(pass *analysis.Pass, s *settings) (any, error) {
	// The standard library and the frameworks are described by the
	// knowledge tables; they need no analysis and export no facts.
	if isStd(pass) || knowledge.IsKnownPackage(pass.Pkg.Path()) {
		return nil, nil
	}
	http := importsHTTP(pass.Pkg, s.kb)
	if !http && !mayExportFacts(pass.Pkg) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := newChecker(pass, insp, s)
	if !http {
		// A package of errors or policies: facts only.
		c.prescanFacts()
		c.exportFacts()
		return nil, nil
	}
	c.prescan()
	c.exportFacts()
	if isDependency(pass) {
		return nil, nil // analysed for its facts; what it writes is not reported
	}
	writes := c.collect()
	for _, w := range writes {
		c.check(w)
	}
	if s.reports(CategoryMissingWWWAuthenticate) {
		ch := c.findChallenges()
		for _, w := range writes {
			c.checkChallenge(ch, w)
		}
	}
	return nil, nil
}

// isStd reports whether the pass is over a standard library package: its
// files are in GOROOT.
func isStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "" {
		return false
	}
	tf := pass.Fset.File(pass.Files[0].FileStart)
	return tf != nil && strings.HasPrefix(filepath.ToSlash(tf.Name()), goroot)
}

var goroot = func() string {
	if build.Default.GOROOT == "" {
		return ""
	}
	return filepath.ToSlash(filepath.Clean(build.Default.GOROOT)) + "/src/"
}()

// mayExportFacts reports whether a package that writes no statuses may still
// declare what other packages need to know: error values or types, or
// functions returning a bool or an error (predicates and checks).
func mayExportFacts(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Var:
			if isError(obj.Type()) {
				return true
			}
		case *types.Func:
			if sig, ok := obj.Type().(*types.Signature); ok && sig.Results().Len() > 0 {
				if t := sig.Results().At(sig.Results().Len() - 1).Type(); isBool(t) || isError(t) {
					return true
				}
			}
		case *types.TypeName:
			if implementsError(obj.Type()) {
				return true
			}
			if n, ok := obj.Type().(*types.Named); ok && n.NumMethods() > 0 {
				return true // methods may be predicates
			}
		}
	}
	return false
}

// importsHTTP reports whether pkg directly imports a package that can write an
// HTTP status. Packages that do not are skipped before any work.
func importsHTTP(pkg *types.Package, kb *knowledge.Index) bool {
	for _, imp := range pkg.Imports() {
		if kb.IsHTTPPackage(imp.Path()) {
			return true
		}
	}
	return false
}

// checker holds the per-package state of one run.
type checker struct {
	pass *analysis.Pass
	insp *inspector.Inspector
	kb   *knowledge.Index
	cfg  *settings
	// words weighs identifiers and messages, with the project's own
	// vocabulary.
	words *words.Vocabulary

	responseWriter *types.Interface // net/http.ResponseWriter, if reachable

	// Same-package summaries, computed by prescan.
	forwarders  map[*types.Func]int  // helpers passing parameter i to a status sink
	fwdError    map[*types.Func]bool // forwarders whose sink makes an error value
	staticSinks map[*types.Func]int  // staticSink, memoised
	swapped     map[ast.Expr]bool    // status expressions reported as use-401 or use-403
	fixed       map[*types.Func]int  // helpers that always write this status
	statusFuncs map[*types.Func]bool // functions whose int result is written as a status
	statusVars  map[*types.Var]bool  // variables and struct fields written as a status
	assigns     map[*types.Var][]assign
	varInit     map[*types.Var]ast.Expr        // package-level variable initialisers
	results     map[ast.Expr][]types.Object    // variables assigned from a tuple-valued expression
	decls       map[*types.Func]*ast.FuncDecl  // this package's functions with bodies
	checks      map[*types.Func]check          // computed CheckFacts, memoised
	wellTyped   map[ast.Node]bool              // functions without type errors, memoised
	principals  map[ast.Node][]principalAssign // principalAssigns, memoised
	getters     map[*types.Func]bool           // namesPrincipal, memoised
	// statusSentinels are this package's error variables that carry a
	// status: var errHTTPUnauthorized = &errHTTP{Status: http.StatusUnauthorized}.
	statusSentinels map[*types.Var]int
	// credParams are parameters of callbacks handed to authentication
	// middleware: the key of echo's KeyAuth validator.
	credParams map[*types.Var]bool
	generated  map[*token.File]bool
	ignored    map[*token.File]map[int]bool
}

// An assign is one assignment to a variable: v = rhs, or v, ... = rhs (tuple).
type assign struct {
	pos   token.Pos
	rhs   ast.Expr
	index int  // index of v among the results of a tuple-valued rhs
	tuple bool // rhs is a call, type assertion or index with several results
}

func newChecker(pass *analysis.Pass, insp *inspector.Inspector, s *settings) *checker {
	c := &checker{
		pass:            pass,
		insp:            insp,
		kb:              s.kb,
		cfg:             s,
		words:           s.words,
		forwarders:      map[*types.Func]int{},
		fwdError:        map[*types.Func]bool{},
		staticSinks:     map[*types.Func]int{},
		swapped:         map[ast.Expr]bool{},
		fixed:           map[*types.Func]int{},
		statusFuncs:     map[*types.Func]bool{},
		statusVars:      map[*types.Var]bool{},
		assigns:         map[*types.Var][]assign{},
		varInit:         map[*types.Var]ast.Expr{},
		results:         map[ast.Expr][]types.Object{},
		decls:           map[*types.Func]*ast.FuncDecl{},
		checks:          map[*types.Func]check{},
		wellTyped:       map[ast.Node]bool{},
		principals:      map[ast.Node][]principalAssign{},
		getters:         map[*types.Func]bool{},
		statusSentinels: map[*types.Var]int{},
		credParams:      map[*types.Var]bool{},
		generated:       map[*token.File]bool{},
		ignored:         map[*token.File]map[int]bool{},
	}
	if http := findImport(pass.Pkg, "net/http"); http != nil {
		if obj, ok := http.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
			c.responseWriter, _ = obj.Type().Underlying().(*types.Interface)
		}
	}
	return c
}

// findImport finds the package with the given path among the transitive
// imports of pkg.
func findImport(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if p.Path() == path {
			return p
		}
		if seen[p] {
			return nil
		}
		seen[p] = true
		for _, imp := range p.Imports() {
			if r := find(imp); r != nil {
				return r
			}
		}
		return nil
	}
	return find(pkg)
}

// statusOf returns the constant status value of e, if it is 401 or 403.
func (c *checker) statusOf(e ast.Expr) int {
	if e == nil {
		return 0
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0
	}
	v, exact := constant.Int64Val(tv.Value)
	if !exact || (v != statusUnauthorized && v != statusForbidden) {
		return 0
	}
	return int(v)
}

// callee returns the function or method called by call, or nil.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn != nil {
		fn = fn.Origin()
	}
	return fn
}

// funcKey identifies fn as the knowledge tables do.
func funcKey(fn *types.Func) knowledge.Func {
	k := knowledge.Func{Name: fn.Name()}
	if fn.Pkg() != nil {
		k.Pkg = fn.Pkg().Path()
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		k.Recv = typeName(sig.Recv().Type())
	}
	return k
}

// typeName returns the name of the named type t or *t, or "".
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj().Name()
	}
	return ""
}

// sinkArg returns the index of the status argument if call writes a status
// taken from an argument, or -1.
func (c *checker) sinkArg(call *ast.CallExpr) int {
	fn := c.callee(call)
	if fn == nil {
		return -1
	}
	return c.sinkArgOf(fn)
}

// sinkArgOf is sinkArg for a call of fn.
func (c *checker) sinkArgOf(fn *types.Func) int {
	if i, ok := c.forwarders[fn]; ok {
		return i
	}
	i, ok := c.staticSinks[fn]
	if !ok {
		i = c.staticSink(fn)
		c.staticSinks[fn] = i
	}
	return i
}

// staticSink returns the status argument of fn if a fact imported with it or
// the knowledge tables make it a sink, or -1: what does not change while the
// package's own forwarders are found. A package calls few distinct
// functions, many times each: sinkArg memoises this.
func (c *checker) staticSink(fn *types.Func) int {
	var f StatusSinkFact
	if fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) {
		return f.Arg
	}
	if s, ok := c.kb.Sink(funcKey(fn)); ok {
		return s.Arg
	}
	// WriteHeader on anything that is an http.ResponseWriter: wrappers and
	// recorders included.
	if fn.Name() == "WriteHeader" && c.responseWriter != nil {
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Params().Len() == 1 {
			if recv := sig.Recv().Type(); types.Implements(recv, c.responseWriter) ||
				types.Implements(types.NewPointer(recv), c.responseWriter) {
				return 0
			}
		}
	}
	return -1
}

// sentinel returns the status carried by the sentinel error that e denotes.
// The second result is false for the frameworks' own sentinels and true for
// the application's (var errNoAdmin = echo.NewHTTPError(401, ...)), which no
// fix may rename.
func (c *checker) sentinel(id *ast.Ident) (knowledge.Sentinel, bool, bool) {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return knowledge.Sentinel{}, false, false
	}
	if s, ok := c.kb.Sentinel(v.Pkg().Path(), v.Name()); ok {
		return s, true, false
	}
	if s, ok := c.statusSentinels[v]; ok {
		return knowledge.Sentinel{Pkg: v.Pkg().Path(), Name: v.Name(), Status: s}, true, true
	}
	var f SentinelFact
	if v.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(v, &f) {
		return knowledge.Sentinel{Pkg: v.Pkg().Path(), Name: v.Name(), Status: f.Status}, true, true
	}
	return knowledge.Sentinel{}, false, false
}

func unparen(e ast.Expr) ast.Expr { return ast.Unparen(e) }
