// Package ginapp: gin handlers and middleware.
package ginapp

import (
	"errors"
	"net/http"
	"strings"

	"github.com/casbin/casbin/v2"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type User struct {
	ID    string
	Role  string
	Admin bool
}

var secret = []byte("k")

func keyFunc(t *jwt.Token) (interface{}, error) { return secret, nil }

// JWTMiddleware authenticates the bearer token.
func JWTMiddleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		header := c.GetHeader("Authorization")
		if header == "" {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "missing token"}) // want `403 Forbidden written when the request carries no credentials \(header is empty\)`
			return
		}
		tok, err := jwt.Parse(strings.TrimPrefix(header, "Bearer "), keyFunc)
		if err != nil || !tok.Valid {
			c.AbortWithStatus(http.StatusForbidden) // want `403 Forbidden written after authentication check jwt.Parse\(...\) failed`
			return
		}
		c.Set("user", &User{})
		c.Next()
	}
}

// JWTMiddlewareRight is the same middleware done right.
func JWTMiddlewareRight() gin.HandlerFunc {
	return func(c *gin.Context) {
		header := c.GetHeader("Authorization")
		tok, err := jwt.Parse(strings.TrimPrefix(header, "Bearer "), keyFunc)
		if err != nil || !tok.Valid {
			c.Header("WWW-Authenticate", "Bearer")
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Next()
	}
}

// RequireAdmin checks the user set by the authentication middleware.
func RequireAdmin(c *gin.Context) {
	v, exists := c.Get("user")
	if !exists {
		c.AbortWithStatus(http.StatusForbidden) // want `403 Forbidden written when the request carries no authenticated caller`
		return
	}
	u := v.(*User)
	if !u.Admin {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "admin only"}) // want `401 Unauthorized written after permission check u.Admin failed`
		return
	}
	if u.Role != "owner" {
		c.JSON(403, gin.H{"error": "owners only"}) // want `403 Forbidden written as a bare literal; use http.StatusForbidden`
		return
	}
	c.Next()
}

// Casbin decides; its error is not a denial.
func Authorize(e *casbin.Enforcer) gin.HandlerFunc {
	return func(c *gin.Context) {
		sub := c.GetString("userID")
		ok, err := e.Enforce(sub, c.Request.URL.Path, c.Request.Method)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if !ok {
			c.AbortWithStatus(http.StatusUnauthorized) // want `401 Unauthorized written after permission check e.Enforce\(...\) failed`
			return
		}
		c.Next()
	}
}

var ErrNotOwner = errors.New("not the owner") // want ErrNotOwner:"errkind authz"

func deletePost(c *gin.Context) error { return nil }

func DeletePost(c *gin.Context) {
	if err := deletePost(c); errors.Is(err, ErrNotOwner) {
		_ = c.AbortWithError(http.StatusUnauthorized, err) // want `401 Unauthorized written for authorization error ErrNotOwner`
		return
	}
	// A business code in the body is not a status.
	c.JSON(http.StatusOK, gin.H{"code": 403, "msg": "ok"})
}

func Routes() *gin.Engine {
	r := gin.Default()
	api := r.Group("/api", JWTMiddleware())
	api.DELETE("/posts/:id", RequireAdmin, DeletePost)
	return r
}

// Values stored by the authentication middleware, compared by key.
func RequireOwner(c *gin.Context) {
	if c.GetString("role") != "owner" {
		c.AbortWithStatus(http.StatusUnauthorized) // want `401 Unauthorized written after permission check c.GetString\("role"\) != "owner"`
		return
	}
	if c.GetString("tenant") != c.Param("tenant") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	if c.GetString("page") != "1" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

type Post struct{ AuthorID string }

type Member struct{ ID, Name string }

func loadPost(id string) *Post { return nil }

// The user set by the authentication middleware is authenticated: comparing
// its id with a resource's is an ownership check.
func EditPost(c *gin.Context) {
	me := c.MustGet("user").(*Member)
	post := loadPost(c.Param("id"))
	if post.AuthorID != me.ID {
		c.AbortWithStatus(http.StatusUnauthorized) // want `401 Unauthorized written after ownership check post.AuthorID != me.ID on the authenticated caller`
		return
	}
	if me.Name != "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}
