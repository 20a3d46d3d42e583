package vague

import (
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
)

var (
	frCertainBefore = words(`est sont être été était soit suis sommes êtes très bien pas plus moins tout assez`)
	frTelAfter      = words(`nous vous il ils elle elles on je l'on qu' que défini définie définis définies décrit décrite décrits décrites prévu prévue prévus prévues requis requise mentionné mentionnée mentionnés mentionnées indiqué indiquée indiqués indiquées modifié modifiée modifiés modifiées visé visée visés visées`)
	frDiffAfter     = words(`de d' des du à au aux selon pour en dans que qu' et ou par sur avec entre`)
	frCommeBefore   = words(`tel tels telle telles ainsi tout de même est sont être considéré considérée considérés considérées traité traitée traités traitées utilisé utilisée utilisés utilisées qualifié qualifiée qualifiés qualifiées défini définie définis définies agir agit agissons`)
	frNotListAfter  = words(`sur pour en dans à au aux lorsque lorsqu' si quand afin par`)
	frCommeVerbs    = words(`prévoit prévoient exige exigent indique indiquent précise précisent permet permettent autorise autorisent décrit décrivent mentionne mentionnent stipule requiert impose imposent veut prévu indiqué décrit mentionné`)
	frDeterminers   = words(`le la les l' un une des du de d' vos votre nos notre ses son sa leur leurs ces ce cet cette certains certaines`)
)

// rulesFR are the French rules.
var rulesFR = []Rule{
	// modality
	{
		ID: "fr.modality.pouvoir", Kind: Modality, Lang: lang.French,
		Doc: "Forms of pouvoir (peut, peuvent, pouvons, pourrions, pourra, pouvant, ...) when they hedge what the company, its partners or the data do (\"nous pouvons partager\", \"vos données peuvent être transmises\", \"il peut vous être demandé\"). " +
			"Not vague: a permission for the reader (\"vous pouvez exercer vos droits\", \"les clients peuvent lire\"), a negation (\"nous ne pourrons pas\"), a capability in a definition (\"informations pouvant être utilisées pour identifier\"). The verb alone is marked.",
		Phrases: phrases(`peut|peuvent|pouvons|pourrons|pourrions|pourra|pourront|pourrait|pourraient|pouvant|puisse|puissent|puissions|pouvait|pouvaient|pouvions|pouvez|pourrez|pourriez|puissiez|peux|pourras|pouviez`),
		Accept:  acceptModalFR,
	},
	{
		ID: "fr.modality.peut_etre", Kind: Modality, Lang: lang.French,
		Doc:     "\"peut-être\" (perhaps) hedges whatever it qualifies.",
		Phrases: phrases(`peut-être`),
	},
	{
		ID: "fr.modality.susceptible", Kind: Modality, Lang: lang.French,
		Doc:     "\"susceptible(s) de\" hedges a practice (\"vos données sont susceptibles d'être transmises\"); not in a definition (\"susceptibles de vous identifier\") nor negated.",
		Phrases: phrases(`susceptible|susceptibles de|d'`),
		Accept: func(m Match) bool {
			for j := m.First - 1; j >= 0 && m.First-j <= 3; j-- {
				if frNegation[m.Tokens[j].Lower] {
					return false
				}
			}
			return !within(m, m.Last, 5, frIdentify)
		},
	},
	{
		ID: "fr.modality.amene", Kind: Modality, Lang: lang.French,
		Doc:     "\"être amené à\" (may have to) hedges a practice (\"nous sommes amenés à transmettre\"); marked with its auxiliary. After a form of pouvoir only the pouvoir form is marked (\"pouvons être amenés à\").",
		Phrases: phrases(`être|est|sont|sera|seront|serait|seraient|sommes|serons|serions|soit|soient|étant? amené|amenée|amenés|amenées à`),
		Accept: func(m Match) bool {
			for j := m.First - 1; j >= 0 && m.First-j <= 3; j-- {
				w := m.Tokens[j].Lower
				if frPouvoir[w] || frNegation[w] {
					return false
				}
			}
			return true
		},
	},
	// conditional
	{
		ID: "fr.conditional.besoin", Kind: Conditional, Lang: lang.French,
		Doc: "Conditions the reader cannot check: le cas échéant, si nécessaire, si besoin, au besoin, en tant que de besoin, selon le cas, s'il y a lieu, lorsque cela est nécessaire / approprié, dans la mesure du possible, sous certaines conditions. " +
			"Unlike the English rules, legal conditions are marked too (\"lorsque la loi l'exige\", \"sauf obligation légale contraire\"), as the French gold labels do.",
		Phrases: phrases(`le_cas_échéant`, `si|lorsque|lorsqu'|quand|dès_lors_que cela_est|c'est|ce_sera|cela_s'avère|il_y_a_lieu|? nécessaire|approprié|requis|possible|utile|pertinent|opportun`, `si besoin est?`, `au besoin`, `en_cas_de besoin`, `en_tant_que_de_besoin`, `selon le|les cas`, `s'il_y_a_lieu`, `dans_la_mesure du_possible|nécessaire`, `dans_la_mesure où cela_est|c'est nécessaire|possible|requis`, `dans_la_mesure permise|autorisée`, `sous|dans|en certaines conditions|circonstances|hypothèses`,
			`lorsque|lorsqu'|si|quand|dès_lors_que la_loi|la_réglementation applicable|en_vigueur? l'exige|l'impose|le_requiert`,
			`si|lorsque la_loi ou un_contrat l'exige|l'exigent`, `sauf si la_loi nous|vous? l'interdit`, `sauf obligation légale|réglementaire contraire`),
	},
	// generalisation
	{
		ID: "fr.generalisation.adverb", Kind: Generalisation, Lang: lang.French,
		Doc:     "Statements that hold only in general: en général, généralement, habituellement, normalement, en principe, en règle générale, la plupart du temps, dans la plupart des cas, le plus souvent, souvent.",
		Phrases: phrases(`en général`, `généralement|habituellement|normalement|typiquement|ordinairement|souvent|majoritairement`, `en principe`, `en_règle_générale`, `la_plupart_du_temps`, `dans la_plupart|la_majorité des cas`, `le_plus_souvent`, `d'ordinaire`),
	},
	// quantifier
	{
		ID: "fr.quantifier.certain", Kind: Quantifier, Lang: lang.French,
		Doc:     "certain(e)(s) before a noun or \"de\" (\"certaines données\", \"certains de nos e-mails\", \"un certain nombre\"); not \"certain que\" or \"il est certain\".",
		Phrases: phrases(`certain|certaine|certains|certaines`),
		Accept: func(m Match) bool {
			n := m.Next(1)
			if !isWord(n) || n == "que" || n == "qu'" || frCertainBefore[m.Prev(1)] {
				return false
			}
			w := m.Lower(m.First)
			if w == "certain" || w == "certaine" {
				// the singular is a quantifier only after "un"/"une"
				p := m.Prev(1)
				return p == "un" || p == "une" || p == "d'un" || p == "d'une"
			}
			return true
		},
	},
	{
		ID: "fr.quantifier.plusieurs", Kind: Quantifier, Lang: lang.French,
		Doc:     "plusieurs, divers(es), quelques, de nombreux/nombreuses, différent(e)s before a noun: an unnamed set of data, partners, purposes or cases. \"différents\" after its noun (\"des services différents de\") means different, not various.",
		Phrases: phrases(`plusieurs|divers|diverses|quelques|nombreux|nombreuses`, `de nombreux|nombreuses`, `différents|différentes`),
		Accept: func(m Match) bool {
			w, n := m.Lower(m.First), m.Next(1)
			switch w {
			case "différents", "différentes":
				// before its noun it means various; after it ("des services
				// différents de ...") it means different
				return isWord(n) && !frDiffAfter[n] && !frCertainBefore[m.Prev(1)] && m.Prev(1) != "un" && m.Prev(1) != "une"
			case "nombreux", "nombreuses":
				return isWord(n) // "les nombreux partenaires"; "ils sont nombreux." is not a set
			case "quelques":
				// "à quelques mètres près" is a precision, not a set
				return isWord(n) && !(m.Prev(1) == "à" && within(m, m.Last, 3, words("près")))
			}
			return true
		},
	},
	{
		ID: "fr.quantifier.autres", Kind: Quantifier, Lang: lang.French,
		Doc: "\"d'autres\" / \"autres\" before unnamed recipients, sources, purposes or places (\"d'autres partenaires\", \"à d'autres fins\", \"d'autres pays\"). " +
			"Unlike English \"other\", \"d'autres données\" and \"autres technologies\" are left out, as in the French gold labels; \"l'un ou l'autre\", \"autre que\", \"nos autres produits\" too.",
		Phrases: phrases(`d'autres`, `autres`),
		Accept:  acceptAutresFR,
	},
	// open list
	{
		ID: "fr.open_list.notamment", Kind: OpenList, Lang: lang.French,
		Doc:     "Markers of a sample list: notamment, par exemple, entre autres, y compris (sans s'y limiter), à titre d'exemple, non exhaustive, etc.",
		Phrases: phrases(`notamment`, `par exemple`, `p._ex.|p.ex.`, `entre autres`, `y compris ,? mais? sans s'y_limiter`, `y compris`, `sans s'y_limiter`, `à_titre d'exemple|indicatif`, `non exhaustive|exhaustif|limitative|limitatif`, `non-exhaustive|non-exhaustif|non-limitative|non-limitatif`, `etc.|etc`),
		Accept: func(m Match) bool {
			// "En savoir plus, notamment sur ...", "y compris comment les
			// désactiver": a focus, not a list of items
			w := m.Lower(m.First)
			if w == "notamment" || w == "y" {
				return !frNotListAfter[m.Next(1)]
			}
			return true
		},
	},
	{
		ID: "fr.open_list.tel_que", Kind: OpenList, Lang: lang.French,
		Doc:     "tel(s)/telle(s) que before a list (\"des données telles que votre nom\"); not \"tel que défini\" nor \"tel que vous l'avez fourni\".",
		Phrases: phrases(`tel|tels|telle|telles que|qu'`),
		Accept: func(m Match) bool {
			n := m.Next(1)
			return isWord(n) && !frTelAfter[n]
		},
	},
	{
		ID: "fr.open_list.comme", Kind: OpenList, Lang: lang.French,
		Doc: "\"comme\" introducing examples: after a comma or a bracket (\"des données supplémentaires, comme un pseudo\", \"(comme votre ordinateur)\"), or after a noun before a list of several items (\"des technologies comme les cookies, les pixels et ...\"); always before a determiner. " +
			"\"comme\" meaning because/as is left out (\"Comme ces informations ...\", \"considérées comme\", \"comme le prévoit la loi\").",
		Phrases: phrases(`comme`),
		Accept: func(m Match) bool {
			p, n := m.Prev(1), m.Next(1)
			if !frDeterminers[n] || frCommeVerbs[m.Next(2)] || frCommeBefore[p] {
				return false
			}
			if p == "," || p == "(" {
				return m.First > 1 // not the start of the sentence
			}
			return isWord(p) && !strings.HasSuffix(p, "é") && !strings.HasSuffix(p, "ée") && !strings.HasSuffix(p, "és") && !strings.HasSuffix(p, "ées") && listFollows(m)
		},
	},
	{
		ID: "fr.open_list.dont", Kind: OpenList, Lang: lang.French,
		Doc:     "\"dont\" meaning including, after a comma and before a list (\"des tiers, dont les fournisseurs de contenus, les opérateurs ... et les éditeurs\"); the relative pronoun (\"les données dont nous avons besoin\") is left out.",
		Phrases: phrases(`dont`),
		Accept: func(m Match) bool {
			return m.Prev(1) == "," && frDeterminers[m.Next(1)] && listFollows(m)
		},
	},
	// open time
	{
		ID: "fr.open_time.frequency", Kind: OpenTime, Lang: lang.French,
		Doc:     "Frequencies with no bound: de temps à autre, de temps en temps, parfois, occasionnellement, périodiquement.",
		Phrases: phrases(`de_temps_à_autre`, `de_temps_en_temps`, `parfois|occasionnellement|périodiquement|quelquefois`),
		Accept: func(m Match) bool {
			// "parfois appelé" names something, it says no frequency
			return !hasPrefixIn(m.Next(1), "appel", "nomm", "dénomm", "désign")
		},
	},
	{
		ID: "fr.open_time.tout_moment", Kind: OpenTime, Lang: lang.French,
		Doc: "\"à tout moment\" when the company acts (\"nous pouvons modifier cette politique à tout moment\"): no notice period. Granting the reader a right (\"vous pouvez retirer votre consentement à tout moment\") it is not vague. " +
			"English has no such rule: the English gold labels leave \"we may amend this policy at any time\" unmarked.",
		Phrases: phrases(`à tout moment`),
		Accept:  companyActs,
	},
	{
		ID: "fr.open_time.duration", Kind: OpenTime, Lang: lang.French,
		Doc: "Durations with no bound: aussi longtemps que nécessaire, pendant la durée nécessaire, le temps nécessaire, tant que nécessaire, tant que nous en avons besoin, une durée raisonnable, de longues périodes, un certain temps, n'excédant pas celle nécessaire.",
		Phrases: phrases(
			`pendant|pour? aussi_longtemps_que|tant_que cela_est|c'est|cela_sera|il_est|? strictement? nécessaire|utile|requis|approprié`,
			`pendant|pour? toute? la durée|période strictement? nécessaire|utile|requise|appropriée`,
			`pendant|pour? le temps strictement? nécessaire|utile|requis`,
			`pendant|pour? une durée|période raisonnable`,
			`pas plus_longtemps_que cela_est|? strictement? nécessaire`,
			`n'excédant pas celle|la_durée strictement? nécessaire`,
			`de longues|longues périodes|durées`, `un certain temps`,
			`tant_que|aussi_longtemps_que nous en avons|aurons|aurions besoin`,
		),
	},
}

var (
	frAutresHeads = words(`partenaires tiers sociétés entreprises entités sources fins finalités prestataires
		destinataires organismes organisations fournisseurs annonceurs sous-traitants filiales pays territoires`)
	frQuantifiers = words(`certains certaines plusieurs quelques divers diverses nombreux nombreuses différents différentes`)
	frAutresStop  = words(`, ; : . ( ) et ou de d' du des que qu' qui à pour avec par dans`)
)

// acceptAutresFR keeps "(d')autres" when its noun, within a few words, is
// one of frAutresHeads.
func acceptAutresFR(m Match) bool {
	if m.Lower(m.First) == "autres" {
		if p := m.Prev(1); p == "les" || p == "nos" || p == "vos" || p == "ses" || p == "leurs" || p == "des" {
			return false // "les autres" names the rest of a known set
		}
	}
	if frQuantifiers[m.Prev(1)] {
		return false // "certains autres pays": the quantifier carries it
	}
	for j := m.Last + 1; j < len(m.Tokens) && j <= m.Last+3; j++ {
		w := m.Tokens[j].Lower
		if frAutresHeads[w] {
			return true
		}
		if frAutresStop[w] {
			return false
		}
	}
	return false
}

// listFollows reports whether a list (a comma, then "et"/"ou") follows the
// match before the sentence ends.
func listFollows(m Match) bool {
	comma := false
	for j := m.Last + 1; j < len(m.Tokens) && j <= m.Last+20; j++ {
		switch m.Tokens[j].Lower {
		case ",":
			comma = true
		case "et", "ou":
			if comma {
				return true
			}
		case ".", ";", ":", ")":
			return false
		}
	}
	return false
}

// Rules are all the rules, English then French. Read-only: Find reads it.
var Rules = append(append([]Rule(nil), rulesEN...), rulesFR...)
