// Command noop is the floor authstatus is measured against: an analyzer that
// requires the inspector, as authstatus does, builds it, and reports nothing,
// run by authstatus's own driver. What authstatus costs beyond it is the cost
// of its analysis; loading, parsing and type-checking are the floor.
package main

import (
	"github.com/authstatus/authstatus/cmd/authstatus/internal/driver"
	"github.com/authstatus/authstatus/scripts/floor"
)

func main() { driver.Main(floor.Noop) }
