package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authstatus/authstatus/analyzer/internal/words"
)

func statusText(s int) string {
	if s == statusUnauthorized {
		return "401 Unauthorized"
	}
	return "403 Forbidden"
}

// silenced reports whether nothing may be reported on w: it is in a
// generated file or under an //authstatus:ignore directive. It returns w's
// file.
func (c *checker) silenced(w write) (*token.File, bool) {
	tf := c.pass.Fset.File(w.expr.Pos())
	return tf, tf == nil || c.generated[tf] || c.isIgnored(tf, w.expr.Pos()) || c.isIgnored(tf, w.at.Pos())
}

// check reports what is wrong with one write, if anything: the wrong status
// for the failed check, or a bare literal.
func (c *checker) check(w write) {
	tf, silenced := c.silenced(w)
	if silenced {
		return
	}
	lit, isLit := unparen(w.expr).(*ast.BasicLit)
	isLit = isLit && w.literalPos && lit.Kind == token.INT
	if c.checkHelperName(w, isLit) {
		return
	}
	k, ev := kUnknown, (*evidence)(nil)
	if c.judges(w, tf) {
		if f := c.decide(w); !f.blocked {
			k, ev = f.failure()
			if k == kAuthn && c.callerKnownBefore(w, ev) {
				k, ev = kUnknown, nil
			}
		}
	}

	var want int
	var category, advice string
	switch {
	case k == kAuthz && w.status == statusUnauthorized:
		want, category = statusForbidden, CategoryUse403
		advice = "the caller is authenticated but not permitted, use 403 Forbidden"
	case k == kAuthn && w.status == statusForbidden:
		want, category = statusUnauthorized, CategoryUse401
		advice = "the caller is not authenticated, use 401 Unauthorized"
	}
	if category != "" {
		msg := fmt.Sprintf("%s written %s; %s", statusText(w.status), ev.phrase, advice)
		if w.via != "" {
			msg = fmt.Sprintf("%s written by %s %s; %s", statusText(w.status), w.via, ev.phrase, advice)
		}
		if w.as != "" {
			msg = fmt.Sprintf("%s written as %s %s; %s", statusText(w.status), w.as, ev.phrase, advice)
		}
		if !c.cfg.reports(category) {
			return
		}
		d := analysis.Diagnostic{
			Pos: w.expr.Pos(), End: w.expr.End(), Category: category, Message: msg,
			Related: []analysis.RelatedInformation{{Pos: ev.node.Pos(), End: ev.node.End(), Message: "the check that failed"}},
		}
		if w.via == "" && w.as == "" {
			if fix, ok := c.swapFix(w, want, isLit); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		c.pass.Report(d)
		c.swapped[w.expr] = true
		return
	}
	if isLit {
		category = CategoryForbiddenLiteral
		if w.status == statusUnauthorized {
			category = CategoryUnauthorizedLiteral
		}
		if !c.cfg.reports(category) {
			return
		}
		use := constName(w.status)
		fix, ok := c.constFix(lit, w.status)
		if ok {
			use = string(fix.TextEdits[0].NewText)
		}
		d := analysis.Diagnostic{
			Pos: lit.Pos(), End: lit.End(), Category: category,
			Message: fmt.Sprintf("%s written as a bare literal; use %s", statusText(w.status), use),
		}
		if ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		c.pass.Report(d)
	}
}

func constName(s int) string {
	if s == statusUnauthorized {
		return "http.StatusUnauthorized"
	}
	return "http.StatusForbidden"
}

func (c *checker) isIgnored(tf *token.File, pos token.Pos) bool {
	lines := c.ignored[tf]
	if lines == nil {
		return false
	}
	return lines[tf.Line(pos)]
}

// swapFix rewrites the status expression of w to the other status, in the
// same form: http.StatusUnauthorized becomes http.StatusForbidden,
// echo.ErrForbidden becomes echo.ErrUnauthorized, a literal becomes the
// net/http constant.
func (c *checker) swapFix(w write, want int, isLit bool) (analysis.SuggestedFix, bool) {
	if isLit {
		return c.constFix(w.expr.(*ast.BasicLit), want)
	}
	var sel *ast.Ident
	switch e := unparen(w.expr).(type) {
	case *ast.SelectorExpr:
		if _, ok := c.pass.TypesInfo.Uses[identOf(e.X)].(*types.PkgName); !ok {
			return analysis.SuggestedFix{}, false
		}
		sel = e.Sel
	case *ast.Ident:
		sel = e // dot-imported
	default:
		return analysis.SuggestedFix{}, false
	}
	obj := c.pass.TypesInfo.Uses[sel]
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return analysis.SuggestedFix{}, false
	}
	var name string
	switch obj := obj.(type) {
	case *types.Const:
		if !c.kb.DeclaresStatusConsts(obj.Pkg().Path()) {
			return analysis.SuggestedFix{}, false
		}
		name = "StatusForbidden"
		if want == statusUnauthorized {
			name = "StatusUnauthorized"
		}
	case *types.Var:
		s, ok := c.kb.Sentinel(obj.Pkg().Path(), obj.Name())
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		p, ok := c.kb.Partner(s)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		name = p.Name
	default:
		return analysis.SuggestedFix{}, false
	}
	if o := obj.Pkg().Scope().Lookup(name); o == nil {
		return analysis.SuggestedFix{}, false
	}
	if _, ok := w.expr.(*ast.Ident); ok {
		// A dot-imported name must not be shadowed where it is written.
		if _, o := c.pass.TypesInfo.Scopes[c.fileOf(sel.Pos())].LookupParent(name, sel.Pos()); o == nil || o.Pkg() != obj.Pkg() {
			return analysis.SuggestedFix{}, false
		}
	}
	qual := ""
	if x, ok := unparen(w.expr).(*ast.SelectorExpr); ok {
		qual = types.ExprString(x.X) + "."
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %s%s with %s%s", qual, sel.Name, qual, name),
		TextEdits: []analysis.TextEdit{{Pos: sel.Pos(), End: sel.End(), NewText: []byte(name)}},
	}, true
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := unparen(e).(*ast.Ident)
	return id
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// constFix replaces a status literal with the named constant for status:
// net/http's under the file's own name for it, else that of another imported
// package declaring status constants (fiber.StatusForbidden), else net/http's
// with an import added. Where no name is certainly right, it offers nothing.
func (c *checker) constFix(lit *ast.BasicLit, status int) (analysis.SuggestedFix, bool) {
	name := "StatusForbidden"
	if status == statusUnauthorized {
		name = "StatusUnauthorized"
	}
	file := c.fileOf(lit.Pos())
	if file == nil || c.pass.TypesInfo.Scopes[file] == nil {
		return analysis.SuggestedFix{}, false
	}
	at := lit.Pos()
	inner := c.pass.TypesInfo.Scopes[file].Innermost(at)
	if inner == nil {
		return analysis.SuggestedFix{}, false
	}
	replace := func(qual string, extra ...analysis.TextEdit) (analysis.SuggestedFix, bool) {
		edits := append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(qual + name)}}, extra...)
		return analysis.SuggestedFix{
			Message:   fmt.Sprintf("Replace %s with %s%s", lit.Value, qual, name),
			TextEdits: edits,
		}, true
	}
	if qual, ok := c.importedQualifier(file, inner, at, "net/http", name); ok {
		return replace(qual)
	}
	for _, path := range c.kb.StatusConstPkgs() {
		if qual, ok := c.importedQualifier(file, inner, at, path, name); ok {
			return replace(qual)
		}
	}
	// Import net/http as http, if that name is free in the file and here.
	if _, o := inner.LookupParent("http", at); o != nil || c.pass.Pkg.Scope().Lookup("http") != nil {
		return analysis.SuggestedFix{}, false
	}
	edit, ok := addImport(file, "net/http")
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return replace("http.", edit)
}

// importedQualifier returns the qualifier ("http.", "nethttp.", "" for a dot
// import) under which file can name the constant name of the package path at
// pos, if it imports that package and nothing shadows the name there.
func (c *checker) importedQualifier(file *ast.File, inner *types.Scope, pos token.Pos, path, name string) (string, bool) {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
			continue
		}
		var pn *types.PkgName
		if spec.Name != nil {
			pn, _ = c.pass.TypesInfo.Defs[spec.Name].(*types.PkgName)
		} else {
			pn, _ = c.pass.TypesInfo.Implicits[spec].(*types.PkgName)
		}
		if pn == nil {
			if spec.Name == nil || spec.Name.Name != "." {
				continue
			}
			// A dot import: the constant itself must resolve here.
			if _, o := inner.LookupParent(name, pos); o != nil && o.Pkg() != nil && o.Pkg().Path() == path {
				return "", true
			}
			continue
		}
		if _, ok := pn.Imported().Scope().Lookup(name).(*types.Const); !ok {
			continue
		}
		if _, o := inner.LookupParent(pn.Name(), pos); o == pn {
			return pn.Name() + ".", true
		}
	}
	return "", false
}

// addImport returns an edit that adds an import of path to file. Every fix in
// the file makes the identical edit, so that fixes applied together add the
// import once.
func addImport(file *ast.File, path string) (analysis.TextEdit, bool) {
	q := strconv.Quote(path)
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + q)}, true
		}
		return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + q)}, true
	}
	if file.Name == nil {
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + q)}, true
}

// checkHelperName reports the only write of a fixed-status helper whose name
// promises the other status: a forbidden(w) that writes 401. Its callers read
// "forbidden" and mean 403.
func (c *checker) checkHelperName(w write, isLit bool) bool {
	fn := enclosingFuncDecl(c.pass.TypesInfo, w.stack)
	if fn == nil || c.fixed[fn] != w.status {
		return false
	}
	named, by := promisedStatus(fn.Name()), "name"
	if fd := c.decls[fn]; named == 0 && fd != nil && fd.Doc != nil {
		named, by = promisedStatus(fd.Doc.Text()), "doc comment"
	}
	if named == 0 || named == w.status {
		return false
	}
	category := CategoryUse403
	if named == statusUnauthorized {
		category = CategoryUse401
	}
	if !c.cfg.reports(category) {
		return true
	}
	d := analysis.Diagnostic{
		Pos: w.expr.Pos(), End: w.expr.End(), Category: category,
		Message: fmt.Sprintf("%s written by %s, whose %s says %s; callers of %s mean %s",
			statusText(w.status), fn.Name(), by, statusText(named), fn.Name(), statusText(named)),
	}
	if fix, ok := c.swapFix(w, named, isLit); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
	return true
}

// judges reports whether authstatus weighs the checks before w at all. Not in
// tests, whose fake servers mimic whatever status the real one sends; not in
// a function with type errors, where a check may be missing from view.
func (c *checker) judges(w write, tf *token.File) bool {
	if strings.HasSuffix(tf.Name(), "_test.go") {
		return false
	}
	if len(c.pass.TypeErrors) == 0 {
		return true
	}
	fn := enclosingFunc(w.stack)
	if fn == nil {
		return true
	}
	ok, seen := c.wellTyped[fn]
	if !seen {
		ok = wellTyped(c.pass.TypesInfo, fn)
		c.wellTyped[fn] = ok
	}
	return ok
}

// wellTyped reports whether every identifier in n resolved.
func wellTyped(info *types.Info, n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			// x.f: f resolves through x's type, or x is unresolved itself
			if info.Uses[n.Sel] == nil && info.Selections[n] == nil {
				ok = false
			}
			ast.Inspect(n.X, func(m ast.Node) bool { return ok })
		case *ast.Ident:
			if n.Name != "_" && info.Uses[n] == nil && info.Defs[n] == nil {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// promisedStatus returns the status a helper's name or doc comment promises,
// when it names exactly one of the two.
func promisedStatus(text string) int {
	forbidden := words.Has("forbidden", text) || strings.Contains(text, "403")
	unauthorized := words.Has("unauthorized", text) || words.Has("unauthenticated", text) || strings.Contains(text, "401")
	switch {
	case forbidden && !unauthorized:
		return statusForbidden
	case unauthorized && !forbidden:
		return statusUnauthorized
	}
	return 0
}

// callerKnownBefore reports whether, before w, the function took the caller
// from the request context (where authentication middleware put it) and the
// failed authentication check ev is about something else: a confirmation
// token, a password re-check. A second credential of a signed-in caller is
// refused with 403 as often as 401; no verdict.
func (c *checker) callerKnownBefore(w write, ev *evidence) bool {
	fn := enclosingFunc(w.stack)
	if fn == nil {
		return false
	}
	for _, pa := range c.principalAssigns(fn) {
		if pa.as.Pos() < w.at.Pos() && pa.as.End() < ev.node.Pos() && !mentionsObj(c.pass.TypesInfo, ev.node, pa.obj) {
			return true
		}
	}
	return false
}

// A principalAssign is an assignment of the caller to a variable:
// u := userFrom(r.Context()).
type principalAssign struct {
	as  *ast.AssignStmt
	obj types.Object
}

// principalAssigns returns the assignments of the caller in the function
// (declaration or literal) fn, not those of the literals inside it, in
// source order; memoised, as every write of the function asks.
func (c *checker) principalAssigns(fn ast.Node) []principalAssign {
	if pas, ok := c.principals[fn]; ok {
		return pas
	}
	var pas []principalAssign
	ast.Inspect(fn, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok && n != fn {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			var v valueInfo
			switch {
			case len(as.Rhs) == len(as.Lhs):
				v = c.value(as.Rhs[i], 0)
			case len(as.Rhs) == 1 && !hasCheckResult(c.pass.TypesInfo, as.Lhs):
				// u, err := sessionUser(r) is itself the check, not a
				// caller known beforehand
				v = c.tupleValue(assign{rhs: as.Rhs[0], index: i, tuple: true}, 0)
			}
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil && v.principal {
				pas = append(pas, principalAssign{as, obj})
			}
		}
		return true
	})
	c.principals[fn] = pas
	return pas
}

// mentionsObj reports whether n refers to obj.
func mentionsObj(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// hasCheckResult reports whether an assignment receives an error or a bool,
// the verdict of the call it assigns from.
func hasCheckResult(info *types.Info, lhs []ast.Expr) bool {
	for _, l := range lhs {
		if t := info.TypeOf(l); t != nil && (isError(t) || isBool(t)) {
			return true
		}
	}
	return false
}
