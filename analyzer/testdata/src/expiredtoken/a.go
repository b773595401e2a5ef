// Package expiredtoken: a handler of the (int, error) style answering 403 to
// a token that failed to parse or is invalid (filebrowser fixed this one).
package expiredtoken

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

func keyFunc(t *jwt.Token) (interface{}, error) { return nil, nil }

func withUser(w http.ResponseWriter, r *http.Request) (int, error) {
	token, err := request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, keyFunc)
	if err != nil || !token.Valid {
		return http.StatusForbidden, nil // want `403 Forbidden written after authentication check request.ParseFromRequest\(...\) failed`
	}
	return 0, nil
}
