package knowledge

// ChiSinks are the go-chi/render (v1.0.3) functions that take a response
// status: render.Status(r, status) stores it on the request context, and the
// next render.JSON, XML, PlainText, HTML, Data or Respond call writes it.
//
// chi (v5.5.0) and gorilla/mux (v1.8.1) need no rows: they route to plain
// net/http handlers, which write statuses through the net/http sinks, and
// neither has a function or method taking a status. chi's middleware writes
// its statuses itself with constants (middleware.BasicAuth writes 401 through
// an unexported helper); its response-writer wrappers are covered by the
// WriteHeader row with Implements.
var ChiSinks = []Sink{
	// func Status(r *http.Request, status int)
	{Func: Func{Pkg: "github.com/go-chi/render", Name: "Status"}, Arg: 1},
}
