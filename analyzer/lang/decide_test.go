package lang

import (
	"os"
	"strings"
	"testing"
)

// doc joins blocks with blank lines and returns the text and their spans.
func doc(blocks ...string) (string, []Span) {
	var b strings.Builder
	var spans []Span
	for _, s := range blocks {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		spans = append(spans, Span{Start: b.Len(), End: b.Len() + len(s)})
		b.WriteString(s)
	}
	return b.String(), spans
}

// languageNames is a language switcher of 300 entries, as on Wikimedia's
// policy page: names in their own languages, one per block.
func languageNames() []string {
	names := strings.Fields("Afrikaans Alemannisch አማርኛ Aragonés العربية Asturianu Azərbaycanca Башҡортса Беларуская Български বাংলা Brezhoneg Bosanski Català Cebuano Čeština Cymraeg Dansk Deutsch Ελληνικά English Esperanto Español Eesti Euskara فارسی Suomi Français Frysk Gaeilge Galego עברית हिन्दी Hrvatski Magyar Հայերեն Interlingua Indonesia Íslenska Italiano 日本語 Jawa ქართული Қазақша 한국어 Latina Lëtzebuergesch Lietuvių Latviešu Македонски മലയാളം Монгол मराठी Melayu Malti Nederlands Norsk Occitan Polski Português Română Русский Sicilianu Scots Slovenčina Slovenščina Shqip Српски Svenska Kiswahili தமிழ் తెలుగు Тоҷикӣ ไทย Tagalog Türkçe Українська اردو Oʻzbekcha Tiếng Việt Walon Winaray 中文 粵語")
	var out []string
	for len(out) < 300 {
		out = append(out, names...)
	}
	return out[:300]
}

func TestIsProse(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{enPolicy, true},
		{frPolicy, true},
		{dePolicy, true},
		{"We collect your name and email address.", true},
		{"Privacy Policy", false},
		{"Home | Products | Support | Sign in | Contact", false},
		{"English Français Deutsch Español Italiano Português Nederlands Polski Svenska Dansk", false},
		{`var zi = document.createElement('script'); zi.type = 'text/javascript'; zi.async = true;`, false},
		{`.font_0 {font: normal normal normal 40px/1.4em din-next-w01-light,sans-serif ;color:#605E5E;}`, false},
		{"https://www.example.com/privacy https://www.example.com/terms https://www.example.com/cookies", false},
		{"本协议是您与哔哩哔哩之间关于使用哔哩哔哩各项服务的法律协议，请您仔细阅读。", true},
		{"Συλλέγουμε πληροφορίες για εσάς μόνο όταν εγγραφείτε στον ιστότοπό μας.", true},
	}
	for _, tt := range tests {
		name := tt.text
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			if got := isProse(tt.text); got != tt.want {
				t.Errorf("isProse(%.60q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestOtherScript(t *testing.T) {
	tests := []struct {
		text     string
		wantOK   bool
		wantCode Code
		wantName string
	}{
		{enPolicy, false, "", ""},
		{"本协议是您与哔哩哔哩之间关于使用哔哩哔哩各项服务的法律协议。", true, "zh", "Chinese"},
		{"本サービスでは、お客様の個人情報を以下のとおり取り扱います。", true, "ja", "Japanese"},
		{"카카오계정으로 Daum 서비스를 이용하셨다면 카카오 개인정보처리방침이 적용됩니다.", true, "ko", "Korean"},
		{"Συλλέγουμε πληροφορίες για εσάς μόνο όταν εγγραφείτε.", true, "el", "Greek"},
		{"Мы собираем ваши персональные данные, когда вы регистрируетесь.", true, "", "a Cyrillic-script language (Russian, Ukrainian, Bulgarian...)"},
		{"Privacy Policy: 개인정보", false, "", ""}, // mostly Latin
	}
	for _, tt := range tests {
		t.Run(tt.wantName+" "+string(tt.wantCode), func(t *testing.T) {
			got, ok := otherScript(tt.text)
			if ok != tt.wantOK || got.Code != tt.wantCode || got.Name != tt.wantName {
				t.Errorf("otherScript(%.40q) = %+v, %v; want %q %q, %v", tt.text, got, ok, tt.wantCode, tt.wantName, tt.wantOK)
			}
		})
	}
}

func TestDecide(t *testing.T) {
	d := NewDetector()
	enParas := []string{"Privacy Policy", enPolicy, strings.ReplaceAll(enPolicy, "account", "profile"), "Cookies", strings.ReplaceAll(enPolicy, "privacy team", "data protection officer")}
	frParas := []string{"Politique de confidentialité", frPolicy, strings.ReplaceAll(frPolicy, "compte", "profil"), strings.ReplaceAll(frPolicy, "délégué", "service")}
	deParas := []string{"Datenschutzerklärung", dePolicy, strings.ReplaceAll(dePolicy, "Kontos", "Profils"), dePolicy}
	nlParas := []string{"Privacyverklaring", nlPolicy, strings.ReplaceAll(nlPolicy, "account", "profiel"), nlPolicy}
	cat := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	nav := []string{"Home", "Products", "About us", "Contact", "Sign in"}
	tests := []struct {
		name      string
		blocks    []string
		want      Code
		wantCode  Code
		wantFirst string // the main part's first block
		wantParts []Code
		forced    bool
	}{
		{name: "english policy after 300 language names", blocks: cat(languageNames(), enParas, enParas),
			wantCode: English, wantParts: []Code{English}},
		{name: "english policy in navigation", blocks: cat(nav, nav, enParas, nav),
			wantCode: English, wantParts: []Code{English}},
		{name: "english, german, dutch, french", blocks: cat(enParas, deParas, nlParas, frParas),
			wantCode: English, wantFirst: "Privacy Policy", wantParts: []Code{English, "de", "nl", French}},
		{name: "german, then french: the french part", blocks: cat(deParas, frParas),
			wantCode: French, wantFirst: "Politique de confidentialité", wantParts: []Code{"de", French}},
		{name: "asked for french", blocks: cat(enParas, deParas, frParas), want: French,
			wantCode: French, wantFirst: "Politique de confidentialité", wantParts: []Code{English, "de", French}},
		{name: "asked for french, none there", blocks: enParas, want: French,
			wantCode: French, wantFirst: "Privacy Policy", wantParts: []Code{English}, forced: true},
		{name: "german only", blocks: cat(nav, deParas), wantCode: "de", wantParts: []Code{"de"}},
		{name: "a french paragraph quoted in an english policy", blocks: cat(enParas, enParas, frParas[1:2], enParas),
			wantCode: English, wantParts: []Code{English}},
		{name: "no prose: the whole text decides", blocks: []string{"Cookies", "Privacy", "Contact us"}, wantCode: English, wantParts: []Code{English}},
		{name: "prose in no language the detector names", blocks: []string{noPolicy, noPolicy, noPolicy}, wantCode: Unknown, wantParts: []Code{Unknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := doc(tt.blocks...)
			got := Decide(d, text, spans, tt.want)
			var codes []Code
			for _, p := range got.Parts {
				codes = append(codes, p.Code)
			}
			t.Logf("main %+v parts %v", got.Main, codes)
			if got.Main.Code != tt.wantCode {
				t.Errorf("main language %q, want %q", got.Main.Code, tt.wantCode)
			}
			if strings.Join(codesToStrings(codes), " ") != strings.Join(codesToStrings(tt.wantParts), " ") {
				t.Errorf("parts %v, want %v", codes, tt.wantParts)
			}
			if got.Forced != tt.forced {
				t.Errorf("Forced = %v, want %v", got.Forced, tt.forced)
			}
			if tt.wantFirst != "" {
				if first := text[spans[got.Main.FirstBlock].Start:spans[got.Main.FirstBlock].End]; first != tt.wantFirst {
					t.Errorf("main part starts with block %q, want %q", first, tt.wantFirst)
				}
			}
			if got.Hub != nil {
				t.Errorf("Hub = %+v, want none", got.Hub)
			}
			if got.NoProse() {
				t.Errorf("NoProse() = true for a document with %d letters of prose", got.ProseLetters)
			}
			// Parts tile the text in order.
			for i := 1; i < len(got.Parts); i++ {
				if got.Parts[i].FirstBlock != got.Parts[i-1].EndBlock {
					t.Errorf("part %d starts at block %d, previous ends at %d", i, got.Parts[i].FirstBlock, got.Parts[i-1].EndBlock)
				}
			}
		})
	}
}

func codesToStrings(cs []Code) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

func TestHub(t *testing.T) {
	d := NewDetector()
	hub := []string{"Privacy policies", "Choose your country or region to read our privacy policy.",
		"United States – English", "United Kingdom – English", "Canada – Français", "France – Français", "Deutschland – Deutsch",
		"España – Español", "Italia – Italiano", "Brasil – Português", "Nederland – Nederlands", "Polska – Polski",
		"Sverige – Svenska", "日本 – 日本語", "대한민국 – 한국어", "© 2026 Example Inc."}
	tests := []struct {
		name        string
		blocks      []string
		wantHub     bool
		wantLangs   int
		wantEntries []string
	}{
		{"hub", hub, true, 11, []string{"United States – English", "United Kingdom – English", "Canada – Français", "France – Français"}},
		{"short policy with a language switcher", append(append([]string{}, hub[2:15]...), "Privacy Policy", enPolicy, enPolicy, enPolicy), false, 0, nil},
		{"policy after 300 language names", append(languageNames(), enPolicy, enPolicy, enPolicy, enPolicy, enPolicy, enPolicy), false, 0, nil},
		{"short page, three languages", []string{"English", "Français", "Deutsch", enPolicy}, false, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := doc(tt.blocks...)
			got := Decide(d, text, spans, Unknown).Hub
			if (got != nil) != tt.wantHub {
				t.Fatalf("Hub = %+v, want hub %v", got, tt.wantHub)
			}
			if got == nil {
				return
			}
			if got.Languages != tt.wantLangs || strings.Join(got.Entries, "|") != strings.Join(tt.wantEntries, "|") {
				t.Errorf("Hub = %+v, want %d languages and entries %q", got, tt.wantLangs, tt.wantEntries)
			}
			msg := got.Message()
			for _, want := range []string{"lists privacy policies in 11 languages", "“France – Français”"} {
				if !strings.Contains(msg, want) {
					t.Errorf("Message() = %q, want it to contain %q", msg, want)
				}
			}
		})
	}
}

func TestParseCode(t *testing.T) {
	tests := []struct {
		in      string
		want    Code
		wantErr bool
	}{
		{"", Unknown, false}, {"en", English, false}, {"FR", French, false}, {" english ", English, false},
		{"de", Unknown, true}, {"xx", Unknown, true},
	}
	for _, tt := range tests {
		got, err := ParseCode(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseCode(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// BenchmarkDecide measures Decide on a corpus policy cut into paragraphs,
// to compare with BenchmarkDetect on the same text: both read about
// sampleBytes, so they should cost about the same.
func BenchmarkDecide(b *testing.B) {
	raw, err := os.ReadFile("../../corpus/en-biztonet-app.txt")
	if err != nil {
		b.Skip("corpus/en-biztonet-app.txt missing:", err)
	}
	text, spans := doc(strings.Split(string(raw), "\n\n")...)
	d := NewDetector()
	d.Detect(text) // load the models once, as a long-lived engine does
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if r := Decide(d, text, spans, Unknown); r.Main.Code != English {
			b.Fatalf("Decide() = %+v", r.Main)
		}
	}
}
