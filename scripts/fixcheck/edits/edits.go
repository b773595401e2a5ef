// Package edits merges and applies the text edits of suggested fixes the way
// `authstatus -fix` (golang.org/x/tools/internal/diff.Merge) does, so that
// what -fix wrote can be checked against an independent application:
// scripts/fixcheck compares the two byte for byte, and the analyzer's fuzz
// test applies fixes in memory with it.
package edits

import (
	"cmp"
	"fmt"
	"slices"
)

// An Edit replaces the bytes [Start, End) of one file with Text.
type Edit struct {
	Start, End int
	Text       string
}

// Sort orders edits by position, as Merge and Apply need them.
func Sort(edits []Edit) {
	slices.SortStableFunc(edits, func(x, y Edit) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
}

// Merge merges two ordered lists of edits: identical edits coalesce, and
// unequal edits of the same bytes conflict (ok is false).
func Merge(x, y []Edit) (merged []Edit, ok bool) {
	x, y = slices.Clone(x), slices.Clone(y)
	var xi, yi int
	for xi < len(x) && yi < len(y) {
		px, py := &x[xi], &y[yi]
		switch {
		case *px == *py:
			merged = append(merged, *px)
			xi++
			yi++
		case px.End <= py.Start:
			merged = append(merged, *px)
			xi++
		case py.End <= px.Start:
			merged = append(merged, *py)
			yi++
		case px.Start < py.Start:
			merged = append(merged, Edit{px.Start, py.Start, ""})
			px.Start = py.Start
		case py.Start < px.Start:
			merged = append(merged, Edit{py.Start, px.Start, ""})
			py.Start = px.Start
		default:
			return nil, false
		}
	}
	merged = append(merged, x[xi:]...)
	return append(merged, y[yi:]...), true
}

// Apply applies ordered, non-overlapping edits to src.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) out of order or out of range (size %d)", e.Start, e.End, len(src))
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.Text...)
		last = e.End
	}
	return append(out, src[last:]...), nil
}
