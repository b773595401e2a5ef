package knowledge

const (
	pkgFiberV2 = "github.com/gofiber/fiber/v2"
	pkgFiberV3 = "github.com/gofiber/fiber/v3"
)

// FiberSinks are the fiber functions and methods that write, or make an error
// carrying, a response status taken from an argument.
//
// In v2 (v2.52.15) handlers take *fiber.Ctx, a struct. In v3 (v3.1.0) they
// take fiber.Ctx, an interface; its implementation *DefaultCtx embeds
// DefaultReq and DefaultRes (implementing the Req and Res interfaces that
// c.Req() and c.Res() return). DefaultCtx declares Status itself, but
// SendStatus is promoted from DefaultRes, so a call on *DefaultCtx resolves to
// (*DefaultRes).SendStatus.
var FiberSinks = []Sink{
	// v2: func NewError(code int, message ...string) *Error
	{Func: Func{Pkg: pkgFiberV2, Name: "NewError"}, Arg: 0, Error: true},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "SendStatus"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Status"}, Arg: 0},
	// Redirect(location string, status ...int) and relatives: the status is
	// optional (default 302).
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Redirect"}, Arg: 1},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "RedirectBack"}, Arg: 1},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "RedirectToRoute"}, Arg: 2},

	// v3: func NewError(code int, message ...string) *Error
	{Func: Func{Pkg: pkgFiberV3, Name: "NewError"}, Arg: 0, Error: true},
	// v3: func NewErrorf(code int, message ...any) *Error
	{Func: Func{Pkg: pkgFiberV3, Name: "NewErrorf"}, Arg: 0, Error: true},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "SendStatus"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Status"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultCtx", Name: "Status"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultRes", Name: "SendStatus"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultRes", Name: "Status"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Res", Name: "SendStatus"}, Arg: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Res", Name: "Status"}, Arg: 0},
	// c.Redirect().Status(code).To(location)
	{Func: Func{Pkg: pkgFiberV3, Recv: "Redirect", Name: "Status"}, Arg: 0},
}

// FiberHeaderSetters set a response header: Set(key, val string) and
// Append(field string, values ...string), on v2's *Ctx and on v3's Ctx and
// Res interfaces and their *DefaultRes implementation.
var FiberHeaderSetters = []HeaderSetter{
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Set"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Append"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Set"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Append"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Res", Name: "Set"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Res", Name: "Append"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultRes", Name: "Set"}, Key: 0},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultRes", Name: "Append"}, Key: 0},
}

// FiberSentinels are fiber's predeclared 401 and 403 *Error values.
var FiberSentinels = []Sentinel{
	{Pkg: pkgFiberV2, Name: "ErrUnauthorized", Status: 401},
	{Pkg: pkgFiberV2, Name: "ErrForbidden", Status: 403},
	{Pkg: pkgFiberV3, Name: "ErrUnauthorized", Status: 401},
	{Pkg: pkgFiberV3, Name: "ErrForbidden", Status: 403},
}

// FiberStatusFields are the fiber struct fields that carry a response status.
var FiberStatusFields = []StatusField{
	{Pkg: pkgFiberV2, Type: "Error", Field: "Code"},
	{Pkg: pkgFiberV3, Type: "Error", Field: "Code"},
}

// FiberGetters are the fiber calls that read a request header, a value stored
// by earlier middleware (c.Locals), or a request cookie, by key.
var FiberGetters = []Getter{
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Query"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "FormValue"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Query"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "FormValue"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Req", Name: "Query"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Req", Name: "FormValue"}, Key: 0, What: Param},
	// v2: Get(key string, defaultValue ...string) string reads a request
	// header (GetRespHeader reads a response header).
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Get"}, Key: 0, What: Header},
	// v2: Locals(key interface{}, value ...interface{}) interface{}
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Locals"}, Key: 0, What: ContextValue},
	// v2: Cookies(key string, defaultValue ...string) string
	{Func: Func{Pkg: pkgFiberV2, Recv: "Ctx", Name: "Cookies"}, Key: 0, What: Cookie},

	// v3 request headers. (DefaultRes.Get and Res.Get read response headers.)
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Get"}, Key: 0, What: Header},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultCtx", Name: "Get"}, Key: 0, What: Header},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultReq", Name: "Get"}, Key: 0, What: Header},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Req", Name: "Get"}, Key: 0, What: Header},
	// func GetReqHeader[V GenericType](c Ctx, key string, defaultValue ...V) V
	{Func: Func{Pkg: pkgFiberV3, Name: "GetReqHeader"}, Key: 1, What: Header},

	// v3 locals. Value(key any) any reads the same store as Locals.
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Locals"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultReq", Name: "Locals"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Req", Name: "Locals"}, Key: 0, What: ContextValue},
	// func Locals[V any](c Ctx, key any, value ...V) V
	{Func: Func{Pkg: pkgFiberV3, Name: "Locals"}, Key: 1, What: ContextValue},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Value"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultCtx", Name: "Value"}, Key: 0, What: ContextValue},
	// func ValueFromContext[T any](ctx, key any) (T, bool)
	{Func: Func{Pkg: pkgFiberV3, Name: "ValueFromContext"}, Key: 1, What: ContextValue},

	// v3 cookies: Cookies(key string, defaultValue ...string) string
	{Func: Func{Pkg: pkgFiberV3, Recv: "Ctx", Name: "Cookies"}, Key: 0, What: Cookie},
	{Func: Func{Pkg: pkgFiberV3, Recv: "DefaultReq", Name: "Cookies"}, Key: 0, What: Cookie},
	{Func: Func{Pkg: pkgFiberV3, Recv: "Req", Name: "Cookies"}, Key: 0, What: Cookie},
}
