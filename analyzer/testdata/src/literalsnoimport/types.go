package literalsnoimport

import "net/http"

type writer = http.ResponseWriter
