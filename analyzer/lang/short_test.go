package lang

import "testing"

// TestDetectShort checks clauses of a few words: English and French ones
// get their language (decided between the two when lingua is unsure), and
// short texts clearly in another language are never read as English or
// French.
func TestDetectShort(t *testing.T) {
	d := NewDetector()
	tests := []struct {
		text string
		want Code // Unknown: anything but English and French
	}{
		{"We collect your email.", English},
		{"We never sell your data.", English},
		{"You can delete your account.", English},
		{"We use cookies for analytics.", English},
		{"Your data stays in Europe.", English},
		{"We share it with partners.", English},
		{"Contact our data protection officer.", English},
		{"We keep logs for 30 days.", English},
		{"Nous collectons votre adresse e-mail.", French},
		{"Nous ne vendons jamais vos données.", French},
		{"Vous pouvez supprimer votre compte.", French},
		{"Nous utilisons des cookies.", French},
		{"Vos données restent en Europe.", French},
		{"Nous les partageons avec nos partenaires.", French},
		{"Contactez notre délégué à la protection des données.", French},
		{"Les journaux sont conservés 30 jours.", French},
		{"Recopilamos su correo electrónico.", Unknown},
		{"Nunca vendemos sus datos personales.", Unknown},
		{"Puede eliminar su cuenta.", Unknown},
		{"Wir erheben Ihre E-Mail-Adresse.", Unknown},
		{"Wir verkaufen Ihre Daten niemals.", Unknown},
		{"Sie können Ihr Konto löschen.", Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := d.Detect(tt.text)
			t.Logf("%+v", got)
			if tt.want == Unknown {
				if got.Supported() {
					t.Errorf("Detect(%q) = %+v, want neither English nor French", tt.text, got)
				}
				return
			}
			if got.Code != tt.want {
				t.Errorf("Detect(%q) = %+v, want %s", tt.text, got, tt.want)
			}
			if got.Confidence <= 0.5 || got.Confidence > 1 {
				t.Errorf("Detect(%q) confidence %v, want in (0.5, 1]", tt.text, got.Confidence)
			}
		})
	}
}
