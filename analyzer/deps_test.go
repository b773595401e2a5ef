package analyzer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInDependencyDir(t *testing.T) {
	const cache = "/home/u/go/pkg/mod/"
	for _, c := range []struct {
		name string
		want bool
	}{
		{"/home/u/go/pkg/mod/github.com/gin-gonic/gin@v1.12.0/context.go", true},
		{"/cache/pkg/mod/github.com/labstack/echo/v4@v4.16.0/middleware/key_auth.go", true}, // another GOMODCACHE
		{"/src/app/vendor/github.com/acme/auth/auth.go", true},
		{"/src/app/handlers/auth.go", false},
		{"/src/app/pkg/mod/handlers.go", false},                               // a project directory named pkg/mod
		{"/src/app/pkg/mod/users@home/list.go", true},                         // looks like a module cache: silent
		{"/tmp/reliability/m/github.com_gin-gonic_gin_v1.12.0/gin.go", false}, // a copy outside the cache
	} {
		assert.Equal(t, c.want, inDependencyDir(c.name, cache), c.name)
	}
	assert.False(t, inDependencyDir("/src/app/main.go", ""), "no module cache known")
}
