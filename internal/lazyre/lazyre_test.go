package lazyre

import (
	"regexp"
	"slices"
	"testing"
)

// TestSameAsRegexp checks that every method answers as regexp's does.
func TestSameAsRegexp(t *testing.T) {
	const expr = `(\w+)@(\w+)\.com`
	const s = "mail bob@example.com or ann@test.com now"
	l, re := New(expr), regexp.MustCompile(expr)
	tests := []struct {
		name      string
		got, want any
	}{
		{"String", l.String(), re.String()},
		{"MatchString", l.MatchString(s), re.MatchString(s)},
		{"FindString", l.FindString(s), re.FindString(s)},
		{"FindStringIndex", l.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindStringSubmatch", l.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllString", l.FindAllString(s, -1), re.FindAllString(s, -1)},
		{"FindAllStringIndex", l.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatch", l.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
		{"FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		{"ReplaceAllString", l.ReplaceAllString(s, "<$2>"), re.ReplaceAllString(s, "<$2>")},
		{"ReplaceAllLiteralString", l.ReplaceAllLiteralString(s, "$1"), re.ReplaceAllLiteralString(s, "$1")},
		{"ReplaceAllStringFunc", l.ReplaceAllStringFunc(s, func(m string) string { return m[:1] }), re.ReplaceAllStringFunc(s, func(m string) string { return m[:1] })},
		{"Split", l.Split(s, -1), re.Split(s, -1)},
		{"Match", l.Match([]byte(s)), re.Match([]byte(s))},
		{"FindIndex", l.FindIndex([]byte(s)), re.FindIndex([]byte(s))},
		{"ReplaceAll", string(l.ReplaceAll([]byte(s), []byte("$1"))), string(re.ReplaceAll([]byte(s), []byte("$1")))},
		{"ReplaceAllFunc", string(l.ReplaceAllFunc([]byte(s), func(m []byte) []byte { return m[:1] })), string(re.ReplaceAllFunc([]byte(s), func(m []byte) []byte { return m[:1] }))},
		{"FindSubmatch", len(l.FindSubmatch([]byte(s))), len(re.FindSubmatch([]byte(s)))},
		{"FindAllIndex", l.FindAllIndex([]byte(s), -1), re.FindAllIndex([]byte(s), -1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !equal(tt.got, tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	if l.Regexp() != l.Regexp() {
		t.Error("Regexp compiled twice")
	}
}

func equal(a, b any) bool {
	switch a := a.(type) {
	case []int:
		return slices.Equal(a, b.([]int))
	case []string:
		return slices.Equal(a, b.([]string))
	case [][]int:
		return slices.EqualFunc(a, b.([][]int), slices.Equal)
	case [][]string:
		return slices.EqualFunc(a, b.([][]string), slices.Equal)
	}
	return a == b
}

// TestCheckAll checks that a bad expression is reported, not compiled at New.
func TestCheckAll(t *testing.T) {
	if err := CheckAll(); err != nil {
		t.Fatalf("got %v before a bad expression", err)
	}
	bad := New(`a(b`)
	defer func() { all = all[:len(all)-1] }()
	if err := CheckAll(); err == nil {
		t.Errorf("CheckAll: got nil, want an error for %q", bad.String())
	}
}

// TestNoAllocation checks that a compiled Regexp costs no allocation a call
// beyond regexp's own.
func TestNoAllocation(t *testing.T) {
	l, re := New(`a+b`), regexp.MustCompile(`a+b`)
	l.MatchString("aab")
	got := testing.AllocsPerRun(100, func() { l.MatchString("xaab") })
	want := testing.AllocsPerRun(100, func() { re.MatchString("xaab") })
	if got != want {
		t.Errorf("MatchString: %v allocations a call, want %v as regexp's", got, want)
	}
	all = all[:len(all)-1]
}
