package words

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"IsAdmin", []string{"is", "admin"}},
		{"JWTToken", []string{"jwt", "token"}},
		{"APIKey", []string{"api", "key"}},
		{"ErrPermissionDenied", []string{"err", "permission", "denied"}},
		{"x-api-key", []string{"x", "api", "key"}},
		{"user_id", []string{"user", "id"}},
		{"OwnerID", []string{"owner", "id"}},
		{"canEdit2", []string{"can", "edit"}},
		{"HTTPError", []string{"http", "error"}},
		{"", nil},
		{"permission denied", []string{"permission", "denied"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Split(tt.in), "Split(%q)", tt.in)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in   []string
		want Kind
	}{
		{[]string{"IsAdmin"}, Authz},
		{[]string{"HasRole"}, Authz},
		{[]string{"CanEdit"}, Authz},
		{[]string{"Can"}, Authz},
		{[]string{"scanCan"}, None},
		{[]string{"ErrForbidden"}, Authz},
		{[]string{"ErrPermissionDenied"}, Authz},
		{[]string{"ErrNotOwner"}, Authz},
		{[]string{"ErrAccessDenied"}, Authz},
		{[]string{"ErrInvalidToken"}, Authn},
		{[]string{"ErrTokenExpired"}, Authn},
		{[]string{"ErrNoSession"}, Authn},
		{[]string{"ErrUnauthenticated"}, Authn},
		{[]string{"validateAccessToken"}, Authn},
		{[]string{"APIKey"}, Authn},
		{[]string{"checkPassword"}, Authn},
		// Ambiguous words decide nothing.
		{[]string{"ErrUnauthorized"}, None},
		{[]string{"isAuthorized"}, None},
		{[]string{"Authorization"}, None},
		{[]string{"check"}, None},
		{[]string{"access"}, None},
		// A CSRF token is not a credential: 403 is right there.
		{[]string{"validCSRFToken"}, Neutral},
		{[]string{"csrf_token"}, Neutral},
		{[]string{"rateLimited"}, Neutral},
		// Both kinds at once: no verdict.
		{[]string{"adminToken"}, Mixed},
		{[]string{"user", "IsAdmin"}, Authz},
		{[]string{"session", "HasRole"}, Mixed},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Classify(tt.in...), "Classify(%q)", tt.in)
	}
}

func TestIsPrincipal(t *testing.T) {
	assert.True(t, IsPrincipal("currentUser"))
	assert.True(t, IsPrincipal("claims"))
	assert.True(t, IsPrincipal("ctxKeyPrincipal"))
	assert.False(t, IsPrincipal("order"))
	assert.False(t, IsPrincipal("userspace")) // whole words only
}

func TestHas(t *testing.T) {
	assert.True(t, Has("bearer", "BearerPrefix"))
	assert.False(t, Has("bearer", "bearerish"))
}

func TestIsNegative(t *testing.T) {
	for _, n := range []string{"Expired", "IsRevoked", "Suspended", "IsAnonymous", "tokenInvalid"} {
		assert.True(t, IsNegative(n), n)
	}
	for _, n := range []string{"Valid", "IsAdmin", "Active", "expiresAt"} {
		assert.False(t, IsNegative(n), n)
	}
}

func TestIsCredentialParam(t *testing.T) {
	for _, n := range []string{"username", "api_key", "password", "access_token", "login"} {
		assert.True(t, IsCredentialParam(n), n)
	}
	for _, n := range []string{"page", "user_id", "csrf_token", "email"} {
		assert.False(t, IsCredentialParam(n), n)
	}
}

func TestIsFailure(t *testing.T) {
	for _, n := range []string{"KindForbidden", "PermissionDenied", "CodeUnauthenticated", "ErrorLoginRequired", "InsufficientScope"} {
		assert.True(t, IsFailure(n), n)
	}
	for _, n := range []string{"RoleUser", "ScopeWrite", "KindAdmin", "PermissionRead"} {
		assert.False(t, IsFailure(n), n)
	}
}

// FuzzSplit: any string splits into non-empty lower-case words made of
// letters, and classifying them never panics.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"IsAdmin", "JWTToken", "x-api-key", "ÄpfelÖl", "a1b2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Split(s) {
			if w == "" {
				t.Fatalf("Split(%q) has an empty word", s)
			}
		}
		_ = Classify(s)
		_ = IsPrincipal(s)
		_ = IsFailure(s)
	})
}
