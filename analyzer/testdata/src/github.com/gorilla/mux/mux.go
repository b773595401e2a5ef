// Package mux is a stub of github.com/gorilla/mux (v1.8.1) for analysistest:
// declarations with the real signatures, no behavior.
package mux

import "net/http"

type MiddlewareFunc func(http.Handler) http.Handler

func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return mw(handler) }

type Router struct {
	NotFoundHandler         http.Handler
	MethodNotAllowedHandler http.Handler
}

func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) Handle(path string, handler http.Handler) *Route    { return nil }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	return nil
}
func (r *Router) Methods(methods ...string) *Route { return nil }
func (r *Router) Path(tpl string) *Route           { return nil }
func (r *Router) PathPrefix(tpl string) *Route     { return nil }

type Route struct{}

func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Name(name string) *Route                                       { return r }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Subrouter() *Router                                            { return nil }

func Vars(r *http.Request) map[string]string { return nil }
func CurrentRoute(r *http.Request) *Route    { return nil }
