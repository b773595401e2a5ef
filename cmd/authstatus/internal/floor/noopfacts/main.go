// Command noopfacts is the noop floor with a declared fact type it never
// exports. Under authstatus's standalone driver it costs what noop costs:
// dependencies come from export data either way. Under the x/tools drivers
// (go vet's unitchecker, or singlechecker, forced with
// AUTHSTATUS_DRIVER=singlechecker) a declared fact type makes every
// dependency be parsed and type-checked from source: the facts tax,
// measured with no analysis on top.
package main

import (
	"github.com/authstatus/authstatus/cmd/authstatus/internal/driver"
	"github.com/authstatus/authstatus/scripts/floor"
)

func main() { driver.Main(floor.NoopFacts) }
