// Package render is a stub of github.com/go-chi/render (v1.0.3) for
// analysistest: declarations with the real signatures, no behavior.
package render

import (
	"io"
	"net/http"
)

type M map[string]interface{}

type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

type Binder interface {
	Bind(r *http.Request) error
}

var Respond = DefaultResponder

var StatusCtxKey = &contextKey{"Status"}

type contextKey struct {
	name string
}

func (k *contextKey) String() string { return k.name }

// Status sets the status the next response function writes.
func Status(r *http.Request, status int) {}

func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}
func PlainText(w http.ResponseWriter, r *http.Request, v string)             {}
func Data(w http.ResponseWriter, r *http.Request, v []byte)                  {}
func HTML(w http.ResponseWriter, r *http.Request, v string)                  {}
func JSON(w http.ResponseWriter, r *http.Request, v interface{})             {}
func XML(w http.ResponseWriter, r *http.Request, v interface{})              {}
func NoContent(w http.ResponseWriter, r *http.Request)                       {}

func Bind(r *http.Request, v Binder) error                                  { return nil }
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error       { return nil }
func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error { return nil }
func DecodeJSON(r io.Reader, v interface{}) error                           { return nil }
