package vague

import (
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
)

// Hedge or permission: how the modality rules decide.
//
// A modal verb is vague when it hedges what the company, its partners or the
// data do ("we may share", "your data may be transferred", "there may be
// backup copies", "nous pouvons partager", "il peut vous être demandé"). It is
// not vague when it grants the reader a right or a choice. The rules decide in
// this order:
//
//  1. Never vague: a negated capability ("cannot", "could not", "nous ne
//     pourrons pas", "ne peuvent être déchiffrées que par"); a modal limited
//     by "only" ("may only use it for limited purposes"); a purpose or
//     precondition clause ("so that we can contact them", "how we can
//     improve", "before we can proceed", "afin que nous puissions"); a
//     capability inside a definition ("information that can be used to
//     identify you", "des informations pouvant être utilisées pour
//     identifier"); the month May; a comparison of foreign law with the
//     reader's ("data protection laws may differ", "the United States and
//     other countries may not afford the same protections"); a guess at
//     what interests the reader ("offers that may interest you", "may be of
//     interest to you", « susceptibles de vous intéresser », « qui pourraient
//     vous intéresser »); a contact point or a right the reader uses («
//     le délégué peut être contacté à », « pouvant être exercés »). "may
//     not"/"might not" stays a hedge ("some areas may not function
//     properly"), and "may or may not" is always one (but for foreign law).
//  2. The subject is the closest word before the modal, skipping adverbs and
//     commas ("you may also", "customers can at any time"); an inverted
//     subject counts too ("may a customer request"); French pouvez/pourrez
//     carry "vous" and pouvons/pourrions carry "nous" by themselves.
//  3. The reader as subject (you, users, customers, vous, l'utilisateur, les
//     clients, la personne concernée) gets a permission, NOT vague, unless
//     the verb after the modal says that something is done to them: "you may
//     be asked to", "you may not be able to", "you may receive emails", "you
//     may have the right to" (the right itself is hedged), "vous pouvez être
//     contacté", "vous pourrez recevoir" are vague. A reader coordinated with
//     an organisation ("Customers, Partners, and Users may provide us with")
//     counts as the organisation. "you can" is never vague.
//     The reader's rights and requests as the subject of a passive of how
//     they are made ("these rights may be exercised by", "ces demandes
//     peuvent être adressées à") are permissions too.
//  4. "they", "ils", "elles" are vague unless a rights verb follows ("they
//     may also request us to destroy this data", "ils peuvent s'opposer").
//  5. Any other subject (we, nous, the company, partners, data, "there",
//     "this policy", impersonal "il") is vague for may/might/could and every
//     form of pouvoir, except that a rights verb after a user noun a few
//     words back ("users who wish to leave may contact us") is a permission.
//  6. English "can" more often states a plain ability than a hedge, so it is
//     vague only with the company or another organisation as subject ("we
//     can use", "public bodies ... can have access"), or data as the subject
//     of a company practice ("your data can be shared", but not "... can be
//     added by you"), and before "include" whatever the subject ("these can
//     include authorities outside your country": an open list). It is not
//     vague with nothing after it ("the best experience we can."), before
//     "better" ("we can better protect our users": an aim), under a "no"
//     subject ("no transmission can be guaranteed"), after "so" or "how"
//     (an aim; for may/might only "so" without "need"/"have" counts), nor
//     after "unless" or "whether" (a precondition, for every modal).

// subject classes
const (
	subjOther = iota
	subjUser
	subjAmbiguous
	subjCompany
	subjData
)

var (
	enUser = words(`you u user users customer customers visitor visitors member members subscriber
		subscribers candidate candidates applicant applicants individual individuals parent parents
		guardian guardians consumer consumers resident residents holder holders yourself client clients
		player players patient patients recruiter recruiters subjects administrator administrators
		student students`)
	// enUserNouns are user words that are seldom objects, for looking back
	// past a relative clause ("users who wish to ... may contact us").
	enUserNouns = words(`user users customer customers visitor visitors member members subscriber
		subscribers candidate candidates applicant applicants individuals parents guardians consumers
		residents holders clients`)
	enAmbiguous = words(`they he she`)
	enCompany   = words(`we company companies partner partners affiliate affiliates provider providers
		processor processors subprocessors sub-processors subcontractor subcontractors vendor vendors
		advertiser advertisers party parties body bodies authority authorities agency agencies entity
		entities organisation organisations organization organizations business businesses group
		staff employees networks contractors contractor`)
	enData = words(`data information info details records identifiers content`)
	// enSkip are adverbs and fillers between a subject and its modal or
	// between a modal and its verb.
	enSkip = words(`also still only then therefore further additionally directly easily sometimes
		occasionally always generally usually typically thus hence later subsequently at any time
		anytime even however in turn , both either`)
	enDeterminers = words(`a an the any each every our your their this that these those`)
	enRightsVerbs = words(`request ask access contact opt choose withdraw object delete erase exercise
		unsubscribe change update modify correct rectify review disable refuse decline set manage
		adjust control lodge file complain obtain download export restrict remove deactivate close
		cancel revoke reject block view edit submit
		configure elect instruct require`)
	// enDoneToUser are verbs after "you may" that say something is done to
	// the reader, so the modal hedges the company's practice.
	enDoneToUser = words(`be receive see experience encounter lose get`)
	enHaveHedge  = words(`the a right rights certain additional other`)
	enPractice   = words(`shared transferred disclosed used stored combined accessed sold retained kept processed collected linked associated matched transmitted sent provided made passed given released rented traded exchanged aggregated analysed analyzed monitored recorded tracked hosted located moved published revealed communicated reviewed`)
	enRelative   = words(`that which who whom`)
	enIdentify   = words(`identify identifies identified identifying identification identifiable personally linked link relate relates related`)
	enScanStop   = words(`, ; : ( ) . that which who whom if when where because while although unless whether`)
	// enClauseStop ends a look back for the subject of a modal; relative
	// pronouns do not, since they sit inside the subject ("users who ...").
	enClauseStop  = words(`, ; : ( ) . if when where because while although unless whether`)
	enNegation    = words(`not n't never`)
	enModalWords  = words(`may might could can`)
	frPouvoir     = words(`peut peuvent pouvons pourrons pourrions pourra pourront pourrait pourraient pouvant puisse puissent puissions pouvait pouvaient pouvions pouvez pourrez pourriez puissiez peux pourras pourrais pouviez`)
	frSubjunctive = words(`puisse puissent puissions puissiez`)
	frUserForms   = words(`pouvez pourrez pourriez puissiez peux pourras pouviez`)
	frWeForms     = words(`pouvons pourrons pourrions puissions pouvions`)
	frUser        = words(`vous utilisateur utilisateurs utilisatrice utilisatrices client clients cliente clientes membre membres abonné abonnés abonnée abonnées candidat candidats candidate candidates internaute internautes visiteur visiteurs visiteuse visiteuses titulaire titulaires chacun héritiers parent parents tu
		passager passagers passagère passagères chauffeur chauffeurs coursier coursiers résident résidents`)
	frAmbiguous = words(`ils elles`)
	// frRequests and enRequests are the reader's rights and requests: "ces
	// droits peuvent être exercés", "these rights may be exercised" say how
	// the reader acts, not what the company does.
	frRequests    = words(`droit droits demande demandes réclamation réclamations requête requêtes`)
	enRequests    = words(`right rights request requests`)
	concerned     = words(`concernée concernées concerné concernés`)
	copyWords     = words(`copy copies archive export copie exportation archive`)
	frSkip        = words(`également aussi toujours ensuite alors donc directement facilement gratuitement à tout moment , néanmoins cependant toutefois en outre par ailleurs enfin notamment parfois`)
	frClitics     = words(`vous nous y en le la les lui leur se s' l' me m' te t'`)
	frRightsVerbs = words(`demander exercer accéder contacter écrire retirer opposer désinscrire désabonner modifier rectifier supprimer effacer refuser paramétrer configurer gérer introduire saisir adresser obtenir consulter mettre désactiver choisir limiter solliciter formuler définir bloquer envoyer déposer porter faire retirer récupérer télécharger`)
	frDoneToUser  = words(`être recevoir voir avoir devoir`)
	frRelative    = words(`qui que qu'`)
	frIdentify    = words(`identifier identifie identifient identifiée identifiées identifié identifiés identification identifiable identifiables rattacher rattachées rattachée associer`)
	frNegation    = words(`ne n'`)
	frScanStop    = words(`, ; : ( ) . qui que qu' si lorsque quand car parce puisque`)
	frSkipClitics = unionSet(frSkip, frClitics)
)

// subjectEN classifies the subject of the English modal at m.First.
func subjectEN(m Match) (class, idx int) {
	i := m.First
	// Inverted subject: "may a customer request", "how can you".
	if j := nextWord(m, i, enDeterminers, false, 3); j >= 0 && enUser[m.Tokens[j].Lower] {
		if k := j + 1; k < len(m.Tokens) && isWord(m.Tokens[k].Lower) && !enModalWords[m.Tokens[k].Lower] {
			p := prevWord(m, i, enSkip, true, 4)
			if p < 0 || !enUser[m.Tokens[p].Lower] && m.Tokens[p].Lower != "we" {
				return subjUser, j
			}
		}
	}
	p := prevWord(m, i, enSkip, true, 5)
	if p < 0 {
		return subjOther, -1
	}
	w := m.Tokens[p].Lower
	switch {
	case enUser[w]:
		return subjUser, p
	case enAmbiguous[w]:
		return subjAmbiguous, p
	case enCompany[w]:
		return subjCompany, p
	case enData[w]:
		return subjData, p
	case p > 0 && capitalised(m.Tokens[p].Text) && isWord(w) && w != "i":
		return subjCompany, p // a name: "Google may", "Internect can"
	}
	return subjOther, p
}

// scanBack returns the class of the first user, company or data word found
// within limit tokens before i, stopping at a clause boundary.
func scanBack(m Match, i, limit int, user, company, data, stop set) int {
	for j := i - 1; j >= 0 && i-j <= limit; j-- {
		w := m.Tokens[j].Lower
		switch {
		case stop[w]:
			return subjOther
		case user[w]:
			return subjUser
		case company[w]:
			return subjCompany
		case data != nil && data[w]:
			return subjData
		}
	}
	return subjOther
}

func negatedEN(m Match) bool {
	if w := m.Lower(m.First); w == "may" || w == "might" {
		return false
	}
	j := m.Last + 1
	if j >= len(m.Tokens) {
		return false
	}
	w := m.Tokens[j].Lower
	if enNegation[w] || w == "'t" || w == "’t" {
		return true
	}
	return w == "'" && m.Next(2) == "t"
}

// monthLike reports whether "May" is the month: next to a number.
func monthLike(m Match) bool {
	if m.Tokens[m.First].Text != "May" {
		return false
	}
	return isNumber(m.Prev(1)) || isNumber(m.Next(1)) || m.Next(1) == "," && isNumber(m.Next(2))
}

// definitionAt reports whether the modal at i sits in a definition: after a
// relative pronoun (or as a participle, relative is nil) and followed by an
// identification verb.
func definitionAt(m Match, i int, relative, identify set) bool {
	if relative != nil {
		p := prevWord(m, i, enSkip, false, 2)
		if p < 0 || !relative[m.Tokens[p].Lower] {
			return false
		}
	}
	return within(m, m.Last, 7, identify)
}

// acceptModalEN decides whether an English may/might/could/can hedges.
func acceptModalEN(m Match) bool {
	i := m.First
	w := m.Tokens[i].Lower
	if foreignLaw(m) {
		return false // "laws in those countries may or may not protect ..."
	}
	// "may or may not": a hedge whoever the subject.
	if m.Next(1) == "or" && enModalWords[m.Next(2)] || m.Prev(1) == "or" && enModalWords[m.Prev(2)] {
		return true
	}
	if negatedEN(m) || w == "may" && monthLike(m) || definitionAt(m, i, enRelative, enIdentify) {
		return false
	}
	if m.Next(1) == "only" || purposeClause(m) || readerInterest(m) {
		return false
	}
	if w == "can" && (!isWord(m.Next(1)) || m.Next(1) == "better" || noSubject(m)) {
		return false // "the best experience we can.", "we can better protect", "no transmission can be guaranteed"
	}
	if w == "can" && (m.Next(1) == "include" || m.Next(1) == "also" && m.Next(2) == "include") {
		return true // "These can include authorities outside your country": an open list
	}
	class, p := subjectEN(m)
	if p >= 0 && enRequests[m.Tokens[p].Lower] && m.Next(1) == "be" && hasPrefixIn(m.Next(2), "exercised", "made", "submitted", "sent", "addressed", "directed") {
		return false // "these rights may be exercised by the Data Subject"
	}
	if class == subjUser && coordinatedWithCompany(m, p) {
		class = subjCompany
	}
	v := nextWord(m, m.Last, enSkip, true, 6)
	negated := false
	if class == subjUser && m.Lower(v) == "not" {
		v, negated = nextWord(m, v, enSkip, true, 3), true // "you may not be able to": be
	}
	if class == subjUser && m.Lower(v) == "no" && m.Lower(v+1) == "longer" {
		v, negated = nextWord(m, v+1, enSkip, true, 3), true // "you may no longer be able to"
	}
	verb := m.Lower(v)
	switch class {
	case subjUser:
		if w == "can" {
			return false // "you can see more detail": an ability, never a hedge
		}
		if verb == "receive" && within(m, v, 4, copyWords) {
			return false // "you may receive a copy of your data" is the right of access
		}
		if enDoneToUser[verb] || w == "may" && verb == "need" && m.Lower(v+1) == "to" || negated && verb == "have" {
			return true // "you may need to update", "you may not have access to"
		}
		return verb == "have" && enHaveHedge[m.Lower(v+1)]
	case subjAmbiguous:
		return w != "can" && !enRightsVerbs[verb]
	}
	if w == "can" {
		switch class {
		case subjCompany:
			return true
		case subjData:
			return verb == "be" && enPractice[m.Lower(v+1)] && !byYou(m, v)
		}
		switch scanBack(m, i, 14, enUser, enCompany, nil, enScanStop) {
		case subjCompany:
			return true
		}
		return false
	}
	if enRightsVerbs[verb] && scanBack(m, i, 12, enUserNouns, enCompany, nil, enClauseStop) == subjUser {
		return false
	}
	return true
}

// purposeClause reports whether the modal's subject follows "so", "so that",
// "how", "before", "until" or "once" ("so that we can contact them", "how we
// can improve", "before we can proceed"): the modal states an aim or a
// precondition, not a practice.
func purposeClause(m Match) bool {
	p := prevWord(m, m.First, enSkip, true, 3)
	if p < 1 {
		return false
	}
	q := m.Tokens[p-1].Lower
	if q == "before" || q == "until" || q == "once" || q == "unless" || q == "whether" {
		return true
	}
	// "so we can show you", "how we can improve", "so we may respond" state
	// an aim; "so we may need to change this policy" (therefore) and "how
	// we may share your information" still hedge the practice.
	w := m.Lower(m.First)
	if (q == "so" || q == "how") && (w == "can" || w == "could") {
		return true
	}
	if q == "so" && m.Next(1) != "need" && m.Next(1) != "have" {
		return true // "so we may respond to you"; "so we may need to" is a consequence
	}
	// "so that your list, tags, scroll position ... may be synced"
	for j := m.First - 1; j >= 1 && m.First-j <= 15; j-- {
		w := m.Tokens[j].Lower
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if w == "that" && (m.Tokens[j-1].Lower == "so" || m.Tokens[j-1].Lower == "order") {
			return true
		}
	}
	return false
}

var (
	enLawWords  = words(`law laws legislation rules regulations regulation jurisdiction jurisdictions country countries`)
	enLawVerbs  = words(`be differ vary afford offer provide protect have`)
	enLawSkip   = words(`not or may might , also`)
	enInterest  = words(`interest appeal`)
	enRelevant  = words(`relevant interesting useful`)
	enLawClause = words(`. ; :`)
)

// foreignLaw reports whether the modal compares the laws of a country with
// the reader's ("data protection laws may differ", "the United States and
// other countries may not afford the same protections", "the jurisdiction
// in which these facilities are located may or may not protect"): a fact
// about foreign law, not a practice of the company.
func foreignLaw(m Match) bool {
	v := nextWord(m, m.Last, enLawSkip, false, 5)
	if v < 0 || !enLawVerbs[m.Tokens[v].Lower] {
		return false
	}
	if verb := m.Tokens[v].Lower; verb == "be" {
		n := m.Lower(v + 1)
		if n != "different" && n != "the" && n != "as" && n != "equivalent" && n != "applicable" && n != "less" {
			return false
		}
	}
	for j := m.First - 1; j >= 0 && m.First-j <= 12; j-- {
		w := m.Tokens[j].Lower
		if enLawClause[w] {
			return false
		}
		if enLawWords[w] {
			return true
		}
		if enData[w] {
			return false // "your data may be transferred to countries ..."
		}
	}
	return false
}

// readerInterest reports whether the modal says what may interest the reader
// ("offers that may interest you", "materials we think may be of interest to
// you", "which products may be relevant for you"): a guess at the reader's
// taste, not a practice.
func readerInterest(m Match) bool {
	n := m.Next(1)
	if enInterest[n] {
		return true
	}
	return n == "be" && (m.Next(2) == "of" && m.Next(3) == "interest" || enRelevant[m.Next(2)] && (m.Next(3) == "to" || m.Next(3) == "for") && m.Next(4) == "you")
}

// noSubject reports whether the subject of the modal opens with "no" ("no
// data transmission over the Internet can be guaranteed"): a negation.
func noSubject(m Match) bool {
	for j := m.First - 1; j >= 0 && m.First-j <= 8; j-- {
		w := m.Tokens[j].Lower
		if w == "no" {
			return true
		}
		if enClauseStop[w] {
			return false
		}
	}
	return false
}

// coordinatedWithCompany reports whether the user word at p is coordinated
// with an organisation ("Customers, Partners, and Users may provide"): the
// hedge then covers what the organisation does.
func coordinatedWithCompany(m Match, p int) bool {
	for j := p - 1; j >= 0 && p-j <= 8; j-- {
		w := m.Tokens[j].Lower
		switch {
		case enCompany[w] && w != "we":
			return true
		case enUser[w] || w == "," || w == "and" || w == "or" || w == "&" || enDeterminers[w]:
			continue
		}
		return false
	}
	return false
}

// byYou reports whether "by you" follows within a few tokens of v.
func byYou(m Match, v int) bool {
	for j := v + 1; j < len(m.Tokens) && j <= v+4; j++ {
		if m.Tokens[j].Lower == "by" && m.Lower(j+1) == "you" {
			return true
		}
	}
	return false
}

// negatedFR reports whether "ne"/"n'" comes right before the modal or its
// clitics ("nous ne pourrons pas", "vous n'y pouvez rien").
func negatedFR(m Match) bool {
	j := m.First - 1
	for j >= 0 && frClitics[m.Tokens[j].Lower] {
		j--
	}
	return j >= 0 && frNegation[m.Tokens[j].Lower]
}

// acceptModalFR decides whether a form of pouvoir hedges.
func acceptModalFR(m Match) bool {
	i := m.First
	w := m.Tokens[i].Lower
	if negatedFR(m) || purposeFR(m) || frSubjunctive[w] {
		return false // subjunctive: "afin que ... puissent", "bien que ... puissent"
	}
	// "peut vous aider", "peut vous permettre de": an affordance for the reader
	if m.Next(1) == "vous" && (hasPrefixIn(m.Next(2), "aider", "permett", "perme")) {
		return false
	}
	// "des produits qui pourraient vous intéresser", "ce qui peut intéresser
	// un client": a guess at the reader's taste
	if hasPrefixIn(m.Next(1), "intéress") || m.Next(1) == "vous" && hasPrefixIn(m.Next(2), "intéress") {
		return false
	}

	if w == "pouvant" && within(m, m.Last, 7, frIdentify) || definitionAt(m, i, frRelative, frIdentify) {
		return false
	}
	v := nextWord(m, m.Last, frSkipClitics, true, 6)
	verb := m.Lower(v)
	// "le DPO peut également être contacté à", "certains (droits) pouvant
	// être exercés dans vos paramètres": a contact point or a right the
	// reader uses ("vous pouvez être contacté" is done to the reader)
	if verb == "être" && hasPrefixIn(m.Lower(v+1), "contacté", "joint", "exercé") && !frUserForms[w] && m.Prev(1) != "vous" {
		return false
	}
	class := subjOther
	switch {
	case frUserForms[w]:
		class = subjUser
	case frWeForms[w]:
		class = subjCompany
	default:
		p := prevWord(m, i, frSkipClitics, true, 5)
		if p >= 0 {
			pw := m.Tokens[p].Lower
			switch {
			case frRequests[pw] && verb == "être" && hasPrefixIn(m.Lower(v+1), "exerc", "adress", "envoy", "formul", "fait", "présent", "introdu"):
				return false // "ces droits peuvent être exercés", "ces demandes peuvent être adressées à": the reader's requests
			case frUser[pw], concerned[pw] && p > 0 && hasPrefixIn(m.Tokens[p-1].Lower, "personne"):
				class = subjUser
			case frAmbiguous[pw]:
				class = subjAmbiguous
			}
		}
	}
	switch class {
	case subjUser:
		if verb == "avoir" {
			return m.Lower(v+1) == "à" || hasPrefixIn(m.Lower(v+1), "droit", "des", "le", "certains")
		}
		if verb == "recevoir" && within(m, v, 4, copyWords) {
			return false // "vous pouvez recevoir une copie" is the right of access
		}
		return frDoneToUser[verb]
	case subjAmbiguous:
		return !frRightsVerbs[verb]
	case subjCompany:
		return true
	}
	if frRightsVerbs[verb] && scanBack(m, i, 12, frUser, nil, nil, frScanStop) == subjUser {
		return false
	}
	return true
}

func unionSet(a, b set) set {
	out := make(set, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// purposeFR reports whether the modal is in a purpose clause ("afin que nous
// puissions vous envoyer un lien", "pour que vous puissiez"): an aim, not a
// practice.
func purposeFR(m Match) bool {
	for j := m.First - 1; j >= 1 && m.First-j <= 15; j-- {
		w := m.Tokens[j].Lower
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if (w == "que" || w == "qu'") && (m.Tokens[j-1].Lower == "afin" || m.Tokens[j-1].Lower == "pour" || m.Tokens[j-1].Lower == "sorte") {
			return true
		}
	}
	return false
}

// enObjectNext are tokens after "you" that make it an object ("contact you
// at any time"), not a subject.
var enObjectNext = words(`at to for with about in on by from of , . and or if when that as`)

// companyActs reports whether the nearest subject before the match, in the
// same sentence, is the company ("we", "nous pouvons") rather than the reader
// ("you can", "vous pouvez", users): "at any time" is open only when the
// company is the one acting.
func companyActs(m Match) bool {
	for j := m.First - 1; j >= 0; j-- {
		w := m.Tokens[j].Lower
		next := m.Lower(j + 1)
		switch {
		case w == "." || w == ";" || w == "?" || w == "!":
			return false
		case m.Lang == lang.English && w == "we":
			return true
		case m.Lang == lang.English && w == "you":
			if !enObjectNext[next] {
				return false
			}
		case m.Lang == lang.English && enUserNouns[w]:
			return false
		case m.Lang == lang.French && w == "nous":
			if strings.HasSuffix(next, "ons") || next == "sommes" || frClitics[next] || frNegation[next] {
				return true
			}
		case m.Lang == lang.French && w == "vous":
			if strings.HasSuffix(next, "ez") || frClitics[next] || frNegation[next] {
				return false
			}
		case m.Lang == lang.French && frUser[w] && w != "vous":
			return false
		}
	}
	return false
}
