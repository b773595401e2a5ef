// Package gin is a stub of github.com/gin-gonic/gin (v1.12.0) for
// analysistest: declarations with the real signatures, no behavior.
package gin

import (
	"io"
	"net/http"
	"time"
)

// AuthUserKey is the key BasicAuth stores the user name under.
const AuthUserKey = "user"

type (
	H             map[string]any
	HandlerFunc   func(*Context)
	HandlersChain []HandlerFunc
	OptionFunc    func(*Engine)
	Accounts      map[string]string
	ErrorType     uint64
)

type Param struct {
	Key   string
	Value string
}

type Params []Param

type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg Error) Error() string { return "" }

type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier
	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// renderer stands for github.com/gin-gonic/gin/render.Render.
type renderer interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
}

type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

type Engine struct {
	RouterGroup
}

func New(opts ...OptionFunc) *Engine                                      { return &Engine{} }
func Default(opts ...OptionFunc) *Engine                                  { return &Engine{} }
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

func BasicAuth(accounts Accounts) HandlerFunc                       { return nil }
func BasicAuthForRealm(accounts Accounts, realm string) HandlerFunc { return nil }
func WrapF(f http.HandlerFunc) HandlerFunc                          { return nil }
func WrapH(h http.Handler) HandlerFunc                              { return nil }

type Context struct {
	Request  *http.Request
	Writer   ResponseWriter
	Params   Params
	Keys     map[any]any
	Accepted []string
}

// Flow control.
func (c *Context) Next()                                         {}
func (c *Context) IsAborted() bool                               { return false }
func (c *Context) Abort()                                        {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) AbortWithError(code int, err error) *Error     { return nil }
func (c *Context) Error(err error) *Error                        { return nil }
func (c *Context) FullPath() string                              { return "" }

// Keys.
func (c *Context) Set(key any, value any)                              {}
func (c *Context) Get(key any) (value any, exists bool)                { return nil, false }
func (c *Context) MustGet(key any) any                                 { return nil }
func (c *Context) GetString(key any) string                            { return "" }
func (c *Context) GetBool(key any) bool                                { return false }
func (c *Context) GetInt(key any) int                                  { return 0 }
func (c *Context) GetInt64(key any) int64                              { return 0 }
func (c *Context) GetUint(key any) uint                                { return 0 }
func (c *Context) GetUint64(key any) uint64                            { return 0 }
func (c *Context) GetFloat64(key any) float64                          { return 0 }
func (c *Context) GetTime(key any) time.Time                           { return time.Time{} }
func (c *Context) GetDuration(key any) time.Duration                   { return 0 }
func (c *Context) GetError(key any) error                              { return nil }
func (c *Context) GetStringSlice(key any) []string                     { return nil }
func (c *Context) GetStringMap(key any) map[string]any                 { return nil }
func (c *Context) GetStringMapString(key any) map[string]string        { return nil }
func (c *Context) GetStringMapStringSlice(key any) map[string][]string { return nil }
func (c *Context) GetInt8(key any) int8                                { return 0 }
func (c *Context) GetInt16(key any) int16                              { return 0 }
func (c *Context) GetInt32(key any) int32                              { return 0 }
func (c *Context) GetUint8(key any) uint8                              { return 0 }
func (c *Context) GetUint16(key any) uint16                            { return 0 }
func (c *Context) GetUint32(key any) uint32                            { return 0 }
func (c *Context) GetFloat32(key any) float32                          { return 0 }
func (c *Context) GetIntSlice(key any) []int                           { return nil }
func (c *Context) GetInt8Slice(key any) []int8                         { return nil }
func (c *Context) GetInt16Slice(key any) []int16                       { return nil }
func (c *Context) GetInt32Slice(key any) []int32                       { return nil }
func (c *Context) GetInt64Slice(key any) []int64                       { return nil }
func (c *Context) GetUintSlice(key any) []uint                         { return nil }
func (c *Context) GetUint8Slice(key any) []uint8                       { return nil }
func (c *Context) GetUint16Slice(key any) []uint16                     { return nil }
func (c *Context) GetUint32Slice(key any) []uint32                     { return nil }
func (c *Context) GetUint64Slice(key any) []uint64                     { return nil }
func (c *Context) GetFloat32Slice(key any) []float32                   { return nil }
func (c *Context) GetFloat64Slice(key any) []float64                   { return nil }
func (c *Context) GetErrorSlice(key any) []error                       { return nil }
func (c *Context) Delete(key any)                                      {}

// Request.
func (c *Context) Param(key string) string                      { return "" }
func (c *Context) Query(key string) (value string)              { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }
func (c *Context) PostForm(key string) (value string)           { return "" }
func (c *Context) Bind(obj any) error                           { return nil }
func (c *Context) BindJSON(obj any) error                       { return nil }
func (c *Context) ShouldBind(obj any) error                     { return nil }
func (c *Context) ShouldBindJSON(obj any) error                 { return nil }
func (c *Context) ShouldBindQuery(obj any) error                { return nil }
func (c *Context) ShouldBindUri(obj any) error                  { return nil }
func (c *Context) ClientIP() string                             { return "" }
func (c *Context) ContentType() string                          { return "" }
func (c *Context) GetHeader(key string) string                  { return "" }
func (c *Context) GetRawData() ([]byte, error)                  { return nil, nil }
func (c *Context) Cookie(name string) (string, error)           { return "", nil }

// Response.
func (c *Context) Status(code int)          {}
func (c *Context) Header(key, value string) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) Render(code int, r renderer)                    {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) TOML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) BSON(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) File(filepath string)                 {}
func (c *Context) Negotiate(code int, config Negotiate) {}

// context.Context.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }
