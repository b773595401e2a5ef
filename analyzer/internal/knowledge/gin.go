package knowledge

const pkgGin = "github.com/gin-gonic/gin"

// GinHeaderSetters set a response header.
var GinHeaderSetters = []HeaderSetter{
	// func (c *Context) Header(key, value string)
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Header"}, Key: 0},
}

// GinSinks are the gin (v1.12.0) methods of *gin.Context that write a
// response status taken from an argument. Every one takes the status first.
// (gin.ResponseWriter's WriteHeader is covered by the net/http row.)
var GinSinks = []Sink{
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithError"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithStatus"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithStatusJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "AbortWithStatusPureJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "AsciiJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "BSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Data"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "DataFromReader"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "HTML"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "IndentedJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "JSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "JSONP"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Negotiate"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "ProtoBuf"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "PureJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Redirect"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Render"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "SecureJSON"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Status"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "String"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "TOML"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "XML"}, Arg: 0},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "YAML"}, Arg: 0},
}

// GinGetters are the *gin.Context methods that read a request header, a value
// stored by earlier middleware (c.Set), or a request cookie, by key.
var GinGetters = []Getter{
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Query"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "DefaultQuery"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetQuery"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "PostForm"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "DefaultPostForm"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetPostForm"}, Key: 0, What: Param},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetHeader"}, Key: 0, What: Header},

	// Values stored with c.Set: Get returns (value any, exists bool), MustGet
	// panics when absent, the typed getters return the zero value.
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Get"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "MustGet"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetBool"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetDuration"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetError"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetErrorSlice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetFloat32"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetFloat32Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetFloat64"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetFloat64Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt16"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt16Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt32"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt32Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt64"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt64Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt8"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetInt8Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetIntSlice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetString"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetStringMap"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetStringMapString"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetStringMapStringSlice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetStringSlice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetTime"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint16"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint16Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint32"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint32Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint64"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint64Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint8"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUint8Slice"}, Key: 0, What: ContextValue},
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "GetUintSlice"}, Key: 0, What: ContextValue},
	// Value(key any) any, from context.Context: c.Keys first (string keys),
	// then the request context.
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Value"}, Key: 0, What: ContextValue},

	// func (c *Context) Cookie(name string) (string, error)
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Cookie"}, Key: 0, What: Cookie},
}

// GinChecks are gin calls whose result decides authentication. Like
// (*http.Request).Cookie, (*gin.Context).Cookie fails with http.ErrNoCookie.
var GinChecks = []Check{
	// func (c *Context) Cookie(name string) (string, error)
	{Func: Func{Pkg: pkgGin, Recv: "Context", Name: "Cookie"}, Kind: Authn, Result: 1},
}
