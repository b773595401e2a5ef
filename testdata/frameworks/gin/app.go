// Package ginapi is the billing API: JWT bearer tokens, scopes and tenants.
package ginapi

import (
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

const principalKey = "principal"

type Claims struct {
	jwt.RegisteredClaims
	TenantID string   `json:"tid"`
	Scopes   []string `json:"scp"`
}

type Principal struct {
	AccountID string
	TenantID  string
	Roles     []string
	Scopes    []string
}

func (p *Principal) HasRole(role string) bool { return slices.Contains(p.Roles, role) }

type Account struct {
	ID                string
	Roles             []string
	Disabled          bool
	PasswordChangedAt time.Time
}

type Invoice struct {
	ID       string
	TenantID string
	Locked   bool
}

var (
	ErrInvoiceNotFound = errors.New("invoice not found")
	ErrNotInvoiceOwner = errors.New("invoice belongs to another tenant")
	ErrSessionRevoked  = errors.New("session revoked")
)

var (
	accounts = map[string]*Account{}
	invoices = map[string]*Invoice{}
)

func respondError(c *gin.Context, code int, msg string) {
	c.AbortWithStatusJSON(code, gin.H{"error": msg})
}

// BearerAuth verifies the access token and loads the account behind it.
func BearerAuth(key []byte) gin.HandlerFunc {
	keyFunc := func(*jwt.Token) (any, error) { return key, nil }
	return func(c *gin.Context) {
		raw, found := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		if !found || raw == "" {
			c.Header("WWW-Authenticate", `Bearer realm="billing"`)
			respondError(c, http.StatusUnauthorized, "bearer token required")
			return
		}
		claims := &Claims{}
		_, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
		switch {
		case errors.Is(err, jwt.ErrTokenExpired):
			respondError(c, http.StatusForbidden, "token expired") // want use-401
			return
		case err != nil:
			respondError(c, http.StatusUnauthorized, "invalid token")
			return
		}
		acct, ok := accounts[claims.Subject]
		if !ok {
			respondError(c, http.StatusUnauthorized, "unknown subject")
			return
		}
		// Tokens minted before the last password change no longer count.
		if claims.IssuedAt == nil || claims.IssuedAt.Before(acct.PasswordChangedAt) {
			respondError(c, http.StatusUnauthorized, "token revoked, sign in again")
			return
		}
		if acct.Disabled {
			respondError(c, http.StatusForbidden, "account disabled")
			return
		}
		c.Set(principalKey, &Principal{AccountID: acct.ID, TenantID: claims.TenantID, Roles: acct.Roles, Scopes: claims.Scopes})
		c.Next()
	}
}

func RequireScope(scope string) gin.HandlerFunc {
	return func(c *gin.Context) {
		v, exists := c.Get(principalKey)
		p, _ := v.(*Principal)
		if !exists || p == nil {
			c.AbortWithStatus(401) // want unauthorized-literal
			return
		}
		if !slices.Contains(p.Scopes, scope) {
			c.Header("WWW-Authenticate", `Bearer error="insufficient_scope"`)
			respondError(c, http.StatusUnauthorized, "insufficient scope") // want use-403
			return
		}
		c.Next()
	}
}

// TenantGuard refuses requests addressed to another tenant.
func TenantGuard(c *gin.Context) {
	p := c.MustGet(principalKey).(*Principal)
	if c.GetHeader("X-Tenant-ID") != p.TenantID {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "unauthorized tenant"})
		return
	}
	c.Next()
}

// CSRF protects the cookie-authenticated dashboard forms.
func CSRF(c *gin.Context) {
	if c.Request.Method == http.MethodPost {
		cookie, err := c.Cookie("csrf_token")
		if err != nil || cookie != c.PostForm("csrf_token") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
	}
	c.Next()
}

func statusFor(err error) int {
	switch {
	case errors.Is(err, ErrInvoiceNotFound):
		return http.StatusNotFound
	case errors.Is(err, ErrNotInvoiceOwner):
		return http.StatusUnauthorized // want use-403
	case errors.Is(err, ErrSessionRevoked):
		return http.StatusUnauthorized
	}
	return http.StatusInternalServerError
}

func loadInvoice(p *Principal, id string) (*Invoice, error) {
	inv, ok := invoices[id]
	if !ok {
		return nil, ErrInvoiceNotFound
	}
	if inv.TenantID != p.TenantID {
		return nil, ErrNotInvoiceOwner
	}
	return inv, nil
}

func GetInvoice(c *gin.Context) {
	p := c.MustGet(principalKey).(*Principal)
	inv, err := loadInvoice(p, c.Param("id"))
	if err != nil {
		respondError(c, statusFor(err), err.Error())
		return
	}
	if inv.Locked && !p.HasRole("billing-admin") {
		c.JSON(403, gin.H{"error": "invoice is locked"}) // want forbidden-literal
		return
	}
	c.JSON(http.StatusOK, inv)
}

// BatchVoid reports a result per invoice in a 207 body.
func BatchVoid(c *gin.Context) {
	v, _ := c.Get(principalKey)
	p, _ := v.(*Principal)
	if p == nil || !p.HasRole("billing-admin") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	results := gin.H{}
	for _, id := range c.QueryArray("id") {
		if _, err := loadInvoice(p, id); err != nil {
			results[id] = gin.H{"code": 403, "error": err.Error()}
			continue
		}
		results[id] = gin.H{"code": 200}
	}
	c.JSON(http.StatusMultiStatus, results)
}

func Routes(key []byte) *gin.Engine {
	r := gin.New()
	api := r.Group("/v1", BearerAuth(key), TenantGuard)
	api.GET("/invoices/:id", RequireScope("invoices:read"), GetInvoice)
	api.POST("/invoices/void", CSRF, RequireScope("invoices:write"), BatchVoid)
	return r
}
