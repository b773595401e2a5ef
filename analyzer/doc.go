// Package analyzer defines the authstatus Analyzer, which reports 401/403
// status-code mistakes in HTTP handlers.
//
// # Analyzer authstatus
//
// authstatus: report 401 and 403 responses that contradict the failed check
//
// RFC 9110 separates the two statuses by what the client can do about them.
// 401 Unauthorized (§15.5.2) means the request lacks valid credentials:
// authenticate (again) and it may succeed; the response must carry a
// WWW-Authenticate header. 403 Forbidden (§15.5.4) means the server understood
// who is asking and refuses anyway: re-authenticating makes no difference.
//
// authstatus finds every place where a handler writes 401 or 403 (through an
// http.ResponseWriter, http.Error, a framework call such as gin's
// AbortWithStatus, a sentinel such as echo.ErrUnauthorized, a same-package
// helper or status variable) and classifies the conditions that lead there:
// the enclosing if/else and switch arms and the earlier early-return guards
// of the same function.
//
// Authentication evidence: the ok of r.BasicAuth(), an empty or malformed
// Authorization header, a bearer-prefix check, the error of a token, JWT,
// session or cookie parse or verify call, !token.Valid, a failed credential
// comparison (bcrypt.CompareHashAndPassword, subtle.ConstantTimeCompare), a
// principal missing from the request context, errors such as ErrInvalidToken.
//
// Authorization evidence: a permission predicate that failed (IsAdmin,
// HasRole, Can, Allowed, casbin's Enforce), a comparison of a role, scope,
// owner or tenant attribute, errors such as ErrForbidden, ErrPermissionDenied
// and os.ErrPermission.
//
// Identifier words are weak evidence: they classify a check that has been
// located by its structure and types, never the other way round. Messages
// are not evidence at all. A CSRF, origin or rate-limit check is neither
// kind (403 is right there). Where the evidence is missing, mixed
// (u == nil || !u.IsAdmin()) or conflicting, nothing is reported.
//
// # Across functions and packages
//
// The analyzer exports facts about the package's own objects, so that other
// packages know them: StatusSinkFact (a helper forwarding its status
// parameter to a sink), FixedStatusFact (a helper that always writes one
// status), SentinelFact (an error variable carrying a status), CheckFact (a
// function whose result is an authentication or authorization decision,
// classified by its body) and ErrorKindFact (an error variable or type that
// means one kind of failure). CheckFacts are exported for exported functions
// only: no other package can call the rest. The standard library and the
// frameworks are described by the knowledge tables and are not analysed. A
// package that imports nothing HTTP-related only computes its facts, and so
// does a dependency (a package in the module cache or under vendor/), which
// the drivers that analyse dependencies do for their facts alone: nothing is
// reported there.
//
// # Categories
//
//	use-403               401 written where authorization failed
//	use-401               403 written where authentication failed
//	forbidden-literal     403 written as a bare literal instead of http.StatusForbidden
//	unauthorized-literal  401 written as a bare literal instead of http.StatusUnauthorized
//
// One more category is off by default (enable it with
// -enable=missing-www-authenticate, or the enable setting):
//
//	missing-www-authenticate  401 response written with no WWW-Authenticate header set before it
//
// It checks responses written directly or through helpers, not errors that
// carry a status (echo.NewHTTPError, fiber.NewError), which the framework's
// error handler writes. A header set through net/http's Header, gin's
// c.Header, fiber's c.Set or c.Append, or a helper that calls one (a
// ChallengeFact) counts, unless it is in a branch that returns before the
// write; a header set under a name that is not a constant may be the
// challenge and silences the check.
//
// A literal counts only where it is written as a response status: a sink's
// status argument, a variable or function result that reaches one, a
// framework error's status field. c.JSON(200, Result{Code: 403}) is a
// business code and is left alone.
//
// # Configuration
//
// Config holds the settings; New builds an analyzer from one, and the
// package-level Analyzer takes them from its flags, under the same names:
//
//	-disable=c1,c2          categories not to report
//	-enable=c1              opt-in categories to report
//	-authn-words=w1,w2      a project's own words for authentication
//	-authz-words=w1,w2      a project's own words for authorization
//	-authn-regexp=re        identifiers and messages matching re mark authentication
//	-authz-regexp=re        identifiers and messages matching re mark authorization
//	-sinks=s1,s2            a project's own status sinks: pkg.Func:N,
//	                        (pkg.Type).Method:N or (*pkg.Type).Method:N, N
//	                        the index of the status argument
//
// Bad values are errors that name the setting.
//
// # Fixes
//
// Each diagnostic offers at most one fix. A literal becomes the net/http
// constant under the file's own name for net/http, adding the import where it
// is missing and offering nothing where the name would clash. A wrong status
// becomes the right one in the same form (http.StatusUnauthorized to
// http.StatusForbidden, echo.ErrForbidden to echo.ErrUnauthorized).
//
// # Suppression
//
// A comment //authstatus:ignore reason on the reported line or the line above
// suppresses that finding. Generated files are not reported.
package analyzer

const doc = `report 401 and 403 responses that contradict the failed check

authstatus finds where a handler writes 401 Unauthorized or 403 Forbidden
and classifies the check that failed on the way there. RFC 9110: 401 means
"authenticate and you may get in" (credentials missing, malformed, expired
or invalid); 403 means "re-authenticating makes no difference" (the caller
is identified but not permitted). Categories: use-403, use-401,
forbidden-literal, unauthorized-literal, and the opt-in
missing-www-authenticate. Suppress one finding with
//authstatus:ignore reason on its line or the line above.`
