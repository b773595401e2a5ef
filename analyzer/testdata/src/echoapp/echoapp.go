// Package echoapp: echo v4 handlers, middleware and sentinels.
package echoapp

import (
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

type Claims struct {
	jwt.RegisteredClaims
	Role   string
	Scopes []string
}

func hasScope(c *Claims, s string) bool { return false }

// Auth is middleware: a missing token is 401, with echo's sentinel.
func Auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		auth := c.Request().Header.Get("Authorization")
		if auth == "" {
			return echo.ErrForbidden // want `403 Forbidden written when the request carries no credentials \(auth is empty\); the caller is not authenticated, use 401 Unauthorized`
		}
		claims := &Claims{}
		if _, err := jwt.ParseWithClaims(auth, claims, func(t *jwt.Token) (interface{}, error) { return nil, nil }); err != nil {
			return echo.NewHTTPError(http.StatusForbidden, "invalid token") // want `403 Forbidden written after authentication check jwt.ParseWithClaims\(...\) failed`
		}
		c.Set("claims", claims)
		return next(c)
	}
}

func AuthRight(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}

// RequireRole reads the claims set by Auth.
func RequireRole(role string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			claims, ok := c.Get("claims").(*Claims)
			if !ok {
				return echo.ErrUnauthorized
			}
			if claims.Role != role {
				return echo.ErrUnauthorized // want `401 Unauthorized written after permission check claims.Role != role; the caller is authenticated but not permitted, use 403 Forbidden`
			}
			if !hasScope(claims, "write") {
				return echo.NewHTTPError(401, "missing scope") // want `401 Unauthorized written after permission check hasScope\(claims, "write"\) failed`
			}
			if !hasScope(claims, "admin") {
				return &echo.HTTPError{Code: http.StatusUnauthorized, Message: "no"} // want `use 403 Forbidden`
			}
			return next(c)
		}
	}
}

var ErrPermissionDenied = errors.New("permission denied") // want ErrPermissionDenied:"errkind authz"

func archive(id string) error { return nil }

func Archive(c echo.Context) error {
	err := archive(c.Param("id"))
	switch {
	case errors.Is(err, ErrPermissionDenied):
		return c.JSON(http.StatusUnauthorized, echo.Map{"error": "not allowed"}) // want `401 Unauthorized written for authorization error ErrPermissionDenied`
	case err != nil:
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// Comparing with a sentinel is not writing it.
func ErrorHandler(err error, c echo.Context) {
	var he *echo.HTTPError
	if errors.As(err, &he) && he == echo.ErrUnauthorized {
		c.Response().Header().Set("WWW-Authenticate", "Bearer")
	}
	if errors.Is(err, echo.ErrForbidden) {
		_ = c.NoContent(http.StatusForbidden)
	}
}

// The echo JWT middleware's idiom: claims as a map, looked up by key.
func AdminOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		token, ok := c.Get("user").(*jwt.Token)
		if !ok {
			return echo.ErrUnauthorized
		}
		claims := token.Claims.(jwt.MapClaims)
		if claims["role"] != "admin" {
			return echo.ErrUnauthorized // want `401 Unauthorized written after permission check claims\["role"\] != "admin"`
		}
		isAdmin := claims["admin"].(bool)
		if !isAdmin {
			return c.NoContent(http.StatusUnauthorized) // want `401 Unauthorized written after permission check claims\["admin"\].\(bool\) failed`
		}
		if claims["name"] == "" {
			return echo.ErrForbidden
		}
		return next(c)
	}
}
