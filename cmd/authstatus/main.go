// Command authstatus reports 401/403 status-code mistakes in Go HTTP handlers.
//
// Run it on packages directly, or as a vet or fix tool:
//
//	authstatus ./...
//	go vet -vettool=$(which authstatus) ./...
//	go fix -fixtool=$(which authstatus) ./...
package main

import (
	"github.com/authstatus/authstatus/analyzer"
	"github.com/authstatus/authstatus/cmd/authstatus/internal/driver"
)

func main() { driver.Main(analyzer.Analyzer) }
