// Package bcrypt is a stub of golang.org/x/crypto/bcrypt for analysistest:
// declarations with the real signatures, no behavior.
package bcrypt

import "errors"

const (
	MinCost     int = 4
	MaxCost     int = 31
	DefaultCost int = 10
)

var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

var ErrHashTooShort = errors.New("crypto/bcrypt: hashedSecret too short to be a bcrypted password")

var ErrPasswordTooLong = errors.New("bcrypt: password length exceeds 72 bytes")

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }
func CompareHashAndPassword(hashedPassword, password []byte) error   { return nil }
func Cost(hashedPassword []byte) (int, error)                        { return 0, nil }
