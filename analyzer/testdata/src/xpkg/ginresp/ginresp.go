// Package ginresp: response helpers for gin.
package ginresp

import "github.com/gin-gonic/gin"

// Abort forwards its status to gin.
func Abort(c *gin.Context, code int, msg string) { // want Abort:"statusSink arg 1"
	c.AbortWithStatusJSON(code, gin.H{"error": msg})
}

// Unauthorized always writes 401.
func Unauthorized(c *gin.Context) { // want Unauthorized:"writes 401"
	Abort(c, 401, "unauthorized") // want `401 Unauthorized written as a bare literal`
}
