// Package echo is a stub of github.com/labstack/echo/v4 (v4.16.0) for
// analysistest: declarations with the real signatures, no behavior.
package echo

import (
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
)

const (
	HeaderAuthorization   = "Authorization"
	HeaderWWWAuthenticate = "WWW-Authenticate"
)

type (
	HandlerFunc      func(c Context) error
	MiddlewareFunc   func(next HandlerFunc) HandlerFunc
	HTTPErrorHandler func(err error, c Context)
	Map              map[string]interface{}
)

// Context is an interface in v4.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

func ContextGet[T any](c Context, key string) (T, error) { panic("stub") }
func ContextGetOr[T any](c Context, key string, defaultValue T) (T, error) {
	panic("stub")
}

type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return nil }
func (r *Response) Header() http.Header                        { return nil }
func (r *Response) WriteHeader(code int)                       {}
func (r *Response) Write(b []byte) (n int, err error)          { return 0, nil }
func (r *Response) Before(fn func())                           {}
func (r *Response) After(fn func())                            {}

type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func NewHTTPError(code int, message ...interface{}) *HTTPError { return nil }
func (he *HTTPError) Error() string                            { return "" }
func (he *HTTPError) SetInternal(err error) *HTTPError         { return he }
func (he *HTTPError) WithInternal(err error) *HTTPError        { return he }
func (he *HTTPError) Unwrap() error                            { return nil }

var (
	ErrBadRequest          = NewHTTPError(http.StatusBadRequest)
	ErrUnauthorized        = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden           = NewHTTPError(http.StatusForbidden)
	ErrNotFound            = NewHTTPError(http.StatusNotFound)
	ErrInternalServerError = NewHTTPError(http.StatusInternalServerError)
)

type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Debug            bool
}

func New() (e *Echo)                                                       { return &Echo{} }
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context  { return nil }
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context)               {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                           {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                           {}
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    {}
func (e *Echo) Start(address string) error                          { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                           {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return nil }

func WrapHandler(h http.Handler) HandlerFunc                          { return nil }
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { return nil }
