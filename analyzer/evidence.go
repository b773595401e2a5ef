package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/authstatus/authstatus/analyzer/internal/knowledge"
	"github.com/authstatus/authstatus/analyzer/internal/words"
)

// kind is what a check is about.
type kind uint8

const (
	kUnknown kind = iota
	kAuthn        // authentication: credentials, tokens, sessions, the caller's identity
	kAuthz        // authorization: what the identified caller may do
	kNeutral      // neither: CSRF, rate limits, origins; 403 is right
)

func fromWords(k words.Kind) kind {
	switch k {
	case words.Authn:
		return kAuthn
	case words.Authz:
		return kAuthz
	case words.Neutral:
		return kNeutral
	}
	return kUnknown
}

func fromCheck(k knowledge.CheckKind) kind {
	switch k {
	case knowledge.Authn:
		return kAuthn
	case knowledge.Authz:
		return kAuthz
	}
	return kUnknown
}

// An evidence is one classified check on the way to a write.
type evidence struct {
	kind   kind
	failed bool     // the check failed where the write happens (else: it passed)
	node   ast.Node // the deciding expression, for Related
	// phrase completes "401 Unauthorized written ...": "after permission
	// check u.IsAdmin() failed", "for authorization error ErrForbidden".
	phrase string
	// either marks evidence that holds whichever way its condition went (a
	// role comparison): it says nothing about which way is the failure.
	either bool
	// subjects, for an authentication check, are the variables holding the
	// caller it identified (the user of a session look-up, the claims of a
	// parsed token).
	subjects []types.Object
}

// facts is what holds at a write: the evidence of every condition known to
// be true there, and whether some condition was ambiguous in a way that must
// silence any report (a check of one kind or the other, we cannot tell which).
type facts struct {
	list    []evidence
	blocked bool
}

func (f *facts) and(g facts) {
	f.list = append(f.list, g.list...)
	f.blocked = f.blocked || g.blocked
}

// or combines alternatives of which at least one holds: only evidence all of
// them agree on survives, and disagreement blocks.
func or(alts ...facts) facts {
	var k kind
	var first *evidence
	for i := range alts {
		a := alts[i]
		if a.blocked {
			return facts{blocked: true}
		}
		fk, ev := a.failure()
		switch {
		case fk == kUnknown:
			return facts{} // this alternative says nothing: neither may the whole
		case fk == kConflict:
			return facts{blocked: true}
		case k == kUnknown:
			k, first = fk, ev
		case k != fk:
			return facts{blocked: true}
		}
	}
	if first == nil {
		return facts{}
	}
	return facts{list: []evidence{*first}}
}

const kConflict kind = 255

// failure returns the single kind of failure these facts show, kUnknown if
// none, kConflict if several, and the first failing evidence.
func (f facts) failure() (kind, *evidence) {
	k := kUnknown
	var ev *evidence
	for i := range f.list {
		e := &f.list[i]
		if !e.failed || e.kind == kUnknown {
			continue
		}
		switch {
		case k == kUnknown:
			k, ev = e.kind, e
		case k != e.kind:
			return kConflict, nil
		}
	}
	return k, ev
}

// decide collects what holds at w: the conditions of the enclosing if/else
// and switch arms, and the early-return guards before it, up to the
// enclosing function.
func (c *checker) decide(w write) facts {
	var f facts
	if w.key != nil {
		if ev, ok := c.errorValue(unparen(w.key)); ok {
			f.list = append(f.list, ev)
		}
	}
	stack := w.stack
	var inner ast.Expr // the innermost if condition, as it holds at the write
	innerWant := false
	var child ast.Node = w.at
loop:
	for i := len(stack) - 1; i >= 0; i-- {
		n := stack[i]
		if n == child {
			continue
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			break loop
		case *ast.IfStmt:
			want := child == n.Body
			if want || child == n.Else {
				f.and(c.cond(n.Cond, want, 0))
				if inner == nil {
					inner, innerWant = n.Cond, want
				}
			}
		case *ast.CaseClause:
			if i >= 2 && containsStmt(n.Body, child) {
				f.and(c.caseFacts(n, stack[i-2]))
				f.and(c.guards(n.Body, child))
			}
		case *ast.BlockStmt:
			f.and(c.guards(n.List, child))
		}
		child = n
	}
	if k, _ := f.failure(); k == kUnknown && !f.blocked && inner != nil {
		if ev, ok := c.flow(f, inner, innerWant); ok {
			f.list = append(f.list, ev)
		}
	}
	return f
}

// flow applies what an earlier authentication established: once the caller
// is identified (a token parsed and checked, a user taken from the session),
// a further failed predicate about that caller is a permission check, however
// the predicate is named (policy.Check(claims.Subject, "invoice.refund")), and
// so is a comparison of the caller's identity with a resource's
// (post.AuthorID != user.ID, u.TeamID != teamID).
func (c *checker) flow(f facts, cond ast.Expr, want bool) (evidence, bool) {
	subjects := map[types.Object]bool{}
	for _, e := range f.list {
		if e.kind == kAuthn && !e.failed {
			for _, s := range e.subjects {
				subjects[s] = true
			}
		}
	}
	// A caller taken from the request context (set there by the
	// authentication middleware) is authenticated too, for comparisons of
	// its fields: user := c.MustGet("user").(*User); post.UserID != user.ID.
	fromContext := map[types.Object]bool{}
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.Uses[id]; obj != nil && !subjects[obj] && c.value(id, 0).principal {
				fromContext[obj] = true
			}
		}
		return true
	})
	if len(subjects) == 0 && len(fromContext) == 0 {
		return evidence{}, false
	}
	for {
		if u, ok := unparen(cond).(*ast.UnaryExpr); ok && u.Op == token.NOT {
			cond, want = u.X, !want
			continue
		}
		break
	}
	cond = unparen(cond)
	switch e := cond.(type) {
	case *ast.CallExpr:
		fn := c.callee(e)
		if fn == nil || want || !isBool(c.pass.TypesInfo.TypeOf(e)) || len(subjects) == 0 || !c.mentions(e, subjects) {
			return evidence{}, false
		}
		if p := fn.Pkg(); p != nil && (p.Path() == "errors" || p.Path() == "strings") {
			return evidence{}, false
		}
		// Whether a session or token is still valid, active or unexpired
		// is a question of authentication, whoever holds it.
		for _, w := range words.Split(fn.Name()) {
			if validityWords[w] {
				return evidence{}, false
			}
		}
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil {
				if k := c.words.Classify(typeName(t)); k == words.Authn || k == words.Neutral || k == words.Mixed {
					return evidence{}, false
				}
			}
		}
		return evidence{kind: kAuthz, failed: true, node: e,
			phrase: "after permission check " + show(e) + " failed on the authenticated caller"}, true
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			return evidence{}, false
		}
		for k := range fromContext {
			subjects[k] = true
		}
		for _, pair := range [][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
			sel, ok := unparen(pair[0]).(*ast.SelectorExpr)
			if !ok || !c.mentions(sel.X, subjects) {
				continue
			}
			// idTk.Nonce != nonce: the fields of a token or session are
			// its own validation, not the caller's permissions.
			if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil && c.words.Classify(append(c.names(sel.X), typeName(t))...) == words.Authn {
				continue
			}
			if v, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); !ok || !v.IsField() {
				continue
			}
			if tv := c.pass.TypesInfo.Types[pair[1]]; tv.Value != nil || tv.IsNil() || c.mentions(pair[1], subjects) {
				continue
			}
			shown := e
			if !want {
				shown = &ast.BinaryExpr{X: e.X, Op: negate(e.Op), Y: e.Y}
			}
			return evidence{kind: kAuthz, failed: true, node: e,
				phrase: "after ownership check " + show(shown) + " on the authenticated caller"}, true
		}
	}
	return evidence{}, false
}

var validityWords = map[string]bool{
	"valid": true, "validate": true, "verify": true, "verified": true, "expired": true,
	"expire": true, "expires": true, "active": true, "ok": true, "alive": true, "revoked": true,
}

// mentions reports whether e refers to one of the subjects, directly or
// through a variable assigned from one (claims := token.Claims.(*Claims)).
func (c *checker) mentions(e ast.Expr, subjects map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		obj := c.pass.TypesInfo.Uses[id]
		if subjects[obj] {
			found = true
			return false
		}
		if v, ok := obj.(*types.Var); ok {
			if a, ok := c.lastAssign(v, id.Pos()); ok {
				ast.Inspect(a.rhs, func(m ast.Node) bool {
					if mid, ok := m.(*ast.Ident); ok && subjects[c.pass.TypesInfo.Uses[mid]] {
						found = true
					}
					return !found
				})
			}
		}
		return !found
	})
	return found
}

func containsStmt(list []ast.Stmt, n ast.Node) bool {
	for _, s := range list {
		if s == n {
			return true
		}
	}
	return false
}

// guards returns what holds after the statements of list that precede child:
// each "if cond { ...; return }" without else means cond is false below it.
func (c *checker) guards(list []ast.Stmt, child ast.Node) facts {
	var f facts
	for _, s := range list {
		if s == child {
			break
		}
		ifs, ok := s.(*ast.IfStmt)
		if !ok || ifs.Else != nil || !terminates(ifs.Body) {
			continue
		}
		g := c.cond(ifs.Cond, false, 0)
		for i := range g.list {
			if g.list[i].either {
				// if u.Role != "admin" { ...; return }: whichever way the
				// comparison reads, the guard returned on its failure.
				g.list[i].failed = false
			}
		}
		f.and(g)
	}
	return f
}

// terminates reports whether a block always leaves the enclosing flow.
func terminates(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// caseFacts returns what holds in the body of clause cc of switch sw.
func (c *checker) caseFacts(cc *ast.CaseClause, sw ast.Node) facts {
	if len(cc.List) == 0 {
		// default: only that the other cases failed. Of a switch on a
		// role (switch u.Role { case "admin": ... default: }), that the
		// caller has none of the roles let through.
		if sw, ok := sw.(*ast.SwitchStmt); ok && sw.Tag != nil && fromWords(c.words.Classify(c.names(sw.Tag)...)) == kAuthz {
			return one(evidence{kind: kAuthz, failed: true, either: true, node: sw.Tag,
				phrase: "after permission check on " + show(sw.Tag) + " matched no allowed case"})
		}
		return facts{}
	}
	var alts []facts
	switch sw := sw.(type) {
	case *ast.SwitchStmt:
		for _, e := range cc.List {
			if sw.Tag == nil {
				alts = append(alts, c.cond(e, true, 0))
			} else {
				alts = append(alts, c.equal(sw.Tag, e, true))
			}
		}
	case *ast.TypeSwitchStmt:
		for _, e := range cc.List {
			alts = append(alts, c.errorType(c.pass.TypesInfo.TypeOf(e), e))
		}
	default:
		return facts{}
	}
	return or(alts...)
}

func one(e evidence) facts { return facts{list: []evidence{e}} }

// cond returns what holds where e evaluates to want.
func (c *checker) cond(e ast.Expr, want bool, depth int) facts {
	if e == nil || depth > 6 {
		return facts{}
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.cond(e.X, want, depth)
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return c.cond(e.X, !want, depth)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			x, y := c.cond(e.X, want, depth+1), c.cond(e.Y, want, depth+1)
			if (e.Op == token.LAND) == want {
				// both hold
				x.and(y)
				return x
			}
			return or(x, y)
		case token.EQL, token.NEQ:
			return c.equal(e.X, e.Y, (e.Op == token.EQL) == want)
		case token.LSS, token.GTR, token.LEQ, token.GEQ:
			return c.comparison(e, e.X, e.Y, want)
		}
	case *ast.CallExpr:
		return c.predicate(e, want, depth)
	case *ast.Ident:
		return c.boolVar(e, want, depth)
	case *ast.SelectorExpr:
		return c.boolField(e, want)
	}
	return facts{}
}

// equal returns what holds where x == y is eq.
func (c *checker) equal(x, y ast.Expr, eq bool) facts {
	x, y = unparen(x), unparen(y)
	if isNil(c.pass.TypesInfo, x) {
		x, y = y, x
	}
	info := c.pass.TypesInfo
	if isNil(info, y) {
		// err != nil, user == nil
		if isError(info.TypeOf(x)) {
			if ev, ok := c.errorOrigin(x, x.Pos(), 0); ok {
				ev.failed = !eq
				if ev.kind == kAuthn {
					if call, ok := ev.node.(*ast.CallExpr); ok {
						ev.subjects = c.results[call]
					}
				}
				return one(ev)
			}
			return facts{}
		}
		if v := c.value(x, 0); v.principal {
			return one(evidence{kind: kAuthn, failed: eq, node: x, subjects: c.objects(x),
				phrase: noCaller(x, "is nil")})
		}
		return facts{}
	}
	// A sentinel or error kind on either side: err == ErrForbidden, case ErrNoSession.
	if isError(info.TypeOf(x)) || isError(info.TypeOf(y)) {
		for _, s := range []ast.Expr{y, x} {
			if ev, ok := c.errorValue(s); ok {
				if !eq {
					return facts{} // not that error: says nothing
				}
				return one(ev)
			}
		}
		return facts{}
	}
	// auth == "", len(token) == 0: missing credentials.
	if isEmpty(info, y) || isLenZero(info, x, y) {
		if isEmpty(info, x) || isLenZero(info, y, x) {
			x, y = y, x
		}
		operand := x
		if call, ok := x.(*ast.CallExpr); ok && isLen(info, call) {
			operand = call.Args[0]
		}
		if v := c.value(operand, 0); v.cred {
			return one(evidence{kind: kAuthn, failed: eq, node: operand,
				phrase: "when the request carries no credentials (" + show(operand) + " is empty)"})
		}
		if v := c.value(operand, 0); v.neutral {
			return one(evidence{kind: kNeutral, failed: true, node: operand})
		}
	}
	// A named constant of a kind or code type: k == KindForbidden,
	// status.Code(err) == codes.PermissionDenied. Only equality informs.
	for _, s := range []ast.Expr{y, x} {
		if k, name, ok := c.kindConst(s); ok {
			if !eq {
				return facts{}
			}
			if k == kNeutral {
				return one(evidence{kind: kNeutral, failed: true, node: s})
			}
			return one(evidence{kind: k, failed: true, node: s,
				phrase: "for " + errNoun(k) + " failure " + name})
		}
	}
	// subtle.ConstantTimeCompare(a, b) == 1
	if ev, ok := c.compareResult(x, y, eq); ok {
		return one(ev)
	}
	if ev, ok := c.compareResult(y, x, eq); ok {
		return one(ev)
	}
	op := token.NEQ
	if eq {
		op = token.EQL
	}
	return c.comparison(&ast.BinaryExpr{X: x, Op: op, Y: y}, x, y, true)
}

// compareResult handles an integer check result compared with a constant:
// subtle.ConstantTimeCompare(a, b) != 1 means the comparison failed.
func (c *checker) compareResult(x, y ast.Expr, eq bool) (evidence, bool) {
	call, idx := c.originCall(x, x.Pos())
	if call == nil {
		return evidence{}, false
	}
	fn := c.callee(call)
	if fn == nil {
		return evidence{}, false
	}
	ch, ok := c.kb.Check(funcKey(fn))
	if !ok || ch.Result != idx {
		return evidence{}, false
	}
	tv := c.pass.TypesInfo.Types[y]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return evidence{}, false
	}
	one := constant.Compare(tv.Value, token.EQL, constant.MakeInt64(1))
	return evidence{kind: fromCheck(ch.Kind), failed: one != eq, node: call,
		phrase: failedCheck(fromCheck(ch.Kind), call)}, true
}

// comparison classifies an attribute comparison by what it compares:
// u.Role != "admin" and doc.OwnerID != u.ID are permission checks whichever
// way they go; claims.ExpiresAt < now is an authentication check.
func (c *checker) comparison(whole *ast.BinaryExpr, x, y ast.Expr, want bool) facts {
	shown := whole
	if !want {
		shown = &ast.BinaryExpr{X: whole.X, Op: negate(whole.Op), Y: whole.Y}
	}
	for _, s := range []ast.Expr{x, y} {
		if v := c.value(s, 0); v.cred {
			return one(evidence{kind: kAuthn, failed: true, either: true, node: whole,
				phrase: "after credential check " + show(shown)})
		}
	}
	k := fromWords(c.words.Classify(c.names(x)...))
	if k2 := fromWords(c.words.Classify(c.names(y)...)); k2 != kUnknown {
		switch {
		case k == kUnknown:
			k = k2
		case k != k2:
			return facts{blocked: true}
		}
	}
	switch k {
	case kNeutral:
		return one(evidence{kind: kNeutral, failed: true, node: whole})
	case kAuthn, kAuthz:
		return one(evidence{kind: k, failed: true, either: true, node: whole,
			phrase: "after " + noun(k) + " check " + show(shown)})
	}
	return facts{}
}

func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.GEQ:
		return token.LSS
	case token.GTR:
		return token.LEQ
	case token.LEQ:
		return token.GTR
	}
	return op
}

// failedCheck is the phrase for a check of kind k on node that failed:
// "after permission check u.IsAdmin() failed".
func failedCheck(k kind, node ast.Node) string {
	return "after " + noun(k) + " check " + show(node) + " failed"
}

// noCaller is the phrase for a caller missing from the request:
// "when the request carries no authenticated caller (u is nil)".
func noCaller(node ast.Node, how string) string {
	return "when the request carries no authenticated caller (" + show(node) + " " + how + ")"
}

func noun(k kind) string {
	if k == kAuthz {
		return "permission"
	}
	return "authentication"
}

// predicate classifies a boolean call: errors.Is(err, ErrForbidden),
// u.IsAdmin(), enforcer.Enforce(sub, obj, act), strings.HasPrefix(auth, "Bearer ").
func (c *checker) predicate(call *ast.CallExpr, want bool, depth int) facts {
	fn := c.callee(call)
	if fn == nil {
		return facts{}
	}
	info := c.pass.TypesInfo
	if fn.Pkg() != nil && fn.Pkg().Path() == "errors" && len(call.Args) == 2 {
		switch fn.Name() {
		case "Is":
			if ev, ok := c.errorValue(unparen(call.Args[1])); ok && want {
				return one(ev)
			}
			return facts{}
		case "As":
			if !want {
				return facts{}
			}
			t := info.TypeOf(call.Args[1])
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				return c.errorType(p.Elem(), call.Args[1])
			}
			return facts{}
		}
	}
	if !isBool(info.TypeOf(call)) {
		return facts{}
	}
	if ch, ok := c.kb.Check(funcKey(fn)); ok && ch.Result == 0 {
		k := fromCheck(ch.Kind)
		return one(evidence{kind: k, failed: !want, node: call,
			phrase: failedCheck(k, call)})
	}
	// What the predicate's body decides: guard.Allows(u, "invoice.refund").
	if ch := c.checkOf(fn, 0); ch.kind == kAuthn || ch.kind == kAuthz {
		return one(evidence{kind: ch.kind, failed: want == ch.failsWhenTrue, node: call,
			phrase: failedCheck(ch.kind, call)})
	}
	// A predicate over credentials: strings.HasPrefix(auth, "Bearer "),
	// validKey(key); not one named for permissions (isAdminToken(tok)).
	for _, a := range call.Args {
		if v := c.value(a, 0); v.cred && !c.namedForPermissions(fn) {
			return one(evidence{kind: kAuthn, failed: !want, node: call,
				phrase: "after authentication check " + show(call) + " failed"})
		}
	}
	// Time comparisons (Before, After) read either way round; only the
	// expiry of a session or token decides anything.
	if p := fn.Pkg(); p != nil && p.Path() == "time" {
		return c.expiry(call, fn, want)
	}
	// Otherwise, what the predicate is called: IsAdmin, HasRole, CanEdit,
	// Allowed, Expired; for a generic name (Contains, Has), what it is asked
	// about; for a generic check (policy.Check), what is asked.
	failed := !want
	if words.IsNegative(fn.Name()) {
		failed = want // sess.Expired(), u.IsAnonymous()
	}
	k := fromWords(c.words.Classify(fn.Name()))
	if k == kUnknown && onlyWords(fn.Name(), membershipWords) {
		var names []string
		for _, a := range call.Args {
			names = append(names, c.names(a)...)
		}
		k = fromWords(c.words.Classify(names...))
	}
	if k == kUnknown && onlyWords(fn.Name(), decisionWords) {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[sel] != nil {
			k = fromWords(c.words.Classify(append(c.names(sel.X), typeName(c.pass.TypesInfo.TypeOf(sel.X)))...))
		}
	}
	switch k {
	case kNeutral:
		return one(evidence{kind: kNeutral, failed: true, node: call})
	case kAuthn, kAuthz:
		return one(evidence{kind: k, failed: failed, node: call,
			phrase: failedCheck(k, call)})
	}
	if c.words.Classify(fn.Name()) == words.Mixed {
		return facts{blocked: true}
	}
	return facts{}
}

// expiry classifies now.After(sess.ExpiresAt) and claims.Expiry.Before(now):
// a session, token or claims past their expiry is an authentication failure.
// Other times (a password change, an invitation) say nothing.
func (c *checker) expiry(call *ast.CallExpr, fn *types.Func, want bool) facts {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 || (fn.Name() != "After" && fn.Name() != "Before") {
		return facts{}
	}
	isExpiry := func(e ast.Expr) bool {
		var holder []string
		expiry := false
		for _, n := range c.names(e) {
			for _, w := range words.Split(n) {
				switch w {
				case "expires", "expiry", "expiration", "exp":
					expiry = true
				default:
					holder = append(holder, w)
				}
			}
		}
		return expiry && (c.words.Classify(holder...) == words.Authn || words.IsPrincipal(holder...))
	}
	var expiredWhenTrue bool
	switch {
	case isExpiry(call.Args[0]):
		expiredWhenTrue = fn.Name() == "After" // now.After(exp)
	case isExpiry(sel.X):
		expiredWhenTrue = fn.Name() == "Before" // exp.Before(now)
	default:
		return facts{}
	}
	return one(evidence{kind: kAuthn, failed: want == expiredWhenTrue, node: call,
		phrase: "after expiry check " + show(call)})
}

// membershipWords make up the names of generic membership tests, which are
// about what they are asked: slices.Contains(u.Scopes, "write").
var membershipWords = map[string]bool{
	"contains": true, "has": true, "includes": true, "in": true, "any": true, "some": true,
	"all": true, "is": true, "one": true, "of": true, "func": true, "exists": true,
}

// decisionWords make up the names of generic decisions, which are about
// whoever decides: policy.Check(u, doc), rules.Allow(sub, act).
var decisionWords = map[string]bool{
	"check": true, "checks": true, "match": true, "matches": true, "eval": true,
	"evaluate": true, "decide": true, "test": true, "ok": true, "is": true, "has": true,
}

// onlyWords reports whether every word of name is in set.
func onlyWords(name string, set map[string]bool) bool {
	ws := words.Split(name)
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return len(ws) > 0
}

// boolVar classifies a boolean variable by where it came from: the ok of
// r.BasicAuth(), the result of Enforce, the ok of a context look-up, or, for
// want of anything better, its name (isAdmin, authenticated).
func (c *checker) boolVar(id *ast.Ident, want bool, depth int) facts {
	info := c.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !isBool(v.Type()) {
		return facts{}
	}
	if a, ok := c.lastAssign(v, id.Pos()); ok {
		rhs := unparen(a.rhs)
		if !a.tuple {
			if f := c.cond(rhs, want, depth+1); len(f.list) > 0 || f.blocked {
				return f
			}
			if _, isCall := rhs.(*ast.CallExpr); !isCall {
				// isAdmin := claims["admin"].(bool), ok := claims.Permissions[p]:
				// a flag looked up on the caller is a permission.
				if ta, ok := rhs.(*ast.TypeAssertExpr); ok {
					rhs = unparen(ta.X)
				}
				if ix, ok := rhs.(*ast.IndexExpr); ok {
					if f := c.flag(ix, a.rhs, want); len(f.list) > 0 {
						return f
					}
				}
				// Otherwise a copy of something unclassified: its name
				// adds nothing.
				return facts{}
			}
		} else {
			switch rhs := rhs.(type) {
			case *ast.CallExpr:
				if fn := c.callee(rhs); fn != nil {
					if ch, ok := c.kb.Check(funcKey(fn)); ok && ch.Result == a.index {
						k := fromCheck(ch.Kind)
						return one(evidence{kind: k, failed: !want, node: rhs, subjects: c.results[rhs],
							phrase: failedCheck(k, rhs)})
					}
					if c.isPrincipalGetter(fn, rhs) && a.index > 0 {
						// acct, ok := accountFrom(r.Context())
						return one(evidence{kind: kAuthn, failed: !want, node: rhs, subjects: c.results[rhs],
							phrase: noCaller(rhs, "found nothing")})
					}
					if g, ok := c.kb.Getter(funcKey(fn)); ok && g.What == knowledge.ContextValue && a.index == 1 {
						// user, exists := c.Get("user")
						if c.lookupIsPrincipal(rhs, g) {
							return one(evidence{kind: kAuthn, failed: !want, node: rhs, subjects: c.results[rhs],
								phrase: noCaller(rhs, "found nothing")})
						}
					}
				}
			case *ast.TypeAssertExpr:
				// claims, ok := r.Context().Value(key).(*Claims)
				if a.index == 1 {
					if val := c.value(rhs, depth+1); val.principal {
						return one(evidence{kind: kAuthn, failed: !want, node: rhs, subjects: c.results[rhs],
							phrase: noCaller(rhs, "failed")})
					}
					// claims, ok := token.Claims.(*Claims): a malformed token
					if c.value(rhs.X, depth+1).cred {
						return one(evidence{kind: kAuthn, failed: !want, node: rhs,
							phrase: failedCheck(kAuthn, rhs)})
					}
				}
				// auth, ok := session.Values["authenticated"].(bool)
				if ix, ok := unparen(rhs.X).(*ast.IndexExpr); ok {
					if f := c.flag(ix, rhs, want); len(f.list) > 0 {
						return f
					}
				}
			case *ast.IndexExpr:
				// sess, ok := sessions[cookie.Value]: a credential not on file
				if a.index == 1 && c.value(rhs.Index, depth+1).cred {
					return one(evidence{kind: kAuthn, failed: !want, node: rhs,
						phrase: "after credential look-up " + show(rhs) + " failed"})
				}
				// sess, ok := sessions[id]
				if a.index == 1 {
					k := fromWords(c.words.Classify(c.names(rhs.X)...))
					if k == kAuthn || k == kAuthz {
						return one(evidence{kind: k, failed: !want, node: rhs,
							phrase: "after " + noun(k) + " look-up " + show(rhs) + " failed"})
					}
				}
			}
		}
	}
	return c.named(id, id.Name, want)
}

// flag classifies a boolean looked up in a map: session.Values["authenticated"]
// by its key, claims["admin"] and claims.Permissions[p] (a flag on the
// caller) as a permission.
func (c *checker) flag(ix *ast.IndexExpr, node ast.Expr, want bool) facts {
	// The key says what the flag is; the map's own name (Credentials,
	// Values) only whose it is.
	k := kUnknown
	if tv := c.pass.TypesInfo.Types[ix.Index]; tv.Value != nil && tv.Value.Kind() == constant.String {
		k = fromWords(c.words.Classify(constant.StringVal(tv.Value)))
	}
	if names := c.names(ix.X); k == kUnknown && words.IsPrincipal(names...) && c.words.Classify(names...) == words.None {
		k = kAuthz // a flag on the user or claims, not on a session
	}
	switch k {
	case kAuthn, kAuthz:
		return one(evidence{kind: k, failed: !want, node: node, phrase: failedCheck(k, node)})
	case kNeutral:
		return one(evidence{kind: kNeutral, failed: true, node: node})
	}
	return facts{}
}

// named classifies a boolean by its name alone: isAdmin, authenticated,
// u.Suspended, client.Revoked. Negative names fail when true.
func (c *checker) named(node ast.Expr, name string, want bool) facts {
	failed := !want
	if words.IsNegative(name) {
		failed = want
	}
	switch k := fromWords(c.words.Classify(name)); k {
	case kNeutral:
		return one(evidence{kind: kNeutral, failed: true, node: node})
	case kAuthn, kAuthz:
		return one(evidence{kind: k, failed: failed, node: node,
			phrase: failedCheck(k, node)})
	}
	return facts{}
}

// boolField classifies a boolean field: token.Valid of a parsed JWT, u.IsAdmin.
func (c *checker) boolField(sel *ast.SelectorExpr, want bool) facts {
	if !isBool(c.pass.TypesInfo.TypeOf(sel)) {
		return facts{}
	}
	if sel.Sel.Name == "Valid" && strings.Contains(pkgOf(c.pass.TypesInfo.TypeOf(sel.X)), "jwt") {
		return one(evidence{kind: kAuthn, failed: !want, node: sel,
			phrase: "after token check " + show(sel) + " failed"})
	}
	return c.named(sel, sel.Sel.Name, want)
}

// errorValue classifies an error value compared against: a known sentinel
// (os.ErrPermission), or one whose name or message says what it is
// (ErrPermissionDenied, errors.New("invalid token")).
func (c *checker) errorValue(e ast.Expr) (evidence, bool) {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return evidence{}, false
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil || obj.Pkg() == nil {
		return evidence{}, false
	}
	var k kind
	if kk, ok := c.kb.ErrorValue(obj.Pkg().Path(), obj.Name()); ok {
		k = fromCheck(kk)
	} else if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
		k = c.errorKindOf(v)
	} else if _, ok := obj.(*types.Const); ok {
		// Domain error kinds and gRPC-style codes: codes.PermissionDenied.
		k = fromWords(c.words.Classify(obj.Name()))
	}
	switch k {
	case kAuthn, kAuthz:
		return evidence{kind: k, failed: true, node: e,
			phrase: "for " + errNoun(k) + " error " + show(e)}, true
	case kNeutral:
		return evidence{kind: kNeutral, failed: true, node: e}, true
	}
	return evidence{}, false
}

func errNoun(k kind) string {
	if k == kAuthz {
		return "authorization"
	}
	return "authentication"
}

// errorMessage returns the message of a package-level error variable declared
// in this package as errors.New("...") or fmt.Errorf("...").
func (c *checker) errorMessage(v *types.Var) string {
	init, ok := unparen(c.varInit[v]).(*ast.CallExpr)
	if !ok || len(init.Args) == 0 {
		return ""
	}
	fn := c.callee(init)
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if p := fn.Pkg().Path(); (p == "errors" && fn.Name() == "New") || (p == "fmt" && fn.Name() == "Errorf") {
		if tv := c.pass.TypesInfo.Types[init.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
	}
	return ""
}

// errorType classifies an error type matched by errors.As or a type switch:
// *ForbiddenError, *TokenExpiredError.
func (c *checker) errorType(t types.Type, at ast.Expr) facts {
	name := typeName(t)
	if name == "" {
		return facts{}
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return facts{}
	}
	k := c.errorKindOf(n.Origin().Obj())
	switch k {
	case kAuthn, kAuthz:
		return one(evidence{kind: k, failed: true, node: at,
			phrase: "for " + errNoun(k) + " error type " + name})
	case kNeutral:
		return one(evidence{kind: kNeutral, failed: true, node: at})
	}
	return facts{}
}

// errorOrigin classifies an error by the call that produced it: the error of
// jwt.Parse, r.Cookie, bcrypt.CompareHashAndPassword, a token or session
// verifier, a permission check. It returns the evidence for a non-nil error.
func (c *checker) errorOrigin(e ast.Expr, pos token.Pos, depth int) (evidence, bool) {
	call, idx := c.originCall(e, pos)
	if call == nil {
		return evidence{}, false
	}
	fn := c.callee(call)
	if fn == nil {
		return evidence{}, false
	}
	if g, ok := c.kb.Getter(funcKey(fn)); ok {
		switch {
		case g.What == knowledge.Cookie && c.words.Classify(c.keyNames(call, g)...) == words.Neutral:
			// a CSRF cookie is no credential
			return evidence{kind: kNeutral, failed: true, node: call}, true
		case g.What == knowledge.ContextValue && c.lookupIsPrincipal(call, g):
			// echo.ContextGet[*User](c, "user") found no caller
			return evidence{kind: kAuthn, failed: true, node: call,
				phrase: noCaller(call, "failed")}, true
		}
	}
	if ch, ok := c.kb.Check(funcKey(fn)); ok && ch.Result == idx {
		k := fromCheck(ch.Kind)
		return c.reauth(call, evidence{kind: k, failed: true, node: call,
			phrase: failedCheck(k, call)}), true
	}
	if ch := c.checkOf(fn, idx); ch.kind == kAuthn || ch.kind == kAuthz {
		return c.reauth(call, evidence{kind: ch.kind, failed: true, node: call,
			phrase: failedCheck(ch.kind, call)}), true
	}
	if g, ok := c.kb.Getter(funcKey(fn)); ok && g.What == knowledge.Cookie {
		k := kAuthn
		if c.words.Classify(c.keyNames(call, g)...) == words.Neutral {
			k = kNeutral
		}
		return evidence{kind: k, failed: true, node: call,
			phrase: "after session cookie look-up " + show(call) + " failed"}, true
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || idx != sig.Results().Len()-1 {
		return evidence{}, false
	}
	// A function given the request's credentials, and little else, that
	// fails rejected them: lookupAPIKey(key), sessions.Find(ctx, cookie.Value),
	// base64 decoding. One taking many arguments does more than check them.
	if args := c.nonContextArgs(call); len(args) <= 2 && !c.namedForPermissions(fn) {
		for _, a := range args {
			if v := c.value(a, depth+1); v.cred {
				return c.reauth(call, evidence{kind: kAuthn, failed: true, node: call,
					phrase: "after authentication check " + show(call) + " failed"}), true
			}
		}
	}
	// A function that returns the caller's identity from the request:
	// user, err := auth.UserFromContext(ctx).
	if c.isPrincipalGetter(fn, call) {
		return evidence{kind: kAuthn, failed: true, node: call,
			phrase: "after " + show(call) + " found no authenticated caller"}, true
	}
	// A check named as one: VerifyToken, ValidateSession, CheckPermission,
	// Authorize. Operations that merely involve such things (CreateToken,
	// UpdateRole) have no checking verb and say nothing.
	ws := words.Split(fn.Name())
	if len(ws) > 0 && (checkVerbs[ws[0]] || hasAny(ws, signInWords)) {
		k := fromWords(c.words.Classify(fn.Name()))
		if k == kUnknown && checkVerbs[ws[0]] {
			for _, a := range call.Args {
				if v := c.value(a, depth+1); v.cred {
					k = kAuthn
					break
				}
			}
		}
		switch k {
		case kAuthn, kAuthz:
			return c.reauth(call, evidence{kind: k, failed: true, node: call,
				phrase: failedCheck(k, call)}), true
		case kNeutral:
			return evidence{kind: kNeutral, failed: true, node: call}, true
		}
	}
	return evidence{}, false
}

// namedForPermissions reports whether fn's name speaks of permissions,
// alone or besides credentials: authorizeToken, isAdminToken.
func (c *checker) namedForPermissions(fn *types.Func) bool {
	k := c.words.Classify(fn.Name())
	return k == words.Authz || k == words.Mixed
}

// nonContextArgs returns the arguments of call that are not a context or a
// request.
func (c *checker) nonContextArgs(call *ast.CallExpr) []ast.Expr {
	var out []ast.Expr
	for _, a := range call.Args {
		if !isRequestLike(c.pass.TypesInfo.TypeOf(a)) {
			out = append(out, a)
		}
	}
	return out
}

// reauth turns an authentication failure into no verdict where the check is
// about a caller already identified from the request (a password re-check
// before a sensitive change: a.core.LoginUser(u.Username, password)). Such a
// step-up is refused with 403 as often as with 401.
func (c *checker) reauth(call *ast.CallExpr, ev evidence) evidence {
	if ev.kind != kAuthn {
		return ev
	}
	for _, a := range call.Args {
		if c.aboutPrincipal(a) {
			return evidence{kind: kNeutral, failed: true, node: call}
		}
	}
	return ev
}

// aboutPrincipal reports whether e is, or is a field of, the caller taken
// from the request.
func (c *checker) aboutPrincipal(e ast.Expr) bool {
	for {
		switch x := unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
			continue
		case *ast.Ident:
			return c.value(x, 0).principal
		}
		return false
	}
}

// signInWords make a function's error an authentication failure wherever
// they stand in its name: ProcessLogin, HandleSignin.
var signInWords = map[string]bool{"login": true, "signin": true, "logon": true, "authenticate": true}

func hasAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// checkVerbs begin the names of functions whose error is a verdict.
var checkVerbs = map[string]bool{
	"check": true, "verify": true, "validate": true, "authenticate": true, "authorize": true,
	"enforce": true, "require": true, "ensure": true, "assert": true, "must": true,
	"parse": true, "decode": true, "can": true, "login": true, "auth": true,
}

// originCall returns the call whose result e is (directly, or through the
// last assignment to the variable e before pos), and the result's index.
func (c *checker) originCall(e ast.Expr, pos token.Pos) (*ast.CallExpr, int) {
	e = unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		return call, 0
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil, -1
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, -1
	}
	a, ok := c.lastAssign(v, pos)
	if !ok {
		return nil, -1
	}
	call, ok := unparen(a.rhs).(*ast.CallExpr)
	if !ok {
		return nil, -1
	}
	return call, a.index
}

// lastAssign returns the last assignment to v that precedes pos in the source.
func (c *checker) lastAssign(v *types.Var, pos token.Pos) (assign, bool) {
	var best assign
	found := false
	for _, a := range c.assigns[v] {
		if a.pos < pos && (!found || a.pos > best.pos) {
			best, found = a, true
		}
	}
	return best, found
}

// A valueInfo says what a value is, as far as authentication goes.
type valueInfo struct {
	cred      bool // a credential or derived from one: Authorization header, token, API key
	principal bool // the identified caller: user from the request context
	neutral   bool // a CSRF token or similar
}

// value traces what e is: a request header, a context look-up, a cookie, a
// parsed token, or a value derived from one of them.
func (c *checker) value(e ast.Expr, depth int) valueInfo {
	if depth > 5 || e == nil {
		return valueInfo{}
	}
	info := c.pass.TypesInfo
	switch e := unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return valueInfo{}
		}
		if c.credParams[v] {
			return valueInfo{cred: true}
		}
		a, ok := c.lastAssign(v, e.Pos())
		if !ok {
			return valueInfo{}
		}
		if a.tuple {
			return c.tupleValue(a, depth+1)
		}
		return c.value(a.rhs, depth+1)
	case *ast.CallExpr:
		fn := c.callee(e)
		if fn == nil {
			return valueInfo{}
		}
		if g, ok := c.kb.Getter(funcKey(fn)); ok {
			return c.getterValue(e, g)
		}
		if c.isPrincipalGetter(fn, e) {
			return valueInfo{principal: true}
		}
		// strings.TrimPrefix(auth, "Bearer "), strings.Split(auth, " "),
		// base64 decoding: still the credential.
		if p := fn.Pkg(); p != nil && derivers[p.Path()] {
			for _, a := range e.Args {
				if v := c.value(a, depth+1); v.cred || v.neutral {
					return v
				}
			}
		}
	case *ast.IndexExpr:
		// parts[1] of a split header; r.Header["Authorization"].
		if v := c.value(e.X, depth+1); v.cred {
			return v
		}
		if isHeaderType(info.TypeOf(e.X)) {
			return c.headerValue(info, e.Index)
		}
	case *ast.SliceExpr:
		return c.value(e.X, depth+1)
	case *ast.SelectorExpr:
		// cookie.Value of a session cookie, token.Claims of a parsed token.
		if v := c.value(e.X, depth+1); v.cred && (e.Sel.Name == "Value" || e.Sel.Name == "Claims") {
			return v
		}
	case *ast.TypeAssertExpr:
		if v := c.value(e.X, depth+1); v.principal {
			return v
		}
		// r.Context().Value(ctxKey{}).(*User): the type names the caller
		if call, ok := unparen(e.X).(*ast.CallExpr); ok && e.Type != nil {
			if fn := c.callee(call); fn != nil {
				if g, ok := c.kb.Getter(funcKey(fn)); ok && g.What == knowledge.ContextValue &&
					words.IsPrincipal(typeName(info.TypeOf(e.Type))) {
					return valueInfo{principal: true}
				}
			}
		}
	}
	return valueInfo{}
}

// derivers are packages whose functions transform a credential into a
// credential (trimmed, split, decoded).
var derivers = map[string]bool{"strings": true, "bytes": true, "encoding/base64": true}

func (c *checker) tupleValue(a assign, depth int) valueInfo {
	switch rhs := unparen(a.rhs).(type) {
	case *ast.CallExpr:
		fn := c.callee(rhs)
		if fn == nil {
			return valueInfo{}
		}
		if ch, ok := c.kb.Check(funcKey(fn)); ok && ch.Kind == knowledge.Authn && ch.Result != a.index {
			// the user and password of r.BasicAuth(), the token of jwt.Parse
			return valueInfo{cred: true}
		}
		if g, ok := c.kb.Getter(funcKey(fn)); ok && a.index == 0 {
			return c.getterValue(rhs, g)
		}
		if a.index == 0 && c.isPrincipalGetter(fn, rhs) {
			return valueInfo{principal: true}
		}
		if p := fn.Pkg(); p != nil && derivers[p.Path()] && a.index == 0 {
			// before, after, found := strings.Cut(auth, " ")
			for _, arg := range rhs.Args {
				if v := c.value(arg, depth+1); v.cred {
					return v
				}
			}
		}
	case *ast.TypeAssertExpr:
		if a.index == 0 {
			return c.value(rhs, depth)
		}
	}
	return valueInfo{}
}

// getterValue says what a request getter returns: a credential header, a
// session cookie, the principal stored in the context.
func (c *checker) getterValue(call *ast.CallExpr, g knowledge.Getter) valueInfo {
	names := c.keyNames(call, g)
	k := c.words.Classify(names...)
	if k == words.Neutral {
		return valueInfo{neutral: true}
	}
	switch g.What {
	case knowledge.Header:
		if k == words.Authn || words.Has("authorization", names...) {
			return valueInfo{cred: true}
		}
	case knowledge.Cookie:
		if k == words.Authn || words.IsPrincipal(names...) {
			return valueInfo{cred: true}
		}
	case knowledge.ContextValue:
		if c.lookupIsPrincipal(call, g) {
			return valueInfo{principal: true}
		}
	case knowledge.Param:
		// ?api_key=, the username and password of a login form
		for _, n := range names {
			if words.IsCredentialParam(n) {
				return valueInfo{cred: true}
			}
		}
	}
	return valueInfo{}
}

// lookupIsPrincipal reports whether a context look-up fetches the caller's
// identity: its key is named for a user, claims, principal or token.
func (c *checker) lookupIsPrincipal(call *ast.CallExpr, g knowledge.Getter) bool {
	names := c.keyNames(call, g)
	return words.IsPrincipal(names...) || c.words.Classify(names...) == words.Authn
}

// keyNames returns the words of a getter's key: the constant string, or the
// names in the key expression (userKey, ctxKeyClaims{}).
func (c *checker) keyNames(call *ast.CallExpr, g knowledge.Getter) []string {
	if g.Key >= len(call.Args) {
		return nil
	}
	key := call.Args[g.Key]
	var out []string
	if tv := c.pass.TypesInfo.Types[key]; tv.Value != nil && tv.Value.Kind() == constant.String {
		out = append(out, constant.StringVal(tv.Value))
	}
	out = append(out, c.names(key)...)
	if t := c.pass.TypesInfo.TypeOf(key); t != nil {
		out = append(out, typeName(t))
	}
	return out
}

func isHeaderType(t types.Type) bool {
	return t != nil && typeName(t) == "Header" && pkgOf(t) == "net/http"
}

func (c *checker) headerValue(info *types.Info, key ast.Expr) valueInfo {
	tv := info.Types[key]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return valueInfo{}
	}
	name := constant.StringVal(tv.Value)
	switch c.words.Classify(name) {
	case words.Neutral:
		return valueInfo{neutral: true}
	case words.Authn:
		return valueInfo{cred: true}
	}
	if words.Has("authorization", name) {
		return valueInfo{cred: true}
	}
	return valueInfo{}
}

// isPrincipalGetter reports whether fn returns the caller's identity from
// the request: currentUser(r), auth.UserFromContext(ctx), GetClaims(c). Its
// name has a principal word and nothing but getter words, and it is given
// the request, a context or a framework context.
func (c *checker) isPrincipalGetter(fn *types.Func, call *ast.CallExpr) bool {
	principal, ok := c.getters[fn]
	if !ok {
		principal = namesPrincipal(fn)
		c.getters[fn] = principal
	}
	if !principal {
		return false
	}
	args := call.Args
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil {
			args = append([]ast.Expr{sel.X}, args...)
		}
	}
	for _, a := range args {
		if isRequestLike(c.pass.TypesInfo.TypeOf(a)) {
			return true
		}
	}
	return false
}

// namesPrincipal reports whether fn's name is a getter of the caller
// (currentUser, GetPrincipal), or a getter whose result type names the
// caller (current(r) *User).
func namesPrincipal(fn *types.Func) bool {
	principal := false
	for _, w := range words.Split(fn.Name()) {
		switch {
		case words.IsPrincipal(w):
			principal = true
		case getterWords[w]:
		default:
			return false
		}
	}
	if sig, ok := fn.Type().(*types.Signature); !principal && ok && sig.Results().Len() > 0 {
		principal = words.IsPrincipal(typeName(sig.Results().At(0).Type()))
	}
	return principal
}

var getterWords = map[string]bool{
	"get": true, "current": true, "load": true, "fetch": true, "must": true, "extract": true,
	"lookup": true, "from": true, "context": true, "ctx": true, "request": true, "req": true,
	"authenticated": true, "auth": true, "logged": true, "in": true, "for": true, "of": true,
	"read": true, "parse": true, "retrieve": true, "info": true,
}

// isRequestLike reports whether t carries a request: *http.Request,
// context.Context, or a framework context.
func isRequestLike(t types.Type) bool {
	if t == nil {
		return false
	}
	name, pkg := typeName(t), pkgOf(t)
	switch {
	case pkg == "net/http" && name == "Request":
		return true
	case pkg == "context" && name == "Context":
		return true
	case name == "Context" || name == "Ctx" || name == "DefaultCtx":
		return knowledge.IsHTTPPackage(pkg)
	}
	return false
}

// names returns the identifier names in e worth weighing: the fields and
// variables compared or passed, and the constant keys of map look-ups
// (claims["role"]), not package names or other string contents.
func (c *checker) names(e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			if tv := c.pass.TypesInfo.Types[n.Index]; tv.Value != nil && tv.Value.Kind() == constant.String {
				out = append(out, constant.StringVal(tv.Value))
			}
		case *ast.CallExpr:
			// c.GetString("role"), c.Locals("tenant"): the key says what
			if fn := c.callee(n); fn != nil {
				if g, ok := c.kb.Getter(funcKey(fn)); ok && g.Key < len(n.Args) {
					if tv := c.pass.TypesInfo.Types[n.Args[g.Key]]; tv.Value != nil && tv.Value.Kind() == constant.String {
						out = append(out, constant.StringVal(tv.Value))
					}
				}
			}
		case *ast.Ident:
			if _, isPkg := c.pass.TypesInfo.Uses[n].(*types.PkgName); !isPkg {
				out = append(out, n.Name)
			}
		}
		return true
	})
	return out
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

func isEmpty(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// isLenZero reports whether x is len(...) and y is the constant 0.
func isLenZero(info *types.Info, x, y ast.Expr) bool {
	call, ok := x.(*ast.CallExpr)
	if !ok || !isLen(info, call) {
		return false
	}
	tv := info.Types[y]
	return tv.Value != nil && constant.Sign(tv.Value) == 0
}

func isLen(info *types.Info, call *ast.CallExpr) bool {
	id, ok := unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "len"
}

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool {
	return t != nil && types.Identical(t, errorType)
}

func isBool(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// show renders e for a message, shortening long calls to f(...).
func show(n ast.Node) string {
	e, ok := n.(ast.Expr)
	if !ok {
		return ""
	}
	s := types.ExprString(e)
	if len(s) <= 48 {
		return s
	}
	if call, ok := e.(*ast.CallExpr); ok {
		return types.ExprString(call.Fun) + "(...)"
	}
	return s[:45] + "..."
}

// objects returns the variable e names, if it is one.
func (c *checker) objects(e ast.Expr) []types.Object {
	if id, ok := unparen(e).(*ast.Ident); ok {
		if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
			return []types.Object{obj}
		}
	}
	return nil
}

// kindConst classifies a named constant of a defined type by its name:
// KindForbidden, codes.PermissionDenied, CodeUnauthenticated.
func (c *checker) kindConst(e ast.Expr) (kind, string, bool) {
	var id *ast.Ident
	switch e := unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return kUnknown, "", false
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok {
		return kUnknown, "", false
	}
	if _, named := types.Unalias(k.Type()).(*types.Named); !named || !words.IsFailure(k.Name()) {
		return kUnknown, "", false // RoleUser is a value compared, not a failure
	}
	switch kk := fromWords(c.words.Classify(k.Name())); kk {
	case kAuthn, kAuthz, kNeutral:
		return kk, show(e), true
	}
	return kUnknown, "", false
}
