// Package echoapp uses echoresp and policy.
package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"xpkg/echoresp"
	"xpkg/policy"
)

var guard policy.Guard

func Export(c echo.Context) error {
	u, ok := c.Get("user").(*policy.User)
	if !ok {
		return echoresp.Fail(c, http.StatusForbidden, "login required") // want `403 Forbidden written when the request carries no authenticated caller`
	}
	if !guard.Allows(u, "report.export") {
		return echoresp.ErrNeedAdmin // want `401 Unauthorized written as echoresp.ErrNeedAdmin after permission check guard.Allows`
	}
	if err := policy.Demand(u, "report.read"); err != nil {
		return echoresp.Fail(c, http.StatusUnauthorized, err.Error()) // want `401 Unauthorized written after permission check policy.Demand\(u, "report.read"\) failed`
	}
	return nil
}
