// Package words splits identifiers and messages into lower-case words and
// weighs them as evidence of authentication or authorization intent.
//
// Words are weak evidence: the analyzer uses them to classify a check it has
// already located structurally (a predicate call, a compared field, an error
// value), never to recognise an API.
package words

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Split splits an identifier or a phrase into lower-case words: camelCase and
// PascalCase humps, acronyms ("JWTToken" is jwt, token; "APIKey" is api, key),
// underscores, hyphens, dots, spaces and digits all separate words.
func Split(s string) []string {
	var out []string
	runes := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			// fooBar: a new hump starts at B.
			flush(i)
			start = i
		case unicode.IsLower(r) && unicode.IsUpper(prev) && i-1 > start:
			// JWTToken: the acronym ends before the T of Token.
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(runes))
	return out
}

// Kind is what a set of words suggests a check is about.
type Kind uint8

const (
	None    Kind = iota // no opinion
	Authn               // authentication: credentials, tokens, sessions, login
	Authz               // authorization: roles, permissions, owners, scopes, policies
	Neutral             // a check that is neither, where 403 is right (CSRF, rate limits)
	Mixed               // words of both kinds
)

func (k Kind) String() string {
	switch k {
	case Authn:
		return "authn"
	case Authz:
		return "authz"
	case Neutral:
		return "neutral"
	case Mixed:
		return "mixed"
	}
	return "none"
}

var authnWords = set(
	"authenticate", "authenticated", "authenticates", "authenticating", "authentication",
	"authn", "unauthenticated", "reauthenticate",
	"login", "logged", "logon", "signin", "loggedin",
	"credential", "credentials", "creds", "password", "passwords", "passwd", "passphrase",
	"token", "tokens", "jwt", "jws", "jwks", "bearer", "session", "sessions", "cookie",
	"apikey", "signature", "hmac", "otp", "totp", "mfa", "oidc", "idtoken",
	"anonymous", "anon", "expired", "expiry", "expires", "expiration", "revoked",
	"issuer", "audience", "sid", "sess", "nonce", "guest",
)

var authzWords = set(
	"authorize", "authorizes", "authorizer", "authz", "permission", "permissions",
	"permitted", "permit", "perm", "perms", "role", "roles", "admin", "admins",
	"administrator", "superuser", "sudo", "scope", "scopes", "owner", "owners", "owns",
	"ownership", "acl", "acls", "policy", "policies", "rbac", "abac", "tenant", "tenants",
	"grant", "grants", "granted", "privilege", "privileges", "privileged", "forbidden",
	"denied", "deny", "allow", "allows", "allowed", "disallowed", "capability", "capabilities",
	"entitlement", "entitlements", "entitled", "enforce", "enforcer", "moderator", "membership",
	"can", "cannot", "staff", "workspace", "organization", "suspended", "disabled", "banned",
	"blocked", "deactivated", "blacklisted",
)

// negativeWords name a state that is the failure when true: an expired
// token, a revoked key, a suspended account, an anonymous caller.
var negativeWords = set(
	"expired", "revoked", "suspended", "disabled", "banned", "blocked", "deactivated",
	"blacklisted", "anonymous", "anon", "denied", "forbidden", "invalid", "missing",
	"unauthenticated", "unverified", "inactive",
)

// neutralWords mark checks where 403 is right and 401 would be wrong or
// irrelevant: a failed CSRF check or an origin check says nothing about the
// caller's credentials.
var neutralWords = set(
	"csrf", "xsrf", "captcha", "recaptcha", "ratelimit", "cors", "origin", "referer", "referrer",
)

// principalWords name the identified caller.
var principalWords = set(
	"user", "principal", "claims", "identity", "account", "subject", "caller", "viewer",
	"actor", "me", "session", "token", "member",
)

// bigrams that mean something other than their words: an access token is a
// credential, not an access decision.
var bigrams = map[[2]string]Kind{
	{"access", "token"}:  Authn,
	{"refresh", "token"}: Authn,
	{"api", "key"}:       Authn,
	{"api", "keys"}:      Authn,
	{"basic", "auth"}:    Authn,
	{"auth", "token"}:    Authn,
	{"auth", "header"}:   Authn,
	{"access", "denied"}: Authz,
	{"no", "access"}:     Authz,
	{"has", "access"}:    Authz,
	{"not", "owner"}:     Authz,
	{"rate", "limit"}:    Neutral,
	{"rate", "limited"}:  Neutral,
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Classify weighs the words of the given identifiers or phrases with the
// built-in vocabulary. Any neutral word makes the result Neutral; words of
// both kinds make it Mixed.
func Classify(texts ...string) Kind { return (*Vocabulary)(nil).Classify(texts...) }

// A Vocabulary extends the built-in word lists with a project's own: words
// and regular expressions that mark authentication or authorization. A nil
// *Vocabulary is the built-in one.
type Vocabulary struct {
	authn, authz     map[string]bool
	authnRe, authzRe *regexp.Regexp
}

// NewVocabulary returns the built-in vocabulary extended with the given
// words (each one lower-case word, as Split yields it) and regular
// expressions (matched against each whole identifier or phrase; "" for
// none). A project's word wins over a built-in word of the other kind.
func NewVocabulary(authnWords, authzWords []string, authnRe, authzRe string) (*Vocabulary, error) {
	v := &Vocabulary{authn: map[string]bool{}, authz: map[string]bool{}}
	for _, l := range []struct {
		key   string
		words []string
		set   map[string]bool
	}{{"authn-words", authnWords, v.authn}, {"authz-words", authzWords, v.authz}} {
		for _, w := range l.words {
			if ws := Split(w); len(ws) != 1 || ws[0] != w {
				return nil, fmt.Errorf("%s: %q is not one lower-case word (letters only); use a regular expression for anything else", l.key, w)
			}
			l.set[w] = true
		}
	}
	for w := range v.authn {
		if v.authz[w] {
			return nil, fmt.Errorf("authn-words and authz-words both list %q", w)
		}
	}
	var err error
	if v.authnRe, err = compile("authn-regexp", authnRe); err != nil {
		return nil, err
	}
	if v.authzRe, err = compile("authz-regexp", authzRe); err != nil {
		return nil, err
	}
	return v, nil
}

func compile(key, expr string) (*regexp.Regexp, error) {
	if expr == "" {
		return nil, nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", key, err)
	}
	return re, nil
}

// Classify weighs the words of the given identifiers or phrases. Any neutral
// word makes the result Neutral; words of both kinds make it Mixed.
func (v *Vocabulary) Classify(texts ...string) Kind {
	var authn, authz, neutral bool
	for _, t := range texts {
		if v != nil {
			authn = authn || v.authnRe != nil && v.authnRe.MatchString(t)
			authz = authz || v.authzRe != nil && v.authzRe.MatchString(t)
		}
		ws := Split(t)
		for i, w := range ws {
			if v != nil && (v.authn[w] || v.authz[w]) {
				authn = authn || v.authn[w]
				authz = authz || v.authz[w]
				continue
			}
			if i+1 < len(ws) {
				switch bigrams[[2]string{w, ws[i+1]}] {
				case Authn:
					authn = true
				case Authz:
					authz = true
				case Neutral:
					neutral = true
				}
			}
			switch {
			case neutralWords[w]:
				neutral = true
			case authnWords[w]:
				authn = true
			case authzWords[w]:
				// "can" is a permission predicate only as the first word
				// of a name (CanEdit, can), not inside one (scanCan).
				if (w == "can" || w == "cannot") && i > 0 {
					continue
				}
				authz = true
			}
		}
	}
	switch {
	case neutral:
		return Neutral
	case authn && authz:
		return Mixed
	case authn:
		return Authn
	case authz:
		return Authz
	}
	return None
}

// IsPrincipal reports whether an identifier names the caller's identity (a
// user, claims, a principal): a value that, when missing, means the request is
// not authenticated.
func IsPrincipal(texts ...string) bool {
	for _, t := range texts {
		for _, w := range Split(t) {
			if principalWords[w] {
				return true
			}
		}
	}
	return false
}

// Has reports whether any of texts contains the whole word w.
func Has(w string, texts ...string) bool {
	for _, t := range texts {
		for _, x := range Split(t) {
			if x == w {
				return true
			}
		}
	}
	return false
}

// IsNegative reports whether a boolean named name is true when a check
// failed: Expired, IsRevoked, Suspended, IsAnonymous.
func IsNegative(name string) bool {
	for _, w := range Split(name) {
		if negativeWords[w] {
			return true
		}
	}
	return false
}

// IsCredentialParam reports whether a form or query parameter named name
// carries a credential beyond those Classify finds: the user name of a login.
func IsCredentialParam(name string) bool {
	for _, w := range Split(name) {
		if w == "username" || w == "login" {
			return true
		}
	}
	return Classify(name) == Authn
}

// IsFailure reports whether a constant named name names a failed check
// (KindForbidden, codes.PermissionDenied, ErrorLoginRequired) rather than an
// attribute value (RoleUser, ScopeWrite).
func IsFailure(name string) bool {
	if IsNegative(name) {
		return true
	}
	for _, w := range Split(name) {
		switch w {
		case "required", "insufficient", "no", "not", "needs", "lacks", "unauthorized", "failed", "failure":
			return true
		}
	}
	return false
}
