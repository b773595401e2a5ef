// Package ginapp uses ginresp and policy.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"xpkg/errs"
	"xpkg/ginresp"
	"xpkg/policy"
)

var guard policy.Guard

func Refund(c *gin.Context) {
	u := c.MustGet("user").(*policy.User)
	if !guard.Allows(u, "invoice.refund") {
		ginresp.Abort(c, http.StatusUnauthorized, "not allowed") // want `401 Unauthorized written after permission check guard.Allows\(u, "invoice.refund"\) failed`
		return
	}
	if !guard.Allows(u, "invoice.view") {
		ginresp.Unauthorized(c) // want `401 Unauthorized written by Unauthorized after permission check`
		return
	}
	if err := policy.Check(u, c.Param("team")); err != nil {
		ginresp.Abort(c, http.StatusForbidden, err.Error())
		return
	}
}

func Session(c *gin.Context) {
	if _, err := policy.Resume(c.GetHeader("X-Session")); err != nil {
		c.AbortWithStatus(http.StatusForbidden) // want `403 Forbidden written after authentication check policy.Resume\(c.GetHeader\("X-Session"\)\) failed`
	}
}

func Status(err error) int {
	switch err {
	case errs.ErrNoAccess:
		return http.StatusUnauthorized // want `401 Unauthorized written for authorization error errs.ErrNoAccess`
	}
	return http.StatusInternalServerError
}
