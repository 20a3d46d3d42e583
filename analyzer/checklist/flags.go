package checklist

import (
	"github.com/policylens/policylens/analyzer/report"
)

// flagRule is the common shape of a red flag: a wording in a clause,
// not negated just before, optionally with a second wording required in the
// clause or its heading, and optionally cancelled by an excusing wording.
type flagRule struct {
	cats []report.Category // clauses searched (any clause if empty)
	pat  pat
	// negatable: a negation in the words just before the match cancels it
	// ("we do not sell", "ne sont pas conservées indéfiniment").
	negatable bool
	// negInside: a negation inside the match cancels it too, for patterns
	// whose first words are the subject ("vos données ne sont pas vendues").
	negInside bool
	// also must match the clause text or its heading/lead-in as well (or,
	// with alsoBefore, the clause just before it).
	also       pat
	alsoBefore bool
	// unless cancels the match when it occurs in the clause.
	unless pat
}

func (r flagRule) run(p *Pass) Result {
	var hits []hit
	for i := range p.clauses {
		c := &p.clauses[i]
		if !c.has(r.cats) {
			continue
		}
		m := r.find(p, c.text.s, c.tg)
		if m == nil || (r.negatable && c.negatedByLead(m)) {
			continue
		}
		if !r.also.zero() && r.also.findIn(p.lang, c.text.s, c.tg) == nil && !r.alsoInContext(p, c) &&
			(!r.alsoBefore || i == 0 || r.also.findIn(p.lang, p.clauses[i-1].text.s, p.clauses[i-1].tg) == nil) {
			continue
		}
		if !r.unless.zero() && r.unless.findIn(p.lang, c.text.s, c.tg) != nil {
			continue
		}
		hits = append(hits, hit{c, m})
	}
	if len(hits) == 0 {
		return missing
	}
	return result(report.StatusFound, hits)
}

// alsoInContext reports whether r.also matches c's heading or lead-in. A
// table cell's row says what the row is about, not why the practice is
// asked ("to verify your identity" in a table of purposes is no request to
// exercise a right): for a cell only the heading counts.
func (r flagRule) alsoInContext(p *Pass, c *clause) bool {
	if c.src.InTable {
		return r.also.find(p.lang, fold(c.src.Heading).s) != nil
	}
	return r.also.findIn(p.lang, c.context, c.cg) != nil
}

// find returns the first match of r.pat in s that is not negated; g holds
// the byte pairs of s (see grams).
func (r flagRule) find(p *Pass, s string, g *grams) []int {
	if !r.negatable {
		return r.pat.findIn(p.lang, s, g)
	}
	return findNotNegated(p, r.pat, s, g, r.negInside)
}

// findNotNegated returns the first match of pt in s with no negation in the
// words just before it (nor, when inside is set, within it), or nil. g holds
// the byte pairs of s: they include those of every suffix searched.
func findNotNegated(p *Pass, pt pat, s string, g *grams, inside bool) []int {
	for off := 0; off < len(s); {
		m := pt.findIn(p.lang, s[off:], g)
		if m == nil {
			return nil
		}
		m = []int{m[0] + off, m[1] + off}
		if !negatedBefore(s, m[0]) && (!inside || !negation.MatchString(s[m[0]:m[1]])) {
			return m
		}
		off = max(m[1], m[0]+1)
	}
	return nil
}

// Flags are the red flags, in display order. Add one by adding an entry.
var Flags = []Flag{
	{
		ID: "retention.indefinite", Title: "Keeps data indefinitely", Severity: High,
		Run: flagRule{
			pat: both(
				`\bindefinite(?:ly)?\b|\bforever\b|\bin perpetuity\b|\bperpetual(?:ly)?\b|\b(?:keep|kept|retain\w*|store\w*|hold|held|preserve\w*|archive\w*)\b[^.;]{0,60}\bpermanent(?:ly)?\b|\bpermanent(?:ly)? (?:keep|kept|retain\w*|store\w*|record|archive)|\b(?:no|without (?:any )?|unlimited) (?:time )?(?:limit|limitation|period)\b[^.;]{0,30}\b(?:retention|retain|keep|kept|store|stored)\b|\b(?:retain\w*|keep|kept|stor\w+|held|hold|retention)\b[^.;]{0,60}\b(?:no|without (?:any )?) (?:time )?(?:limit|limitation|end date|expiry)\b|\bunlimited (?:period|time|duration)\b|\b(?:is|are|will be) never (?:deleted|erased|destroyed|purged)\b`,
				`\bindefiniment\b|\b(?:conserv\w+|stock\w+|gard\w+|archiv\w+)\b[^.;]{0,60}\bpour toujours\b|\bsans (?:aucune )?(?:limit(?:e|ation)) (?:de |dans le )?(?:duree|temps)\b|\bduree (?:illimitee|indeterminee|indefinie)\b|\ba titre (?:permanent|definitif)\b|\bde (?:maniere|facon) (?:permanente|illimitee|definitive)\b|\bperpetuite\b|\bsans (?:limite|limitation) de (?:duree|temps)\b|\bne (?:sont|seront|est|sera) jamais (?:supprim|effac|detrui)\w*`),
			negatable: true,
			// Also not when the word is about something else: data deleted
			// for good ("before being permanently deleted"), a licence or a
			// claim ("a perpetual, irrevocable licence", "forever barred"),
			// connections that "last forever", a text always available
			// (« mises à votre disposition, de façon permanente »).
			unless: both(`\banonymi[sz]\w*|\baggregat\w*|\bde-?identif\w*|\bno longer identif|\bpermanent(?:ly)? (?:delet|eras|remov|destr|purg)\w*|\b(?:licen[cs]e|barred)\b|\blast forever\b|\b(?:suspend|renew|block|ban|terminat|disabl)\w*\b[^.;]{0,40}\bindefinitely\b`,
				`\banonymis\w*|\bagreg\w*|\baggreg\w*|\bstatistiques anonymes|\b(?:supprim|effac|detrui)\w*\b[^.;]{0,30}\b(?:de (?:facon|maniere) (?:definitive|permanente)|definitivement)|\bde (?:facon|maniere) definitive\b[^.;]{0,10}\b(?:supprim|effac|detrui)|\ba (?:votre|la) disposition\b[^.;]{0,20}\bde (?:facon|maniere) permanente|\blicence\b`),
		}.run,
	},
	{
		ID: "cookies.dnt_ignored", Title: "Ignores Do Not Track", Severity: Medium,
		Run: flagRule{
			pat: both(
				`\b(?:not|n't|no longer|neither)\s+(?:\w+\s+){0,4}(?:respond|honou?r|recogni[sz]e|support|react|act on|alter|change|process|treat|comply|follow|read|accept|obey)\w*|\bignor\w+|\bno (?:uniform|industry|common|standard|consensus)\b`,
				`\bne (?:\w+ ){0,3}(?:repond|tien|tenons|reconnai|prend|prenn|support|trait|reagi|modifi|change|suivon|suit|honor|respect|accept)\w*|\bpas (?:en compte|pris en (?:charge|compte)|configure pour)|\bignor\w+|\baucun(?:e)? (?:standard|norme|consensus)\b`),
			also: same(`\bdo[- ]not[- ]track\b|\bdnt\b|\bne pas (?:me )?(?:pister|suivre|tracer)\b|\bnon[- ](?:suivi|pistage|tracage)\b|\brefus de suivi\b|\bglobal privacy control\b`),
		}.run,
	},
	{
		ID: "policy.continued_use", Title: "Continued use counts as accepting changes", Severity: Medium,
		Run: firstOf(
			// "Your continued use/usage/access/participation ... constitutes
			// acceptance / is deemed acceptance / will be subject to the
			// revised policy": continuing names the later use, so no change
			// need be named (real labels flag it 29 times in 29 on train and
			// dev, with or without one).
			flagRule{pat: both(
				`\b(?:your |the )?continu(?:ed|ing)\s+(?:use|usage|access|participation|visits?)\b(?:[^.;]|\.\w){0,160}\b(?:accept\w*|agree\w*|consent\w*|constitut\w*|deemed|bound|signif\w*|subject to (?:the |this |any |such )?(?:revised|updated|amended|modified|changed|new|then[- ]current))\b`,
				`\b(?:votre |l')?(?:utilisation|usage|acces|navigation) continue\b(?:[^.;]|\.\w){0,120}\b(?:accept\w*|consent\w*|vaut|vaudra|signifi\w*|implique\w*|constitu\w*|indique\w*)\b`)}.run,
			flagRule{
				pat: both(
					or(`\b(?:continu\w*|keep)\s+(?:to\s+)?(?:use|using|access|accessing|visit|visiting|browse|browsing|participation|participating)\b[^.;]{0,160}\b(?:accept\w*|agree\w*|consent\w*|constitutes?|bound|deemed|acknowledg\w*|signif\w*|indicat\w*|means?)\b`,
						// "By using any of the Services, you acknowledge the terms of the updated Privacy Policy".
						`\bby (?:continuing to )?(?:using|accessing|visiting)\b[^.;]{0,80}\byou (?:acknowledge|accept|agree to|consent to)\b[^.;]{0,60}\b(?:updated|revised|amended|modified|changed|new) (?:privacy )?(?:policy|notice|statement|terms|version)`,
						`\b(?:accept\w*|agree\w*|deemed|consent\w*)\b[^.;]{0,120}\b(?:if|when|by) (?:you )?continu\w*\b`,
						`\bif you (?:agree|accept|consent)\b[^.;]{0,60}\bcontinu\w* (?:to )?(?:use|using|access)`,
						// "By visiting or using this Online Service, you agree to
						// the terms of this policy as they may be amended from time
						// to time", "By using Nabble, you understand and accept the
						// most recent version of this policy", "We will assume you
						// agree to the new version of the policy if you use the site".
						`\bby (?:visiting|using|accessing|browsing)\b[^.;]{0,80}\byou (?:\w+ and )?(?:agree|accept|consent)\w*\b[^.;]{0,60}\b(?:as (?:it|they) (?:may be|are|is) (?:amended|updated|revised|modified|changed)|(?:most recent|latest|then[- ]current) version)`,
						`\b(?:assume|deem|consider)\w* (?:that )?you (?:agree|accept|consent)\w*\b[^.;]{0,80}\bif you (?:continue to )?(?:use|access|visit)`,
						// "Any changes ... upon posting. Your use of the Site constitutes your agreement to this Privacy Policy."
						`\byour use of (?:the |this |our )?(?:[^.;]|\.\w){1,40}?\b(?:constitutes|signifies|indicates|means) your (?:agreement|acceptance|consent)\b`,
						`\b(?:use|using|access\w*) (?:of )?(?:the |our |this )?[\w-]+\b[^.;]{0,100}\b(?:constitut\w*|deemed|signif\w*|means?|indicat\w*|be worth|implies|entails?|amounts? to)\b[^.;]{0,40}\b(?:accept\w*|agree\w*|consent\w*|recognition)\b[^.;]{0,40}\b(?:chang\w*|modif\w*|updat\w*|revis\w*|amend\w*|new (?:version|terms))`),
					or(`\b(?:poursui\w+|continu\w+|maintien)\s+(?:a |de |d')?(?:l'|la |le |votre )?(?:utilis\w+|acce\w+|navigu\w+|navigation|usage)\b[^.;]{0,160}\b(?:accept\w*|consent\w*|vaut|vaudra|signifi\w*|emport\w*|repute\w*|considere\w*|adhesion|approuv\w*)\b`,
						`\b(?:accept\w*|repute\w*|considere\w*)\b[^.;]{0,120}\b(?:si vous continuez|en continuant|en poursuivant)\b`,
						`\b(?:utilisation|usage|acces)\b[^.;]{0,100}\b(?:vaut|vaudra|emport\w*|signifi\w*|implique\w*|constitu\w*)\b[^.;]{0,30}\b(?:accept\w*|acquiescement|adhesion|approbation)\b[^.;]{0,40}\b(?:modifi\w*|changement\w*|mises? a jour|nouvelle (?:version|declaration|politique|charte))`)),
				// The change may be named in the clause ("after the changes"),
				// only in its heading, or in the sentence just before ("We may
				// revise this policy. Your continued use ... is deemed your
				// acceptance").
				also:       both(`\b(?:chang|modif|updat|revis|amend|new version|new terms)|\bsuch notice\b`, `\b(?:modifi|mise a jour|mises a jour|changement|evolution|nouvelle version|revision)`),
				alsoBefore: true,
			}.run),
	},
	{
		ID: "rights.id_copy", Title: "Asks for a copy of an ID document", Severity: Medium,
		Run: flagRule{
			pat: both(
				`\b(?:cop(?:y|ies)|scan(?:ned)?|photo(?:copy|graph)?|picture|image)\s+of\s+(?:your|a|an|the|any)\s+(?:valid\s+)?(?:official\s+)?(?:government[- ]issued\s+|photo\s+){0,2}(?:id\b|identity|identification|passport|driver'?s licen[cs]e|driving licen[cs]e|national id)`+
					`|\b(?:provide|providing|send|sending|submit|submitting|enclose|enclosing|attach|attaching|include|including|request|ask for|require)\b\s+(?:[^\s.;]+\s+){0,6}?(?:proof of (?:your )?identity|(?:official )?identity documents?)\b`+
					// "proof of identity may be requested", "we may require proof of or need to
					// verify your identity": the proof asked for, whatever the verb (real labels:
					// 10 of the 11 train and dev policies that name one are raised).
					`|\bproofs? of (?:or need to verify )?(?:your |his or her |their |the requester'?s? )?(?:own )?identi(?:ty|fication)\b`,
				`\b(?:copie|photocopie|scan|photo)\s+(?:recto[- ]verso\s+)?(?:d'une|de votre|de la|d'un|de l'|de sa|de son|du)\s+(?:(?:piece|carte|titre|justificatif|document)\s+(?:officiel(?:le)?\s+)?(?:d'identite|nationale|de sejour|attestant (?:de )?(?:votre|son|sa|leur) identite)|passeport|permis de conduire)|\b(?:joindre|accompagne\w*|munie?s?|justifi\w+)\b[^.;]{0,60}\b(?:piece|carte|titre|justificatif|document) (?:officiel(?:le)? )?d'identite`+
					// « un justificatif d'identité », « une preuve de votre identité ».
					`|\b(?:fourni\w*|transmet\w*|envoy\w*|produi\w*|communiqu\w*|present\w*|joign\w*|joindre|demand\w*|sollicit\w*|exig\w*|a l'aide)\b\s+(?:[^\s.;]+\s+){0,6}?(?:justificatif|piece|preuve)(?: justificative)? (?:officielle? )?(?:de (?:votre |son |sa )?|d')identite\b`),
			negatable: true,
			// Asked for when exercising a right, not to open an account.
			also: both(`\brequest|\bright|\bexercis|\baccess|\bdelet|\bverify your identity`,
				`\bdemande|\bdroit|\bexerc|\bacces|\bsuppr|\bverifier votre identite`),
		}.run,
	},
	{
		ID: "sharing.sells_data", Title: "Sells personal data", Severity: High,
		Run: flagRule{
			pat: both(
				`\b(?:we|company|companies|may|might|will|can|also|to)\s+(?:also\s+)?(?:sell|rent|trade|lease)\s+(?:or\s+\w+\s+)?(?:(?:some|all|certain|any)\s+(?:of\s+)?)?(?:your|the|such|this|these|that|users'?|customer|our (?:users'|customers'))\s+(?:personal\s+)?(?:data|information|details|info|email addresses|contact)|\b(?:your|users'?|customer)\s+(?:personal\s+)?(?:data|information)\s+(?:is|are|may be|will be|can be|might be)\s+(?:sold|rented)\b|\bsell(?:s|ing)? (?:personal|user|customer) (?:data|information)\b`+
					// "we may have sold the following categories of information",
					// "share, transfer, and sell (for California residents) your
					// personal data", "available on a rental or other basis".
					`|\b(?:we|we've|we have|may)\s+(?:may\s+)?(?:have\s+)?sold\s+(?:the\s+following\s+)?(?:categories\s+of\s+)?(?:your\s+)?(?:personal\s+)?(?:information|data)\b`+
					`|\b(?:share|disclose|transfer|use)\w*,?\s+(?:\w+,\s+)?(?:and|or)\s+sell\s+(?:\([^)]{0,40}\)\s+)?(?:your|users'?|customers'?)\s+(?:personal\s+)?(?:data|information)\b`+
					`|\bavailable on a rental\b`+
					// "We rent and sell our subscriber lists", "your email
					// address, which we also use to send receipts, is sold".
					`|\b(?:we|may|will|also)\s+(?:\w+\s+)?(?:rent|sell|trade|lease)(?:\s+(?:and|or)\s+(?:rent|sell|trade|lease))?\s+(?:our\s+|your\s+)?(?:subscriber|mailing|customer|e-?mail|contact|member)\s+(?:lists?|databases?)\b`+
					`|\byour\s+(?:[\w-]+\s+){0,2}(?:data|information|details|address|addresses)\b,[^.;]{0,60}?,\s+(?:is|are|will be|may be|can be)\s+(?:sold|rented)\b`,
				// « nous vendons certaines de vos données », « nous pouvons louer
				// vos coordonnées », « nous commercialisons notre fichier
				// clients », « vos renseignements sont vendus ».
				`\b(?:nous|pouvons|pourrons|pourrions|peut|pouvant)\s+(?:\w+\s+){0,2}?(?:vend\w*|lou\w*|commercialis\w*|monnay\w*|ced\w+ a titre onereux)\s+(?:[\w']+\s+){0,3}?(?:donnees|informations|coordonnees|renseignements|fichiers?)`+
					`|\b(?:vos|les|ces) (?:donnees|informations|coordonnees|renseignements)\b[^.;]{0,30}\b(?:sont|seront|peuvent etre|pourront etre|pourraient etre)\s+(?:\w+\s+)?(?:vendu|loue|commercialise|monnaye|cede\w* a titre onereux)\w*`+
					// « nous avons pu vendre … vos données », « partager et vendre vos données ».
					`|\b(?:avons|aurions|aurons)\s+(?:pu\s+)?vendu\w*\b[^.;]{0,40}\b(?:donnees|informations)\b`+
					`|\b(?:partag|transmet|transf|communiqu)\w*,?\s+(?:\w+,\s+)?(?:et|ou)\s+(?:de\s+)?vend\w*\s+vos\s+(?:donnees|informations)\b`),
			negatable: true,
			negInside: true,
			// Not a sale of data: the business sold with its assets ("in a
			// merger ... your information may be sold or transferred as part
			// of such a transaction"), a question ("Do we sell your personal
			// information?"), a condition ("the right to ask if we sell ...").
			unless: both(`\b(?:merger|acquisition|bankruptcy|insolvency|reorgani[sz]ation|receivership|sale of (?:all |some |part |substantially )?(?:of )?(?:our |its |the )?(?:assets|business|company|stock)|as part of (?:such|that|the|a|any) (?:transaction|sale|transfer))\b|^\W*(?:do|does|did|will) (?:we|you|they|\w+) (?:ever )?(?:sell|rent)\b[^?]*\?|\b(?:if|whether) (?:we|we've|we have) (?:ever )?(?:sell|rent|sold)\b|\bto whom (?:we|it) (?:have |has |may have )?(?:sold|disclosed|shared)\b`,
				`\b(?:fusion|acquisition|faillite|redressement|liquidation|restructuration|cession (?:de (?:tout ou partie de )?(?:nos |ses |des )?actifs|d'(?:activite|entreprise)))\b|^\W*(?:vendons|louons)-nous\b`),
		}.run,
	},
}
