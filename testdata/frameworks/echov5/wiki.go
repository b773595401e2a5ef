// Package echov5api is a team wiki: HTTP basic auth against bcrypt hashes,
// workspaces, moderators, outgoing webhooks.
package echov5api

import (
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v5"
	"golang.org/x/crypto/bcrypt"
)

type Member struct {
	ID            string
	WorkspaceID   string
	PasswordHash  []byte
	Moderator     bool
	EmailVerified bool
}

type Page struct {
	ID          string
	WorkspaceID string
	AuthorID    string
	Protected   bool
}

var ErrPageNotFound = errors.New("page not found")

var (
	members     = map[string]*Member{}
	pages       = map[string]*Page{}
	subscribers = map[string]bool{}
)

// problem writes an RFC 9457 body with the given status.
func problem(c *echo.Context, status int, detail string) error {
	return c.JSON(status, map[string]any{"title": http.StatusText(status), "status": status, "detail": detail})
}

func BasicAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		name, pass, ok := c.Request().BasicAuth()
		if !ok {
			c.Response().Header().Set("WWW-Authenticate", `Basic realm="wiki"`)
			return c.NoContent(401) // want unauthorized-literal
		}
		m, found := members[name]
		if !found {
			return problem(c, http.StatusUnauthorized, "invalid credentials")
		}
		if err := bcrypt.CompareHashAndPassword(m.PasswordHash, []byte(pass)); err != nil {
			return echo.NewHTTPError(http.StatusForbidden, "invalid credentials") // want use-401
		}
		if !m.EmailVerified {
			return problem(c, http.StatusForbidden, "verify your e-mail address first")
		}
		c.Set("member", m)
		return next(c)
	}
}

func RequireModerator(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		m, err := echo.ContextGet[*Member](c, "member")
		if err != nil {
			return echo.ErrUnauthorized
		}
		if !m.Moderator {
			return echo.ErrUnauthorized // want use-403
		}
		return next(c)
	}
}

func EditPage(c *echo.Context) error {
	m, err := echo.ContextGet[*Member](c, "member")
	if err != nil {
		return echo.ErrForbidden // want use-401
	}
	p, ok := pages[c.Param("id")]
	if !ok {
		return echo.ErrNotFound
	}
	if p.WorkspaceID != m.WorkspaceID {
		return &echo.ProblemError{Status: http.StatusUnauthorized, Title: "page is in another workspace"} // want use-403
	}
	if p.Protected && p.AuthorID != m.ID && !m.Moderator {
		return problem(c, http.StatusForbidden, "unauthorized edit of a protected page")
	}
	return c.NoContent(http.StatusNoContent)
}

func DeletePage(c *echo.Context) error {
	if _, ok := pages[c.Param("id")]; !ok {
		return ErrPageNotFound
	}
	delete(pages, c.Param("id"))
	return c.NoContent(http.StatusNoContent)
}

// PageHistory lists the edits of a page, refused ones included.
func PageHistory(c *echo.Context) error {
	m, _ := echo.ContextGetOr[*Member](c, "member", nil)
	if m == nil || !m.Moderator {
		return c.JSON(http.StatusForbidden, map[string]string{"error": "moderators only"})
	}
	entries := []map[string]any{
		{"member": "ada", "action": "edit", "status": 200},
		{"member": "bob", "action": "edit", "status": 403},
	}
	return c.JSON(http.StatusOK, entries)
}

// deliverWebhook posts an event; a subscriber that refuses our credentials
// is unsubscribed.
func deliverWebhook(url string, body io.Reader) (keep bool, err error) {
	resp, err := http.Post(url, "application/json", body)
	if err != nil {
		return true, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusUnauthorized, 403:
		return false, nil
	}
	return true, nil
}

func Notify(url string, body io.Reader) {
	if keep, _ := deliverWebhook(url, body); !keep {
		delete(subscribers, url)
	}
}

func New() *echo.Echo {
	e := echo.New()
	e.PUT("/pages/:id", EditPage, BasicAuth)
	e.DELETE("/pages/:id", DeletePage, BasicAuth, RequireModerator)
	e.GET("/pages/:id/history", PageHistory, BasicAuth)
	return e
}
