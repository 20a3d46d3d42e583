//go:build js && wasm

package decode

import (
	"strings"
	"testing"
)

func TestDecodeWasm(t *testing.T) {
	tests := []struct {
		name, raw, encoding, want, wantErr string
	}{
		{"UTF-8", "données", "", "données", ""},
		{"UTF-8 BOM", "\xef\xbb\xbfdonnées", "", "données", ""},
		{"broken bytes", "donn\xe9es", "", "donn\uFFFDes", ""},
		{"utf-8 label", "données", "UTF-8", "données", ""},
		{"other label", "donn\xe9es", "windows-1252", "", "UTF-8 only"},
		{"UTF-16", "\xff\xfed\x00", "", "", "UTF-8 only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.raw), true, tt.encoding)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Decode() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || string(got.Text) != tt.want {
				t.Errorf("Decode() = %q, %v, want %q", got.Text, err, tt.want)
			}
		})
	}
}
