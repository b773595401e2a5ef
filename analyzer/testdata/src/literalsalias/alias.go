// Package literalsalias imports net/http under another name; fixes use it.
package literalsalias

import nethttp "net/http"

func handler(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(401)          // want `401 Unauthorized written as a bare literal`
	nethttp.Error(w, "no", 403) // want `403 Forbidden written as a bare literal`
}
