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
		Doc: "\"susceptible(s) de\" hedges a practice (\"vos données sont susceptibles d'être transmises\", \"nous sommes susceptibles, entre autres, de fournir\"); the adjective alone is marked, as the French gold labels do. " +
			"Not vague: negated, in a definition (\"susceptibles de vous identifier\"), the reader's own likelihood (\"les produits que vous êtes susceptible de vouloir acheter\"), what may interest the reader (\"des produits susceptibles de vous intéresser\"), and the legal condition on a breach (\"si la violation est susceptible d'engendrer un risque\").",
		Phrases: phrases(`susceptible|susceptibles`),
		Accept:  acceptSusceptibleFR,
	},
	{
		ID: "fr.modality.possible", Kind: Modality, Lang: lang.French,
		Doc:     "\"il est possible que\" hedges what follows (\"il est possible que nous utilisions votre adresse e-mail\"); \"il est possible de\" (the reader can) is left out.",
		Phrases: phrases(`il est possible`),
		Accept: func(m Match) bool {
			n := m.Next(1)
			return n == "que" || n == "qu'"
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
		Doc: "Conditions the reader cannot check: le cas échéant, si nécessaire, si besoin, au besoin, selon les besoins, en tant que de besoin, selon le cas, s'il y a lieu, lorsque cela est (techniquement) nécessaire / approprié / possible, pourvu que cela soit techniquement possible, sous réserve de la loi applicable, dans la mesure du possible, sous certaines conditions. " +
			"Unlike the English rules, legal conditions are marked too (\"lorsque la loi l'exige\", \"sauf obligation légale contraire\"), as the French gold labels do.",
		Phrases: phrases(`le_cas_échéant`, `si|lorsque|lorsqu'|quand|dès_lors_que cela_est|c'est|ce_sera|cela_s'avère|cela_s'avérait|il_y_a_lieu|? techniquement? nécessaire|approprié|requis|possible|utile|pertinent|opportun`, `pourvu_que cela_soit|c'est techniquement? possible|nécessaire`, `si besoin est?`, `au besoin`, `selon les_besoins`, `sous_réserve de_la_loi|législation|réglementation applicable|en_vigueur`, `en_cas_de besoin`, `en_tant_que_de_besoin`, `selon le|les cas`, `s'il_y_a_lieu`, `dans_la_mesure du_possible|nécessaire`, `dans_la_mesure où cela_est|c'est nécessaire|possible|requis`, `dans_la_mesure permise|autorisée`, `sous|dans|en certaines conditions|circonstances|hypothèses`,
			`lorsque|lorsqu'|si|quand|dès_lors_que la_loi|la_réglementation applicable|en_vigueur? l'exige|l'impose|le_requiert`,
			`si|lorsque la_loi ou un_contrat l'exige|l'exigent`, `sauf si la_loi nous|vous? l'interdit`, `sauf obligation légale|réglementaire contraire`),
	},
	{
		ID: "fr.conditional.legal", Kind: Conditional, Lang: lang.French,
		Doc: "Limits set by law without saying what they are, marked whole as the French gold labels do: dans les conditions / limites prévues par la législation applicable, dans les conditions légales prévues, dans les cas prévus par la loi, dans la mesure où cela est autorisé par la loi, dans la mesure où la loi applicable le permet, dans la limite exigée ou autorisée par la loi, dans la limite de ce qui est nécessaire, si le traitement est nécessaire au respect d'une obligation légale, lorsque nous sommes juridiquement tenus, s'il est requis par la loi, en cas d'obligation légale. " +
			"\"dans la mesure où\" before a condition the reader can check (\"dans la mesure où le traitement repose sur un consentement\") is left out.",
		Phrases: phrases(
			`dans_les conditions|limites|cas spécifiques? légales|légaux? prévues|prévus|prévu|fixées|définies par la|les loi|législation|réglementation|règlementation applicable|en_vigueur?`,
			`dans_les conditions|limites|cas spécifiques? légales|légaux? prévues|prévus|prévu|fixées|définies par les dispositions légales|légales_et_réglementaires|réglementaires`,
			`dans_les conditions|cas légales|légaux prévues|prévus`,
			`dans_la_mesure_où cela_est|c'est|il_est autorisé|permis|requis|exigé|requis_(ou_autorisé)|autorisé_ou_requis|exigé_ou_autorisé par_la_loi|par_la_réglementation applicable?`,
			`dans_la_mesure_où la loi|réglementation applicable|en_vigueur? le_permet|l'autorise|l'exige|le_prévoit`,
			`dans_la_limite de la loi|législation|réglementation applicable|en_vigueur`,
			`dans_la_limite exigée|autorisée|permise|prévue ou_autorisée|ou_exigée? par_la_loi`,
			`dans_la_limite de_ce_qui_est strictement? nécessaire`,
			`dans_la_mesure appropriée|nécessaire et_légalement_autorisée`,
			`si|lorsque|lorsqu' le_traitement|il|cela est nécessaire au_respect_d'une_obligation_légale|au_respect_des_obligations_légales`,
			`si|lorsque|lorsqu' le_traitement|il|cela est nécessaire pour se_conformer aux_lois_applicables|à_une_obligation_légale|à_nos_obligations_légales applicable?`,
			`s'il|lorsqu'il est requis|exigé|imposé par_la_loi`,
			`lorsque|lorsqu'|si nous sommes légalement|juridiquement tenus|obligés`,
			`en_cas_d'obligation légale|réglementaire`,
		),
	},
	// generalisation
	{
		ID: "fr.generalisation.adverb", Kind: Generalisation, Lang: lang.French,
		Doc:     "Statements that hold only in general: en général, généralement, habituellement, normalement, principalement, essentiellement, en principe, en règle générale, la plupart du temps, dans la plupart des cas, le plus souvent, souvent.",
		Phrases: phrases(`en général`, `généralement|habituellement|normalement|typiquement|ordinairement|souvent|majoritairement|principalement|essentiellement`, `plus généralement`, `d'une_manière|façon générale`, `en principe`, `en_règle_générale`, `la_plupart_du_temps`, `dans la_plupart|la_majorité des cas`, `le_plus_souvent`, `d'ordinaire`),
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
			case "plusieurs":
				// "un ou plusieurs" is any number; "plusieurs options" offered
				// to the reader are choices; "plusieurs données sont
				// collectées : ..." names the set after a colon
				p := m.Prev(1)
				if p == "ou" && (m.Prev(2) == "un" || m.Prev(2) == "une" || m.Prev(2) == "d'un" || m.Prev(2) == "d'une") {
					return false
				}
				return !frChoices[n] && !colonFollows(m)
			case "quelques":
				// "à quelques mètres près" is a precision, not a set
				return isWord(n) && !(m.Prev(1) == "à" && within(m, m.Last, 3, words("près")))
			}
			return true
		},
	},
	// open list
	{
		ID: "fr.open_list.notamment", Kind: OpenList, Lang: lang.French,
		Doc:     "Markers of a sample list: notamment, en particulier, par exemple, par ex., e.g., entre autres, y compris (sans s'y limiter), à titre d'exemple, non exhaustive, etc.",
		Phrases: phrases(`notamment`, `en particulier`, `par exemple`, `p._ex.|p.ex.|par_ex.`, `e.g.|e.g`, `entre autres`, `y compris ,? mais? sans s'y_limiter`, `y compris`, `sans s'y_limiter`, `à_titre|a_titre d'exemple|indicatif`, `non exhaustive|exhaustif|limitative|limitatif`, `non-exhaustive|non-exhaustif|non-limitative|non-limitatif`, `etc.|etc`),
		Accept: func(m Match) bool {
			// "En savoir plus, notamment sur ...", "plus d'informations sur
			// ..., notamment vos paramètres": a pointer to more reading, not
			// a list of practices. Elsewhere "notamment" and "y compris" open
			// whatever follows, a list, a purpose or a condition ("notamment
			// en cas de litige", "y compris pour fournir nos Services"), as
			// the French gold labels mark them.
			w := m.Lower(m.First)
			if w == "notamment" || w == "y" {
				return !frPointer(m)
			}
			return true
		},
	},
	{
		ID: "fr.open_list.ex", Kind: OpenList, Lang: lang.French,
		Doc:     "The abbreviation \"ex :\" (par exemple) before examples, usually in brackets (\"(ex : adresse IP)\"); marked without its colon.",
		Phrases: phrases(`ex`),
		Accept: func(m Match) bool {
			return m.Next(1) == ":" && m.First > 0
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
		Doc: "Durations with no bound: aussi longtemps que nécessaire, la durée (minimale) nécessaire, le temps (raisonnablement) nécessaire, tant que nécessaire, tant que nous en avons besoin, une durée raisonnable, de longues périodes, un certain temps, n'excédant pas celle nécessaire.",
		Phrases: phrases(
			`aussi_longtemps_que|tant_que cela_est|c'est|cela_sera|il_est|? strictement? nécessaire|utile|requis|approprié`,
			`aussi_longtemps_qu'elles|qu'ils sont|seront strictement? nécessaires|utiles`,
			`toute? la durée|période strictement|raisonnablement|minimale? nécessaire|utile|requise|appropriée`,
			`le temps strictement|raisonnablement? nécessaire|utile|requis`,
			`une durée|période raisonnable|adaptée`,
			`pas plus_longtemps_que cela_est|? strictement? nécessaire`,
			`n'excédant pas celle|la_durée strictement? nécessaire`,
			`de longues|longues périodes|durées`, `un certain temps`,
			`tant_que|aussi_longtemps_que nous en avons|aurons|aurions besoin`,
		),
	},
}

var frChoices = words(`options option possibilités moyens façons manières choix copies formules`)

var (
	frIntent      = words(`engendrer entraîner entrainer causer présenter porter intéresser`)
	frSusceptSkip = words(`, entre autres également aussi donc`)
)

// acceptSusceptibleFR keeps "susceptible(s)" followed by "de"/"d'" (past an
// inserted "entre autres" or adverb) when it hedges a practice.
func acceptSusceptibleFR(m Match) bool {
	j := nextWord(m, m.Last, frSusceptSkip, false, 5)
	if j < 0 || m.Tokens[j].Lower != "de" && m.Tokens[j].Lower != "d'" {
		return false
	}
	for k := m.First - 1; k >= 0 && m.First-k <= 3; k-- {
		if frNegation[m.Tokens[k].Lower] {
			return false
		}
	}
	if within(m, j, 5, frIdentify) {
		return false // a definition: "susceptibles de vous identifier"
	}
	// "susceptible d'engendrer un risque", "de vous intéresser": a condition
	// or the reader's taste, not what the company does
	v := nextWord(m, j, frClitics, false, 3)
	if v >= 0 && frIntent[m.Tokens[v].Lower] {
		return false
	}
	// "que vous êtes susceptible de vouloir acheter": the reader's own
	// likelihood
	if p := m.Prev(1); p == "êtes" || p == "es" {
		return false
	}
	return true
}

// frPointer reports whether the clause sends the reader to more reading
// before the match ("En savoir plus, notamment sur ...", "plus
// d'informations sur ..., notamment").
func frPointer(m Match) bool {
	for j := m.First - 1; j >= 1; j-- {
		w := m.Tokens[j].Lower
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if w == "plus" && (m.Tokens[j-1].Lower == "savoir" || m.Lower(j+1) == "d'informations" || m.Lower(j+1) == "d'information") {
			return true
		}
	}
	return false
}

// colonFollows reports whether a colon follows the match in the clause: the
// set is then listed after it.
func colonFollows(m Match) bool {
	for j := m.Last + 1; j < len(m.Tokens); j++ {
		switch m.Tokens[j].Lower {
		case ":":
			return true
		case ".", ";":
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
