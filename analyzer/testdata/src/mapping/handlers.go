package mapping

import (
	"net/http"
)

type User struct{ Admin bool }

func userOf(r *http.Request) *User { return nil }

// deleteUser is a handler of the (int, error) style: an adapter writes its
// status, so its returns are status writes.
func deleteUser(w http.ResponseWriter, r *http.Request) (int, error) {
	u := userOf(r)
	if u == nil {
		return http.StatusUnauthorized, nil
	}
	if !u.Admin {
		return http.StatusUnauthorized, nil // want `401 Unauthorized written after permission check u.Admin failed`
	}
	return http.StatusNoContent, nil
}

type handler func(http.ResponseWriter, *http.Request) (int, error)

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	status, err := h(w, r)
	if err != nil {
		http.Error(w, err.Error(), status)
		return
	}
	w.WriteHeader(status)
}

// count returns (int, error) too, but no status constant: not a handler.
func count(r *http.Request) (int, error) {
	if userOf(r) == nil {
		return 401, nil
	}
	return 0, nil
}
