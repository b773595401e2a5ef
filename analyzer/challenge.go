package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The opt-in missing-www-authenticate check. RFC 9110 §15.5.2: a server
// generating a 401 response MUST send a WWW-Authenticate header field with at
// least one challenge. A 401 written where the function writing it set no
// WWW-Authenticate header before it (directly, through a framework's header
// setter, or through a helper known by ChallengeFact) is reported.
//
// Only writes of the response are checked, not statuses put in error values
// (echo.NewHTTPError) or chosen by mapping functions, since the code that
// finally writes those may add the header. Where a header is set with a name
// that is not a constant, it may be the challenge: no report.

// challenges holds where the package sets WWW-Authenticate.
type challenges struct {
	// at lists, per top-level function, the calls that set the header (or
	// may).
	at map[ast.Node][]setAt
	// setters are this package's functions that set it.
	setters map[*types.Func]bool
	// sites lists the calls of this package's functions, with the
	// top-level function each one is in.
	sites map[*types.Func][]site
}

type site struct {
	outer ast.Node
	pos   token.Pos
}

// A setAt is one call that sets the header, with the blocks around it that
// end in a return: a write outside such a block is not reached from the set.
type setAt struct {
	pos  token.Pos
	ends []ast.Node
}

// returningBlocks returns the blocks and case clauses of stack that end in a
// return statement or a panic.
func returningBlocks(stack []ast.Node) []ast.Node {
	var out []ast.Node
	for _, n := range stack {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			continue
		}
		if len(list) == 0 {
			continue
		}
		switch last := list[len(list)-1].(type) {
		case *ast.ReturnStmt:
			out = append(out, n)
		case *ast.ExprStmt:
			if call, ok := last.X.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// findChallenges finds the calls that set WWW-Authenticate and exports a
// ChallengeFact for each function that makes one.
func (c *checker) findChallenges() *challenges {
	ch := &challenges{at: map[ast.Node][]setAt{}, setters: map[*types.Func]bool{}, sites: map[*types.Func][]site{}}
	type localCall struct {
		fn *types.Func
		at setAt
	}
	local := map[ast.Node][]localCall{}
	c.insp.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 {
			return true
		}
		outer := stack[1] // the file's declaration this node is in
		switch n := n.(type) {
		case *ast.AssignStmt:
			// w.Header()["Www-Authenticate"] = []string{...}
			for _, l := range n.Lhs {
				if ix, ok := unparen(l).(*ast.IndexExpr); ok && isHeaderType(c.pass.TypesInfo.TypeOf(ix.X)) && c.maybeChallengeName(ix.Index) {
					ch.at[outer] = append(ch.at[outer], setAt{n.Pos(), returningBlocks(stack)})
				}
			}
		case *ast.CallExpr:
			fn := c.callee(n)
			if fn == nil {
				return true
			}
			if h, ok := c.kb.HeaderSetter(funcKey(fn)); ok {
				if h.Key < len(n.Args) && c.maybeChallengeName(n.Args[h.Key]) {
					ch.at[outer] = append(ch.at[outer], setAt{n.Pos(), returningBlocks(stack)})
				}
				return true
			}
			if fn.Pkg() == c.pass.Pkg {
				local[outer] = append(local[outer], localCall{fn, setAt{n.Pos(), returningBlocks(stack)}})
				ch.sites[fn] = append(ch.sites[fn], site{outer, n.Pos()})
			} else if c.pass.ImportObjectFact(fn, new(ChallengeFact)) {
				ch.at[outer] = append(ch.at[outer], setAt{n.Pos(), returningBlocks(stack)})
			}
		}
		return true
	})
	declOf := map[ast.Node]*types.Func{}
	for fn, fd := range c.decls {
		declOf[fd] = fn
		if len(ch.at[fd]) > 0 {
			ch.setters[fn] = true
		}
	}
	// Helpers calling helpers.
	for changed := true; changed; {
		changed = false
		for outer, calls := range local {
			fn := declOf[outer]
			if fn == nil || ch.setters[fn] {
				continue
			}
			for _, call := range calls {
				if ch.setters[call.fn] {
					ch.setters[fn] = true
					changed = true
					break
				}
			}
		}
	}
	for outer, calls := range local {
		for _, call := range calls {
			if ch.setters[call.fn] {
				ch.at[outer] = append(ch.at[outer], call.at)
			}
		}
	}
	for fn := range ch.setters {
		c.pass.ExportObjectFact(fn, &ChallengeFact{})
	}
	return ch
}

// maybeChallengeName reports whether a header name argument is
// WWW-Authenticate, or may be (it is not a constant).
func (c *checker) maybeChallengeName(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return true
	}
	return tv.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(tv.Value), "WWW-Authenticate")
}

// setBefore reports whether outer sets the header before pos, in a place
// from which pos may be reached.
func (ch *challenges) setBefore(outer ast.Node, pos token.Pos) bool {
next:
	for _, s := range ch.at[outer] {
		if s.pos >= pos {
			continue
		}
		for _, b := range s.ends {
			if pos < b.Pos() || pos >= b.End() {
				continue next // the set's branch returns before pos
			}
		}
		return true
	}
	return false
}

// checkChallenge reports a 401 response written without WWW-Authenticate.
func (c *checker) checkChallenge(ch *challenges, w write) {
	call, ok := w.at.(*ast.CallExpr)
	if w.status != statusUnauthorized || !ok || w.via != "" || len(w.stack) < 2 || c.swapped[w.expr] {
		return
	}
	if i := c.sinkArg(call); i < 0 || i >= len(call.Args) || call.Args[i] != w.expr || c.sinkMakesError(call) {
		return
	}
	if tf, silenced := c.silenced(w); silenced || strings.HasSuffix(tf.Name(), "_test.go") {
		return
	}
	outer := w.stack[1]
	if ch.setBefore(outer, call.Pos()) {
		return
	}
	if fn := c.callee(call); fn != nil && ch.setters[fn] {
		return // a forwarder that sets the header itself
	} else if fn != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, new(ChallengeFact)) {
		return
	}
	// A helper that writes the 401 for its callers: the callers may set
	// the header before calling it.
	if fd, ok := outer.(*ast.FuncDecl); ok {
		if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			for _, s := range ch.sites[fn] {
				if ch.setBefore(s.outer, s.pos) {
					return
				}
			}
		}
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: w.expr.Pos(), End: w.expr.End(), Category: CategoryMissingWWWAuthenticate,
		Message: "401 Unauthorized written without a WWW-Authenticate header; RFC 9110 requires a challenge on every 401, set one before writing the status",
	})
}
