package pdftext

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		want     []string // paragraphs or parts of them, in order
		wantErr  error
		wantDiff int // least number of paragraphs
	}{
		{name: "text PDF", file: "../../testdata/pdf/text-policy.pdf", want: []string{
			"Privacy Policy",
			"Last updated: March 3, 2026",
			"Information we collect",
			"We collect the name, postal address and email address you give us when you place an order.",
			"We do not sell your personal data.",
			"delete the rest of your data two years after your last order.",
		}, wantDiff: 13},
		{name: "words placed one by one, no spaces", file: "../../testdata/pdf/word-positioned.pdf", want: []string{
			"Privacy Notice",
			"We collect your name and email address when you subscribe to our newsletter.",
			"You may ask us to access, correct or delete your personal data at any time.",
		}, wantDiff: 2},
		{name: "scanned PDF", file: "../../testdata/pdf/scanned.pdf", wantErr: ErrNoTextLayer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if !IsPDF(raw) {
				t.Fatalf("IsPDF(%s) = false", tt.file)
			}
			got, err := Extract(raw)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Extract() error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract() error = %v", err)
			}
			flat := strings.Join(strings.Fields(got), " ")
			at := 0
			for _, w := range tt.want {
				i := strings.Index(flat[at:], w)
				if i < 0 {
					t.Fatalf("text lacks %q after byte %d:\n%s", w, at, got)
				}
				at += i + len(w)
			}
			if n := len(strings.Split(got, "\n\n")); n < tt.wantDiff {
				t.Errorf("got %d paragraphs, want at least %d:\n%s", n, tt.wantDiff, got)
			}
		})
	}
}

func TestExtractDamaged(t *testing.T) {
	for _, raw := range []string{"%PDF-1.7\n%garbage", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"} {
		if _, err := Extract([]byte(raw)); !errors.Is(err, ErrUnreadable) && !errors.Is(err, ErrNoTextLayer) {
			t.Errorf("Extract(%q) error = %v, want ErrUnreadable or ErrNoTextLayer", raw, err)
		}
	}
}
