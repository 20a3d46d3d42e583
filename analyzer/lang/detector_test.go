package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

const (
	enPolicy = `We collect the personal information you provide when you create an account, such as your name, email address and payment details. We use this information to provide and improve our services, to communicate with you and to comply with our legal obligations. You may ask us to access, correct or delete your data at any time by contacting our privacy team.`
	frPolicy = `Nous collectons les données personnelles que vous nous fournissez lors de la création de votre compte, telles que vos nom, adresse électronique et coordonnées de paiement. Ces données sont utilisées pour fournir nos services, répondre à vos demandes et respecter nos obligations légales. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à notre délégué à la protection des données.`
	esPolicy = `Recopilamos los datos personales que nos proporciona al crear una cuenta, como su nombre, dirección de correo electrónico y datos de pago. Utilizamos esta información para prestar nuestros servicios y cumplir con nuestras obligaciones legales. Puede ejercer sus derechos de acceso, rectificación y supresión en cualquier momento.`
	dePolicy = `Wir erheben die personenbezogenen Daten, die Sie uns bei der Erstellung Ihres Kontos mitteilen, etwa Ihren Namen, Ihre E-Mail-Adresse und Ihre Zahlungsdaten. Wir verwenden diese Daten, um unsere Dienste bereitzustellen und unsere gesetzlichen Pflichten zu erfüllen. Sie können jederzeit Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen.`
	itPolicy = `Raccogliamo i dati personali che ci fornisci quando crei un account, come il tuo nome, indirizzo email e dati di pagamento. Utilizziamo queste informazioni per fornire i nostri servizi e adempiere agli obblighi di legge. Puoi esercitare in qualsiasi momento i tuoi diritti di accesso, rettifica e cancellazione dei dati.`
	ptPolicy = `Recolhemos os dados pessoais que nos fornece quando cria uma conta, como o seu nome, endereço de correio eletrónico e dados de pagamento. Utilizamos estas informações para prestar os nossos serviços e cumprir as nossas obrigações legais. Pode exercer os seus direitos de acesso, retificação e apagamento a qualquer momento.`
	nlPolicy = `Wij verzamelen de persoonsgegevens die u verstrekt wanneer u een account aanmaakt, zoals uw naam, e-mailadres en betalingsgegevens. Wij gebruiken deze gegevens om onze diensten te leveren en aan onze wettelijke verplichtingen te voldoen. U kunt op elk moment uw recht op inzage, correctie en verwijdering uitoefenen.`
	roPolicy = `Colectăm datele cu caracter personal pe care ni le furnizați atunci când vă creați un cont, cum ar fi numele, adresa de e-mail și datele de plată. Vă puteți exercita drepturile de acces, rectificare și ștergere în orice moment.`
	noPolicy = `Vi samler inn personopplysninger når du oppretter en konto, for eksempel navn, e-postadresse og betalingsopplysninger. Vi bruker disse opplysningene til å levere tjenestene våre og til å oppfylle våre lovpålagte plikter. Du kan når som helst be om innsyn i, retting av eller sletting av opplysningene dine. Opplysningene lagres på servere i Norge og slettes to år etter at kontoen er avsluttet.`
	idPolicy = `Kami mengumpulkan data pribadi yang Anda berikan saat membuat akun, seperti nama, alamat email, dan rincian pembayaran. Kami menggunakan informasi ini untuk menyediakan layanan kami dan memenuhi kewajiban hukum kami. Anda dapat meminta akses, koreksi, atau penghapusan data Anda kapan saja.`
	// enBanner is a cookie banner left in English on a French page.
	enBanner = `We use cookies to improve your experience. By clicking "Accept all", you agree to the storing of cookies on your device. Accept all. Manage preferences.`
)

func TestDetect(t *testing.T) {
	d := NewDetector()
	frPage := enBanner + "\n\n" + frPolicy + "\n\n" + strings.ReplaceAll(frPolicy, "compte", "profil") + "\n\nCookies : " + enBanner
	tests := []struct {
		name     string
		text     string
		wantCode Code
		wantName string
		minConf  float64
		maxConf  float64 // 0: 1
	}{
		{"english policy", enPolicy, English, "English", 0.9, 0},
		{"french policy", frPolicy, French, "French", 0.9, 0},
		{"spanish policy", esPolicy, "es", "Spanish", 0.5, 0},
		{"german policy", dePolicy, "de", "German", 0.5, 0},
		{"italian policy", itPolicy, "it", "Italian", 0.5, 0},
		{"portuguese policy", ptPolicy, "pt", "Portuguese", 0.5, 0},
		{"dutch policy", nlPolicy, "nl", "Dutch", 0.5, 0},
		{"french page with english banner", frPage, French, "French", 0.5, 0},
		{"french page, banner chunk of its own", enBanner + " " + enBanner + "\n" + frPolicy + " " + frPolicy + " " + frPolicy, French, "French", 0.6, 0.95},
		{"empty", "", Unknown, "", 0, 0},
		{"spaces", "  \n\t ", Unknown, "", 0, 0},
		{"digits", "2024-05-01 12:30 +33 1 23 45 67 89", Unknown, "", 0, 0},
		{"punctuation", "... --- !!! ???", Unknown, "", 0, 0},
		{"one short word", "OK", Unknown, "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Detect(tt.text)
			t.Logf("%+v", got)
			if got.Code != tt.wantCode || got.Name != tt.wantName {
				t.Fatalf("Detect() = %+v, want code %q name %q", got, tt.wantCode, tt.wantName)
			}
			maxConf := tt.maxConf
			if maxConf == 0 {
				maxConf = 1
			}
			if got.Confidence < tt.minConf || got.Confidence > maxConf {
				t.Errorf("Detect() confidence = %v, want in [%v, %v]", got.Confidence, tt.minConf, maxConf)
			}
			if tt.wantCode == Unknown && got.Confidence != 0 {
				t.Errorf("unknown result has confidence %v, want 0", got.Confidence)
			}
		})
	}
}

// TestDetectOtherLanguages checks that policies in languages the detector
// is not built with are never taken for English or French (they may be
// named as a neighbour, or Unknown).
func TestDetectOtherLanguages(t *testing.T) {
	d := NewDetector()
	tests := []struct {
		name, text string
		unnamed    bool // must not be named as one of the detector's languages either
	}{
		{"romanian", roPolicy, true}, // lingua alone says English, 0.9999
		{"indonesian", idPolicy, false},
		{"norwegian", noPolicy, true}, // lingua alone says Dutch or German
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Detect(tt.text)
			if got.Supported() {
				t.Errorf("Detect() = %+v, want a language other than English and French", got)
			}
			if tt.unnamed && got.Code != Unknown {
				t.Errorf("Detect() = %+v, want no name (its letters are none of the detector's languages')", got)
			}
		})
	}
}

// TestPlausible checks the guard on its own.
func TestPlausible(t *testing.T) {
	tests := []struct {
		name string
		code Code
		text string
		want bool
	}{
		{"english", English, enPolicy, true},
		{"french", French, frPolicy, true},
		{"french as english", English, frPolicy, false},
		{"romanian as english", English, roPolicy, false},
		{"romanian as french", French, roPolicy, false},
		{"indonesian as english", English, idPolicy, false},
		{"romanian as spanish", "es", roPolicy, false},
		{"norwegian as dutch", "nl", noPolicy, false},
		{"german", "de", dePolicy, true},
		{"dutch", "nl", nlPolicy, true},
		{"spanish", "es", esPolicy, true},
		{"no words", English, "123 456", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plausible(tt.code, tt.text); got != tt.want {
				t.Errorf("plausible(%q) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

// TestDetectCorpus checks every corpus policy against the language its file
// name starts with, in the detector's mode and in lingua's high-accuracy
// mode, which must agree (the reason low-accuracy mode is used).
func TestDetectCorpus(t *testing.T) {
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no corpus/*.txt files: nothing to check")
	}
	d := NewDetector()
	high := linguaDetector{d: lingua.NewLanguageDetectorBuilder().FromLanguages(languages...).Build()}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := Code(strings.SplitN(filepath.Base(f), "-", 2)[0])
			got := d.Detect(string(raw))
			if got.Code != want {
				t.Errorf("Detect() = %+v, want %q", got, want)
			}
			if h := high.Detect(string(raw)); h.Code != got.Code {
				t.Errorf("high accuracy mode: %+v, low accuracy: %+v", h, got)
			}
		})
	}
}

// TestDetectShortSentences measures low- against high-accuracy mode on the
// short texts where they differ: single sentences of the corpus.
func TestDetectShortSentences(t *testing.T) {
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no corpus/*.txt files: nothing to check")
	}
	low := NewDetector()
	high := linguaDetector{d: lingua.NewLanguageDetectorBuilder().FromLanguages(languages...).Build()}
	var n, lowOK, highOK int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := Code(strings.SplitN(filepath.Base(f), "-", 2)[0])
		for _, s := range strings.Split(string(raw), ". ") {
			s = strings.TrimSpace(s)
			if len(s) < 40 || len(s) > 200 {
				continue
			}
			n++
			if low.Detect(s).Code == want {
				lowOK++
			}
			if high.Detect(s).Code == want {
				highOK++
			}
		}
	}
	if n == 0 {
		t.Skip("no sentences of 40-200 bytes in the corpus")
	}
	t.Logf("sentences of 40-200 bytes: %d, correct: low accuracy %d (%.1f%%), high accuracy %d (%.1f%%)",
		n, lowOK, 100*float64(lowOK)/float64(n), highOK, 100*float64(highOK)/float64(n))
	if float64(lowOK) < 0.95*float64(n) {
		t.Errorf("low accuracy mode right on %d of %d sentences, want >= 95%%", lowOK, n)
	}
}

func TestSample(t *testing.T) {
	long := strings.Repeat("alpha beta gamma délta ", 1000)
	tests := []struct {
		name    string
		text    string
		max     int
		maxLen  int
		wantAll bool
	}{
		{"short text unchanged", "hello world", 100, 11, true},
		{"long text bounded", long, 4000, 4000 + 2, false},
		{"one long word", strings.Repeat("é", 5000), 4000, 4000 + 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sample(tt.text, tt.max, 3)
			if len(got) > tt.maxLen {
				t.Errorf("len(sample) = %d, want <= %d", len(got), tt.maxLen)
			}
			if tt.wantAll && got != tt.text {
				t.Errorf("sample = %q, want %q", got, tt.text)
			}
			if !strings.HasPrefix(tt.text, strings.SplitN(got, "\n", 2)[0]) {
				t.Errorf("sample does not start with the text's beginning")
			}
			for _, w := range strings.Fields(got) {
				if !strings.Contains(tt.text, w) {
					t.Fatalf("sample word %q not in text (split word or broken rune)", w)
				}
			}
		})
	}
}

func TestLanguagesCopy(t *testing.T) {
	l := Languages()
	if len(l) < 2 || l[0] != lingua.English || l[1] != lingua.French {
		t.Fatalf("Languages() = %v, want English and French first", l)
	}
	l[0] = lingua.Zulu
	if Languages()[0] != lingua.English {
		t.Errorf("Languages() returns shared state")
	}
}

func BenchmarkDetect(b *testing.B) {
	raw, err := os.ReadFile("../../corpus/en-biztonet-app.txt")
	if err != nil {
		b.Skip("corpus/en-biztonet-app.txt missing:", err)
	}
	d := NewDetector()
	text := string(raw)
	d.Detect(text) // load the models once, as a long-lived engine does
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := d.Detect(text); r.Code != English {
			b.Fatalf("Detect() = %+v", r)
		}
	}
}

func TestChunks(t *testing.T) {
	text := strings.Repeat("données personnelles ", 100)
	got := chunks(text, 300)
	if strings.Join(got, "") != text {
		t.Fatalf("chunks do not join back to the text")
	}
	for i, c := range got {
		if len(c) > 450 {
			t.Errorf("chunk %d is %d bytes, want <= 450", i, len(c))
		}
		if !utf8.ValidString(c) {
			t.Errorf("chunk %d is not valid UTF-8", i)
		}
	}
	if n := len(chunks(strings.Repeat("é", 1000), 300)); n < 2 {
		t.Errorf("a 2000-byte word gave %d chunks, want several", n)
	}
}
