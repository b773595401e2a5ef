package knowledge

const (
	pkgJWTV4   = "github.com/golang-jwt/jwt/v4"
	pkgJWTV5   = "github.com/golang-jwt/jwt/v5"
	pkgCasbin2 = "github.com/casbin/casbin/v2"
)

// AuthChecks are authentication and authorization library calls whose result
// decides the check: golang-jwt v5 (v5.3.1) and v4 (v4.5.2) token parsing and
// claims validation (ParseUnverified verifies nothing and is left out), and
// casbin v2 (v2.135.0) enforcement. Casbin's CachedEnforcer,
// SyncedCachedEnforcer, ContextEnforcer, TransactionalEnforcer and
// DistributedEnforcer inherit the methods they do not redeclare from an
// embedded *Enforcer or *SyncedEnforcer, and calls of them resolve to those
// rows; BatchEnforce returns []bool and is left out.
var AuthChecks = []Check{
	// golang-jwt v5 and v4 request package (v5.3.1, v4.5.2):
	// ParseFromRequest(req, extractor, keyFunc, ...) (*jwt.Token, error)
	{Func: Func{Pkg: pkgJWTV5 + "/request", Name: "ParseFromRequest"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV5 + "/request", Name: "ParseFromRequestWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV4 + "/request", Name: "ParseFromRequest"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV4 + "/request", Name: "ParseFromRequestWithClaims"}, Kind: Authn, Result: 1},
	// The pre-module jwt-go lineage still in wide use: dgrijalva/jwt-go
	// v3.2.0 and golang-jwt/jwt v3.2.2, Parse and ParseWithClaims as
	// functions and *Parser methods.
	{Func: Func{Pkg: "github.com/dgrijalva/jwt-go", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/dgrijalva/jwt-go", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/dgrijalva/jwt-go", Recv: "Parser", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/dgrijalva/jwt-go", Recv: "Parser", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/golang-jwt/jwt", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/golang-jwt/jwt", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/golang-jwt/jwt", Recv: "Parser", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: "github.com/golang-jwt/jwt", Recv: "Parser", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	// coreos/go-oidc v3 (v3.11.0): (*IDTokenVerifier).Verify(ctx, rawIDToken) (*IDToken, error)
	{Func: Func{Pkg: "github.com/coreos/go-oidc/v3/oidc", Recv: "IDTokenVerifier", Name: "Verify"}, Kind: Authn, Result: 1},

	// jwt v5: Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error)
	{Func: Func{Pkg: pkgJWTV5, Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV5, Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV5, Recv: "Parser", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV5, Recv: "Parser", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	// func (v *Validator) Validate(claims Claims) error
	{Func: Func{Pkg: pkgJWTV5, Recv: "Validator", Name: "Validate"}, Kind: Authn, Result: 0},

	// jwt v4: the same parse functions and methods.
	{Func: Func{Pkg: pkgJWTV4, Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV4, Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV4, Recv: "Parser", Name: "Parse"}, Kind: Authn, Result: 1},
	{Func: Func{Pkg: pkgJWTV4, Recv: "Parser", Name: "ParseWithClaims"}, Kind: Authn, Result: 1},
	// jwt v4 claims validation: Valid() error, and Verify*(cmp, req bool) bool.
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "Valid"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "VerifyAudience"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "VerifyExpiresAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "VerifyIssuedAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "VerifyIssuer"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "MapClaims", Name: "VerifyNotBefore"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "Valid"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "VerifyAudience"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "VerifyExpiresAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "VerifyIssuedAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "VerifyIssuer"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "RegisteredClaims", Name: "VerifyNotBefore"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "Valid"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "VerifyAudience"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "VerifyExpiresAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "VerifyIssuedAt"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "VerifyIssuer"}, Kind: Authn, Result: 0},
	{Func: Func{Pkg: pkgJWTV4, Recv: "StandardClaims", Name: "VerifyNotBefore"}, Kind: Authn, Result: 0},

	// casbin: Enforce(rvals ...interface{}) (bool, error),
	// EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error),
	// EnforceEx(rvals ...interface{}) (bool, []string, error),
	// EnforceExWithMatcher(matcher string, rvals ...interface{}) (bool, []string, error),
	// HasRoleForUser(name string, role string, domain ...string) (bool, error),
	// HasPermissionForUser(user string, permission ...string) (bool, error).
	// IEnforcer is the interface (IEnforcerContext and IDistributedEnforcer
	// embed it).
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "Enforce"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "EnforceEx"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "EnforceExWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "EnforceWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "HasPermissionForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "Enforcer", Name: "HasRoleForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "CachedEnforcer", Name: "Enforce"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "Enforce"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "EnforceEx"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "EnforceExWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "EnforceWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "HasPermissionForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "IEnforcer", Name: "HasRoleForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "Enforce"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "EnforceEx"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "EnforceExWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "EnforceWithMatcher"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "HasPermissionForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedEnforcer", Name: "HasRoleForUser"}, Kind: Authz, Result: 0},
	{Func: Func{Pkg: pkgCasbin2, Recv: "SyncedCachedEnforcer", Name: "Enforce"}, Kind: Authz, Result: 0},
}

// AuthErrorValues are the golang-jwt error variables that mean a token was
// rejected: all Authn. (ErrInvalidKey, ErrInvalidKeyType and
// ErrHashUnavailable mean a server-side key or configuration problem and are
// left out.)
var AuthErrorValues = []ErrorValue{
	{Pkg: pkgJWTV5, Name: "ErrInvalidType", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenExpired", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenInvalidAudience", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenInvalidClaims", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenInvalidId", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenInvalidIssuer", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenInvalidSubject", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenMalformed", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenNotValidYet", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenRequiredClaimMissing", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenSignatureInvalid", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenUnverifiable", Kind: Authn},
	{Pkg: pkgJWTV5, Name: "ErrTokenUsedBeforeIssued", Kind: Authn},

	{Pkg: pkgJWTV4, Name: "ErrTokenExpired", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenInvalidAudience", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenInvalidClaims", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenInvalidId", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenInvalidIssuer", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenMalformed", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenNotValidYet", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenSignatureInvalid", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenUnverifiable", Kind: Authn},
	{Pkg: pkgJWTV4, Name: "ErrTokenUsedBeforeIssued", Kind: Authn},
}
