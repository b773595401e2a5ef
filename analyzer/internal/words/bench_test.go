package words

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The benchmarks run over the identifiers and string literals of the
// analyzer's test corpus (analyzer/testdata/src): the names of handlers,
// helpers, predicates, errors and messages, and of everything around them,
// in the proportions real code has them, the words' callers' hot path.
//
//	go test ./analyzer/internal/words -run '^$' -bench . -benchmem

// corpusTexts are the identifiers and the string literals, in order of
// appearance, with repeats.
var corpusTexts = func() []string {
	var texts []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "src", "*", "*.go"))
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(name, -1, len(src)), src, nil, 0)
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			switch tok {
			case token.IDENT:
				texts = append(texts, lit)
			case token.STRING:
				if u, err := strconv.Unquote(lit); err == nil && len(u) < 80 {
					texts = append(texts, u)
				}
			}
		}
	}
	return texts
}()

// names are identifiers of the kinds the analyzer classifies, for when the
// test corpus is not there.
var names = []string{
	"IsAdmin", "HasRole", "CanEdit", "userFromRequest", "ErrPermissionDenied",
	"validateAccessToken", "JWTToken", "APIKey", "x-api-key", "checkPassword",
	"ErrTokenExpired", "validCSRFToken", "csrf_token", "OwnerID", "requireScope",
	"writeError", "respondJSON", "handleGetItem", "ctx", "w", "r", "err", "id",
	"permission denied", "invalid token", "login required", "admins only",
	"HTTPError", "StatusForbidden", "RateLimitExceeded", "sessionFromCookie",
}

func texts(b *testing.B) []string {
	if len(corpusTexts) > 0 {
		return corpusTexts
	}
	b.Logf("no analyzer/testdata/src: using %d names", len(names))
	return names
}

func bytesOf(ts []string) int64 {
	var n int
	for _, t := range ts {
		n += len(t)
	}
	return int64(n)
}

func BenchmarkSplit(b *testing.B) {
	ts := texts(b)
	b.SetBytes(bytesOf(ts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range ts {
			Split(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/text")
}

func BenchmarkClassify(b *testing.B) {
	ts := texts(b)
	b.SetBytes(bytesOf(ts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range ts {
			Classify(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/text")
}

// BenchmarkClassifyNames: only the identifiers that name checks, errors and
// messages, where Classify finds something.
func BenchmarkClassifyNames(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range names {
			Classify(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/text")
}

// BenchmarkPredicates: the other questions asked of every candidate name.
func BenchmarkPredicates(b *testing.B) {
	ts := texts(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range ts {
			IsPrincipal(t)
			IsNegative(t)
			IsFailure(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/text")
}

// TestBenchCorpus keeps the benchmarks honest: they must run over the test
// corpus, not the fallback list.
func TestBenchCorpus(t *testing.T) {
	if len(corpusTexts) < 1000 {
		t.Fatalf("found %d texts in analyzer/testdata/src; want the whole test corpus", len(corpusTexts))
	}
	var long int
	for _, s := range corpusTexts {
		if strings.ContainsAny(s, " -_") {
			long++
		}
	}
	if long == 0 {
		t.Fatal("no phrases or separated names in the corpus")
	}
}
