// Package echov4api is the order service: API keys for integrations, a
// session cookie for the shop's own pages.
package echov4api

import (
	"errors"
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"
)

type Client struct {
	ID         string
	CustomerID string
	Scopes     []string
	Revoked    bool
}

func (c *Client) Can(scope string) bool { return slices.Contains(c.Scopes, scope) }

type Order struct {
	ID         string
	CustomerID string
	Shipped    bool
}

var ErrUnknownKey = errors.New("unknown api key")

var (
	clients  = map[string]*Client{}
	sessions = map[string]*Client{}
	orders   = map[string]*Order{}
)

func findClient(key string) (*Client, error) {
	if c, ok := clients[key]; ok {
		return c, nil
	}
	return nil, ErrUnknownKey
}

// Kind classifies the errors of the service layer.
type Kind int

const (
	KindInternal Kind = iota
	KindUnauthenticated
	KindPermissionDenied
	KindNotFound
)

type AppError struct {
	Kind Kind
	Msg  string
}

func (e *AppError) Error() string { return e.Msg }

func (e *AppError) Status() int {
	switch e.Kind {
	case KindUnauthenticated:
		return http.StatusUnauthorized
	case KindPermissionDenied:
		return http.StatusUnauthorized // want use-403
	case KindNotFound:
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// APIKeyAuth authenticates integrations.
func APIKeyAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		key := c.Request().Header.Get("X-API-Key")
		if key == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "api key required")
		}
		client, err := findClient(key)
		if err != nil {
			return echo.ErrForbidden // want use-401
		}
		if client.Revoked {
			return echo.NewHTTPError(http.StatusForbidden, "api key revoked") // want use-401
		}
		c.Set("client", client)
		return next(c)
	}
}

// SessionAuth authenticates the shop's pages by cookie.
func SessionAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		cookie, err := c.Cookie("session")
		if err != nil {
			return c.Redirect(http.StatusSeeOther, "/login")
		}
		client, ok := sessions[cookie.Value]
		if !ok {
			return echo.ErrForbidden // want use-401
		}
		req := c.Request()
		if req.Method != http.MethodGet && req.Header.Get("Origin") != "https://shop.example.com" {
			return &echo.HTTPError{Code: 403, Message: "cross-origin request refused"} // want forbidden-literal
		}
		c.Set("client", client)
		return next(c)
	}
}

func RequireScope(scope string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			client, ok := c.Get("client").(*Client)
			if !ok {
				return echo.ErrUnauthorized
			}
			if !client.Can(scope) {
				return echo.NewHTTPError(http.StatusUnauthorized, "key lacks scope "+scope) // want use-403
			}
			return next(c)
		}
	}
}

func CancelOrder(c echo.Context) error {
	client, _ := c.Get("client").(*Client)
	if client == nil || !client.Can("orders:cancel") {
		return echo.ErrForbidden
	}
	order, ok := orders[c.Param("id")]
	if !ok {
		return &AppError{Kind: KindNotFound, Msg: "no such order"}
	}
	if order.CustomerID != client.CustomerID {
		return c.JSON(http.StatusForbidden, echo.Map{"error": "unauthorized: order belongs to another customer"})
	}
	if order.Shipped {
		return c.JSON(http.StatusConflict, echo.Map{"error": "already shipped"})
	}
	delete(orders, order.ID)
	return c.NoContent(http.StatusNoContent)
}

// Whoami tells the shop's pages whether to show the sign-in button.
func Whoami(c echo.Context) error {
	client, ok := c.Get("client").(*Client)
	if !ok {
		return c.JSON(http.StatusOK, echo.Map{"signed_in": false, "code": 401})
	}
	return c.JSON(http.StatusOK, echo.Map{"signed_in": true, "customer": client.CustomerID})
}

func ErrorHandler(err error, c echo.Context) {
	code := http.StatusInternalServerError
	var he *echo.HTTPError
	var ae *AppError
	switch {
	case errors.As(err, &he):
		code = he.Code
	case errors.As(err, &ae):
		code = ae.Status()
	}
	if code == http.StatusUnauthorized {
		c.Response().Header().Set("WWW-Authenticate", `APIKey realm="orders"`)
	}
	_ = c.JSON(code, echo.Map{"error": http.StatusText(code), "status": code})
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = ErrorHandler
	api := e.Group("/api", APIKeyAuth)
	api.DELETE("/orders/:id", CancelOrder, RequireScope("orders:write"))
	shop := e.Group("/shop", SessionAuth)
	shop.DELETE("/orders/:id", CancelOrder)
	e.GET("/whoami", Whoami)
	return e
}
