// Command authstatus reports 401/403 status-code mistakes in Go HTTP handlers.
//
// Run it on packages directly, or as a vet or fix tool:
//
//	authstatus ./...
//	go vet -vettool=$(which authstatus) ./...
//	go fix -fixtool=$(which authstatus) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/authstatus/authstatus/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
