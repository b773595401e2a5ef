package edits

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMerge(t *testing.T) {
	imp := Edit{10, 10, "\n\t\"net/http\""}
	a := Edit{50, 53, "http.StatusForbidden"}
	b := Edit{80, 83, "http.StatusUnauthorized"}
	got, ok := Merge([]Edit{imp, a}, []Edit{imp, b})
	require.True(t, ok)
	assert.Equal(t, []Edit{imp, a, b}, got, "identical import edits coalesce")

	_, ok = Merge([]Edit{a}, []Edit{{50, 53, "http.StatusUnauthorized"}})
	assert.False(t, ok, "two different replacements of the same literal conflict")
}

func TestApply(t *testing.T) {
	src := []byte("w.WriteHeader(403)")
	out, err := Apply(src, []Edit{{14, 17, "http.StatusForbidden"}})
	require.NoError(t, err)
	assert.Equal(t, "w.WriteHeader(http.StatusForbidden)", string(out))

	_, err = Apply(src, []Edit{{14, 17, "x"}, {10, 12, "y"}})
	assert.Error(t, err, "edits out of order")
	_, err = Apply(src, []Edit{{14, 40, "x"}})
	assert.Error(t, err, "edit past the end")
}

func TestSort(t *testing.T) {
	es := []Edit{{5, 6, "b"}, {1, 2, "a"}, {5, 5, "i"}}
	Sort(es)
	assert.Equal(t, []Edit{{1, 2, "a"}, {5, 5, "i"}, {5, 6, "b"}}, es)
}
