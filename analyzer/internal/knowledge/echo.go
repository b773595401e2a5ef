package knowledge

const (
	pkgEchoV4 = "github.com/labstack/echo/v4"
	pkgEchoV5 = "github.com/labstack/echo/v5"
)

// EchoSinks are the echo functions and methods that write, or make an error
// carrying, a response status taken from an argument. In v4 (v4.16.0) Context
// is an interface; in v5 (v5.4.4) it is a struct used as *Context. Every
// Context method takes the status first. (echo.Response's WriteHeader is
// covered by the net/http row.)
var EchoSinks = []Sink{
	// v4: func NewHTTPError(code int, message ...interface{}) *HTTPError
	{Func: Func{Pkg: pkgEchoV4, Name: "NewHTTPError"}, Arg: 0, Error: true},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Blob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "HTML"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "HTMLBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "JSON"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "JSONBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "JSONP"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "JSONPBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "JSONPretty"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "NoContent"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Redirect"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Render"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Stream"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "String"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "XML"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "XMLBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "XMLPretty"}, Arg: 0},

	// v5: func NewHTTPError(code int, message string) *HTTPError
	{Func: Func{Pkg: pkgEchoV5, Name: "NewHTTPError"}, Arg: 0, Error: true},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Blob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "HTML"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "HTMLBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "JSON"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "JSONBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "JSONP"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "JSONPBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "JSONPretty"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "NoContent"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Redirect"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Render"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Stream"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "String"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "XML"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "XMLBlob"}, Arg: 0},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "XMLPretty"}, Arg: 0},
}

// EchoSentinels are echo's predeclared 401 and 403 errors. In v4 they are
// *HTTPError values; in v5 they are values of the unexported *httpError type
// (which implements HTTPStatusCoder).
var EchoSentinels = []Sentinel{
	{Pkg: pkgEchoV4, Name: "ErrUnauthorized", Status: 401},
	{Pkg: pkgEchoV4, Name: "ErrForbidden", Status: 403},
	{Pkg: pkgEchoV5, Name: "ErrUnauthorized", Status: 401},
	{Pkg: pkgEchoV5, Name: "ErrForbidden", Status: 403},
}

// EchoStatusFields are the echo struct fields that carry a response status.
var EchoStatusFields = []StatusField{
	{Pkg: pkgEchoV4, Type: "HTTPError", Field: "Code"},
	{Pkg: pkgEchoV5, Type: "HTTPError", Field: "Code"},
	// v5 RFC 9457 problem details: &echo.ProblemError{Status: 403, ...}
	{Pkg: pkgEchoV5, Type: "ProblemError", Field: "Status"},
}

// EchoGetters are the echo calls that read a value stored by earlier
// middleware (c.Set), or a request cookie, by key. echo has no header getter
// of its own: handlers use c.Request().Header.Get, a net/http row.
var EchoGetters = []Getter{
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "QueryParam"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "FormValue"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "QueryParam"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "FormValue"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Get"}, Key: 0, What: ContextValue},
	// func ContextGet[T any](c Context, key string) (T, error), and ContextGetOr
	{Func: Func{Pkg: pkgEchoV4, Name: "ContextGet"}, Key: 1, What: ContextValue},
	{Func: Func{Pkg: pkgEchoV4, Name: "ContextGetOr"}, Key: 1, What: ContextValue},
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Cookie"}, Key: 0, What: Cookie},

	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Get"}, Key: 0, What: ContextValue},
	// func ContextGet[T any](c *Context, key string) (T, error), and ContextGetOr
	{Func: Func{Pkg: pkgEchoV5, Name: "ContextGet"}, Key: 1, What: ContextValue},
	{Func: Func{Pkg: pkgEchoV5, Name: "ContextGetOr"}, Key: 1, What: ContextValue},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Cookie"}, Key: 0, What: Cookie},
}

// EchoChecks are echo calls whose result decides authentication. Like
// (*http.Request).Cookie, which it calls, Context.Cookie fails with
// http.ErrNoCookie.
var EchoChecks = []Check{
	// v4 and v5: Cookie(name string) (*http.Cookie, error)
	{Func: Func{Pkg: pkgEchoV4, Recv: "Context", Name: "Cookie"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgEchoV5, Recv: "Context", Name: "Cookie"}, Kind: Authn, Result: 1},
}
