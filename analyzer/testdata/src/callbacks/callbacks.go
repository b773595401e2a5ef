// Package callbacks: the parameters of validators handed to authentication
// middleware are the request's credentials.
package callbacks

import (
	"crypto/subtle"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/keyauth"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var apiKey = "secret"

func setup(e *echo.Echo) {
	e.Use(middleware.KeyAuth(func(key string, c echo.Context) (bool, error) {
		if key != apiKey {
			return false, echo.NewHTTPError(http.StatusForbidden, "bad key") // want `403 Forbidden written after credential check key != apiKey`
		}
		return true, nil
	}))
	e.Use(middleware.BasicAuth(checkBasic))
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		Validator: func(key string, c echo.Context) (bool, error) {
			if key == "" {
				return false, echo.ErrUnauthorized
			}
			return true, nil
		},
	}))
}

func checkBasic(user, pass string, c echo.Context) (bool, error) {
	if subtle.ConstantTimeCompare([]byte(pass), []byte(apiKey)) != 1 {
		return false, echo.ErrUnauthorized
	}
	if user == "" {
		return false, echo.ErrForbidden // want `403 Forbidden written when the request carries no credentials \(user is empty\)`
	}
	return true, nil
}

func fiberSetup(app *fiber.App) {
	app.Use(keyauth.New(keyauth.Config{
		Validator: func(c *fiber.Ctx, key string) (bool, error) {
			if key != apiKey {
				return false, fiber.ErrForbidden // want `use 401 Unauthorized`
			}
			return true, nil
		},
	}))
}
