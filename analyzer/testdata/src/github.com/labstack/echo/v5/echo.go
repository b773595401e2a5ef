// Package echo is a stub of github.com/labstack/echo/v5 (v5.4.4) for
// analysistest: declarations with the real signatures, no behavior. Unlike
// v4, Context is a struct used as *Context, the sentinel errors are of an
// unexported type, and there is no Map type.
package echo

import (
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
)

const (
	HeaderAuthorization   = "Authorization"
	HeaderWWWAuthenticate = "WWW-Authenticate"
)

type (
	HandlerFunc      func(c *Context) error
	MiddlewareFunc   func(next HandlerFunc) HandlerFunc
	HTTPErrorHandler func(c *Context, err error)
)

// Context is a struct in v5.
type Context struct{}

func NewContext(r *http.Request, w http.ResponseWriter, opts ...any) *Context { return nil }

func (c *Context) Reset(r *http.Request, w http.ResponseWriter)              {}
func (c *Context) Request() *http.Request                                    { return nil }
func (c *Context) SetRequest(r *http.Request)                                {}
func (c *Context) Response() http.ResponseWriter                             { return nil }
func (c *Context) SetResponse(r http.ResponseWriter)                         {}
func (c *Context) IsTLS() bool                                               { return false }
func (c *Context) IsWebSocket() bool                                         { return false }
func (c *Context) Scheme() string                                            { return "" }
func (c *Context) RealIP() string                                            { return "" }
func (c *Context) Path() string                                              { return "" }
func (c *Context) SetPath(p string)                                          {}
func (c *Context) RouteInfo() RouteInfo                                      { return RouteInfo{} }
func (c *Context) Param(name string) string                                  { return "" }
func (c *Context) ParamOr(name, defaultValue string) string                  { return "" }
func (c *Context) QueryParam(name string) string                             { return "" }
func (c *Context) QueryParamOr(name, defaultValue string) string             { return "" }
func (c *Context) QueryParams() url.Values                                   { return nil }
func (c *Context) QueryString() string                                       { return "" }
func (c *Context) FormValue(name string) string                              { return "" }
func (c *Context) FormValueOr(name, defaultValue string) string              { return "" }
func (c *Context) FormValues() (url.Values, error)                           { return nil, nil }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)       { return nil, nil }
func (c *Context) MultipartForm() (*multipart.Form, error)                   { return nil, nil }
func (c *Context) Cookie(name string) (*http.Cookie, error)                  { return nil, nil }
func (c *Context) SetCookie(cookie *http.Cookie)                             {}
func (c *Context) Cookies() []*http.Cookie                                   { return nil }
func (c *Context) Get(key string) any                                        { return nil }
func (c *Context) Set(key string, val any)                                   {}
func (c *Context) Bind(i any) error                                          { return nil }
func (c *Context) Validate(i any) error                                      { return nil }
func (c *Context) Render(code int, name string, data any) (err error)        { return nil }
func (c *Context) HTML(code int, html string) (err error)                    { return nil }
func (c *Context) HTMLBlob(code int, b []byte) (err error)                   { return nil }
func (c *Context) String(code int, s string) (err error)                     { return nil }
func (c *Context) JSON(code int, i any) (err error)                          { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) (err error)     { return nil }
func (c *Context) JSONBlob(code int, b []byte) (err error)                   { return nil }
func (c *Context) JSONP(code int, callback string, i any) (err error)        { return nil }
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { return nil }
func (c *Context) XML(code int, i any) (err error)                           { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) (err error)      { return nil }
func (c *Context) XMLBlob(code int, b []byte) (err error)                    { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) (err error)   { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) {
	return nil
}
func (c *Context) File(file string) error              { return nil }
func (c *Context) Attachment(file, name string) error  { return nil }
func (c *Context) Inline(file, name string) error      { return nil }
func (c *Context) NoContent(code int) error            { return nil }
func (c *Context) Redirect(code int, url string) error { return nil }
func (c *Context) Logger() *slog.Logger                { return nil }
func (c *Context) SetLogger(logger *slog.Logger)       {}
func (c *Context) Echo() *Echo                         { return nil }

func ContextGet[T any](c *Context, key string) (T, error) { panic("stub") }
func ContextGetOr[T any](c *Context, key string, defaultValue T) (T, error) {
	panic("stub")
}

type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func NewResponse(w http.ResponseWriter, logger *slog.Logger) (r *Response) { return nil }
func UnwrapResponse(rw http.ResponseWriter) (*Response, error)             { return nil, nil }
func (r *Response) WriteHeader(code int)                                   {}
func (r *Response) Write(b []byte) (n int, err error)                      { return 0, nil }
func (r *Response) Unwrap() http.ResponseWriter                            { return nil }

// HTTPStatusCoder is implemented by errors that carry a response status.
type HTTPStatusCoder interface {
	StatusCode() int
}

func StatusCode(err error) int { return 0 }

type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

func NewHTTPError(code int, message string) *HTTPError { return nil }
func (he *HTTPError) StatusCode() int                  { return he.Code }
func (he *HTTPError) Error() string                    { return "" }
func (he HTTPError) Wrap(err error) error              { return nil }
func (he *HTTPError) Unwrap() error                    { return he.err }

type httpError struct {
	code int
}

func (he httpError) StatusCode() int      { return he.code }
func (he httpError) Error() string        { return "" }
func (he httpError) Wrap(err error) error { return nil }

var (
	ErrBadRequest          = &httpError{http.StatusBadRequest}
	ErrUnauthorized        = &httpError{http.StatusUnauthorized}
	ErrForbidden           = &httpError{http.StatusForbidden}
	ErrNotFound            = &httpError{http.StatusNotFound}
	ErrInternalServerError = &httpError{http.StatusInternalServerError}
)

// ProblemError is an RFC 9457 problem detail.
type ProblemError struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

func (pe *ProblemError) Error() string   { return "" }
func (pe *ProblemError) StatusCode() int { return pe.Status }

type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Logger           *slog.Logger
}

func New() *Echo                                                           { return &Echo{} }
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) *Context { return nil }
func (e *Echo) Pre(middleware ...MiddlewareFunc)                           {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                           {}
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    {}
func (e *Echo) Start(address string) error                          { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc) {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return nil }

func WrapHandler(h http.Handler) HandlerFunc                          { return nil }
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { return nil }
