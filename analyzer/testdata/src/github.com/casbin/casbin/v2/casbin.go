// Package casbin is a stub of github.com/casbin/casbin/v2 (v2.135.0) for
// analysistest: declarations with the real signatures, no behavior.
package casbin

// IEnforcer is the enforcer interface (a subset of its methods).
type IEnforcer interface {
	LoadPolicy() error
	Enforce(rvals ...interface{}) (bool, error)
	EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error)
	EnforceEx(rvals ...interface{}) (bool, []string, error)
	EnforceExWithMatcher(matcher string, rvals ...interface{}) (bool, []string, error)
	HasRoleForUser(name string, role string, domain ...string) (bool, error)
	HasPermissionForUser(user string, permission ...string) (bool, error)
}

type Enforcer struct{}

func NewEnforcer(params ...interface{}) (*Enforcer, error) { return &Enforcer{}, nil }

func (e *Enforcer) LoadPolicy() error                          { return nil }
func (e *Enforcer) Enforce(rvals ...interface{}) (bool, error) { return false, nil }
func (e *Enforcer) EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error) {
	return false, nil
}
func (e *Enforcer) EnforceEx(rvals ...interface{}) (bool, []string, error) {
	return false, nil, nil
}
func (e *Enforcer) EnforceExWithMatcher(matcher string, rvals ...interface{}) (bool, []string, error) {
	return false, nil, nil
}
func (e *Enforcer) BatchEnforce(requests [][]interface{}) ([]bool, error) { return nil, nil }
func (e *Enforcer) HasRoleForUser(name string, role string, domain ...string) (bool, error) {
	return false, nil
}
func (e *Enforcer) HasPermissionForUser(user string, permission ...string) (bool, error) {
	return false, nil
}
func (e *Enforcer) AddPolicy(params ...interface{}) (bool, error) { return false, nil }

type SyncedEnforcer struct {
	*Enforcer
}

func NewSyncedEnforcer(params ...interface{}) (*SyncedEnforcer, error) { return nil, nil }

func (e *SyncedEnforcer) LoadPolicy() error                          { return nil }
func (e *SyncedEnforcer) Enforce(rvals ...interface{}) (bool, error) { return false, nil }
func (e *SyncedEnforcer) EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error) {
	return false, nil
}
func (e *SyncedEnforcer) EnforceEx(rvals ...interface{}) (bool, []string, error) {
	return false, nil, nil
}
func (e *SyncedEnforcer) EnforceExWithMatcher(matcher string, rvals ...interface{}) (bool, []string, error) {
	return false, nil, nil
}
func (e *SyncedEnforcer) HasRoleForUser(name string, role string, domain ...string) (bool, error) {
	return false, nil
}
func (e *SyncedEnforcer) HasPermissionForUser(user string, permission ...string) (bool, error) {
	return false, nil
}

type CachedEnforcer struct {
	*Enforcer
}

func NewCachedEnforcer(params ...interface{}) (*CachedEnforcer, error) { return nil, nil }

func (e *CachedEnforcer) Enforce(rvals ...interface{}) (bool, error) { return false, nil }

type SyncedCachedEnforcer struct {
	*SyncedEnforcer
}

func NewSyncedCachedEnforcer(params ...interface{}) (*SyncedCachedEnforcer, error) {
	return nil, nil
}

func (e *SyncedCachedEnforcer) Enforce(rvals ...interface{}) (bool, error) { return false, nil }

var (
	_ IEnforcer = (*Enforcer)(nil)
	_ IEnforcer = (*SyncedEnforcer)(nil)
)
