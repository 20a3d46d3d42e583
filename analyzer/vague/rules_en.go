package vague

import "github.com/policylens/policylens/analyzer/lang"

var (
	enCopula       = words(`is are am be been being was were make makes made making feel feels quite very not fairly absolutely reasonably completely more less so seem seems remain remains`)
	enGerundBefore = words(`by for of from without after before about on when while not upon`)
	enLikeBefore   = words(`i you we they he she it would 'd not n't do does did don't look looks looked feel feels seem seems just much more exactly unlike if as what`)
	enLikeAfter    = words(`to this that these it us you me them him her`)
	enDiffBefore   = words(`substantially significantly materially slightly a an the this that each any is are be was were very quite completely entirely its their your our his her something anything nothing`)
	enDiffAfter    = words(`from than to`)
	enNumbers      = words(`two three four five six seven eight nine ten`)
)

// rulesEN are the English rules.
var rulesEN = []Rule{
	// modality
	{
		ID: "en.modality.modal", Kind: Modality, Lang: lang.English,
		Doc: "may, might, could and can when they hedge what the company, its partners or the data do (\"we may share\", \"your data may be transferred\", \"there may be backup copies\"). " +
			"Not vague: a permission for the reader (\"you may request access\", \"customers can opt out\"), a negated modal (\"cannot\", \"may not\"), a capability inside a definition (\"information that can identify you\"), the month May. " +
			"\"can\" counts only with the company, another organisation or data handled by the company as subject. The modal alone is marked.",
		Phrases: phrases(`may|might|could|can`),
		Accept:  acceptModalEN,
	},
	// conditional
	{
		ID: "en.conditional.appropriate", Kind: Conditional, Lang: lang.English,
		Doc: "Conditions the reader cannot check: where appropriate, as necessary (or appropriate), as deemed necessary, when it is necessary, if needed, where applicable, where relevant, where possible, as the case may be, reasonably necessary. " +
			"\"if required by law\" names who decides and is left out (as in the English gold labels), and so are \"as required\" and \"if required\", which the real labels never mark; \"as soon as possible\" is no condition.",
		Phrases: phrases(`where|wherever|when|whenever|if|as appropriate|necessary|needed|required|applicable|relevant|possible|practicable`, `where|when|if|as reasonably necessary|required|appropriate|practicable`, `reasonably necessary`, `if_need_be`, `as_the_case_may_be`,
			`as necessary|appropriate or|and necessary|appropriate`, `as deemed|determined_to_be necessary|appropriate`, `as is necessary|appropriate`, `when|where|if it_is necessary|appropriate`),
		Accept: func(m Match) bool {
			// "as required by law" is as vague as "as required"; "if
			// required to do so" too. Only "as possible" is left out
			// ("as soon as possible", "as much as possible" are not conditions).
			first, second := m.Lower(m.First), m.Lower(m.Last)
			if first == "as" && (second == "possible" || second == "practicable") {
				return false
			}
			// "disclosure is reasonably necessary", "or reasonably necessary
			// to protect", "all measures reasonably necessary": a judgement
			// the reader cannot check. After another noun ("steps reasonably
			// necessary to ensure", "countries reasonably necessary for") the
			// labels leave it unmarked.
			if first == "reasonably" {
				// "we only collect information that is reasonably necessary
				// to ..." is a limit, not a condition
				for j := m.First - 1; j >= 0 && m.First-j <= 8; j-- {
					if m.Tokens[j].Lower == "only" {
						return false
					}
				}
				p := m.Prev(1)
				return p == "is" || p == "be" || p == "are" || p == "or" || p == "measures" || p == "deemed"
			}
			// "as required (by law)", "if required": the real labels leave
			// them unmarked, like "if required by law".
			if (first == "as" || first == "if") && second == "required" {
				return false
			}
			// "if required by law" names who decides: checkable enough.
			if second == "required" && m.Next(1) == "by" {
				n := m.Next(2)
				return n != "law" && n != "applicable" && n != "the" && n != "local" && n != "relevant"
			}
			return true
		},
	},
	{
		ID: "en.conditional.extent", Kind: Conditional, Lang: lang.English,
		Doc:     "Open limits: to the extent necessary / permitted / possible, as far as possible, as long as it's legally possible.",
		Phrases: phrases(`to_the_extent that? is? legally|reasonably? necessary|permitted|possible|required|appropriate|allowed`, `as_far_as legally|reasonably? possible|practicable|permitted`, `as_long_as it_is|it's? legally|reasonably? possible|permitted|allowed`),
	},
	{
		ID: "en.conditional.certain_conditions", Kind: Conditional, Lang: lang.English,
		Doc:     "\"under certain conditions\" names no condition; it is one conditional term. \"in certain cases / circumstances\" is a quantifier on \"certain\" (\"some\"), as the real English labels mark it.",
		Phrases: phrases(`under certain|some conditions|circumstances`),
	},
	{
		ID: "en.conditional.discretion", Kind: Conditional, Lang: lang.English,
		Doc:     "The company's discretion decides: at our discretion, in our sole discretion, at its discretion, in their discretion, has the discretion to. The reader's own discretion (\"at his/her own discretion\", \"use discretion\") is left out.",
		Phrases: phrases(`at|in our|its|their sole|absolute|own? discretion`, `has|have the|sole|full|absolute discretion`),
	},
	{
		ID: "en.conditional.feasible", Kind: Conditional, Lang: lang.English,
		Doc:     "Conditions of feasibility the company judges: where (technically) feasible, as far as technically and legally feasible. \"insofar as this is technically feasible\" after a right to portability is the law's wording and is left out, as the labels do.",
		Phrases: phrases(`where|when|wherever technically? feasible`, `as_far_as technically|legally|reasonably and? legally|technically? feasible`),
	},
	{
		ID: "en.conditional.exceptional", Kind: Conditional, Lang: lang.English,
		Doc:     "Unnamed exceptions: in exceptional cases / circumstances, in special circumstances (\"in special cases\" is left unmarked by the labels).",
		Phrases: phrases(`in exceptional cases|circumstances`, `in special circumstances`),
	},
	// generalisation
	{
		ID: "en.generalisation.adverb", Kind: Generalisation, Lang: lang.English,
		Doc:     "Statements that hold only in general: generally, typically, usually, normally, mostly, primarily, mainly, often, in general, in most cases, as a rule, for the most part, usual (\"our usual channels\").",
		Phrases: phrases(`generally|typically|usually|normally|mostly|often|ordinarily|customarily|primarily|mainly|principally|predominantly`, `in general`, `in most|many cases|instances`, `in_the_majority_of cases|instances`, `as_a_rule`, `for_the_most_part`, `most_of_the_time`, `in_principle`, `usual`),
		Accept: func(m Match) bool {
			switch m.Lower(m.First) {
			case "often": // "how often", "as often as"
				p := m.Prev(1)
				return p != "how" && p != "as"
			case "generally": // "generally accepted/applicable" describes a standard
				n := m.Next(1)
				return n != "accepted" && n != "applicable" && n != "available"
			case "mainly", "primarily": // "primarily for personal, family or household purposes" is California's definition of a consumer
				return !(m.Next(1) == "for" && m.Next(2) == "personal")
			}
			return true
		},
	},
	// quantifier
	{
		ID: "en.quantifier.certain", Kind: Quantifier, Lang: lang.English,
		Doc:     "\"certain\" before a noun stands for an unnamed set (\"certain third parties\", \"a certain number of data\"); not the adjective \"sure\" (\"we are certain that\", \"make certain\") nor the reader's browsers (\"certain browsers\").",
		Phrases: phrases(`certain`),
		Accept: func(m Match) bool {
			n := m.Next(1)
			return isWord(n) && !enCopula[m.Prev(1)] && n != "that" && n != "whether" && n != "if" && n != "to" && !browsers(m)
		},
	},
	{
		ID: "en.quantifier.some", Kind: Quantifier, Lang: lang.English,
		Doc:     "some, various, several, numerous, many, multiple, a number of, a variety of: an unnamed set of data, partners, purposes or cases. \"how many\", \"as many as\", the reader's choice \"some or all\" (but \"some or all of your data\" is open) and the reader's browsers (\"some web browsers transmit ...\") are left out.",
		Phrases: phrases(`some|various|several|numerous|many|multiple`, `a number|variety|range of`),
		Accept: func(m Match) bool {
			w, p, n := m.Lower(m.First), m.Prev(1), m.Next(1)
			if !isWord(n) && n != "(" && w != "some" && w != "several" && w != "many" {
				return false
			}
			if w == "many" && (p == "how" || p == "so" || p == "too" || p == "as") {
				return false
			}
			if browsers(m) {
				return false
			}
			if w == "some" && n == "or" && m.Next(2) == "all" {
				// "we may retain some or all of your account data": which
				// data is left open; "some or all of our services / cookies"
				// is the reader's choice or a whole
				return within(m, m.Last+3, 4, enData)
			}
			if w == "some" && (n == "" || n == "." || n == "," || m.Prev(1) == "or" && m.Prev(2) == "all") {
				return false
			}
			return true
		},
	},
	{
		ID: "en.quantifier.different", Kind: Quantifier, Lang: lang.English,
		Doc:     "\"different\" meaning various (\"in different ways\", \"for different purposes\"); not \"a different browser\" or \"different from\", nor after a number (\"two different ways\"), nor in \"across different services\" (the definition of cross-site tracking), nor before the reader's options (\"you have different options\").",
		Phrases: phrases(`different`),
		Accept: func(m Match) bool {
			n, p := m.Next(1), m.Prev(1)
			if isNumber(p) || enNumbers[p] || p == "across" || n == "options" || n == "choices" {
				return false
			}
			// "several different places": the quantifier before carries it
			return isWord(n) && !enDiffBefore[p] && !enDiffAfter[n] && p != "several" && p != "many" && p != "various" && p != "numerous"
		},
	},
	{
		ID: "en.quantifier.other", Kind: Quantifier, Lang: lang.English,
		Doc: "\"other\" before an unnamed set of data, sources, third parties, purposes, means or technologies (\"other information\", \"other third parties\", \"other technologies\", \"other countries\"). " +
			"Not \"other than\", \"each other\", \"the other\", \"in other words\", \"on the other hand\", nor other members of a named group (\"other Members\", \"other users\"), nor \"other means\" (the real labels never mark it), nor after a quantifier (\"certain other regions\") or under a negation (\"not for any other purpose\"; the labels mark \"does not have access to content or other sensitive information\", so only \"any other\" counts).",
		Phrases: phrases(`other`),
		Accept:  acceptOtherEN,
	},
	// open list
	{
		ID: "en.open_list.such_as", Kind: OpenList, Lang: lang.English,
		Doc:     "Markers of a sample list: such as, for example, for instance, e.g. (eg in brackets), among others, and the like, including but not limited to, non-exhaustive.",
		Phrases: phrases(`such_as`, `for example|instance`, `e.g.|e.g|eg.|e.g.,`, `eg`, `among others|other_things|other_data|other_information|other_rights|other_purposes`, `inter_alia`, `and|or the_like`, `but|and are|is? not limited to`, `and so_on|forth`, `non-exhaustive|non_exhaustive`, `without limitation`),
		Accept: func(m Match) bool {
			// "e.g.," would swallow the comma: the shorter "e.g." is marked.
			if m.Lower(m.Last) == "," {
				return false
			}
			// "eg" without dots only inside brackets or after a comma ("(eg
			// social networks)")
			if m.Lower(m.First) == "eg" && m.First == m.Last {
				p := m.Prev(1)
				return (p == "(" || p == ",") && isWord(m.Next(1))
			}
			return true
		},
	},
	{
		ID: "en.open_list.including", Kind: OpenList, Lang: lang.English,
		Doc:     "\"including\" (and \"including but not limited to\", marked as one term) before a list; not the verb (\"by including a link\"). \"includes, but is not limited to\" is marked whole, verb included, as the labels do.",
		Phrases: phrases(`including`, `including ,? but? not? limited to`, `including ,? without limitation`, `include|includes ,? but is|are not limited to`),
		Accept: func(m Match) bool {
			return !enGerundBefore[m.Prev(1)] && m.Next(1) != ""
		},
	},
	{
		ID: "en.open_list.etc", Kind: OpenList, Lang: lang.English,
		Doc:     "\"etc.\" closes a list that goes on; marked with its dot when it has one.",
		Phrases: phrases(`etc.|etc`),
	},
	{
		ID: "en.open_list.like", Kind: OpenList, Lang: lang.English,
		Doc:     "\"like\" introducing examples after a noun, a bracket or a dash (\"aggregate patterns like the average number\", \"(like retailers)\", \"– like whether a visitor gets an error\"); not the verb (\"if you would (not) like to\") nor \"like this\".",
		Phrases: phrases(`like`),
		Accept: func(m Match) bool {
			p, n := m.Prev(1), m.Next(1)
			return (isWord(p) || p == "," || p == "(" || p == "–" || p == "—") && isWord(n) && !enLikeBefore[p] && !enLikeAfter[n] && !enModalWords[p]
		},
	},
	// open time
	{
		ID: "en.open_time.frequency", Kind: OpenTime, Lang: lang.English,
		Doc:     "Frequencies with no bound: from time to time, periodically, occasionally, occasional (\"occasional emails\"), periodic, sometimes, at times, on occasion, there may be times (one term, its \"may\" included).",
		Phrases: phrases(`from_time_to_time`, `periodically|occasionally|sometimes|occasional|periodic`, `at times`, `on occasion`, `every_so_often`, `there are|may_be times|occasions`),
		Accept: func(m Match) bool {
			// "sometimes called/known as" names something, it says no frequency
			n := m.Next(1)
			return n != "called" && n != "referred" && n != "known" && n != "named"
		},
	},
	{
		ID: "en.open_time.duration", Kind: OpenTime, Lang: lang.English,
		Doc: "Durations with no bound: as long as necessary / needed / required, as long as we need it, no longer than necessary, for a reasonable period, extended periods of time, some time, for the time necessary. " +
			"As in the labelling guide's list, \"as long as necessary\" and \"as long as we need it\" are marked without a leading \"for\", \"for as long as reasonably required\" with it; \"as long as your account is open\" is a bound, not vague.",
		Phrases: phrases(`as_long_as is|it_is|it's? necessary|needed|required|appropriate|useful|relevant`,
			`for? as_long_as is|it_is|it's? reasonably|strictly|legally necessary|needed|required|appropriate|useful|relevant`,
			`as_long_as we reasonably? need|require|deem_necessary|consider_necessary|have_a_legitimate_business_need it|to?`, `some time`, `a? extended|prolonged|prolong|indefinite period|periods of_time?`, `no|not longer_than is|it_is? reasonably|strictly? necessary|needed|required|appropriate`, `for|within? a reasonable period|time|duration`, `for|within? a reasonable period|amount of time`, `for? the period|time|duration of_time? reasonably|strictly? necessary|needed|required`),
	},
}

// browsers reports whether the quantifier is about web browsers ("some web
// browsers transmit Do Not Track signals", "the various web browser Do Not
// Track signals"): the reader's software, not data or recipients of the
// company's practice.
func browsers(m Match) bool {
	n := m.Next(1)
	if n == "web" || n == "internet" {
		n = m.Next(2)
	}
	return n == "browser" || n == "browsers"
}

var (
	enOtherBefore = words(`each the no every one this that some`)
	enOtherAfter  = words(`than hand words half side`)
	enQuantifiers = words(`certain several various many numerous different multiple`)
	// enOtherHeads are the nouns whose unnamed "other" instances leave the
	// reader guessing: data, sources and recipients, purposes and means,
	// technologies, places.
	enOtherHeads = words(`data information info details detail documentation documents records
		identifiers activities activity interactions sources source parties party third-parties
		partners providers vendors companies entities recipients affiliates processors
		authorities bodies agencies institutions researchers measures safeguards
		purposes purpose reasons uses ways methods topics form forms formats
		technologies technology tools trackers countries jurisdictions locations territories`)
	enOtherStop = words(`, ; : . ( ) and or of that which who we you to in for with from by regarding about concerning on`)
)

// acceptOtherEN keeps "other" when its noun, within a few words, is one of
// enOtherHeads.
func acceptOtherEN(m Match) bool {
	if enOtherBefore[m.Prev(1)] || enOtherAfter[m.Next(1)] || enQuantifiers[m.Prev(1)] {
		return false // "certain other regions": the quantifier carries it
	}
	// "we will not use it for any other purpose" excludes, it hedges nothing
	if m.Prev(1) == "any" {
		for j := m.First - 2; j >= 0; j-- {
			if enNegation[m.Tokens[j].Lower] || m.Tokens[j].Lower == "no" {
				return false
			}
		}
	}
	for j := m.Last + 1; j < len(m.Tokens) && j <= m.Last+4; j++ {
		w := m.Tokens[j].Lower
		if enOtherHeads[w] {
			return true
		}
		if enOtherStop[w] {
			return false
		}
	}
	return false
}
