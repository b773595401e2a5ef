// Package echoresp: response helpers and errors for echo.
package echoresp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Fail forwards its status to echo.
func Fail(c echo.Context, code int, msg string) error { // want Fail:"statusSink arg 1"
	return c.JSON(code, map[string]string{"error": msg})
}

var ErrNeedAdmin = echo.NewHTTPError(http.StatusUnauthorized, "admins only") // want ErrNeedAdmin:"sentinel 401" ErrNeedAdmin:"errkind authz"
