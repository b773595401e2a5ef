package knowledge

// A Callback is a function the application hands to an authentication
// middleware, whose parameters are the request's credentials: the validator
// of echo's KeyAuth, the authorizer of fiber's basicauth.
type Callback struct {
	Pkg string
	// Func and Arg: a function taking the callback as its argument Arg.
	Func string
	Arg  int
	// Type and Field: or a field of a configuration struct.
	Type, Field string
	// Params are the indices of the callback's credential parameters.
	Params []int
}

const (
	pkgEchoV4Middleware = "github.com/labstack/echo/v4/middleware"
	pkgEchoV5Middleware = "github.com/labstack/echo/v5/middleware"
	pkgFiberV2KeyAuth   = "github.com/gofiber/fiber/v2/middleware/keyauth"
	pkgFiberV2BasicAuth = "github.com/gofiber/fiber/v2/middleware/basicauth"
	pkgFiberV3KeyAuth   = "github.com/gofiber/fiber/v3/middleware/keyauth"
	pkgFiberV3BasicAuth = "github.com/gofiber/fiber/v3/middleware/basicauth"
)

// CredentialCallbacks: checked against echo v4.16.0, v5.4.4, fiber v2.52.15
// and v3.1.0.
var CredentialCallbacks = []Callback{
	// type KeyAuthValidator func(auth string, c echo.Context) (bool, error)
	{Pkg: pkgEchoV4Middleware, Func: "KeyAuth", Arg: 0, Params: []int{0}},
	{Pkg: pkgEchoV4Middleware, Type: "KeyAuthConfig", Field: "Validator", Params: []int{0}},
	// type BasicAuthValidator func(string, string, echo.Context) (bool, error)
	{Pkg: pkgEchoV4Middleware, Func: "BasicAuth", Arg: 0, Params: []int{0, 1}},
	{Pkg: pkgEchoV4Middleware, Type: "BasicAuthConfig", Field: "Validator", Params: []int{0, 1}},
	// type KeyAuthValidator func(c *echo.Context, key string, source ExtractorSource) (bool, error)
	{Pkg: pkgEchoV5Middleware, Func: "KeyAuth", Arg: 0, Params: []int{1}},
	{Pkg: pkgEchoV5Middleware, Type: "KeyAuthConfig", Field: "Validator", Params: []int{1}},
	// type BasicAuthValidator func(c *echo.Context, user string, password string) (bool, error)
	{Pkg: pkgEchoV5Middleware, Func: "BasicAuth", Arg: 0, Params: []int{1, 2}},
	{Pkg: pkgEchoV5Middleware, Type: "BasicAuthConfig", Field: "Validator", Params: []int{1, 2}},
	// Validator func(*fiber.Ctx, string) (bool, error)
	{Pkg: pkgFiberV2KeyAuth, Type: "Config", Field: "Validator", Params: []int{1}},
	// Authorizer func(string, string) bool
	{Pkg: pkgFiberV2BasicAuth, Type: "Config", Field: "Authorizer", Params: []int{0, 1}},
	// Validator func(c fiber.Ctx, key string) (bool, error)
	{Pkg: pkgFiberV3KeyAuth, Type: "Config", Field: "Validator", Params: []int{1}},
	// Authorizer func(string, string, fiber.Ctx) bool
	{Pkg: pkgFiberV3BasicAuth, Type: "Config", Field: "Authorizer", Params: []int{0, 1}},
}

// CallbackArg returns the credential parameters of a callback passed as
// argument arg of the function pkg.name.
func (x *Index) CallbackArg(pkg, name string, arg int) []int {
	if !x.callbackPkgs[pkg] {
		return nil // most calls: one map look-up, not a scan of the table
	}
	for _, cb := range CredentialCallbacks {
		if cb.Pkg == pkg && cb.Func == name && cb.Arg == arg {
			return cb.Params
		}
	}
	return nil
}

// CallbackField returns the credential parameters of a callback stored in
// the field pkg.typ.field.
func (x *Index) CallbackField(pkg, typ, field string) []int {
	if !x.callbackPkgs[pkg] {
		return nil
	}
	for _, cb := range CredentialCallbacks {
		if cb.Pkg == pkg && cb.Type == typ && cb.Field == field {
			return cb.Params
		}
	}
	return nil
}
