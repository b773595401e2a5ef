// Package challenge tests the opt-in missing-www-authenticate check: every
// 401 response must carry a WWW-Authenticate challenge (RFC 9110 §15.5.2).
package challenge

import (
	"challengeresp"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

const headerChallenge = "WWW-Authenticate"

func noChallenge(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header; RFC 9110 requires a challenge on every 401, set one before writing the status`
		return
	}
}

func withChallenge(w http.ResponseWriter, r *http.Request) { // want withChallenge:"sets WWW-Authenticate"
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

func withChallengeConst(w http.ResponseWriter, r *http.Request) { // want withChallengeConst:"sets WWW-Authenticate"
	if _, _, ok := r.BasicAuth(); !ok {
		w.Header().Add(headerChallenge, `Basic realm="api"`)
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func withChallengeMap(w http.ResponseWriter, r *http.Request) { // want withChallengeMap:"sets WWW-Authenticate"
	if _, _, ok := r.BasicAuth(); !ok {
		w.Header()["Www-Authenticate"] = []string{`Basic realm="api"`}
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// A header whose name is not a constant may be the challenge.
func withHeaders(w http.ResponseWriter, hdrs map[string]string) { // want withHeaders:"sets WWW-Authenticate" withHeaders:"writes 401"
	for k, v := range hdrs {
		w.Header().Set(k, v)
	}
	w.WriteHeader(http.StatusUnauthorized)
}

// A challenge set after the status has no effect.
func challengeTooLate(w http.ResponseWriter) { // want challengeTooLate:"sets WWW-Authenticate" challengeTooLate:"writes 401"
	w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header`
	w.Header().Set("WWW-Authenticate", `Bearer`)
}

// Another header is not the challenge.
func otherHeader(w http.ResponseWriter) { // want otherHeader:"writes 401"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header`
}

func forbiddenNeedsNone(w http.ResponseWriter) { // want forbiddenNeedsNone:"writes 403"
	w.WriteHeader(http.StatusForbidden)
}

// Helpers of another package, known by facts.
func helpers(w http.ResponseWriter, r *http.Request) { // want helpers:"sets WWW-Authenticate"
	if r.Header.Get("Authorization") == "" {
		challengeresp.Unauthorized(w, "no token")
		return
	}
	if r.Header.Get("X-API-Key") == "" {
		challengeresp.Error(w, http.StatusUnauthorized, "no key") // want `401 Unauthorized written without a WWW-Authenticate header`
		return
	}
	if _, err := r.Cookie("session"); err != nil {
		challengeresp.Challenge(w)
		challengeresp.Error(w, http.StatusUnauthorized, "no session")
		return
	}
}

// A helper of this package that sets the challenge.
func challenge(w http.ResponseWriter) { // want challenge:"sets WWW-Authenticate"
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
}

func localHelper(w http.ResponseWriter, r *http.Request) { // want localHelper:"sets WWW-Authenticate"
	if r.Header.Get("Authorization") == "" {
		challenge(w)
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// A helper writing the 401 whose callers set the challenge first.
func unauthorized(w http.ResponseWriter) { // want unauthorized:"writes 401"
	w.WriteHeader(http.StatusUnauthorized)
}

func callsUnauthorized(w http.ResponseWriter, r *http.Request) { // want callsUnauthorized:"sets WWW-Authenticate"
	if r.Header.Get("Authorization") == "" {
		challenge(w)
		unauthorized(w)
	}
}

// A wrong status is reported once, as the wrong status.
type user struct{ admin bool }

func (u *user) IsAdmin() bool { return u.admin } // want IsAdmin:"check authz result 0"

func wrongStatus(w http.ResponseWriter, u *user) {
	if !u.IsAdmin() {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check`
	}
}

// Middleware: the closure writes the 401.
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func requireTokenChallenge(next http.Handler) http.Handler { // want requireTokenChallenge:"sets WWW-Authenticate"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.Header().Set("WWW-Authenticate", "Bearer")
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func ginHandlers(c *gin.Context) { // want ginHandlers:"sets WWW-Authenticate"
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header`
		return
	}
	if c.GetHeader("X-API-Key") == "" {
		c.Header("WWW-Authenticate", `ApiKey`)
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// Errors carrying a 401 are written by the framework's error handler, which
// may add the challenge: no report.
func echoHandler(c echo.Context) error { // want echoHandler:"sets WWW-Authenticate"
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "missing token")
	}
	if c.Request().Header.Get("X-API-Key") == "" {
		return c.JSON(http.StatusUnauthorized, "no key") // want `401 Unauthorized written without a WWW-Authenticate header`
	}
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Bearer")
	return c.NoContent(http.StatusUnauthorized)
}

func fiberHandler(c *fiber.Ctx) error { // want fiberHandler:"sets WWW-Authenticate"
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusUnauthorized) // want `401 Unauthorized written without a WWW-Authenticate header`
	}
	c.Set(fiber.HeaderWWWAuthenticate, "Bearer")
	return c.SendStatus(fiber.StatusUnauthorized)
}
