package checklist

import (
	"strings"

	"github.com/policylens/policylens/analyzer/report"
	"github.com/policylens/policylens/internal/lazyre"
)

// Dates as policies write them, in folded text.
const (
	monthEN = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`
	monthFR = `(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`
	numeric = `\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-] ?\d{1,2}[/.-] ?\d{2,4}`
	dateEN  = `(?:` + numeric + `|\d{1,2}(?:st|nd|rd|th)? (?:of )?` + monthEN + `,? \d{4}|` + monthEN + `,? \d{1,2}(?:st|nd|rd|th)?,? ?\d{4}|` + monthEN + `,? \d{4})`
	dateFR  = `(?:` + numeric + `|(?:1er|\d{1,2}) ` + monthFR + ` \d{4}|` + monthFR + ` \d{4})`
)

// updatedPat is a "last updated" line followed by a date.
var updatedPat = both(
	or(`\b(?:last (?:updated|modified|revised|changed|amended|reviewed|edited)(?: and posted)?|(?:date )?(?:updated|revised|modified|edited|amended)(?: on| as of)?|update\s*:|effective(?: date| as of| from| on)?|(?:version|policy) date|version(?: of)?|status\s*:|(?:took|takes|came into|comes into|went into) effect(?: on| as of)?|in effect (?:as of|from|since)|(?:valid|applicable|in force|applies|current) (?:as of|from|since)|posted(?: on)?|published(?: on)?|(?:date of )?publication(?: date)?)\s*(?:on\s*)?[:\-]?\s*(?:[a-z]+day,?\s*)?`+dateEN,
		// "Latest update: September 08, 2020", "The most recent changes to
		// this privacy policy were made on: 20 November 2020".
		`\b(?:last|latest|most recent) (?:updates?|revisions?|changes?|modifications?|amendments?|versions?)\b[^.;]{0,60}?[:\-]?\s*(?:\*\s*)?`+dateEN),
	or(`\b(?:derniere (?:mise a jour|modification|revision|version)|date de (?:derniere )?(?:modification|mise a jour|revision)|mise a jour|mis a jour|a jour|actualisee?s?|modifiee?s?|revisee?s?|en vigueur|applicable|s'appliqu\w*|date d'(?:effet|entree en vigueur|application)|date de publication|publiee? le|version(?: a la date)?)\s*(?:le |au |du |a compter du |a compter de |depuis le |a partir du |a partir de |en date du |en |(?:pour )?la derniere fois le )?\s*[:\-]?\s*(?:le |du )?\s*(?:[a-z]+di\s+)?`+dateFR))

// lawBefore ends a text that names a law: the date after it is the law's
// ("the GDPR, applicable from 25 May 2018", « le RGPD, en vigueur depuis le
// 25 mai 2018 »), not the policy's.
var lawBefore = both(`\b(?:gdpr|regulation|directive|act|law|ccpa|lgpd)\b[^.;]{0,40}$`,
	`\b(?:rgpd|reglement|directive|loi|code|lcen)\b[^.;]{0,40}$`)

// asOfLine is a line that is only a date, with or without a word that
// dates the text: "As of July 20th, 2018", "Status: May 25, 2018",
// "Monday, Sep 24, 2018 12:27", « À jour du 10/12/2021 », « Novembre
// 2022 », « À partir du 1er août 2023 »: read in the first and last lines
// of the text, where a policy gives its own date.
var asOfLine = both(`^\W*(?:(?:as of|as from|from|updated|dated?|effective(?: date)?|status|version(?: of)?)\s*[:\-]?\s*)?(?:[a-z]+day,?\s*)?`+dateEN+`(?:\W*$|\s+\d{1,2}:\d{2}\b[^.]{0,60}$)`,
	`^\W*(?:(?:a jour|mise a jour|version(?: \d+(?:\.\d+)*)?|a partir|a compter|en vigueur)\s*(?:du|au|le|de)?\s*[:\-]?\s*)?(?:[a-z]+di\s+)?`+dateFR+`\W*$`)

// dateEntry is a line that opens with a date and a colon: an entry of the
// policy's own change log ("December 15, 2020: Added clarifications ...").
var dateEntry = both(`^\W*(?:`+dateEN+`)\W*:`, `^\W*(?:le )?(?:`+dateFR+`)\W*:`)

// titleDate is a date in brackets on the first line of the text, as a
// title gives it: "STATEMENT OF PRIVACY (12/23/2014)".
// So is a line that names the policy and ends with a date, as a
// signature at the end: "CDA website Privacy Policy September 8, 2003".
var titleDate = both(`\b(?:privacy|policy|notice|statement|terms)\b(?:.{0,20}\(\s*(?:rev(?:ised|ision)?\.?\s*|updated\s*)?(?:`+dateEN+`)\s*\)|[^.]{0,30}?\s(?:`+dateEN+`)\W*$)`,
	`\b(?:confidentialite|politique|charte|donnees personnelles|mentions)\b(?:.{0,20}\(\s*(?:`+dateFR+`)\s*\)|[^.]{0,30}?\s(?:`+dateFR+`)\W*$)`)

// maxTitleLine is the longest line (folded bytes) read for a title date
// in the middle of the text: a title, not a sentence.
const maxTitleLine = 100

// policyTitle is a line that is only the policy's title, in folded text.
var policyTitle = lazyre.New(`^\W*(?:(?:[a-z0-9.&' -]{1,30} )?(?:privacy|data protection|cookie) (?:policy|notice|statement|charter)|politique (?:de confidentialite|de protection des donnees(?: personnelles)?|(?:relative aux|de gestion des) cookies)|charte (?:de confidentialite|de protection des donnees(?: personnelles)?|vie privee|des donnees personnelles))\W*$`)

// titleGap is how many lines after the title are read for its date.
const titleGap = 3

// tailLines is how many lines at the end of the text are read for a date
// standing alone.
const tailLines = 6

// headLines is how many lines at the top of the text are read for a date
// standing alone or in the title.
const headLines = 12

// runUpdated checks policy.updated: the extraction's date, a date in the
// title line or alone near the top or the end, a dated "last updated" line
// anywhere in the text that is not the date of a law, a short line naming
// the policy and ending with a date, a date alone just under the policy's
// title, or the first entry of a change log.
func runUpdated(p *Pass) Result {
	if p.updated != "" {
		return Result{Status: report.StatusFound, Clauses: p.clausesAt(-1), Evidence: p.updated}
	}
	lines := p.lines()
	found := func(start int, m []int) Result {
		m = []int{m[0] + start, m[1] + start}
		return Result{Status: report.StatusFound, Clauses: p.clausesAt(p.text.offs[m[0]]), Evidence: evidenceIn(p.text, m)}
	}
	// The title line, then the first lines, one by one, then the last ones.
	for i, l := range lines {
		if i >= headLines && i < len(lines)-tailLines {
			continue
		}
		line := p.text.s[l[0]:l[1]]
		var m []int
		if i == 0 || i >= len(lines)-tailLines {
			m = titleDate.find(p.lang, line)
		}
		if m == nil {
			m = asOfLine.find(p.lang, line)
		}
		if m != nil {
			return found(l[0], m)
		}
	}
	for _, m := range updatedPat.findAll(p.lang, p.text.s) {
		if lawBefore.find(p.lang, p.text.s[max(m[0]-60, 0):m[0]]) != nil {
			continue
		}
		return found(0, m)
	}
	// A line anywhere that names the policy and ends with a date, as a
	// signature in the middle of the page's text: "CDA website Privacy
	// Policy September 8, 2003" above the site's footer.
	if m := p.lineMatch(lines, titleDate, maxTitleLine); m != nil {
		return found(0, m)
	}
	// A date standing alone just under the policy's title, wherever the
	// title is (menus and banners before it): "Privacy Policy" then
	// "November 25, 2020".
	for i, l := range lines {
		if !policyTitle.MatchString(p.text.s[l[0]:l[1]]) {
			continue
		}
		for _, n := range lines[i+1 : min(i+1+titleGap, len(lines))] {
			if m := asOfLine.find(p.lang, p.text.s[n[0]:n[1]]); m != nil {
				return found(n[0], m)
			}
		}
	}
	// A change log: its first dated entry.
	if m := p.lineMatch(lines, dateEntry, 0); m != nil {
		return found(0, m)
	}
	return missing
}

// lineMatch returns the first match of pt in one of lines no longer than
// maxLen folded bytes (any length when maxLen is 0), in text offsets, or
// nil.
func (p *Pass) lineMatch(lines [][2]int, pt pat, maxLen int) []int {
	for _, l := range lines {
		if maxLen > 0 && l[1]-l[0] > maxLen {
			continue
		}
		if m := pt.find(p.lang, p.text.s[l[0]:l[1]]); m != nil {
			return []int{m[0] + l[0], m[1] + l[0]}
		}
	}
	return nil
}

// lines returns the [start, end) folded byte ranges of the text's lines.
func (p *Pass) lines() [][2]int {
	var out [][2]int
	for start := 0; start < len(p.text.s); {
		end := strings.IndexByte(p.text.orig[p.text.offs[start]:], '\n')
		if end < 0 {
			end = len(p.text.s)
		} else {
			end = p.text.foldedAt(p.text.offs[start] + end)
		}
		out = append(out, [2]int{start, end})
		start = end + 1
	}
	return out
}

// clausesAt returns the id of the clause holding byte offset off of the
// text, as a one-element slice, or none (a date in a heading is in no clause).
func (p *Pass) clausesAt(off int) []string {
	if off < 0 {
		return nil
	}
	for i := range p.clauses {
		c := p.clauses[i].src
		if c.Start <= off && off < c.End {
			return []string{c.ID}
		}
	}
	return nil
}

// Wordings of policy.changes.
var (
	// changeTopic says the policy itself changes.
	changeTopic = both(
		`\b(?:chang|updat|modif|amend|revis|alter)\w*\b[^.;]{0,80}\b(?:this|our|the|its|these) (?:privacy |data protection |cookie )?(?:policy|notice|statement|policies|terms)\b|\b(?:this|our|the) (?:privacy |data protection |cookie )?(?:policy|notice|statement)\b[^.;]{0,80}\b(?:chang|updat|modif|amend|revis)\w*|\b(?:changes|updates|modifications|amendments|revisions) (?:to|of) (?:this|our|the) (?:privacy |data protection |cookie )?(?:policy|notice|statement|policies|terms)\b|\bnew version\b|\bmaterial changes?\b`,
		`\b(?:modifi|mett\w* a jour|mise a jour|change|evolu|amend|revis|adapt)\w*\b[^.;]{0,80}\b(?:la presente|cette|notre|la|present|ce|nos)\b\s*(?:politique|charte|notice|avis|declaration|engagement|document|conditions|informations?)|\b(?:politique|charte|notice|declaration|engagement)\b[^.;]{0,80}\b(?:modifi|mise a jour|mis\w* a jour|evolu|change|amend|revis)\w*|\bnouvelle version\b`)
	// changeHeading is a heading that titles the policy's changes alone
	// ("Changes", "7. Amendments", « Modifications », « Mises à jour »):
	// under it, "users will be informed of any amendment by e-mail" speaks
	// of the policy.
	changeHeading = both(`^[^a-z]*(?:changes|updates|amendments|modifications|revisions|policy changes|changes and updates)[^a-z]*(?: {3}|$)`,
		`^[^a-z]*(?:modifications?|mises? a jour|changements?|evolutions?|amendements?)[^a-z]*(?: {3}|$)`)
	// changeOwner is a change of the company's owner: a merger, an
	// acquisition, a bankruptcy.
	changeOwner = both(`\b(?:merger|mergers|merges?|acquisitions?|acquired by|bankruptcy|insolvency|reorgani[sz]\w*|(?:those|such|these) transactions?)\b`,
		`\b(?:fusions?|acquisitions?|rachat|faillite|redressement judiciaire|liquidation)\b`)
	// changeReaderWrites ends a text where the reader writes to the
	// company: a means after it is the reader's ("contact us by email").
	changeReaderWrites = both(`\b(?:contact|write to|reach|email|e-mail) us\b[^.;]{0,30}$`,
		`\b(?:nous contacter|contactez[- ]nous|nous ecrire|ecrivez[- ]nous)\b[^.;]{0,30}$`)
	// changeLastUpdated is a date line ("This policy was last updated on"),
	// not a word on changes to come.
	changeLastUpdated = both(`\blast (?:updated|modified|revised|amended|changed)\b`, `\bderniere (?:mise a jour|modification|revision)\b|\bmis\w* a jour (?:le|en)\b`)
	// changeNotice says users are told directly.
	changeNotice = both(
		`\bnotif(?:y|ied|ies|ying|ication)\w*|\bannounc\w*|\binform (?:you|users|our users|customers|members)\b|\blet you know\b|\btell you\b|\balert you\b|\bcontact you\b|\b(?:by|via|through|send(?:ing)? (?:you )?an?) (?:e-?mail|email|message|notice|notification|in-app)|\b(?:provide|give|send) (?:you )?(?:with )?(?:a )?(?:prior )?notice\b|\b(?:prominent|clear|conspicuous) notice\b|\bbanner\b|\bpop-?up\b|\bask (?:for )?your (?:consent|agreement)\b|\bseek your consent\b|\bobtain your consent\b|\b(?:ask|asking|invite|inviting|request|requesting) (?:you|users|them|our users) to (?:read and )?(?:accept|agree|consent|sign)\b|\b(?:next time|when) you (?:next )?(?:log|sign) (?:in|on)\b|\bsee a notice\b`,
		`\binform(?:er|erons|era|eront|ons|ez|e|es|ee|ees|erions|erait|ant)\b|\bnotifi(?:er|erons|era|ons|cation|cations|e|ee)\b|\bannonc\w*|\bavert(?:ir|irons|ira|issons)\b|\bpreven(?:ir|ons|u)\b|\bprevi(?:endrons|endra)\b|\btenir? (?:\w+ )?informe|\btiendrons (?:\w+ )?informe|\bpar (?:e-?mail|email|courriel|courrier electronique|message|notification|voie electronique)|\bbandeau\b|\bmessage\b|\bnotification\b|\b(?:recueillir|demander|solliciter|obtenir) votre (?:consentement|accord)\b|\bvous inviter\w* a (?:lire et a )?(?:accepter|approuver|consentir)\b|\bavis(?:er|erons|era|eront)\b|\blors de (?:votre|leur) (?:prochaine )?connexion\b`)
	// changePosting says the new version is only put online: the user
	// has to come back and look ("check this page").
	changePosting = both(
		`\bpost(?:ing|ed|s)?\b|\bpublish\w*|\bon this (?:page|website|site)\b|\bupdate the (?:"?last updated"?|effective|revision) date\b|\brevise the date\b|\b(?:check|review|consult|visit) (?:this|the) (?:page|policy|privacy policy)\b`,
		`\bpublica?\w*|\bmis\w* en ligne\b|\bsur (?:cette|la presente) page\b|\bsur (?:notre|le) site\b|\bdate de (?:derniere )?mise a jour\b|\b(?:consulter|verifier) (?:regulierement )?(?:cette|la presente|notre)\b`)
	// changeByPosting says the notice is the new version put online:
	// "we will notify you of any changes by posting them here".
	// So is a notice given on the policy's page: "Users will be notified of
	// any privacy policy changes on our Privacy Policy Page", and one given
	// by a new date ("we will notify you by revising the date at the top of
	// the policy").
	changeByPosting = both(`^[^.;]{0,60}?\bby (?:our )?(?:posting|publishing) (?:them|it|any (?:such )?changes|the (?:changes|updates|new\b|updated\b|revised\b|amended\b|modified\b)|such changes|these changes|an? (?:new|revised|updated)\b|updates)`+
		`|^[^.;]{0,60}?\bby (?:revising|updating|changing|amending) the (?:[\w"-]+ ){0,3}?date\b`+
		`|^\s*(?:(?:of|about) (?:any |the |such |all )?(?:[\w-]+ ){0,3}(?:changes|updates) )?on (?:our|this|the) (?:privacy (?:policy|notice|statement) )?(?:page|web ?site|site)\b`,
		`^[^.;]{0,60}?\ben (?:les |la )?publiant\b|^\s*(?:(?:de|des) (?:toute |toutes |ces )?(?:modifications?|changements?) )?sur (?:cette|la presente|notre) (?:page|site)\b`)
	// changeNoPromise ends the text before a notice word that is not a
	// promise to tell the reader: a purpose of processing in a list ("To
	// manage our relationship with you, which will include: (a) Notifying
	// you about changes to our terms"), the notice named as a document
	// ("unless otherwise provided in the notification"), the policy's own
	// purpose ("This policy is intended to inform you about how we use
	// your data", « La Politique a pour objet de vous informer sur ... »),
	// the posting that is the notice ("we will post the policy changes to
	// our Web site to notify you").
	changeNoPromise = both(`(?:\b(?:include|includes|including|such as|purposes?(?: of)?|to manage\b[^.;]{0,60})\W{0,3}(?:\(?[a-z0-9]\)\s*)?|\b(?:in|of) (?:the|such|that|this)\s*|\b(?:is (?:intended|designed|meant)|(?:aims|seeks)|purpose (?:of (?:this|the) \w+ )?is) to\s+|\b(?:post|posting|publish|publishing)\b[^.;]{0,60}\bto\s+|\b(?:post|posts|posting|publish|publishes|publishing)\b[^.;]{0,30}\bor (?:otherwise |by |through |via )?)$`,
		`(?:\b(?:notamment|comprend|comprennent|finalites?|pour gerer\b[^.;]{0,60})\W{0,3}(?:\(?[a-z0-9]\)\s*)?|\b(?:dans|de) (?:la|cette|ladite)\s*|\b(?:a pour (?:objet|but|objectif|vocation)|vise|a vocation) (?:de |d'|a )(?:vous )?|\b(?:publi|mett)\w*\b[^.;]{0,60}\b(?:pour|afin de) (?:vous )?|\bpubli\w*\b[^.;]{0,30}\bou (?:par |en )?)$`)
	// changePurpose reads a clause's text up to its notice word, a NUL,
	// then the notice word: it matches when the clause is a purpose of
	// processing, not a promise: a list
	// item or table cell that opens with the notice ("To notify you about
	// changes to our terms", "(5) Notifications of amendment to the Terms",
	// « Vous informer des modifications »), or with another purpose's verb
	// that the notice joins ("To provide our services and notify you of
	// changes", « Gérer nos relations avec nos clients ... en les informant
	// des modifications »).
	changePurpose = both(`^\W*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:to\s+\x00|\x00(?:notifying|notifications?|announc\w*)$)|^\W*(?:\(?[a-z0-9]{1,2}[.)]\s*)?to [a-z]+\b[^.;:\x00]*\b(?:and|or)\s+(?:to\s+)?\x00`,
		`^\W*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:(?:vous|les|leur) )?\x00(?:informer|notifier|avertir|prevenir|annoncer)$|^\W*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:(?:vous|les|leur|nous) )?(?:[a-z]+er|[a-z]+ir|fournir|permettre|prendre|repondre|transmettre|produire)\b[^.;:\x00]*(?:\bet|,|\ben) (?:(?:vous|les|leur) )?\x00`)
	// changeFollowUp opens a sentence that goes on about the change the
	// sentence before announced ("We may change this policy. In that case,
	// we will notify you"): translations often split one sentence in two.
	changeFollowUp = both(`^\W*(?:in (?:that|this|which|such an?|either) (?:case|event)|if (?:so|we do(?: so)?)|when (?:we do|that happens)|should (?:we|this happen))\b`,
		`^\W*(?:dans (?:ce|un tel|pareil|chaque) cas|en (?:pareil|ce) cas|le cas echeant|si tel est le cas|si nous le faisons|dans cette hypothese|dans une telle hypothese)\b`)
	// changeRef points back to the change the sentence before announced:
	// "we will inform you of these changes", « nous vous en informerons »,
	// « les personnes concernées en seront informées ».
	changeRef = both(`\b(?:of|about) (?:these|such|those|the|any) (?:changes|updates|modifications|amendments)\b|\b(?:inform|notify|tell) you (?:of|about) (?:it|them|this)\b`,
		`\bvous en (?:inform|avert|avis|previe|notifi)\w*|\bvous en tenir\b|\ben (?:serez|seront|sera|serait) (?:\w+ )?(?:inform|avert|avis|previe|notifi)\w*`)
	// changeSelfInformed reads a clause's text up to its notice word: it
	// matches when the reader is the one who keeps informed, by checking
	// the page ("We recommend that you check this page to stay informed",
	// « consultez régulièrement cette page afin de vous tenir informé de tout
	// changement »). That is the new version posted, not a notice.
	changeSelfInformed = both(`\b(?:check|review|visit|consult|read|look at|refer to|return to)\w*\b[^.;]*\b(?:to|so (?:that )?you)\b[^.;]{0,40}?\b(?:stay|remain|keep yourself|be|are)\s+(?:\w+\s+)?$`,
		`\b(?:consult|verifi|relire|lire|revoir|visit|prendre connaissance|regulierement)\w*\b[^.;]*\b(?:pour|afin d(?:e |'))\s*(?:[^.;]{0,40}?\b(?:tenir|rester|restiez|etre|soient|soyez|demeurer)\s+(?:\w+\s+)?|(?:vous |s'|se )?)$`)
	// changeMajor limits the notice to some changes only.
	// So does a notice promised as an effort only ("we will endeavour to
	// notify you", « nous nous efforcerons de vous avertir »), and one
	// kept for changes that reduce the reader's rights ("changes that
	// reduce or negatively affect your privacy rights", "changes which will
	// have an impact on you").
	changeMajor = both(
		`\b(?:material(?:ly)?|significan(?:t|tly|ce)|substantial(?:ly)?|substantive|major|important|fundamental)\b|\b(?:endeavou?r|strive|(?:reasonable|best) efforts?|do (?:our|its) best|make every effort)\b|\b(?:reduc\w*|diminish\w*|negatively|adversely|restrict\w*)\b[^.;]{0,40}\brights\b|\bhave an? (?:\w+ )?impact on you\b`,
		`\b(?:substantiel\w*|significati\w*|majeur\w*|important\w*|essentiel\w*|materiel\w*)\b|\b(?:efforcer\w*|efforcons)\b|\b(?:reduir\w*|reduis\w*|restreindr\w*|limiter)\b[^.;]{0,30}\bdroits\b`)
)

// changeReach is how many clauses after one on the policy's changes a
// clause that points back to them ("in that case", « vous en tenir
// informé ») still speaks of them: « Sachez que nous pouvons être amenés à
// modifier la Politique. [...] Quoi qu'il en soit, ne vous inquiétez pas !
// Si nous effectuons des modifications [...], nous ne manquerons pas de vous
// en tenir préalablement informé. »
const changeReach = 3

// runChanges checks policy.changes. A clause speaks of changes when it or
// its heading says the policy changes, when its heading titles changes
// alone (changeHeading), or when it comes at most changeReach clauses after
// such a clause and says "in that case", « dans ce cas », or points back to
// the change (« nous
// vous en informerons toujours en avance »). Found when such a clause says users
// will be told directly (email, notification, notice in the service) of
// changes; vague when that notice is hedged ("we may notify you") or kept
// for major changes only, when the new version is only posted, or when the
// policy only says it may change. Missing otherwise.
func runChanges(p *Pass) Result {
	var clear, vague, bare []hit
	sinceTopic := changeReach // clauses since the last one on the policy's changes
	for i := range p.clauses {
		c := &p.clauses[i]
		tm := changeTopic.findIn(p.lang, c.text.s, c.tg)
		follows := sinceTopic < changeReach && (changeFollowUp.findIn(p.lang, c.text.s, c.tg) != nil || changeRef.findIn(p.lang, c.text.s, c.tg) != nil)
		sinceTopic++
		if tm != nil {
			sinceTopic = 0
		}
		if tm == nil && !follows && changeTopic.findIn(p.lang, c.context, c.cg) == nil && changeHeading.findIn(p.lang, c.context, c.cg) == nil {
			continue
		}
		// A change of owner is not a change of the policy: "If we do
		// complete one of those transactions, we will notify you about any
		// changes or transfers".
		if changeOwner.findIn(p.lang, c.text.s, c.tg) != nil {
			continue
		}
		// "How will we inform you of changes?" asks; the answer follows.
		if strings.HasSuffix(strings.TrimSpace(c.src.Text), "?") {
			continue
		}
		// "We will not inform you" is no notice.
		// "please contact us by email at privacy@..." is the reader's way
		// to write, not a notice of changes.
		if m := findNotNegated(p, changeNotice, c.text.s, c.tg, false); m != nil && !c.negatedByLead(m) && changeReaderWrites.find(p.lang, c.text.s[max(m[0]-40, 0):m[0]]) == nil {
			// A hedge up to 60 bytes before the notice governs it ("we may
			// contact you via email in the future to tell you about
			// changes"). A condition after the notice hedges it too: « nous
			// vous en informerons, lorsque cela est nécessaire ».
			before := c.text.s[:m[0]]
			if c.hedgedNear(defaultHedges, m, 60, 30) || c.hedgedNear([]string{"conditional"}, m, 0, 200) ||
				changeMajor.findIn(p.lang, c.text.s, c.tg) != nil ||
				changeByPosting.find(p.lang, c.text.s[m[1]:]) != nil ||
				changeNoPromise.find(p.lang, before[max(m[0]-80, 0):]) != nil ||
				changeSelfInformed.find(p.lang, before) != nil ||
				changePurpose.find(p.lang, before+"\x00"+c.text.s[m[0]:m[1]]) != nil {
				vague = append(vague, hit{c, m})
			} else {
				clear = append(clear, hit{c, m})
			}
			continue
		}
		if m := changePosting.findIn(p.lang, c.text.s, c.tg); m != nil {
			vague = append(vague, hit{c, m})
			continue
		}
		if tm != nil && changeLastUpdated.findIn(p.lang, c.text.s, c.tg) == nil {
			bare = append(bare, hit{c, tm})
		}
	}
	switch {
	case len(clear) > 0:
		return result(report.StatusFound, clear)
	case len(vague) > 0:
		return result(report.StatusVague, vague)
	case len(bare) > 0:
		return result(report.StatusVague, bare)
	}
	return missing
}
