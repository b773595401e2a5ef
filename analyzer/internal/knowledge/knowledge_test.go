package knowledge

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// tables returns the tables registered in the index plus extra, each once.
func tables[T any](registered [][]T, extra ...[]T) [][]T {
	var out [][]T
	seen := map[*T]bool{}
	for _, t := range append(append([][]T{}, registered...), extra...) {
		if len(t) == 0 || seen[&t[0]] {
			continue
		}
		seen[&t[0]] = true
		out = append(out, t)
	}
	return out
}

func checkFunc(t *testing.T, f Func) {
	t.Helper()
	assert.NotEmpty(t, f.Pkg, "%v: no package", f)
	assert.NotEmpty(t, f.Name, "%v: no name", f)
}

func TestSinks(t *testing.T) {
	seen := map[Func]bool{}
	for _, tb := range tables(allSinks) {
		assert.NotEmpty(t, tb)
		for _, s := range tb {
			checkFunc(t, s.Func)
			assert.False(t, seen[s.Func], "duplicate sink %v", s.Func)
			seen[s.Func] = true
			assert.GreaterOrEqual(t, s.Arg, 0, "%v", s.Func)
			if s.Implements {
				assert.NotEmpty(t, s.Recv, "%v: Implements on a function", s.Func)
			}
		}
	}
}

func TestSentinels(t *testing.T) {
	seen := map[string]bool{}
	statuses := map[string]map[int]bool{}
	for _, tb := range tables(allSentinels) {
		for _, s := range tb {
			assert.NotEmpty(t, s.Pkg)
			assert.NotEmpty(t, s.Name)
			key := s.Pkg + "." + s.Name
			assert.False(t, seen[key], "duplicate sentinel %s", key)
			seen[key] = true
			assert.Contains(t, []int{401, 403}, s.Status, key)
			if statuses[s.Pkg] == nil {
				statuses[s.Pkg] = map[int]bool{}
			}
			statuses[s.Pkg][s.Status] = true
		}
	}
	// Every package with a 401 sentinel has a 403 one, and back, so that
	// Index.Partner can suggest the other.
	for pkg, st := range statuses {
		assert.True(t, st[401] && st[403], "%s: sentinels %v", pkg, st)
	}
}

func TestStatusFields(t *testing.T) {
	seen := map[StatusField]bool{}
	for _, tb := range tables(allStatusFields) {
		for _, f := range tb {
			assert.NotEmpty(t, f.Pkg)
			assert.NotEmpty(t, f.Type)
			assert.NotEmpty(t, f.Field)
			assert.False(t, seen[f], "duplicate status field %v", f)
			seen[f] = true
		}
	}
}

func TestGetters(t *testing.T) {
	seen := map[Func]bool{}
	for _, tb := range tables(allGetters) {
		for _, g := range tb {
			checkFunc(t, g.Func)
			assert.False(t, seen[g.Func], "duplicate getter %v", g.Func)
			seen[g.Func] = true
			assert.GreaterOrEqual(t, g.Key, 0, "%v", g.Func)
			assert.Contains(t, []GetterKind{Header, ContextValue, Cookie, Param}, g.What, "%v", g.Func)
		}
	}
}

func TestChecks(t *testing.T) {
	seen := map[Func]bool{}
	for _, tb := range tables(allChecks, GinChecks, EchoChecks) {
		for _, ch := range tb {
			checkFunc(t, ch.Func)
			assert.False(t, seen[ch.Func], "duplicate check %v", ch.Func)
			seen[ch.Func] = true
			assert.GreaterOrEqual(t, ch.Result, 0, "%v", ch.Func)
			assert.Contains(t, []CheckKind{Authn, Authz}, ch.Kind, "%v", ch.Func)
		}
	}
}

func TestErrorValues(t *testing.T) {
	seen := map[string]bool{}
	for _, tb := range tables(allErrorValues) {
		for _, e := range tb {
			assert.NotEmpty(t, e.Pkg)
			assert.NotEmpty(t, e.Name)
			key := e.Pkg + "." + e.Name
			assert.False(t, seen[key], "duplicate error value %s", key)
			seen[key] = true
			assert.Contains(t, []CheckKind{Authn, Authz}, e.Kind, key)
		}
	}
}

func TestStatusConstPkgs(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range StatusConstPkgs {
		assert.False(t, seen[p], "duplicate %s", p)
		seen[p] = true
	}
	assert.True(t, seen["net/http"])
}

func TestIndex(t *testing.T) {
	x := Default()
	s, ok := x.Sink(Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithStatusJSON"})
	assert.True(t, ok)
	assert.Equal(t, 0, s.Arg)
	s, ok = x.Sink(Func{Pkg: pkgNetHTTP, Name: "Error"})
	assert.True(t, ok)
	assert.Equal(t, 2, s.Arg)

	u, ok := x.Sentinel(pkgEchoV5, "ErrUnauthorized")
	assert.True(t, ok)
	assert.Equal(t, 401, u.Status)
	f, ok := x.Partner(u)
	assert.True(t, ok)
	assert.Equal(t, "ErrForbidden", f.Name)

	assert.True(t, x.IsStatusField(pkgFiberV3, "Error", "Code"))
	assert.True(t, x.DeclaresStatusConsts(pkgFiberV2))
	assert.True(t, IsHTTPPackage("github.com/go-chi/render"))

	k, ok := x.ErrorValue(pkgJWTV5, "ErrTokenExpired")
	assert.True(t, ok)
	assert.Equal(t, Authn, k)
	ch, ok := x.Check(Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "Enforce"})
	assert.True(t, ok)
	assert.Equal(t, Authz, ch.Kind)
	g, ok := x.Getter(Func{Pkg: pkgFiberV3, Name: "Locals"})
	assert.True(t, ok)
	assert.Equal(t, 1, g.Key)
}

func TestHeaderSetters(t *testing.T) {
	x := Default()
	for _, f := range []Func{
		{Pkg: pkgNetHTTP, Recv: "Header", Name: "Set"},
		{Pkg: pkgGin, Recv: "Context", Name: "Header"},
		{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Set"},
		{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Append"},
	} {
		h, ok := x.HeaderSetter(f)
		assert.True(t, ok, "%v", f)
		assert.Equal(t, 0, h.Key)
	}
	_, ok := x.HeaderSetter(Func{Pkg: pkgNetHTTP, Recv: "Header", Name: "Get"})
	assert.False(t, ok)
}

func TestErrorSinks(t *testing.T) {
	x := Default()
	for _, f := range []Func{{Pkg: pkgEchoV4, Name: "NewHTTPError"}, {Pkg: pkgEchoV5, Name: "NewHTTPError"}, {Pkg: pkgFiberV2, Name: "NewError"}, {Pkg: pkgFiberV3, Name: "NewErrorf"}} {
		s, ok := x.Sink(f)
		assert.True(t, ok)
		assert.True(t, s.Error, "%v makes an error", f)
	}
	s, _ := x.Sink(Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithStatusJSON"})
	assert.False(t, s.Error)
}

func TestWithSinks(t *testing.T) {
	own := Sink{Func: Func{Pkg: "example.com/web", Name: "Send"}, Arg: 1}
	x := Default().WithSinks([]Sink{own})
	s, ok := x.Sink(own.Func)
	assert.True(t, ok)
	assert.Equal(t, 1, s.Arg)
	assert.True(t, x.IsHTTPPackage("example.com/web"))
	assert.False(t, IsKnownPackage("example.com/web"), "a project's sink package is still analysed")
	_, ok = Default().Sink(own.Func)
	assert.False(t, ok, "the default index is unchanged")
	assert.Same(t, Default(), Default().WithSinks(nil))
}
