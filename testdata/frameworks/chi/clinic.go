// Package chiapi is a clinic records API on chi and go-chi/render: JWTs
// from the identity provider, clinic scoping, patients and staff.
package chiapi

import (
	"context"
	"crypto"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/render"
	"github.com/golang-jwt/jwt/v5"
)

type ErrResponse struct {
	HTTPStatusCode int    `json:"-"`
	Message        string `json:"error"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

// Envelope is the body of the batch endpoints; Code is per item.
type Envelope struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type Claims struct {
	jwt.RegisteredClaims
	ClinicID string `json:"clinic"`
	Staff    bool   `json:"staff"`
}

type Record struct {
	ID        string
	PatientID string
}

type Appointment struct {
	PatientID string
	Start     time.Time
}

type claimsKey struct{}

var (
	idpKey       crypto.PublicKey
	parser       = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}), jwt.WithExpirationRequired())
	records      = map[string]*Record{}
	appointments = map[string]*Appointment{}
)

func respondError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	render.Status(r, code)
	render.JSON(w, r, map[string]string{"error": msg})
}

func Authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="clinic"`)
			render.Render(w, r, &ErrResponse{HTTPStatusCode: http.StatusUnauthorized, Message: "token required"})
			return
		}
		claims := &Claims{}
		if _, err := parser.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return idpKey, nil }); err != nil {
			render.Render(w, r, &ErrResponse{HTTPStatusCode: http.StatusForbidden, Message: "invalid token"}) // want use-401
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
	})
}

func claimsFrom(ctx context.Context) (*Claims, bool) {
	c, ok := ctx.Value(claimsKey{}).(*Claims)
	return c, ok
}

// ClinicScope restricts /clinics/{clinicID}/... to that clinic's users.
func ClinicScope(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, ok := claimsFrom(r.Context())
		if !ok {
			respondError(w, r, http.StatusForbidden, "not signed in") // want use-401
			return
		}
		if chi.URLParam(r, "clinicID") != claims.ClinicID {
			respondError(w, r, http.StatusUnauthorized, "wrong clinic") // want use-403
			return
		}
		next.ServeHTTP(w, r)
	})
}

func GetRecord(w http.ResponseWriter, r *http.Request) {
	claims, _ := claimsFrom(r.Context())
	rec, ok := records[chi.URLParam(r, "recordID")]
	if !ok {
		render.Render(w, r, &ErrResponse{HTTPStatusCode: http.StatusNotFound, Message: "no such record"})
		return
	}
	// Patients see their own records, staff everyone's.
	if rec.PatientID != claims.Subject && !claims.Staff {
		render.Render(w, r, &ErrResponse{HTTPStatusCode: 403, Message: "unauthorized access to a patient record"}) // want forbidden-literal
		return
	}
	render.JSON(w, r, rec)
}

func CancelAppointment(w http.ResponseWriter, r *http.Request) {
	claims, _ := claimsFrom(r.Context())
	id := chi.URLParam(r, "apptID")
	appt, ok := appointments[id]
	status := http.StatusNoContent
	switch {
	case !ok:
		status = http.StatusNotFound
	case appt.PatientID != claims.Subject && !claims.Staff:
		status = http.StatusUnauthorized // want use-403
	case appt.Start.Before(time.Now()):
		status = http.StatusConflict
	default:
		delete(appointments, id)
	}
	w.WriteHeader(status)
}

// PurgeRecords is for staff; each record gets its own result code.
func PurgeRecords(w http.ResponseWriter, r *http.Request) {
	claims, _ := claimsFrom(r.Context())
	if claims == nil || !claims.Staff {
		respondError(w, r, http.StatusForbidden, "staff only")
		return
	}
	var out []Envelope
	for _, id := range r.URL.Query()["id"] {
		if rec, ok := records[id]; ok && rec.PatientID == claims.Subject {
			out = append(out, Envelope{Code: 403, Message: "staff may not purge their own records"})
			continue
		}
		delete(records, id)
		out = append(out, Envelope{Code: 200, Message: "purged"})
	}
	render.JSON(w, r, out)
}

func Router() http.Handler {
	r := chi.NewRouter()
	r.With(middleware.BasicAuth("metrics", map[string]string{"prom": "scrape"})).Get("/metrics", func(w http.ResponseWriter, r *http.Request) {})
	r.Route("/clinics/{clinicID}", func(r chi.Router) {
		r.Use(Authenticate, ClinicScope)
		r.Get("/records/{recordID}", GetRecord)
		r.Delete("/records", PurgeRecords)
		r.Delete("/appointments/{apptID}", CancelAppointment)
	})
	return r
}
