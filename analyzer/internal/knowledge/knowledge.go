// Package knowledge holds what authstatus knows about HTTP APIs, as data.
//
// Every table here names functions, methods and values by import path, receiver
// type name and object name, the way go/types identifies them. The algorithms in
// the analyzer package only consult these tables; adding a framework means adding
// rows (and a test), not code.
package knowledge

// A Func names a package-level function (Recv == "") or a method (Recv is the
// name of the receiver's named type, without '*'; for interface methods, the
// name of the interface type).
type Func struct {
	Pkg  string // import path, e.g. "github.com/gin-gonic/gin"
	Recv string // receiver type name, e.g. "Context"; "" for functions
	Name string // function or method name
}

// A Sink is a function or method that writes an HTTP response status taken
// from one of its arguments.
type Sink struct {
	Func
	Arg int // index of the status argument (receiver not counted)
	// Implements, for a method row, means the row matches the method of that
	// name on every type implementing the interface Pkg.Recv (for example
	// WriteHeader on every http.ResponseWriter, wrapper types included).
	Implements bool
	// Error marks a constructor of an error value carrying the status
	// (echo.NewHTTPError): the framework's error handler writes the
	// response later, not the call.
	Error bool
}

// A HeaderSetter is a function or method that sets a response header named by
// its Key argument: (net/http.Header).Set, gin's c.Header, fiber's c.Set.
type HeaderSetter struct {
	Func
	Key int // index of the header name argument
}

// A Sentinel is a package-level variable whose value is an HTTP error carrying
// a fixed status; returning or passing it writes that status.
type Sentinel struct {
	Pkg    string
	Name   string
	Status int
}

// A StatusField is a struct field that carries the status of an error or
// response value, as in &echo.HTTPError{Code: 403}.
type StatusField struct {
	Pkg   string
	Type  string
	Field string
}

// A Getter is a call that returns a value of the request, selected by a
// constant key argument: a request header, a context value, a cookie.
type Getter struct {
	Func
	Key  int        // index of the key argument
	What GetterKind // what the call returns
}

// GetterKind says what a Getter returns.
type GetterKind uint8

const (
	Header       GetterKind = iota + 1 // a request header value
	ContextValue                       // a value stored on the request context by earlier middleware
	Cookie                             // a request cookie
	Param                              // a query or form parameter
)

// CheckKind says what kind of check a known function performs.
type CheckKind uint8

const (
	Authn CheckKind = iota + 1 // authentication: who is the caller
	Authz                      // authorization: may the caller do this
)

// A Check is a function whose result decides authentication or authorization.
type Check struct {
	Func
	Kind CheckKind
	// Result is the index of the result that carries the decision. If that
	// result is an error, a non-nil value means the check failed; if it is a
	// bool, false means failed; if it is an int (subtle.ConstantTimeCompare),
	// a value other than 1 means failed.
	Result int
}

// An ErrorValue is a package-level error variable with a known meaning.
type ErrorValue struct {
	Pkg  string
	Name string
	Kind CheckKind
}
