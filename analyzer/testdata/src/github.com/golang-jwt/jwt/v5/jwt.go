// Package jwt is a stub of github.com/golang-jwt/jwt/v5 (v5.3.1) for
// analysistest: declarations with the real signatures, no behavior.
package jwt

import (
	"crypto"
	"errors"
	"time"
)

var (
	ErrInvalidKey                = errors.New("key is invalid")
	ErrInvalidKeyType            = errors.New("key is of invalid type")
	ErrHashUnavailable           = errors.New("the requested hash function is unavailable")
	ErrTokenMalformed            = errors.New("token is malformed")
	ErrTokenUnverifiable         = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid     = errors.New("token signature is invalid")
	ErrTokenRequiredClaimMissing = errors.New("token is missing required claim")
	ErrTokenInvalidAudience      = errors.New("token has invalid audience")
	ErrTokenExpired              = errors.New("token is expired")
	ErrTokenUsedBeforeIssued     = errors.New("token used before issued")
	ErrTokenInvalidIssuer        = errors.New("token has invalid issuer")
	ErrTokenInvalidSubject       = errors.New("token has invalid subject")
	ErrTokenNotValidYet          = errors.New("token is not valid yet")
	ErrTokenInvalidId            = errors.New("token has invalid id")
	ErrTokenInvalidClaims        = errors.New("token has invalid claims")
	ErrInvalidType               = errors.New("invalid type for claim")
)

type NumericDate struct {
	time.Time
}

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type ClaimStrings []string

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return "", nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return "", nil }

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
)

type Keyfunc func(*Token) (any, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type TokenOption func(*Token)

func New(method SigningMethod, opts ...TokenOption) *Token                          { return nil }
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token { return nil }
func (t *Token) SignedString(key any) (string, error)                               { return "", nil }
func (t *Token) SigningString() (string, error)                                     { return "", nil }

type Parser struct{}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithValidMethods(methods []string) ParserOption { return nil }
func WithLeeway(leeway time.Duration) ParserOption   { return nil }
func WithExpirationRequired() ParserOption           { return nil }
func WithIssuedAt() ParserOption                     { return nil }
func WithAudience(aud ...string) ParserOption        { return nil }
func WithIssuer(iss string) ParserOption             { return nil }
func WithSubject(sub string) ParserOption            { return nil }

type Validator struct{}

func NewValidator(opts ...ParserOption) *Validator { return &Validator{} }
func (v *Validator) Validate(claims Claims) error  { return nil }
