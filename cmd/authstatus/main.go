// Command authstatus reports 401/403 status-code mistakes in Go HTTP handlers.
//
// Run it on packages directly, or as a vet or fix tool:
//
//	authstatus ./...
//	go vet -vettool=$(which authstatus) ./...
//	go fix -fixtool=$(which authstatus) ./...
package main

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/authstatus/authstatus/analyzer"
)

func main() {
	// go vet and go fix run the tool once per package with a .cfg file;
	// -fix, -diff and the other driver flags are singlechecker's.
	args := os.Args[1:]
	if len(args) > 0 && !strings.HasSuffix(args[len(args)-1], ".cfg") {
		if ok, code := standalone(analyzer.Analyzer, args); ok {
			os.Exit(code)
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}
