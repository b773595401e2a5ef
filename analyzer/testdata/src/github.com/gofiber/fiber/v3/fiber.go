// Package fiber is a stub of github.com/gofiber/fiber/v3 (v3.1.0) for
// analysistest: declarations with the real signatures, no behavior.
//
// In v3 handlers take Ctx, an interface. Its implementation *DefaultCtx embeds
// DefaultReq and DefaultRes, which implement Req and Res (c.Req(), c.Res()).
package fiber

import (
	"context"
	"net/http"
)

const (
	StatusOK                  = 200
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusForbidden           = 403
	StatusNotFound            = 404
	StatusInternalServerError = 500
)

const (
	HeaderAuthorization   = "Authorization"
	HeaderWWWAuthenticate = "WWW-Authenticate"
)

type (
	Handler      = func(Ctx) error
	ErrorHandler = func(Ctx, error) error
	Map          map[string]any
)

type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func NewError(code int, message ...string) *Error { return nil }
func NewErrorf(code int, message ...any) *Error   { return nil }
func (e *Error) Error() string                    { return e.Message }

var (
	ErrBadRequest          = NewError(StatusBadRequest)
	ErrUnauthorized        = NewError(StatusUnauthorized)
	ErrForbidden           = NewError(StatusForbidden)
	ErrNotFound            = NewError(StatusNotFound)
	ErrInternalServerError = NewError(StatusInternalServerError)
)

type Ctx interface {
	App() *App
	Context() context.Context
	SetContext(ctx context.Context)
	Get(key string, defaultValue ...string) string
	GetRespHeader(key string, defaultValue ...string) string
	Next() error
	Path(override ...string) string
	Req() Req
	Res() Res
	Redirect() *Redirect
	Status(status int) Ctx
	String() string
	Value(key any) any
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	IP() string
	Locals(key any, value ...any) any
	Method(override ...string) string
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
	Append(field string, values ...string)
	JSON(data any, ctype ...string) error
	XML(data any) error
	Send(body []byte) error
	SendStatus(status int) error
	SendString(body string) error
	Set(key, val string)
}

type Req interface {
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	Get(key string, defaultValue ...string) string
	IP() string
	Locals(key any, value ...any) any
	Method(override ...string) string
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
}

type Res interface {
	Append(field string, values ...string)
	Get(key string, defaultValue ...string) string
	JSON(data any, ctype ...string) error
	XML(data any) error
	Send(body []byte) error
	SendStatus(status int) error
	SendString(body string) error
	Set(key, val string)
	Status(status int) Ctx
}

type DefaultCtx struct {
	DefaultReq
	DefaultRes
}

func (c *DefaultCtx) App() *App                                               { return nil }
func (c *DefaultCtx) Context() context.Context                                { return nil }
func (c *DefaultCtx) SetContext(ctx context.Context)                          {}
func (c *DefaultCtx) Get(key string, defaultValue ...string) string           { return "" }
func (c *DefaultCtx) GetRespHeader(key string, defaultValue ...string) string { return "" }
func (c *DefaultCtx) Next() error                                             { return nil }
func (c *DefaultCtx) Path(override ...string) string                          { return "" }
func (c *DefaultCtx) Req() Req                                                { return &c.DefaultReq }
func (c *DefaultCtx) Res() Res                                                { return &c.DefaultRes }
func (c *DefaultCtx) Redirect() *Redirect                                     { return nil }
func (c *DefaultCtx) Status(status int) Ctx                                   { return c }
func (c *DefaultCtx) String() string                                          { return "" }
func (c *DefaultCtx) Value(key any) any                                       { return nil }

type DefaultReq struct{}

func (r *DefaultReq) Body() []byte                                      { return nil }
func (r *DefaultReq) Cookies(key string, defaultValue ...string) string { return "" }
func (r *DefaultReq) Get(key string, defaultValue ...string) string     { return "" }
func (r *DefaultReq) IP() string                                        { return "" }
func (r *DefaultReq) Locals(key any, value ...any) any                  { return nil }
func (r *DefaultReq) Method(override ...string) string                  { return "" }
func (r *DefaultReq) Params(key string, defaultValue ...string) string  { return "" }
func (r *DefaultReq) Query(key string, defaultValue ...string) string   { return "" }

type DefaultRes struct{}

func (r *DefaultRes) Append(field string, values ...string)         {}
func (r *DefaultRes) Get(key string, defaultValue ...string) string { return "" }
func (r *DefaultRes) JSON(data any, ctype ...string) error          { return nil }
func (r *DefaultRes) XML(data any) error                            { return nil }
func (r *DefaultRes) Send(body []byte) error                        { return nil }
func (r *DefaultRes) SendStatus(status int) error                   { return nil }
func (r *DefaultRes) SendString(body string) error                  { return nil }
func (r *DefaultRes) Set(key, val string)                           {}
func (r *DefaultRes) Status(status int) Ctx                         { return nil }

type Redirect struct{}

func (r *Redirect) Status(code int) *Redirect     { return r }
func (r *Redirect) To(location string) error      { return nil }
func (r *Redirect) Back(fallback ...string) error { return nil }

type GenericType interface {
	int | int8 | int16 | int32 | int64 | uint | uint8 | uint16 | uint32 | uint64 |
		float32 | float64 | bool | string | []byte
}

func GetReqHeader[V GenericType](c Ctx, key string, defaultValue ...V) V { panic("stub") }
func Locals[V any](c Ctx, key any, value ...V) V                         { panic("stub") }
func Params[V GenericType](c Ctx, key string, defaultValue ...V) V       { panic("stub") }
func Query[V GenericType](c Ctx, key string, defaultValue ...V) V        { panic("stub") }
func ValueFromContext[T any](ctx, key any) (T, bool)                     { panic("stub") }

type Config struct {
	ErrorHandler ErrorHandler `json:"-"`
	AppName      string       `json:"app_name"`
}

type ListenConfig struct{}

type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

type App struct{}

func New(config ...Config) *App                                          { return &App{} }
func (app *App) Use(args ...any) Router                                  { return app }
func (app *App) Get(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Post(path string, handler any, handlers ...any) Router   { return app }
func (app *App) Put(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Delete(path string, handler any, handlers ...any) Router { return app }
func (app *App) Patch(path string, handler any, handlers ...any) Router  { return app }
func (app *App) All(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Group(prefix string, handlers ...any) Router             { return app }
func (app *App) Listen(addr string, config ...ListenConfig) error        { return nil }
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}

type TestConfig struct{}

type Group struct {
	Prefix string
}

func (grp *Group) Use(args ...any) Router                                  { return grp }
func (grp *Group) Get(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Post(path string, handler any, handlers ...any) Router   { return grp }
func (grp *Group) Put(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Delete(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Patch(path string, handler any, handlers ...any) Router  { return grp }
func (grp *Group) All(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Group(prefix string, handlers ...any) Router             { return grp }

var (
	_ Ctx = (*DefaultCtx)(nil)
	_ Req = (*DefaultReq)(nil)
	_ Res = (*DefaultRes)(nil)
)
