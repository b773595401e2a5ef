package knowledge

// Import paths of the standard library and golang.org/x packages named below.
const (
	pkgNetHTTP = "net/http"
	pkgContext = "context"
	pkgBcrypt  = "golang.org/x/crypto/bcrypt"
)

// NetHTTPSinks are the net/http functions and methods that write a response
// status taken from an argument.
var NetHTTPSinks = []Sink{
	// func Error(w ResponseWriter, error string, code int)
	{Func: Func{Pkg: pkgNetHTTP, Name: "Error"}, Arg: 2},
	// func Redirect(w ResponseWriter, r *Request, url string, code int)
	{Func: Func{Pkg: pkgNetHTTP, Name: "Redirect"}, Arg: 3},
	// WriteHeader(statusCode int) on every ResponseWriter, wrappers included.
	{Func: Func{Pkg: pkgNetHTTP, Recv: "ResponseWriter", Name: "WriteHeader"}, Arg: 0, Implements: true},
}

// NetHTTPHeaderSetters set a response header. echo and chi handlers set
// headers through net/http's Header.
var NetHTTPHeaderSetters = []HeaderSetter{
	// func (h Header) Set(key, value string)
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Header", Name: "Set"}, Key: 0},
	// func (h Header) Add(key, value string)
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Header", Name: "Add"}, Key: 0},
}

// NetHTTPHeaderGetters read a request header, or a request cookie, by name.
var NetHTTPHeaderGetters = []Getter{
	// func (r *Request) FormValue(key string) string
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Request", Name: "FormValue"}, Key: 0, What: Param},
	// func (r *Request) PostFormValue(key string) string
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Request", Name: "PostFormValue"}, Key: 0, What: Param},
	// func (v Values) Get(key string) string
	{Func: Func{Pkg: "net/url", Recv: "Values", Name: "Get"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Header", Name: "Get"}, Key: 0, What: Header},
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Header", Name: "Values"}, Key: 0, What: Header},
	// func (r *Request) Cookie(name string) (*Cookie, error)
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Request", Name: "Cookie"}, Key: 0, What: Cookie},
}

// NetHTTPChecks are standard-library (and golang.org/x/crypto) calls whose
// result decides authentication.
var NetHTTPChecks = []Check{
	// func (r *Request) BasicAuth() (username, password string, ok bool)
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Request", Name: "BasicAuth"}, Kind: Authn, Result: 2},
	// func (r *Request) Cookie(name string) (*Cookie, error)
	{Func: Func{Pkg: pkgNetHTTP, Recv: "Request", Name: "Cookie"}, Kind: Authn, Result: 1},
	// func ConstantTimeCompare(x, y []byte) int
	{Func: Func{Pkg: "crypto/subtle", Name: "ConstantTimeCompare"}, Kind: Authn, Result: 0},
	// func CompareHashAndPassword(hashedPassword, password []byte) error
	{Func: Func{Pkg: pkgBcrypt, Name: "CompareHashAndPassword"}, Kind: Authn, Result: 0},
}

// StdErrorValues are standard-library (and golang.org/x/crypto) error
// variables that mean a failed authentication or authorization.
var StdErrorValues = []ErrorValue{
	{Pkg: "io/fs", Name: "ErrPermission", Kind: Authz},
	{Pkg: "os", Name: "ErrPermission", Kind: Authz},
	{Pkg: pkgNetHTTP, Name: "ErrNoCookie", Kind: Authn},
	{Pkg: pkgBcrypt, Name: "ErrMismatchedHashAndPassword", Kind: Authn},
}

// StatusConstPkgs are the packages that declare the constants
// StatusUnauthorized = 401 and StatusForbidden = 403.
// (gin and echo declare none; they use net/http's.)
var StatusConstPkgs = []string{
	pkgNetHTTP,
	pkgFiberV2,
	pkgFiberV3,
}

// ContextGetters read a value stored on a context.Context, whatever the
// context's dynamic type.
var ContextGetters = []Getter{
	{Func: Func{Pkg: pkgContext, Recv: "Context", Name: "Value"}, Key: 0, What: ContextValue},
}
