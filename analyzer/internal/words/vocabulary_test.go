package words

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVocabulary(t *testing.T) {
	v, err := NewVocabulary([]string{"passport"}, []string{"clearance", "token"}, `(?i)^x-corp-sso$`, `^Tier[0-9]$`)
	require.NoError(t, err)
	assert.Equal(t, Authn, v.Classify("corpPassport"))
	assert.Equal(t, Authz, v.Classify("HasClearance"))
	// A project's word wins over the built-in word of the other kind.
	assert.Equal(t, Authz, v.Classify("token"))
	assert.Equal(t, Authn, Classify("token"))
	// Regular expressions match whole identifiers or phrases.
	assert.Equal(t, Authn, v.Classify("X-Corp-SSO"))
	assert.Equal(t, None, v.Classify("X-Corp-SSO-Debug"))
	assert.Equal(t, Authz, v.Classify("Tier3"))
	assert.Equal(t, Mixed, v.Classify("passport", "Tier1"))
	// The built-in vocabulary still applies.
	assert.Equal(t, Neutral, v.Classify("csrfToken"))
	assert.Equal(t, Authz, v.Classify("IsAdmin"))
	// A nil vocabulary is the built-in one.
	var none *Vocabulary
	assert.Equal(t, Classify("HasClearance"), none.Classify("HasClearance"))
}

func TestVocabularyErrors(t *testing.T) {
	_, err := NewVocabulary([]string{"api_key"}, nil, "", "")
	assert.ErrorContains(t, err, `authn-words: "api_key" is not one lower-case word`)
	_, err = NewVocabulary(nil, []string{"x"}, "", "(")
	assert.ErrorContains(t, err, "authz-regexp:")
}
