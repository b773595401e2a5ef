package analyzer

import (
	"fmt"
	"sort"
	"strings"
)

// categories lists every diagnostic category.
var categories = []string{CategoryUse403, CategoryUse401, CategoryForbiddenLiteral, CategoryUnauthorizedLiteral}

// categorySet is a flag value: a comma-separated list of categories. Unknown
// names are an error, not silently ignored.
type categorySet map[string]bool

func (s categorySet) String() string {
	var names []string
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func (s categorySet) Set(v string) error {
	for k := range s {
		delete(s, k)
	}
	for _, name := range strings.Split(v, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		known := false
		for _, c := range categories {
			known = known || c == name
		}
		if !known {
			return fmt.Errorf("unknown category %q (known: %s)", name, strings.Join(categories, ", "))
		}
		s[name] = true
	}
	return nil
}

var disabled = categorySet{}

func init() {
	Analyzer.Flags.Var(disabled, "disable",
		"comma-separated categories not to report ("+strings.Join(categories, ", ")+")")
}
