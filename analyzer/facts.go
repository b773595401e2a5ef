package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/authstatus/authstatus/analyzer/internal/words"
)

// Facts carry what one package learned about its functions and errors to the
// packages that import it, the way printf marks its wrappers. Each is small
// and gob-safe, and prints in the form tests assert with // want name:"fact".

// StatusSinkFact marks a function that writes the status passed as its
// parameter Arg: writeError(w, code, msg). Error marks one that makes an
// error value carrying the status instead (apiError(code) returning
// echo.NewHTTPError(code)): a handler returns it and the framework writes it.
type StatusSinkFact struct {
	Arg   int
	Error bool
}

// ChallengeFact marks a function that sets the WWW-Authenticate response
// header: challenge(w, realm).
type ChallengeFact struct{}

func (*ChallengeFact) AFact()         {}
func (*ChallengeFact) String() string { return "sets WWW-Authenticate" }

// FixedStatusFact marks a function that always writes Status: forbidden(w).
type FixedStatusFact struct{ Status int }

// CheckFact marks a function whose result is an authentication (Kind 1) or
// authorization (Kind 2) decision: false, or a non-nil error, at result
// index Result means the check failed.
type CheckFact struct {
	Kind   uint8
	Result int
	// FailsWhenTrue marks a predicate that is true when the check failed:
	// Expired, IsRevoked.
	FailsWhenTrue bool
}

// ErrorKindFact marks an error variable or error type whose values mean an
// authentication (Kind 1) or authorization (Kind 2) failure.
type ErrorKindFact struct{ Kind uint8 }

// SentinelFact marks an error variable that carries Status: returning it
// writes that status.
type SentinelFact struct{ Status int }

func (*SentinelFact) AFact()           {}
func (f *SentinelFact) String() string { return fmt.Sprintf("sentinel %d", f.Status) }

func (*StatusSinkFact) AFact()  {}
func (*FixedStatusFact) AFact() {}
func (*CheckFact) AFact()       {}
func (*ErrorKindFact) AFact()   {}

func (f *StatusSinkFact) String() string {
	if f.Error {
		return fmt.Sprintf("statusSink arg %d error", f.Arg)
	}
	return fmt.Sprintf("statusSink arg %d", f.Arg)
}
func (f *FixedStatusFact) String() string { return fmt.Sprintf("writes %d", f.Status) }
func (f *CheckFact) String() string {
	if f.FailsWhenTrue {
		return fmt.Sprintf("check %s result %d fails when true", kind(f.Kind), f.Result)
	}
	return fmt.Sprintf("check %s result %d", kind(f.Kind), f.Result)
}
func (f *ErrorKindFact) String() string { return fmt.Sprintf("errkind %s", kind(f.Kind)) }

func (k kind) String() string {
	switch k {
	case kAuthn:
		return "authn"
	case kAuthz:
		return "authz"
	case kNeutral:
		return "neutral"
	}
	return "unknown"
}

// forwarderArg returns the status parameter of fn, if it forwards one to a
// status sink: computed for this package, imported for others.
func (c *checker) forwarderArg(fn *types.Func) (int, bool) {
	if i, ok := c.forwarders[fn]; ok {
		return i, true
	}
	var f StatusSinkFact
	if fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) {
		return f.Arg, true
	}
	return 0, false
}

// forwardsToError reports whether the forwarder fn puts its status in an
// error value rather than writing it.
func (c *checker) forwardsToError(fn *types.Func) bool {
	if _, ok := c.forwarders[fn]; ok {
		return c.fwdError[fn]
	}
	var f StatusSinkFact
	return fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) && f.Error
}

// sinkMakesError reports whether the sink call makes an error value carrying
// the status (echo.NewHTTPError, or a helper around it) instead of writing
// the response.
func (c *checker) sinkMakesError(call *ast.CallExpr) bool {
	fn := c.callee(call)
	if fn == nil {
		return false
	}
	if _, ok := c.forwarderArg(fn); ok {
		return c.forwardsToError(fn)
	}
	s, ok := c.kb.Sink(funcKey(fn))
	return ok && s.Error
}

// fixedStatusOf returns the status fn always writes, if any.
func (c *checker) fixedStatusOf(fn *types.Func) (int, bool) {
	if s, ok := c.fixed[fn]; ok {
		return s, true
	}
	var f FixedStatusFact
	if fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) {
		return f.Status, true
	}
	return 0, false
}

// checkOf returns what decision fn's result index idx is, from its body:
// computed for this package's functions, imported for others.
func (c *checker) checkOf(fn *types.Func, idx int) check {
	if fn.Pkg() != c.pass.Pkg {
		var f CheckFact
		if c.pass.ImportObjectFact(fn, &f) && f.Result == idx {
			return check{kind: kind(f.Kind), result: f.Result, failsWhenTrue: f.FailsWhenTrue}
		}
		return check{}
	}
	ch, ok := c.checks[fn]
	if !ok {
		c.checks[fn] = check{} // a recursion guard while computing
		ch = c.computeCheck(fn)
		c.checks[fn] = ch
	}
	if ch.result == idx {
		return ch
	}
	return check{}
}

// check is a computed CheckFact.
type check struct {
	kind          kind
	result        int
	failsWhenTrue bool
}

// computeCheck classifies a function of this package by its body: a boolean
// predicate by the conditions it returns and tests, a function returning an
// error by the errors it returns. Every returned error must agree; a body
// that says nothing, or both things, is no check.
func (c *checker) computeCheck(fn *types.Func) check {
	fd := c.decls[fn]
	if fd == nil || fd.Body == nil {
		return check{}
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 {
		return check{}
	}
	last := sig.Results().Len() - 1
	rt := sig.Results().At(last).Type()
	switch {
	case isBool(rt) && sig.Results().Len() == 1:
		return c.predicateBody(fd)

	case isError(rt):
		if k := c.errorBody(fd, last); k != kUnknown {
			return check{kind: k, result: last}
		}
	}
	return check{}
}

// predicateBody classifies a boolean function by the checks in its body:
// return u.Role == "admin"; for ... { if p == perm { return true } }. The
// returns also tell which way round it is: true when the check passed, or
// (Expired, IsRevoked) when it failed.
func (c *checker) predicateBody(fd *ast.FuncDecl) check {
	var kinds []kind
	votes := map[bool]int{} // fails when true?
	note := func(f facts, returned *bool) {
		if f.blocked {
			kinds = append(kinds, kConflict)
		}
		for _, ev := range f.list {
			kinds = append(kinds, ev.kind)
			if returned != nil && !ev.either && (ev.kind == kAuthn || ev.kind == kAuthz) {
				votes[*returned == ev.failed]++
			}
		}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			// if cond { return false }: the constant returned under cond
			note(c.cond(n.Cond, true, 0), c.returnedBool(n.Body))
		case *ast.ReturnStmt:
			if len(n.Results) == 1 && c.pass.TypesInfo.Types[n.Results[0]].Value == nil {
				yes := true
				note(c.cond(n.Results[0], true, 0), &yes)
			}
		}
		return true
	})
	k := agree(kinds, false)
	if (k != kAuthn && k != kAuthz) || (votes[true] > 0 && votes[false] > 0) {
		return check{}
	}
	// The name must not disagree: rejectForeignOrigin is about origins,
	// whatever cookies its body looks at.
	if nk := c.words.Classify(fd.Name.Name); nk == words.Mixed || nk == words.Neutral || (nk != words.None && fromWords(nk) != k) {
		return check{}
	}
	failsWhenTrue := votes[true] > 0
	if votes[true] == 0 && votes[false] == 0 {
		// return u.Status == "banned": only the name tells the direction
		failsWhenTrue = words.IsNegative(fd.Name.Name)
	}
	return check{kind: k, failsWhenTrue: failsWhenTrue}
}

// returnedBool returns the constant a block returns as its last statement.
func (c *checker) returnedBool(b *ast.BlockStmt) *bool {
	if b == nil || len(b.List) == 0 {
		return nil
	}
	ret, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	tv := c.pass.TypesInfo.Types[ret.Results[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return nil
	}
	v := constant.BoolVal(tv.Value)
	return &v
}

// errorBody classifies a function by the non-nil errors it returns at index
// idx: sentinels, error types, errors of checks it called, messages.
func (c *checker) errorBody(fd *ast.FuncDecl, idx int) kind {
	n := 0
	for _, f := range fd.Type.Results.List {
		n += max(1, len(f.Names))
	}
	var kinds []kind
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(node.Results) == n {
				kinds = append(kinds, c.returnedError(node.Results[idx]))
			} else {
				kinds = append(kinds, kUnknown) // return f(), or named results
			}
		}
		return true
	})
	return agree(kinds, true)
}

// returnedError classifies one returned error expression; nil is kNeutral's
// opposite, reported as kConflict-free "nothing" by agree.
func (c *checker) returnedError(e ast.Expr) kind {
	e = unparen(e)
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.IsNil() {
		return kNone
	}
	if ev, ok := c.errorValue(e); ok {
		return ev.kind
	}
	switch e := e.(type) {
	case *ast.Ident:
		// return err, where err came from a check
		if ev, ok := c.errorOrigin(e, e.Pos(), 0); ok {
			return ev.kind
		}
	case *ast.CallExpr:
		fn := c.callee(e)
		if fn == nil || fn.Pkg() == nil {
			return kUnknown
		}
		switch {
		case fn.Pkg().Path() == "errors" && fn.Name() == "New",
			fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf":
			// fmt.Errorf("%w: ...", ErrForbidden) wraps a sentinel;
			// otherwise the message says what it is.
			for _, a := range e.Args[1:] {
				if ev, ok := c.errorValue(unparen(a)); ok {
					return ev.kind
				}
			}
			if len(e.Args) > 0 {
				if tv := info.Types[e.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
					return fromWords(c.words.Classify(constant.StringVal(tv.Value)))
				}
			}
		}
		if ev, ok := c.errorOrigin(e, e.Pos(), 0); ok {
			return ev.kind
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		// return &ForbiddenError{...}
		if f := c.errorType(info.TypeOf(e), e); len(f.list) == 1 {
			return f.list[0].kind
		}
	}
	return kUnknown
}

// kNone marks a returned nil: it neither classifies nor spoils a function.
const kNone kind = 254

// agree returns the one kind all of kinds share, ignoring kNone. With strict,
// an unknown spoils the result; otherwise unknowns are ignored, but at least
// one kind must be known.
func agree(kinds []kind, strict bool) kind {
	k := kUnknown
	for _, x := range kinds {
		switch {
		case x == kNone:
		case x == kUnknown:
			if strict {
				return kUnknown
			}
		case x == kConflict || x == kNeutral:
			return kUnknown
		case k == kUnknown:
			k = x
		case k != x:
			return kUnknown
		}
	}
	return k
}

// errorKindOf classifies a package-level error variable or an error type by
// its name and, for this package's variables, its message.
func (c *checker) errorKindOf(obj types.Object) kind {
	if obj.Pkg() != c.pass.Pkg {
		var f ErrorKindFact
		if c.pass.ImportObjectFact(obj, &f) {
			return kind(f.Kind)
		}
	}
	k := fromWords(c.words.Classify(obj.Name()))
	if v, ok := obj.(*types.Var); ok && k == kUnknown && obj.Pkg() == c.pass.Pkg {
		k = fromWords(c.words.Classify(c.errorMessage(v)))
	}
	return k
}

// exportFacts exports what this package's objects are to its importers.
func (c *checker) exportFacts() {
	for fn, i := range c.forwarders {
		c.pass.ExportObjectFact(fn, &StatusSinkFact{Arg: i, Error: c.fwdError[fn]})
	}
	for fn, s := range c.fixed {
		c.pass.ExportObjectFact(fn, &FixedStatusFact{Status: s})
	}
	for v, s := range c.statusSentinels {
		c.pass.ExportObjectFact(v, &SentinelFact{Status: s})
	}
	for fn := range c.decls {
		if _, ok := c.forwarders[fn]; ok {
			continue
		}
		if !fn.Exported() {
			continue // no other package can call it; checkOf computes it on demand here
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Results().Len() == 0 {
			continue
		}
		last := sig.Results().Len() - 1
		if ch := c.checkOf(fn, last); ch.kind == kAuthn || ch.kind == kAuthz {
			c.pass.ExportObjectFact(fn, &CheckFact{Kind: uint8(ch.kind), Result: last, FailsWhenTrue: ch.failsWhenTrue})
		}
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		switch obj := obj.(type) {
		case *types.Var:
			if !isError(obj.Type()) && !implementsError(obj.Type()) {
				continue
			}
		case *types.TypeName:
			if !implementsError(obj.Type()) {
				continue
			}
		default:
			continue
		}
		if k := c.errorKindOf(obj); k == kAuthn || k == kAuthz {
			c.pass.ExportObjectFact(obj, &ErrorKindFact{Kind: uint8(k)})
		}
	}
}

func implementsError(t types.Type) bool {
	iface := errorType.Underlying().(*types.Interface)
	return types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface)
}
