// Command gencorpus writes a Go module of net/http handlers for measuring how
// authstatus's cost grows with the size of the code it reads.
//
//	go run ./scripts/gencorpus -n 10000 -o /tmp/corpus10k
//
// The module has -n handlers, -per-file to a file and -files files to a
// package (the last package takes the rest), each package registering its
// handlers on a ServeMux, and a main package serving them all. Beside them
// are the packages a real service has: auth (the caller, roles, tokens,
// sentinel errors), respond (status-writing helpers, which authstatus
// describes with facts) and store (business logic that writes no status).
//
// The handlers are a mix of the shapes authstatus sees in real code, most of
// them right: authentication checks before 401, permission and ownership
// checks before 403, tokens, API keys, CSRF checks, sentinel errors mapped
// to statuses, handlers with no access control at all, and about one in five
// wrong (a 403 for a missing caller, a 401 for a missing permission, a bare
// 403 literal). Each line that should be reported ends in a "// want
// <category>" comment, as in testdata/frameworks, so a run can be checked:
// the corpus is only a fair benchmark if the analyzer does its real work on
// it.
//
// The output is deterministic: the same flags write the same files.
//
// With -check, gencorpus instead reads the output of authstatus -json run in
// the corpus from stdin and compares its findings with the want comments:
//
//	(cd /tmp/corpus10k && authstatus -json ./...) | go run ./scripts/gencorpus -check /tmp/corpus10k
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

const modulePath = "example.com/corpus"

func main() {
	n := flag.Int("n", 1000, "number of handlers")
	perFile := flag.Int("per-file", 100, "handlers per file")
	files := flag.Int("files", 10, "files per package")
	out := flag.String("o", "", "output directory (created; must not exist or be empty)")
	check := flag.String("check", "", "compare the authstatus -json output on stdin with the want comments of the corpus in this directory")
	flag.Parse()
	if *check != "" {
		if err := checkFindings(*check, os.Stdin); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *out == "" || *n < 1 || *perFile < 1 || *files < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		log.Fatalf("%s is not empty", *out)
	}
	g := &generator{dir: *out, want: map[string]int{}}
	g.generate(*n, *perFile, *files)
	if g.err != nil {
		log.Fatal(g.err)
	}
	var wants []string
	for cat, k := range g.want {
		wants = append(wants, fmt.Sprintf("%s=%d", cat, k))
	}
	fmt.Printf("gencorpus: %d handlers in %d packages, %d files, %d lines; want %s\n",
		*n, g.pkgs, g.files, g.lines, strings.Join(slices.Sorted(slices.Values(wants)), " "))
}

type generator struct {
	dir                string
	pkgs, files, lines int
	want               map[string]int
	err                error
}

func (g *generator) write(rel, src string) {
	if g.err != nil {
		return
	}
	b := []byte(src)
	if strings.HasSuffix(rel, ".go") {
		var err error
		if b, err = format.Source(b); err != nil {
			g.err = fmt.Errorf("%s: %v\n%s", rel, err, src)
			return
		}
	}
	path := filepath.Join(g.dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		g.err = err
		return
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		g.err = err
		return
	}
	if strings.HasSuffix(rel, ".go") {
		g.files++
		g.lines += strings.Count(string(b), "\n")
	}
}

func (g *generator) generate(n, perFile, files int) {
	g.write("go.mod", "module "+modulePath+"\n\ngo 1.24\n")
	g.write("internal/auth/auth.go", authSrc)
	g.write("internal/respond/respond.go", respondSrc)
	g.write("internal/store/store.go", storeSrc)

	perPkg := perFile * files
	var pkgs []string
	for start := 0; start < n; start += perPkg {
		name := fmt.Sprintf("svc%03d", len(pkgs))
		pkgs = append(pkgs, name)
		g.pkgs++
		var routes strings.Builder
		count := min(perPkg, n-start)
		for f := 0; f*perFile < count; f++ {
			var b strings.Builder
			fmt.Fprintf(&b, "package %s\n\n%s\n", name, handlerImports)
			for i := f * perFile; i < min((f+1)*perFile, count); i++ {
				h := start + i
				fn := g.handler(&b, h)
				fmt.Fprintf(&routes, "\tmux.HandleFunc(%q, %s)\n", fmt.Sprintf("/%s/%d", name, h), fn)
			}
			g.write(fmt.Sprintf("%s/handlers%02d.go", name, f), b.String())
		}
		g.write(name+"/routes.go", fmt.Sprintf(routesSrc, name, name, routes.String()))
	}

	var imports, regs strings.Builder
	for _, p := range pkgs {
		fmt.Fprintf(&imports, "\t%q\n", modulePath+"/"+p)
		fmt.Fprintf(&regs, "\t%s.Register(mux, &%s.Handler{Name: %q})\n", p, p, p)
	}
	g.write("cmd/server/main.go", fmt.Sprintf(mainSrc, imports.String(), regs.String()))
}

var (
	verbs = []string{"Get", "List", "Create", "Update", "Delete", "Archive", "Export", "Share"}
	nouns = []string{"Item", "Order", "Invoice", "Project", "Report", "Comment", "Webhook", "Team", "Member", "File"}
)

// handler writes handler number h to b and returns the expression that
// registers it.
func (g *generator) handler(b *strings.Builder, h int) string {
	name := fmt.Sprintf("%s%s%d", verbs[h%len(verbs)], nouns[(h/len(verbs))%len(nouns)], h)
	recv, ref := "", name
	if h%2 == 0 { // half are methods, as in services with dependencies
		recv, ref = "(h *Handler) ", "h."+name
	}
	v := variants[order[h%len(order)]]
	body := strings.NewReplacer("NAME", name, "ROLE", roles[h%len(roles)]).Replace(v.body)
	fmt.Fprintf(b, "// %s %s\nfunc %s%s(w http.ResponseWriter, r *http.Request) {\n%s}\n\n", name, v.doc, recv, name, body)
	for _, cat := range v.want {
		g.want[cat]++
	}
	return ref
}

// order interleaves the variants, each right one three times and each wrong
// one once: about one handler in five is wrong.
var order = func() []int {
	var o []int
	for rep := 0; rep < 3; rep++ {
		for i, v := range variants {
			if v.want == nil || rep == 0 {
				o = append(o, i)
			}
		}
	}
	return o
}()

var roles = []string{"admin", "editor", "owner", "billing", "support"}

// A variant is one shape of handler. body is the function body, with NAME
// and ROLE replaced; want lists the categories of its "// want" lines.
type variant struct {
	doc  string
	body string
	want []string
}

// Every body reads the same store and decodes and encodes JSON the way a
// handler does, so that the part authstatus has an opinion about is a
// realistic fraction of the code.
var variants = []variant{
	{"requires a caller.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	item, err := store.Default.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		respond.Error(w, http.StatusNotFound, "no such NAME")
		return
	}
	item.Name = strings.TrimSpace(item.Name) + " for " + u.ID
	respond.JSON(w, http.StatusOK, item)
`, nil},
	{"requires a caller, and answers 403 when there is none.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		w.WriteHeader(http.StatusForbidden) // want use-401
		return
	}
	items, err := store.Default.List(r.Context(), u.ID)
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	respond.JSON(w, http.StatusOK, items)
`, []string{"use-401"}},
	{"requires the ROLE role.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		respond.Unauthorized(w)
		return
	}
	if !u.HasRole("ROLE") {
		respond.Forbidden(w)
		return
	}
	var in store.Item
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		respond.Error(w, http.StatusBadRequest, "bad NAME request: "+err.Error())
		return
	}
	in.OwnerID = u.ID
	if err := store.Default.Put(r.Context(), &in); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	respond.JSON(w, http.StatusCreated, in)
`, nil},
	{"requires the ROLE role, and answers 401 without it.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		respond.Unauthorized(w)
		return
	}
	if !u.HasRole("ROLE") {
		respond.Error(w, http.StatusUnauthorized, "ROLE only") // want use-403
		return
	}
	if err := store.Default.Delete(r.Context(), r.PathValue("id")); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
`, []string{"use-403"}},
	{"takes a bearer token.", `	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims, err := auth.ValidateToken(tok)
	if err != nil {
		respond.Error(w, http.StatusUnauthorized, "invalid token")
		return
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	items, err := store.Default.List(r.Context(), claims.Subject)
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	if n > 0 && n < len(items) {
		items = items[:n]
	}
	respond.JSON(w, http.StatusOK, items)
`, nil},
	{"lets the owner only.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		respond.Unauthorized(w)
		return
	}
	item, err := store.Default.Get(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if item.OwnerID != u.ID {
		http.Error(w, "not your NAME", http.StatusForbidden)
		return
	}
	respond.JSON(w, http.StatusOK, item)
`, nil},
	{"lets the owner only, and answers 401 to others.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		respond.Unauthorized(w)
		return
	}
	item, err := store.Default.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if !u.Owns(item.OwnerID) {
		http.Error(w, "not your NAME", http.StatusUnauthorized) // want use-403
		return
	}
	respond.JSON(w, http.StatusOK, item)
`, []string{"use-403"}},
	{"maps the service's errors to statuses.", `	u, err := auth.FromContext(r.Context())
	if err != nil {
		respond.Unauthorized(w)
		return
	}
	err = store.Default.Archive(r.Context(), u.ID, r.PathValue("id"))
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.Is(err, auth.ErrPermissionDenied):
		respond.Error(w, http.StatusForbidden, err.Error())
	case errors.Is(err, auth.ErrNoSession):
		respond.Error(w, http.StatusUnauthorized, err.Error())
	case errors.Is(err, store.ErrNotFound):
		respond.Error(w, http.StatusNotFound, err.Error())
	default:
		respond.Error(w, http.StatusInternalServerError, err.Error())
	}
`, nil},
	{"is public.", `	q := r.URL.Query()
	page, err := strconv.Atoi(q.Get("page"))
	if err != nil || page < 0 {
		respond.Error(w, http.StatusBadRequest, "bad page")
		return
	}
	items, err := store.Default.List(r.Context(), "")
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	if len(items) == 0 {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(items)
`, nil},
	{"checks the CSRF token of a form.", `	if !auth.ValidCSRF(r) {
		http.Error(w, "bad CSRF token", http.StatusForbidden)
		return
	}
	if err := r.ParseForm(); err != nil {
		respond.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	in := store.Item{Name: r.PostForm.Get("name")}
	if err := store.Default.Put(r.Context(), &in); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	http.Redirect(w, r, "/NAME", http.StatusSeeOther)
`, nil},
	{"requires an administrator, with a bare status literal.", `	u, ok := auth.UserFromRequest(r)
	if !ok {
		respond.Unauthorized(w)
		return
	}
	if !auth.IsAdmin(u) {
		w.WriteHeader(403) // want forbidden-literal
		return
	}
	items, _ := store.Default.List(r.Context(), "")
	respond.JSON(w, http.StatusOK, items)
`, []string{"forbidden-literal"}},
	{"takes an API key.", `	key := r.Header.Get("X-API-Key")
	if !auth.ValidAPIKey(key) {
		respond.Unauthorized(w)
		return
	}
	var in store.Item
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		respond.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	if err := store.Default.Put(r.Context(), &in); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	respond.JSON(w, http.StatusAccepted, in)
`, nil},
	{"requires a permission, and answers 401 without it.", `	u, err := auth.FromContext(r.Context())
	if err != nil {
		respond.Unauthorized(w)
		return
	}
	if !u.Can("NAME") {
		respond.Unauthorized(w) // want use-403
		return
	}
	respond.JSON(w, http.StatusOK, map[string]string{"user": u.ID})
`, []string{"use-403"}},
	{"requires a session, and answers 403 when it is expired.", `	claims, err := auth.ValidateToken(r.Header.Get("Authorization"))
	if err != nil || claims.Expired() {
		respond.Forbidden(w) // want use-401
		return
	}
	item, err := store.Default.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		respond.Error(w, http.StatusNotFound, err.Error())
		return
	}
	respond.JSON(w, http.StatusOK, item)
`, []string{"use-401"}},
}

const handlerImports = `import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"example.com/corpus/internal/auth"
	"example.com/corpus/internal/respond"
	"example.com/corpus/internal/store"
)

var (
	_ = json.Marshal
	_ = errors.Is
	_ = strconv.Atoi
	_ = strings.TrimSpace
	_ = auth.IsAdmin
	_ = respond.JSON
	_ = store.ErrNotFound
)
`

const routesSrc = `// Package %s serves one part of the API.
package %s

import "net/http"

// Handler carries what the handlers need.
type Handler struct{ Name string }

// Register registers the package's handlers.
func Register(mux *http.ServeMux, h *Handler) {
%s}
`

const mainSrc = `// Command server serves the corpus's API.
package main

import (
	"log"
	"net/http"

%s)

func main() {
	mux := http.NewServeMux()
%s	log.Fatal(http.ListenAndServe(":8080", mux))
}
`

const authSrc = `// Package auth identifies callers and decides what they may do.
package auth

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"
)

// User is an authenticated caller.
type User struct {
	ID     string
	Roles  []string
	Scopes []string
}

// Claims are a validated token's.
type Claims struct {
	Subject string
	Expiry  time.Time
}

var (
	ErrNoSession        = errors.New("no session")
	ErrInvalidToken     = errors.New("invalid token")
	ErrPermissionDenied = errors.New("permission denied")
)

type ctxKey struct{}

var sessions = map[string]*User{}

// UserFromRequest returns the caller of a request with a session cookie.
func UserFromRequest(r *http.Request) (*User, bool) {
	c, err := r.Cookie("session")
	if err != nil {
		return nil, false
	}
	u, ok := sessions[c.Value]
	return u, ok
}

// FromContext returns the caller the middleware put in ctx.
func FromContext(ctx context.Context) (*User, error) {
	u, ok := ctx.Value(ctxKey{}).(*User)
	if !ok {
		return nil, ErrNoSession
	}
	return u, nil
}

// ValidateToken validates a bearer token.
func ValidateToken(tok string) (*Claims, error) {
	if tok == "" || strings.Count(tok, ".") != 2 {
		return nil, ErrInvalidToken
	}
	return &Claims{Subject: tok[:strings.Index(tok, ".")], Expiry: time.Now().Add(time.Hour)}, nil
}

// Expired reports whether the claims are no longer valid.
func (c *Claims) Expired() bool { return time.Now().After(c.Expiry) }

// HasRole reports whether the user has the role.
func (u *User) HasRole(role string) bool { return slices.Contains(u.Roles, role) }

// Can reports whether the user has the permission.
func (u *User) Can(perm string) bool { return slices.Contains(u.Scopes, perm) }

// Owns reports whether the user is the owner.
func (u *User) Owns(ownerID string) bool { return u.ID == ownerID }

// IsAdmin reports whether the user is an administrator.
func IsAdmin(u *User) bool { return u.HasRole("admin") }

var apiKeys = []string{"k1", "k2"}

// ValidAPIKey reports whether key is a known API key.
func ValidAPIKey(key string) bool {
	for _, k := range apiKeys {
		if subtle.ConstantTimeCompare([]byte(k), []byte(key)) == 1 {
			return true
		}
	}
	return false
}

// ValidCSRF reports whether the form's CSRF token matches the cookie's.
func ValidCSRF(r *http.Request) bool {
	c, err := r.Cookie("csrf")
	return err == nil && c.Value == r.FormValue("csrf_token")
}
`

const respondSrc = `// Package respond writes responses.
package respond

import (
	"encoding/json"
	"net/http"
)

// Error writes status and a JSON error message.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, map[string]string{"error": msg})
}

// JSON writes status and v as JSON.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Unauthorized answers a request without a valid caller.
func Unauthorized(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	Error(w, http.StatusUnauthorized, "unauthorized")
}

// Forbidden answers a caller without the permission.
func Forbidden(w http.ResponseWriter) {
	Error(w, http.StatusForbidden, "forbidden")
}
`

const storeSrc = `// Package store keeps the service's items.
package store

import (
	"context"
	"errors"
	"sync"
)

// Item is a stored item.
type Item struct {
	ID, OwnerID, Name string
	Archived          bool
}

// ErrNotFound is returned for a missing item.
var ErrNotFound = errors.New("not found")

// Store is an in-memory store.
type Store struct {
	mu    sync.Mutex
	items map[string]*Item
}

// Default is the process's store.
var Default = &Store{items: map[string]*Item{}}

// Get returns the item with the ID.
func (s *Store) Get(ctx context.Context, id string) (*Item, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[id]
	if !ok {
		return nil, ErrNotFound
	}
	return it, ctx.Err()
}

// List returns the items of an owner ("" for all).
func (s *Store) List(ctx context.Context, owner string) ([]*Item, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Item
	for _, it := range s.items {
		if owner == "" || it.OwnerID == owner {
			out = append(out, it)
		}
	}
	return out, ctx.Err()
}

// Put stores an item.
func (s *Store) Put(ctx context.Context, it *Item) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[it.ID] = it
	return ctx.Err()
}

// Delete deletes an item.
func (s *Store) Delete(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[id]; !ok {
		return ErrNotFound
	}
	delete(s.items, id)
	return ctx.Err()
}

// Archive archives an item of the user's.
func (s *Store) Archive(ctx context.Context, user, id string) error {
	it, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if it.OwnerID != user {
		return errors.New("not the owner")
	}
	it.Archived = true
	return nil
}
`

// wantComment is a trailing "// want <category>" comment.
var wantComment = regexp.MustCompile(`//\s*want\s+(\S+)\s*$`)

// checkFindings compares the findings of authstatus -json, read from r, with
// the want comments of the corpus in dir.
func checkFindings(dir string, r io.Reader) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	want := map[string]bool{}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := wantComment.FindStringSubmatch(sc.Text()); m != nil {
				want[fmt.Sprintf("%s:%d %s", path, line, m[1])] = true
			}
		}
		return sc.Err()
	})
	if err != nil {
		return err
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.NewDecoder(r).Decode(&tree); err != nil {
		return fmt.Errorf("reading authstatus -json output: %v", err)
	}
	got := map[string]bool{}
	for pkg, analyzers := range tree {
		for name, raw := range analyzers {
			var diags []struct {
				Category string `json:"category"`
				Posn     string `json:"posn"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				return fmt.Errorf("%s: %s: %s", pkg, name, raw) // an error, not diagnostics
			}
			for _, d := range diags {
				file, _, _ := strings.Cut(d.Posn, ":") // file:line:col
				rest := strings.TrimPrefix(d.Posn, file+":")
				line, _, _ := strings.Cut(rest, ":")
				got[fmt.Sprintf("%s:%s %s", file, line, d.Category)] = true
			}
		}
	}
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	for _, k := range missing {
		fmt.Println("missing:", k)
	}
	for _, k := range extra {
		fmt.Println("unexpected:", k)
	}
	fmt.Printf("gencorpus: %d findings, %d wanted, %d missing, %d unexpected\n", len(got), len(want), len(missing), len(extra))
	if len(missing)+len(extra) > 0 {
		return fmt.Errorf("findings differ from the want comments")
	}
	return nil
}
