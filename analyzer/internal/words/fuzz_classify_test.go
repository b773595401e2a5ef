package words

import (
	"strings"
	"testing"
)

// FuzzClassify: Classify never panics, returns one of the kinds, and
// depends only on the word sequence of each text, whatever the order of the
// texts: the kind of several texts is the join of their kinds.
//
//	go test ./analyzer/internal/words -run '^$' -fuzz FuzzClassify -fuzztime 1m
func FuzzClassify(f *testing.F) {
	for _, s := range [][2]string{
		{"IsAdmin", "JWTToken"},
		{"x-api-key", ""},
		{"accessToken", "hasAccess"},
		{"csrfTokenInvalid", "role"},
		{"scanCan", "canEdit"},
		{"ÄpfelÖl", "a1b2"},
		{"ErrTokenExpired", "ErrPermissionDenied"},
		{"rate_limit", "userID"},
		{"", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb, kab := Classify(a), Classify(b), Classify(a, b)
		for _, k := range []Kind{ka, kb, kab} {
			if k != None && k.String() == None.String() {
				t.Fatalf("Classify(%q, %q): unknown kind %d", a, b, k)
			}
		}
		if again := Classify(a, b); again != kab {
			t.Fatalf("Classify(%q, %q) = %v, then %v", a, b, kab, again)
		}
		if ba := Classify(b, a); ba != kab {
			t.Fatalf("Classify(%q, %q) = %v but Classify(%q, %q) = %v", a, b, kab, b, a, ba)
		}
		if want := join(ka, kb); kab != want {
			t.Fatalf("Classify(%q) = %v, Classify(%q) = %v, so Classify of both should be %v, not %v", a, ka, b, kb, want, kab)
		}
		if k := Classify(a, ""); k != ka {
			t.Fatalf("Classify(%q, \"\") = %v, Classify(%q) = %v", a, k, a, ka)
		}
		// Only the words count: the same words, lower-case and spaced.
		if k := Classify(strings.Join(Split(a), " ")); k != ka {
			t.Fatalf("Classify(%q) = %v, but Classify of its words %q = %v", a, ka, Split(a), k)
		}
	})
}

// join is the kind of two texts' words together: neutral wins, and
// authentication with authorization is mixed.
func join(x, y Kind) Kind {
	if x == Neutral || y == Neutral {
		return Neutral
	}
	authn := x == Authn || x == Mixed || y == Authn || y == Mixed
	authz := x == Authz || x == Mixed || y == Authz || y == Mixed
	switch {
	case authn && authz:
		return Mixed
	case authn:
		return Authn
	case authz:
		return Authz
	}
	return None
}
