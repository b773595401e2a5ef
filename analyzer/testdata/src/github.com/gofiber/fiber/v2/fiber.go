// Package fiber is a stub of github.com/gofiber/fiber/v2 (v2.52.15) for
// analysistest: declarations with the real signatures, no behavior.
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
	Handler      = func(*Ctx) error
	ErrorHandler = func(*Ctx, error) error
	Map          map[string]interface{}
)

type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func NewError(code int, message ...string) *Error { return nil }
func (e *Error) Error() string                    { return e.Message }

var (
	ErrBadRequest          = NewError(StatusBadRequest)
	ErrUnauthorized        = NewError(StatusUnauthorized)
	ErrForbidden           = NewError(StatusForbidden)
	ErrNotFound            = NewError(StatusNotFound)
	ErrInternalServerError = NewError(StatusInternalServerError)
)

type Config struct {
	ErrorHandler ErrorHandler `json:"-"`
	AppName      string       `json:"app_name"`
}

type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

type App struct{}

func New(config ...Config) *App                                  { return &App{} }
func (app *App) Use(args ...interface{}) Router                  { return app }
func (app *App) Get(path string, handlers ...Handler) Router     { return app }
func (app *App) Post(path string, handlers ...Handler) Router    { return app }
func (app *App) Put(path string, handlers ...Handler) Router     { return app }
func (app *App) Delete(path string, handlers ...Handler) Router  { return app }
func (app *App) Patch(path string, handlers ...Handler) Router   { return app }
func (app *App) All(path string, handlers ...Handler) Router     { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router { return app }
func (app *App) Listen(addr string) error                        { return nil }
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) {
	return nil, nil
}

type Group struct {
	Prefix string
}

func (grp *Group) Use(args ...interface{}) Router                  { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router    { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router  { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router { return grp }

// Ctx is a struct in v2; handlers take *Ctx.
type Ctx struct{}

// Request.
func (c *Ctx) Get(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) GetReqHeaders() map[string][]string                       { return nil }
func (c *Ctx) GetRespHeader(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }
func (c *Ctx) Cookies(key string, defaultValue ...string) string        { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string         { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string          { return "" }
func (c *Ctx) BodyParser(out interface{}) error                         { return nil }
func (c *Ctx) Method(override ...string) string                         { return "" }
func (c *Ctx) Path(override ...string) string                           { return "" }
func (c *Ctx) IP() string                                               { return "" }
func (c *Ctx) UserContext() context.Context                             { return nil }
func (c *Ctx) SetUserContext(ctx context.Context)                       {}
func (c *Ctx) Next() error                                              { return nil }

// Response.
func (c *Ctx) Status(status int) *Ctx                                            { return c }
func (c *Ctx) SendStatus(status int) error                                       { return nil }
func (c *Ctx) Send(body []byte) error                                            { return nil }
func (c *Ctx) SendString(body string) error                                      { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error                      { return nil }
func (c *Ctx) XML(data interface{}) error                                        { return nil }
func (c *Ctx) Set(key, val string)                                               {}
func (c *Ctx) Append(field string, values ...string)                             {}
func (c *Ctx) Redirect(location string, status ...int) error                     { return nil }
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { return nil }
func (c *Ctx) RedirectBack(fallback string, status ...int) error                 { return nil }
