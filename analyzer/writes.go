package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// prescan computes the same-package summaries that the search for writes
// needs: status-forwarding and fixed-status helpers, status variables and
// status-mapping functions, assignments for tracing values, and which files
// are generated or carry ignore directives.
func (c *checker) prescan() {
	for _, f := range c.pass.Files {
		tf := c.pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		if ast.IsGenerated(f) {
			c.generated[tf] = true
		}
		var src []byte
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				if !strings.HasPrefix(cm.Text, "//authstatus:ignore") {
					continue
				}
				if c.ignored[tf] == nil {
					c.ignored[tf] = map[int]bool{}
					src, _ = c.pass.ReadFile(tf.Name())
				}
				// A directive after code covers its own line; one on a line
				// of its own covers the next line.
				line := tf.Line(cm.Pos())
				if standalone(src, tf, cm.Pos()) {
					line++
				}
				c.ignored[tf][line] = true
			}
		}
	}

	// One walk records assignments and, per function, the calls that pass
	// one of its parameters on.
	var decls []*ast.FuncDecl
	calls := map[*ast.FuncDecl][]declCall{}
	c.insp.WithStack([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil), (*ast.FuncDecl)(nil), (*ast.CompositeLit)(nil)},
		func(n ast.Node, push bool, stack []ast.Node) bool {
			if !push {
				return true
			}
			switch n := n.(type) {
			case *ast.CompositeLit:
				c.recordCallbackFields(n)
			case *ast.FuncDecl:
				if n.Body != nil {
					decls = append(decls, n)
					if fn, ok := c.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
						c.decls[fn] = n
					}
				}
			case *ast.AssignStmt:
				c.recordAssign(n.Pos(), n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				c.recordValueSpec(n)
			case *ast.CallExpr:
				fn := c.callee(n)
				if fn == nil {
					return true // no sink, no callback, no helper
				}
				c.recordCallbackArgs(n, fn)
				inLit := false
			outer:
				for i := len(stack) - 2; i >= 0; i-- {
					switch fd := stack[i].(type) {
					case *ast.FuncLit:
						inLit = true
					case *ast.FuncDecl:
						top := !inLit && stack[i+1] == fd.Body
						calls[fd] = append(calls[fd], declCall{n, fn, top})
						break outer
					}
				}
			}
			return true
		})

	// Forwarding helpers: func writeError(w http.ResponseWriter, code int, msg string)
	// { http.Error(w, msg, code) } makes writeError a sink of its second
	// argument. Helpers calling helpers need a few rounds.
	for changed, round := true, 0; changed && round < 5; round++ {
		changed = false
		for _, fd := range decls {
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			if _, done := c.forwarders[fn]; done {
				continue
			}
			params := paramIndex(c.pass.TypesInfo, fd.Type)
			for _, dc := range calls[fd] {
				call := dc.call
				i := c.sinkArgOf(dc.fn)
				if i < 0 || i >= len(call.Args) {
					continue
				}
				id, ok := unparen(call.Args[i]).(*ast.Ident)
				if !ok {
					continue
				}
				if p, ok := params[c.pass.TypesInfo.Uses[id]]; ok && isInteger(c.pass.TypesInfo.TypeOf(id)) {
					c.forwarders[fn] = p
					c.fwdError[fn] = c.sinkMakesError(call)
					changed = true
					break
				}
			}
		}
	}

	// Status variables and status-mapping functions reach a sink; fixed-status
	// helpers write one status unconditionally.
	for _, fd := range decls {
		fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		for _, dc := range calls[fd] {
			call := dc.call
			i := c.sinkArgOf(dc.fn)
			if i < 0 || i >= len(call.Args) {
				continue
			}
			switch a := unparen(call.Args[i]).(type) {
			case *ast.Ident:
				if v, ok := c.pass.TypesInfo.Uses[a].(*types.Var); ok {
					c.statusVars[v] = true
				}
			case *ast.SelectorExpr:
				// render.Status(r, e.HTTPStatusCode): the field is a status
				// wherever it is set.
				if v, ok := c.pass.TypesInfo.Uses[a.Sel].(*types.Var); ok && v.IsField() && v.Pkg() == c.pass.Pkg {
					c.statusVars[v] = true
				}
			case *ast.CallExpr:
				if f := c.callee(a); f != nil && f.Pkg() == c.pass.Pkg {
					c.statusFuncs[f] = true
				}
			}
		}
		if fn == nil {
			continue
		}
		if _, fwd := c.forwarders[fn]; !fwd {
			if s := c.fixedStatus(fd, calls[fd]); s != 0 {
				c.fixed[fn] = s
			}
		}
		if c.returnsStatusConst(fd) {
			c.statusFuncs[fn] = true
		}
	}
	c.findStatusSentinels()
}

// findStatusSentinels finds the package's error variables that carry a 401
// or 403: made by a status sink (echo.NewHTTPError(http.StatusForbidden, ...))
// or a composite literal with a named status constant in it
// (&errHTTP{40101, http.StatusUnauthorized, "unauthorized"}).
func (c *checker) findStatusSentinels() {
	for v, init := range c.varInit {
		if !isError(v.Type()) && !implementsError(v.Type()) {
			continue
		}
		e := unparen(init)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = unparen(u.X)
		}
		status := 0
		switch e := e.(type) {
		case *ast.CallExpr:
			if i := c.sinkArg(e); i >= 0 && i < len(e.Args) {
				status = c.statusOf(e.Args[i])
			}
		case *ast.CompositeLit:
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				if s := c.statusOf(el); s != 0 && c.isStatusConst(el) {
					status = s
				}
			}
		}
		if status != 0 {
			c.statusSentinels[v] = status
		}
	}
}

// prescanFacts is prescan for a package that writes no status: only what
// its facts need, its functions and its assignments, without resolving a
// call.
func (c *checker) prescanFacts() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
	}
	c.insp.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			c.recordAssign(n.Pos(), n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			c.recordValueSpec(n)
		}
	})
}

func (c *checker) recordValueSpec(n *ast.ValueSpec) {
	lhs := make([]ast.Expr, len(n.Names))
	for i, id := range n.Names {
		lhs[i] = id
	}
	c.recordAssign(n.Pos(), lhs, n.Values)
}

func (c *checker) recordAssign(pos token.Pos, lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := c.pass.TypesInfo.Defs[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Uses[id]
		}
		v, ok := obj.(*types.Var)
		if !ok {
			continue
		}
		switch {
		case len(rhs) == len(lhs):
			c.assigns[v] = append(c.assigns[v], assign{pos: pos, rhs: rhs[i]})
			if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
				c.varInit[v] = rhs[i]
			}
		case len(rhs) == 1:
			c.assigns[v] = append(c.assigns[v], assign{pos: pos, rhs: rhs[0], index: i, tuple: true})
			if !isError(v.Type()) && !isBool(v.Type()) {
				r := unparen(rhs[0])
				c.results[r] = append(c.results[r], v)
			}
		}
	}
}

// paramIndex maps each parameter object of ft to its index.
func paramIndex(info *types.Info, ft *ast.FuncType) map[types.Object]int {
	m := map[types.Object]int{}
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil {
				m[obj] = i
			}
			i++
		}
	}
	return m
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// A declCall is a call in a function declaration, with its callee; top says
// it is in the body and not inside a function literal there.
type declCall struct {
	call *ast.CallExpr
	fn   *types.Func
	top  bool
}

// fixedStatus returns the status a function writes unconditionally: its body
// has exactly one status write, a constant 401 or 403, as a top-level
// statement. calls are the calls in its body.
func (c *checker) fixedStatus(fd *ast.FuncDecl, calls []declCall) int {
	status, writes := 0, 0
	for _, dc := range calls {
		if !dc.top {
			continue
		}
		if i := c.sinkArgOf(dc.fn); i >= 0 {
			writes++
			if i < len(dc.call.Args) {
				status = c.statusOf(dc.call.Args[i])
			}
		}
	}
	if writes != 1 || status == 0 {
		return 0
	}
	for _, st := range fd.Body.List {
		var e ast.Expr
		switch st := st.(type) {
		case *ast.ExprStmt:
			e = st.X
		case *ast.ReturnStmt:
			if len(st.Results) == 1 {
				e = st.Results[0]
			}
		}
		if call, ok := unparen(e).(*ast.CallExpr); ok && c.sinkArg(call) >= 0 {
			return status
		}
	}
	return 0
}

// returnsStatusConst reports whether a function returning an integer returns
// a named status constant (http.StatusNotFound, fiber.StatusForbidden):
// a status-mapping function even where no call of it is in sight.
//
// Handlers of the func(w, r) (int, error) style, whose status an adapter
// writes, count too: their first result is the status.
func (c *checker) returnsStatusConst(fd *ast.FuncDecl) bool {
	fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || statusResults(fn) == 0 {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 && c.isStatusConst(n.Results[0]) {
				found = true
			}
		}
		return !found
	})
	return found
}

// statusResults returns how many results fn has if they can be a status
// mapping: (int) or (int, error); otherwise 0.
func statusResults(fn *types.Func) int {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return 0
	}
	res := sig.Results()
	switch {
	case res.Len() == 1 && isInteger(res.At(0).Type()):
		return 1
	case res.Len() == 2 && isInteger(res.At(0).Type()) && isError(res.At(1).Type()):
		return 2
	}
	return 0
}

// isStatusConst reports whether e names a status constant of a package that
// declares them (http.StatusForbidden, fiber.StatusOK).
func (c *checker) isStatusConst(e ast.Expr) bool {
	var id *ast.Ident
	switch e := unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	return ok && k.Pkg() != nil && strings.HasPrefix(k.Name(), "Status") && c.kb.DeclaresStatusConsts(k.Pkg().Path())
}

// collect finds every 401/403 write in the package.
func (c *checker) collect() []write {
	var out []write
	add := func(w write, stack []ast.Node) {
		if w.status == 0 {
			return
		}
		w.stack = append([]ast.Node(nil), stack...)
		out = append(out, w)
	}
	filter := []ast.Node{
		(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.ReturnStmt)(nil), (*ast.CompositeLit)(nil),
	}
	// Identifiers are many and few can name a sentinel: only the names of
	// sentinels in reach are resolved, and none if there are none.
	names := c.sentinelNames()
	if len(names) > 0 {
		filter = append(filter, (*ast.Ident)(nil))
	}
	c.insp.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := c.callee(n)
			if fn == nil {
				return true
			}
			if i := c.sinkArgOf(fn); i >= 0 && i < len(n.Args) {
				add(write{status: c.statusOf(n.Args[i]), expr: n.Args[i], at: n, literalPos: true}, stack)
			} else if s, ok := c.fixedStatusOf(fn); ok {
				add(write{status: s, expr: n, at: n, via: fn.Name()}, stack)
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i < len(n.Rhs) && len(n.Rhs) == len(n.Lhs) && c.isStatusVar(l) {
					add(write{status: c.statusOf(n.Rhs[i]), expr: n.Rhs[i], at: n, literalPos: true}, stack)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if i < len(n.Values) && len(n.Values) == len(n.Names) && c.isStatusVar(id) {
					add(write{status: c.statusOf(n.Values[i]), expr: n.Values[i], at: n, literalPos: true}, stack)
				}
			}
		case *ast.ReturnStmt:
			if fn := enclosingFuncDecl(c.pass.TypesInfo, stack); fn != nil && c.statusFuncs[fn] && len(n.Results) == statusResults(fn) && len(n.Results) > 0 {
				add(write{status: c.statusOf(n.Results[0]), expr: n.Results[0], at: n, literalPos: true}, stack)
			}
		case *ast.Ident:
			if !names[n.Name] {
				return true
			}
			if s, ok, local := c.sentinel(n); ok && c.sentinelIsWritten(stack) {
				var e ast.Expr = n
				if len(stack) >= 2 {
					if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.Sel == n {
						e = sel
					}
				}
				w := write{status: s.Status, expr: e, at: e}
				if local {
					w.as = types.ExprString(e)
				}
				add(w, stack)
			}
		case *ast.CompositeLit:
			t := c.pass.TypesInfo.TypeOf(n)
			if t == nil {
				return true
			}
			if c.isStatusMap(n, t) {
				// map[error]int{ErrPermissionDenied: http.StatusForbidden}:
				// each entry maps its key to a status.
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						add(write{status: c.statusOf(kv.Value), expr: kv.Value, at: kv, key: kv.Key, literalPos: true}, stack)
					}
				}
				return true
			}
			named := typeName(t)
			pkg := pkgOf(t)
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, ok := kv.Key.(*ast.Ident)
				if ok && (c.kb.IsStatusField(pkg, named, key.Name) || c.isStatusVar(key)) {
					add(write{status: c.statusOf(kv.Value), expr: kv.Value, at: n, literalPos: true}, stack)
				}
			}
		}
		return true
	})
	return out
}

// sentinelNames returns the names of the sentinels an identifier of the
// package can denote: the tables' sentinels of the packages it imports, its
// own status sentinels, and the variables with a SentinelFact (those of its
// dependencies: a superset of its imports', found without walking the
// imports' scopes).
func (c *checker) sentinelNames() map[string]bool {
	names := map[string]bool{}
	for v := range c.statusSentinels {
		names[v.Name()] = true
	}
	for _, imp := range c.pass.Pkg.Imports() {
		for _, s := range c.kb.Sentinels(imp.Path()) {
			names[s.Name] = true
		}
	}
	for _, f := range c.pass.AllObjectFacts() {
		if _, ok := f.Fact.(*SentinelFact); ok {
			names[f.Object.Name()] = true
		}
	}
	return names
}

func (c *checker) isStatusVar(e ast.Expr) bool {
	if sel, ok := e.(*ast.SelectorExpr); ok {
		e = sel.Sel // resp.Status = 403
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	v, ok := obj.(*types.Var)
	return ok && c.statusVars[v]
}

// pkgOf returns the import path of the package declaring the named type t or *t.
func pkgOf(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path()
	}
	return ""
}

// enclosingFuncDecl returns the function declared by the innermost FuncDecl of
// stack, or nil if a function literal is closer.
func enclosingFuncDecl(info *types.Info, stack []ast.Node) *types.Func {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

// sentinelIsWritten reports whether the sentinel identifier at the top of
// stack is used as a response (returned, passed, assigned) rather than
// inspected (compared, matched with errors.Is, a switch case, a field read).
func (c *checker) sentinelIsWritten(stack []ast.Node) bool {
	i := len(stack) - 1
	var e ast.Node = stack[i]
	if i >= 1 {
		if sel, ok := stack[i-1].(*ast.SelectorExpr); ok && sel.Sel == e {
			e = sel
			i--
		}
	}
	for i >= 1 {
		p, ok := stack[i-1].(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p
		i--
	}
	if i < 1 {
		return false
	}
	if enclosingFunc(stack) == nil {
		return false // a package-level declaration, not a response
	}
	switch p := stack[i-1].(type) {
	case *ast.BinaryExpr:
		return false
	case *ast.CaseClause:
		return false
	case *ast.SelectorExpr:
		// echo.ErrUnauthorized.WithInternal(err) is still the response;
		// echo.ErrUnauthorized.Code is not.
		sel := c.pass.TypesInfo.Selections[p]
		return sel != nil && sel.Kind() == types.MethodVal
	case *ast.CallExpr:
		if fn := c.callee(p); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" {
			return false
		}
	case *ast.ValueSpec, *ast.KeyValueExpr, *ast.CompositeLit:
		return false
	}
	return true
}

// enclosingFunc returns the innermost function (declaration or literal) of stack.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return stack[i]
		}
	}
	return nil
}

// isStatusMap reports whether lit is a map literal from errors or error kinds
// to statuses: its values are integers, at least one of them a named status
// constant.
func (c *checker) isStatusMap(lit *ast.CompositeLit, t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok || !isInteger(m.Elem()) {
		return false
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok && c.isStatusConst(kv.Value) {
			return true
		}
	}
	return false
}

// standalone reports whether only blanks precede pos on its line.
func standalone(src []byte, tf *token.File, pos token.Pos) bool {
	off := tf.Offset(pos)
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if src == nil || off > len(src) {
		return true
	}
	return strings.TrimSpace(string(src[start:off])) == ""
}

// recordCallbackArgs marks the credential parameters of a callback handed to
// an authentication middleware: middleware.KeyAuth(func(key string, ...)).
func (c *checker) recordCallbackArgs(call *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() == nil {
		return
	}
	for i, a := range call.Args {
		if params := c.kb.CallbackArg(fn.Pkg().Path(), fn.Name(), i); params != nil {
			c.markCredParams(a, params)
		}
	}
}

// recordCallbackFields does the same for configuration structs:
// keyauth.Config{Validator: func(c *fiber.Ctx, key string) (bool, error) {...}}.
func (c *checker) recordCallbackFields(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	pkg, name := pkgOf(t), typeName(t)
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			if params := c.kb.CallbackField(pkg, name, key.Name); params != nil {
				c.markCredParams(kv.Value, params)
			}
		}
	}
}

// markCredParams marks parameters of the function literal or same-package
// function e.
func (c *checker) markCredParams(e ast.Expr, params []int) {
	var ft *ast.FuncType
	switch e := unparen(e).(type) {
	case *ast.FuncLit:
		ft = e.Type
	case *ast.Ident:
		if fn, ok := c.pass.TypesInfo.Uses[e].(*types.Func); ok {
			// the declaration may come later in the package
			for _, f := range c.pass.Files {
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && c.pass.TypesInfo.Defs[fd.Name] == fn {
						ft = fd.Type
					}
				}
			}
		}
	}
	if ft == nil {
		return
	}
	for obj, i := range paramIndex(c.pass.TypesInfo, ft) {
		for _, p := range params {
			if v, ok := obj.(*types.Var); ok && p == i {
				c.credParams[v] = true
			}
		}
	}
}
