package checklist

import (
	"strings"

	"github.com/policylens/policylens/analyzer/report"
)

// Shorter names for the categories, used in the tables below.
const (
	collection   = report.Collection
	sharing      = report.Sharing
	cookies      = report.Cookies
	rights       = report.Rights
	retention    = report.Retention
	jurisdiction = report.Jurisdiction
)

func cats(c ...report.Category) []report.Category { return c }

// Reusable pieces of patterns.
const (
	email    = `[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`
	numberEN = `(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|forty-five|sixty|ninety)`
	numberFR = `(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|dix-huit|vingt|vingt-quatre|trente|quarante-cinq|soixante|quatre-vingt-dix)`
	// An optional figure in brackets after a number in words, or the words
	// after a figure: "thirty (30) days", "30 (thirty) days".
	bracketed  = `(?:\s*\((?:\d+|[a-z]+(?:-[a-z]+)?)\))?`
	durationEN = `\b` + numberEN + bracketed + `[\s-]+(?:full\s+|calendar\s+|business\s+|working\s+|tax\s+|fiscal\s+|financial\s+|academic\s+)?(?:days?|weeks?|months?|years?|hours?)\b`
	durationFR = `\b` + numberFR + bracketed + `\s+(?:jours?|semaines?|mois|ans|annees?|heures?)\b`
	// A time limit, as "within 30 days" and « dans un délai d'un mois » say it.
	withinEN = `\b(?:within|in|under|no later than|not later than|no more than|not more than|not exceeding|exceeding|up to|maximum of)\s+(?:a\s+(?:period|maximum|timeframe|time frame)\s+of\s+)?` + answerEN
	withinFR = `\b(?:dans|sous|au plus tard|delai|n'excedant pas|ne pouvant exceder|maximum)\b[^.;]{0,30}?` + answerFR
	// Response times: hours to months.
	answerEN = `\b` + numberEN + bracketed + `[\s-]+(?:full\s+|calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?|hours?)\b`
	answerFR = `\b` + numberFR + bracketed + `\s+(?:jours?|semaines?|mois|heures?)\b`
	// Named places. "US" is left out: folded, it cannot be told from "us".
	placesEN = `(?:the us\b|the\s+u\.s\b|(?:the\s+)?(?:u\.s\.(?:a\.)?|(?:united states(?: of america)?|usa|america|north america|europe|european union|european economic area|\beu\b|\beea\b|canada|united kingdom|\buk\b|great britain|ireland|france|germany|netherlands|belgium|luxembourg|switzerland|sweden|finland|denmark|norway|austria|portugal|spain|italy|poland|czech republic|india|china|hong kong|japan|south korea|singapore|australia|new zealand|brazil|mexico|israel|south africa|quebec|ontario|california|london|dublin|frankfurt|amsterdam|paris|virginia|oregon|zurich|geneva|montreal|toronto|vancouver|sydney|tokyo|brussels|stockholm|helsinki|oslo|copenhagen|vienna|milan|madrid)\b))`
	placesFR = `(?:la |le |l'|les |aux |un )?(?:etats? membres? de l'union europeenne|france|europe|union europeenne|\bue\b|\beee\b|espace economique europeen|etats-unis|amerique|canada|royaume-uni|irlande|allemagne|pays-bas|belgique|luxembourg|suisse|suede|finlande|danemark|norvege|autriche|portugal|espagne|italie|pologne|inde|chine|japon|singapour|australie|bresil|israel|quebec|maroc|tunisie|londres|dublin|francfort|amsterdam|paris|marseille|roubaix|strasbourg|lille|gravelines|montreal|geneve|zurich|lausanne|bruxelles|toronto|vancouver)\b`
	// Places that do not say where: "other countries", "any country".
	openPlacesEN = `(?:your (?:country|region|state)|(?:other|multiple|various|several|different|many|foreign|third) (?:countries|locations|jurisdictions|continents)|countries|(?:a|another|any|the) (?:country|jurisdiction)|any (?:location|place)|data cent(?:er|re)s?|anywhere|other continents?|(?:several |various |different |multiple )+(?:places|locations)|the world|worldwide)`
	openPlacesFR = `(?:(?:d'autres |certains |des |plusieurs |divers |differents |tout |tous |n'importe quel )?pays(?: tiers)?|(?:plusieurs|differentes|diverses) regions\b|d'autres (?:territoires|continents)|n'importe ou|centres? de donnees)`
	// Safeguards for transfers that name no mechanism.
	safeguardEN = `(?:appropriate|adequate|suitable|necessary|legal|legally[- ]provided|legally[- ]accepted|contractual) (?:legal )?(?:safeguards|protections?|measures|mechanisms|terms|data protection|means)\b`
	// Named jurisdictions for courts: the places above, or a state,
	// province, district or city named as such or among the usual seats.
	jurisdictionsEN = `(?:` + placesEN + `|(?:the )?(?:state|province|commonwealth|canton|county|city|(?:judicial )?district|republic) of [a-z]+|delaware|new york|texas|washington|massachusetts|illinois|florida|british columbia|england|wales|scotland|paris|london|dublin|amsterdam|berlin|munich|toronto|montreal|san francisco|santa clara)`
	jurisdictionsFR = `(?:` + placesFR + `|paris|lyon|marseille|lille|bordeaux|toulouse|nantes|nanterre|strasbourg|nice|rennes|montpellier|bruxelles|geneve|montreal)`
)

// Named laws: a data protection or privacy law called by its name, its
// acronym or its number, or a body of law named by its place ("EU data
// protection law", "Florida statutes", « la loi grecque »). "Applicable law"
// names none.
var namedLaw = both(
	or(`\bgdpr\b`, `\bgeneral data protection regulation\b`, `\b(?:regulation )?\(?eu\)? 2016/679\b`, `\buk gdpr\b`,
		`\bccpa\b`, `\bcpra\b`, `\bcalifornia (?:consumer )?privacy (?:rights )?act\b`, `\bcalifornia civil code\b`, `\bcal\.? civ\.? code\b`, `\bshine the light\b`, `\bcaloppa\b`, `\bcalifornia online privacy protection act\b`,
		`\bcoppa\b`, `\bchildren's online privacy protection act\b`, `\bferpa\b`, `\bfamily educational rights and privacy act\b`, `\bhipaa\b`, `\bhealth insurance portability and accountability act\b`,
		`\bgramm-leach-bliley\b`, `\bglba\b`, `\bfair credit reporting act\b`, `\bfcra\b`, `\bcan-spam\b`, `\bpipeda\b`, `\bpersonal information protection and electronic documents act\b`,
		`\blgpd\b`, `\bpipl\b`, `\bappi\b`, `\bact on (?:the )?protection of personal information\b`, `\bprivacy act(?: of)? (?:19|20)\d\d\b`, `\b(?:australian|canadian|new zealand|federal|swiss) privacy act\b`,
		`\baustralian privacy principles\b`, `\b(?:federal )?data protection act\b`, `\bdpa 20\d\d\b`, `\bbdsg\b`, `\bfadp\b`, `\bprivacy and electronic communications regulations\b`, `\bpecr\b`,
		`\beprivacy directive\b`, `\bdirective (?:95/46|2002/58)`, `\b(?:nevada|virginia|colorado|connecticut|utah|texas|oregon|florida|delaware|vermont|california)(?:'s)? (?:consumer )?(?:privacy )?(?:laws?|statutes|act)\b`,
		// "Singapore law", "United States federal tax laws", "US export
		// control laws": a body of law named by its place, on any subject.
		`\b(?:eu|european(?: union)?|uk|united kingdom|english|swiss|german|french|irish|canadian|australian|brazilian|japanese|u\.s\.|us|united states|singapore|indian|korean|chinese|israeli|mexican|hong kong) (?:federal )?(?:data protection |privacy |tax |export controls? |consumer protection |securities )?(?:laws?|legislation|statutes)\b`,
		`\b(?:brazilian|federal) law no\b`, `\bapplicable (?:[a-z]+ )?(?:statutes|laws) of (?:the )?`+placesEN,
		// The FTC's jurisdiction ("The Federal Trade Commission has
		// jurisdiction over our compliance with the Privacy Shield"),
		// British Columbia's or Alberta's Personal Information Protection Act.
		`\b(?:ftc|federal trade commission) has jurisdiction\b`, `\bpersonal information protection act\b`),
	or(`\brgpd\b`, `\breglement (?:general |europeen )*(?:sur|relatif a) la protection des donnees\b`, `\breglement \(?ue\)? (?:n[°o] ?)?2016/679\b`, `\b2016/679\b`,
		`\bloi (?:dite )?(?:["\x{ab}] ?)?informatique et libertes\b`, `\bloi (?:n[°o] ?)?78-17\b`, `\bloi du 6 janvier 1978\b`,
		// A data protection law named by its date: Belgium's « loi du 30 juillet 2018 relative à la protection des personnes physiques ».
		`\bloi (?:n[°o] ?[\d-]+ )?du (?:1er|\d{1,2}) [a-z]+ \d{4} relative a la protection\b`, `\blcen\b`, `\bloi pour la confiance dans l'economie numerique\b`,
		`\bcode (?:civil|de la consommation|monetaire et financier|des postes et des communications electroniques|penal|du travail|de commerce|general des impots|de la sante publique|des relations entre le public et l'administration)\b`,
		`\bdirective (?:europeenne )?(?:95/46|2002/58|eprivacy|e-privacy)`, `\bccpa\b`, `\bcalifornia consumer privacy act\b`, `\bcoppa\b`, `\bpipeda\b`, `\blgpd\b`,
		`\b(?:loi|legislation|reglementation|droit) (?:europeenne?|francaise?|grecque?|belge|suisse|allemande?|irlandaise?|luxembourgeoise?|canadienne?|quebecoise?|espagnole?|italienne?|americaine?|britannique|estonienne?)\b`,
		`\bloi (?:federale |canadienne |quebecoise )?sur la protection des (?:renseignements personnels|donnees)`, `\bloi 25\b`,
		`\b(?:loi|lois|legislation|reglementation)\b[^.;,]{0,40}\b(?:de |du |d'|de l'etat (?:de |du )?)(?:californie|nevada|virginie|colorado|connecticut|utah|texas|floride|oregon|delaware|vermont)\b`, `\bloi californienne\b`))

// recipientKinds names kinds of recipients of personal data (service
// providers, authorities, a named company...).
var recipientKinds = both(
	or(`\bservice providers?\b`, `\b(?:sub-?)?processors?\b`, `\bvendors?\b`, `\bcontractors?\b`, `\bsuppliers?\b`, `\baffiliates?\b`,
		`\bsubsidiar(?:y|ies)\b`, `\bparent compan`, `\bgroup compan`, `\bcompanies (?:in|within|of) (?:our|the) group`,
		`\badvertisers?\b`, `\badvertising (?:partners|networks?|companies)`, `\banalytics (?:providers?|partners|services?|companies)`,
		`\bpayment (?:processors?|providers?|services?)`, `\blaw enforcement\b`, `\b(?:public|government(?:al)?|regulatory|tax|judicial|competent) (?:authorit|agenc|bodies)`,
		`\bauthorities\b`, `\bcourts?\b`, `\bregulators?\b`, `\bauditors?\b`, `\b(?:legal|professional) advis[eo]rs?\b`, `\blawyers\b`,
		`\b(?:acquirer|buyer|purchaser|successor)s?\b`, `\b(?:hosting|cloud|email|it|technology|delivery|shipping) (?:service )?providers?\b`,
		`\bemployers?\b`, `\brecruiters?\b`, `\binsurers?\b`, `\bbanks?\b`,
		`\b(?:compan(?:y|ies)|organi[sz]ations?|firms?|business(?:es)?) (?:that|who|which) (?:provides?|performs?|helps?|assists?|process(?:es)?|hosts?|delivers?)\b`,
		// Kinds named by their trade: "courier and postal services",
		// "the installer assigned to your job", "your general practitioner".
		`\b(?:couriers?|postal services?|installers?|accountants?|accounting firms?|insurance compan(?:y|ies)|general practitioners?|doctors?|physicians?|pharmac(?:y|ies|ists?)|hospitals?)\b`,
		`\bgoogle\b`, `\bfacebook\b`, `\bmeta\b`, `\bamazon web services\b`, `\bmicrosoft\b`, `\bstripe\b`, `\bpaypal\b`, `\bsalesforce\b`, vendorNames,
		`\bwithin (?:the |our )?(?:\w+(?:'s)? ){0,2}group\b`, `\b(?:with|to|by) (?:\w+ ){1,3}(?:inc|llc|ltd|gmbh|plc|corp)\b`),
	or(`\bprestataires?\b`, `\bsous-traitants?\b`, `\bfournisseurs?\b`, `\bfiliales?\b`, `\b(?:societes|entites|entreprises) (?:affiliees|apparentees)\b`,
		`\b(?:societes?|entreprises?|organismes?|entites?) (?:qui|chargees? de) (?:fourni\w*|assur\w*|realis\w*|effectu\w*|heberg\w*|trait\w*)`, `\b(?:medecins?|mutuelles?|experts?-comptables?|pharmac\w+|hopita\w+)\b`, `\bsocietes? (?:du|de notre) groupe`, `\bentites? (?:du|de notre) groupe`,
		`\bsociete mere\b`, `\bannonceurs?\b`, `\bpartenaires (?:publicitaires|commerciaux|techniques|de paiement)`, `\bregies? publicitaires?`,
		`\bautorites?\b`, `\bforces de l'ordre\b`, `\bpolice\b`, `\badministrations?\b`, `\btribunaux\b`, `\bjuridictions?\b`,
		`\bcommissaires? aux comptes`, `\bavocats?\b`, `\bauxiliaires de justice`, `\btransporteurs?\b`, `\bhebergeurs?\b`,
		`\bbanques?\b`, `\betablissements? (?:bancaires|financiers|de paiement)`, `\bassureurs?\b`, `\bemployeurs?\b`, `\brecruteurs?\b`,
		`\bacquereurs?\b`, `\bcessionnaires?\b`, `\bservices? (?:interne|internes|concernes)\b`,
		`\bgoogle\b`, `\bfacebook\b`, `\bmeta\b`, `\bamazon web services\b`, `\bmicrosoft\b`, `\bstripe\b`, `\bpaypal\b`, `\bsalesforce\b`, vendorNames,
		`\bau sein (?:du|de notre) groupe\b`, `\b(?:a|avec|par) (?:la societe )?(?:\w+ ){1,3}(?:sas|sarl|inc|llc|ltd|gmbh)\b`))

// vendorNames are services that real policies name as the ones that host,
// check or process their users' data ("processed by Akismet", "hosted by
// DigitalOcean"): a recipient named.
const vendorNames = `\b(?:akismet|gravatar|automattic|digitalocean|cloudflare|mailchimp|sendgrid|mailgun|intercom|zendesk|hubspot|twilio|heroku|shopify|disqus|hotjar|mixpanel|amplitude|sentry|braintree|adyen|klarna|ovh(?:cloud)?|hetzner|scaleway|netlify|github|atlassian|dropbox|adobe|twitter|linkedin|youtube|vimeo|criteo|doubleclick|appsflyer|firebase|crashlytics|onesignal|recaptcha|typeform|surveymonkey|matomo)\b`

// passesData is a clause that passes data on: sharing.recipients reads a
// recipient named there whatever the clause's labels.
var passesData = both(`\b(?:shar|disclos|transfer|transmit|pass|sen[dt]|provid|giv|forward|communicat|process|handl|host|stor)\w*\b`,
	`\b(?:partag|communiqu|transm|transf|divulgu|adress|envoi|envoy|fourni|traite|heberg|stock|acces)\w*\b`)

// sharesData matches a verb that gives data to someone else, narrower than
// passesData (which also takes processing and hosting).
var sharesData = both(`\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|transmit\w*|pass(?:es|ed)? (?:on|it|them|your|this|such|personal)|sell\w*|sold|rent\w*|(?:make|made) (?:it |them |your \w+ )?available)\b`,
	`\b(?:partag\w*|communiqu\w*|transm\w*|transf[eè]r\w*|divulgu\w*|c[eè]d\w*|vend\w*|lou\w*|destinataires?)\b`)

// Checks is the checklist, in display order. Add an item by adding an entry.
var Checks = []Check{
	{
		ID: "collection.data_types", Category: collection,
		Title: "Says what personal data it collects",
		Run: rule{
			cats: cats(collection, sharing),
			// "Your email address" names a kind of data whatever the
			// clause is labelled with.
			any: both(`\byour (?:ip address|e-?mail address|(?:phone|telephone|mobile) number|date of birth|postal address|home address|payment (?:details|information)|credit card|location data|device identifiers?|browsing history)`,
				`\b(?:votre|vos) (?:adresse (?:ip|e-?mail|electronique|postale)|numero de telephone|date de naissance|donnees de (?:localisation|navigation|paiement)|coordonnees bancaires|historique de navigation)`),
			// The question is what data, not whether it is surely collected.
			hedges: []string{},
			weak: []pat{both(`\bpersonal (?:data|information)\b|\binformation (?:about|from) you\b|\b(?:certain|some|other) (?:data|information)\b`,
				`\bdonnees (?:personnelles|a caractere personnel)\b|\binformations (?:personnelles|vous concernant)\b|\b(?:certaines|des) (?:donnees|informations)\b`)},
			pat: both(
				or(`\bnames?\b`, `\be-?mail(?: address(?:es)?)?\b`, `\b(?:phone|telephone|mobile) numbers?\b`,
					`\b(?:postal|mailing|home|billing|shipping) address`, `\bdate of birth\b`, `\bbirth ?date\b`,
					`\bip address`, `\bdevice (?:identifiers?|ids?|information|data|type|model)`, `\blocation (?:data|information)`,
					`\bgeo-?location\b`, `\bpayment (?:information|details|card|data)`, `\bcredit card`, `\bbank (?:account|details)`,
					`\bbrowsing (?:history|data|activity)`, `\busage (?:data|information)`, `\bcontact (?:details|information)`,
					`\baccount (?:information|details|data)`, `\bpasswords?\b`, `\bphotos?\b`, `\bvoice (?:recordings?|data)`,
					`\bgender\b`, `\bage\b`, `\blog (?:data|files|information)`, `\bidentifiers?\b`, `\bbiometric`, `\bhealth (?:data|information)`,
					`\b(?:cv|resume|curriculum vitae)s?\b`, `\bjob title`, `\b(?:user ?name|login)s?\b`, `\bbrowser type`,
					`\boperating system`, `\bcrash (?:reports?|data)`, `\btelemetry\b`, `\bdemographic`),
				or(`\bnoms?\b`, `\bprenoms?\b`, `\badresses? (?:e-?mail|electronique|postale|ip|de (?:courrier|messagerie|livraison|facturation))`,
					`\bcourriels?\b`, `\be-?mails?\b`, `\bnumeros? de (?:telephone|portable|mobile|carte)`, `\btelephone\b`, `\bdate de naissance`,
					`\bdonnees (?:de |d')(?:localisation|connexion|navigation|paiement|sante|identification|contact|usage|utilisation)`,
					`\bidentifiants?\b`, `\bmots? de passe`, `\bcoordonnees\b`, `\bcartes? (?:bancaires?|de credit)`, `\bgeolocalisation\b`,
					`\bage\b`, `\bsexe\b`, `\bgenre\b`, `\bphotos?(?:graphies?)?\b`, `\bhistorique`, `\bcv\b`, `\bcurriculum vitae`,
					`\bnavigateur\b`, `\bsysteme d'exploitation`, `\btelemetrie\b`, `\bsituation (?:familiale|professionnelle)`,
					`\bdonnees biometriques`, `\bvoix\b`, `\benregistrements? vocaux`)),
		}.run,
	},
	{
		ID: "collection.purposes", Category: collection,
		Title: "Says why it collects data",
		Run: rule{
			lead: true,
			// The evidence: a purpose stated ("to improve our services") before
			// the bare word ("The purpose of this policy is...").
			lesser: both(`^purposes?$`, `^finalites?$`),
			cats:   cats(collection, sharing, cookies),
			pat: both(
				or(`\bpurposes?\b`, `\bin order to\b`, `\bso (?:that )?(?:we|you) can\b`,
					`\b(?:use|uses|used|using|process|processes|processed|collect|collects|collected)\b[^.;]{0,80}\b(?:to|for)\s+(?:provide|improve|operate|personali[sz]e|deliver|process|send|communicate|respond|analy[sz]e|maintain|secure|protect|comply|understand|develop|offer|manage|administer|fulfil|fulfill|create|verify|prevent|detect|support|enable|match|contact|help|measure|show|display|recommend|customi[sz]e|tailor|ensure|run|bill|market|advertis)`,
					`\b(?:to|for)\s+(?:provide|improve|operate|deliver|personali[sz]e|maintain|secure)\s+(?:and\s+\w+\s+)?(?:our|the|your)\b`),
				or(`\bfinalites?\b`, `\bafin de\b`, `\bafin que\b`, `\bdans le (?:but|cadre) de\b`, `\ba des fins\b`, `\ben vue de\b`, `\bpour les besoins\b`,
					`\b(?:servent|sert|permettent|permet|utilis\w+|trait\w+|collect\w+)\b[^.;]{0,80}\b(?:a|pour)\s+(?:vous|fournir|ameliorer|gerer|personnaliser|repondre|traiter|assurer|envoyer|permettre|realiser|proposer|offrir|mesurer|analyser|securiser|prevenir|lutter|respecter|communiquer|creer|verifier|faciliter|executer|suivre|identifier|informer|adapter|afficher|etablir|administrer|developper)`,
					`\bpour (?:la |le |l'|les )?(?:gestion|fourniture|execution|amelioration|personnalisation|prospection|realisation|securite|prevention)\b`)),
		}.run,
	},
	{
		ID: "sharing.recipients", Category: sharing,
		Title: "Names who receives the data",
		Run: rule{
			lead: true,
			cats: cats(sharing),
			// A kind of recipient named in a clause the classifier did not
			// label sharing still counts when the clause passes data on
			// ("we use Stripe to process your payments").
			pat:    recipientKinds,
			any:    recipientKinds,
			anyCtx: passesData,
			// "the Google Play Store" is a store; "Dow Jones & Company, Inc.
			// and its subsidiaries ("Dow Jones", "us" or "we")" is the
			// company itself.
			skipAfter:    recipientNot,
			patSkipAfter: recipientNot,
			// The evidence: a recipient named in a sentence that shares or
			// discloses data, before one named in the policy's opening
			// ("provided by Acme and its affiliates").
			prefer: sharesData,
			weak: []pat{both(
				or(`\bthird[- ]part(?:y|ies)\b`, `\bpartners?\b`, `\bother compan`, `\boutside (?:parties|organi[sz]ations)`, `\bothers\b`),
				or(`\btiers\b`, `\bpartenaires?\b`, `\bautres (?:societes|entreprises|entites)`, `\bdestinataires?\b`))},
			hedges: []string{},
		}.run,
	},
	{
		ID: "sharing.sale", Category: sharing,
		Title: "Says whether it sells personal data",
		Run:   runSale,
	},
	{
		ID: "cookies.purposes", Category: cookies,
		Title: "Explains what cookies and trackers are used for",
		Run: firstOf(rule{
			lead:   true,
			cats:   cats(cookies),
			hedges: []string{},
			// "For purposes of this Policy, "Personal Data" means": a
			// definition, not a purpose. « lire notre Charte ... pour savoir
			// comment nous utilisons ces technologies »: a pointer.
			patSkipAfter: cookiePurposeNot,
			skipAfter:    cookiePurposeNot,
			// "We do not use cookies": there is no purpose to give. A
			// purpose said of cookies by name counts in any clause: the
			// cookie word keeps it on topic, and real policies give purposes in
			// sentences the classifier files under sharing or collection
			// ("we use cookies for personalised marketing"). Tried before
			// pat, so that the evidence starts at the cookies rather than at
			// "technologies".
			anyFirst: true,
			any: both(or(`\b(?:do not|don't|does not|doesn't|never) (?:use|set|place|store|deposit) (?:any )?(?:cookies|trackers|tracking technologies)\b`,
				`\b(?:analytics?|analytical|advertising|functional(?:ity)?|performance|essential|strictly necessary|necessary|preference|session|persistent|marketing|targeting|social media|security|authentication) (?:cookies|trackers)`,
				`\b(?:cookies?|pixels?|beacons?|trackers?|local (?:browser )?storage|browser storage)\b[^.;]{0,100}\b(?:to|for|help|helps|allow|allows|enable|enables|let|lets)\b\s+(?:\w+\s+){0,3}(?:display|remember|memori[sz]e|measure|analy[sz]e|understand|personali[sz]e|advertis|show|deliver|keep|maintain|identify|detect|recogni[sz]e|track|count|store|save|log|authenticate|secure|prevent|operate|function|work|target|serve|see|learn|know|record|collect|gather|monitor)`,
				`\b(?:cookies?|trackers?)\b[^.;]{0,60}\b(?:used|use|uses)\b[^.;]{0,40}\b(?:for|to)\b`,
				`\b(?:cookies?|trackers?|pixels?)\b (?:that|which) (?:\w+ ){0,2}(?:tracks?|remembers?|stores?|records?|measures?|identif\w+|keeps?|counts?)\b`),
				or(`\bn'(?:utilis|depos|install)\w* (?:aucun|pas de|jamais de) (?:cookies?|traceurs?)\b|\baucun (?:cookie|traceur) n'est (?:utilise|depose|installe)`,
					`\b(?:cookies|traceurs|temoins)\s+(?:de |d')(?:mesure|audience|publicit|fonctionnement|performance|analyse|session|preference|personnalisation|ciblage|reseaux sociaux|securite|authentification|statistiques)`,
					`\b(?:cookies|traceurs|temoins)\s+(?:non )?(?:publicitaires|analytiques|fonctionnels|techniques|necessaires|essentiels|statistiques|strictement necessaires|tiers|internes)`,
					`\b(?:cookies?|traceurs?|temoins?|pixels?|pixel tags|balises)\b[^.;]{0,100}\b(?:permet\w*|pour|afin|servent|sert|aident|aide|destine\w* a|utilis\w+ (?:pour|a))\b[^.;]{0,40}\b(?:mesur|analys|publicit|fonctionn|personnalis|memoris|audience|statisti|reconna|afficher|suivre|securis|faciliter|enregistr|identifi|adapter|cibl|comprendre|connaitre|verifi|souven|rappel|savoir|collect|recueill)`,
					`\b(?:cookies?|traceurs?|temoins?)\b[^.;]{0,60}\ba des fins (?:de |d')(?:marketing|publicit|mesure|analyse|statisti|personnalis|ciblage|securite|fonctionnement)`)),
			// Purposes said of tags, SDKs or "technologies", or with no
			// tracker named: only in cookie clauses.
			pat: both(
				or(`\b(?:analytics?|analytical|advertising|functional(?:ity)?|performance|essential|strictly necessary|necessary|preference|session|persistent|marketing|targeting|social media|security|authentication) technologies`,
					`\b(?:tags?|sdks?|technolog(?:y|ies))\b[^.;]{0,100}\b(?:to|for|help|helps|allow|allows|enable|enables|let|lets)\b\s+(?:\w+\s+){0,3}(?:display|remember|memori[sz]e|measure|analy[sz]e|understand|personali[sz]e|advertis|show|deliver|keep|maintain|identify|detect|recogni[sz]e|track|count|store|save|log|authenticate|secure|prevent|operate|function|work|target|serve|see|learn|know|record|collect|gather|monitor)`,
					// "We use cookies for the sole purpose of", "for purposes such as
					// saving your login session".
					`\b(?:use|uses|using)\b (?:\w+ ){0,2}(?:cookies|trackers|technologies)\b[^.;]{0,20}\bfor (?:the )?(?:\w+ )?purposes? (?:of|such as|including)\b`, `\bfor (?:the )?purposes? (?:such as|including|of)\b`,
					`\b(?:advertising|analytics?|marketing|security|statistical|audience measurement) purposes\b`,
					`\b(?:google analytics|(?:mobile |web |app )?analytics (?:tools?|services?|software|providers?|partners?|companies|vendors)|hubspot|mixpanel|matomo|hotjar|segment|amplitude)\b[^.;]{0,30}\bto (?:(?:allow|help|enable) us to )?(?:better )?(?:track|measure|analy[sz]e|understand|count|collect|monitor|gain insights?)\b`),
				or(`\b(?:sdk|technologies)\b[^.;]{0,100}\b(?:permet\w*|pour|afin|servent|sert|aident|aide|destine\w* a|utilis\w+ (?:pour|a))\b[^.;]{0,40}\b(?:mesur|analys|publicit|fonctionn|personnalis|memoris|audience|statisti|reconna|afficher|suivre|securis|faciliter|enregistr|identifi|adapter|cibl|comprendre|connaitre|verifi|souven|rappel|savoir|collect|recueill)`,
					`\bfinalites? (?:publicitaires|de mesure|d'audience|statistiques|analytiques|de (?:ciblage|personnalisation|securite))|\bmesures? d'audience\b`)),
			weak: []pat{both(`\b(?:use|uses|using)\b[^.;]{0,30}\bgoogle analytics\b|\b(?:cookies?|trackers?|technologies)\b[^.;]{0,100}\b(?:improve|enhance|better|optimi[sz]e|provide)\b|\b(?:improve|enhance|better)\b[^.;]{0,60}\bexperience\b[^.;]{0,60}\bcookies?\b`,
				`\butilis\w*\b[^.;]{0,30}\bgoogle analytics\b|\b(?:cookies?|traceurs?|technologies)\b[^.;]{0,100}\b(?:ameliorer|optimiser|proposer|offrir|faciliter)\b|\bameliorer\b[^.;]{0,60}\bexperience\b[^.;]{0,60}\bcookies?\b`)},
		}.run,
			// Purposes said of "they" or "these" under a cookie heading,
			// whatever the clause is labelled with.
			rule{
				any: both(`\b(?:they|these|those|such (?:files|tools|technologies)) (?:help|allow|enable|let)\b\s+(?:\w+\s+){0,3}(?:remember|measure|analy[sz]e|understand|personali[sz]e|recogni[sz]e|track|count|identify|authenticate|secure|target)|\b(?:use|uses|using) (?:them|these) (?:only |solely )?(?:to|for) (?:\w+ ){0,2}(?:maintain|remember|measure|analy[sz]e|understand|personali[sz]e|recogni[sz]e|track|count|identify|authenticate|secure|target|keep|store|save)\b`,
					`\b(?:ils|elles|ceux-ci|celles-ci|ces (?:outils|fichiers|technologies)) (?:nous )?(?:permettent|servent|aident)\b[^.;]{0,40}\b(?:mesur|analys|publicit|fonctionn|personnalis|memoris|audience|statisti|reconna|suivre|securis|identifi|cibl|comprendre|souven)`),
				anyCtx: both(`\bcookies?\b|\btrack(?:ers|ing technolog)`, `\bcookies?\b|\btraceurs?\b|\btemoins?\b`),
				hedges: []string{},
			}.run,
			topicVague(topicClauses, cookies)),
	},
	{
		ID: "cookies.control", Category: cookies,
		Title: "Explains how to refuse or manage cookies",
		Run: rule{
			cats: cats(cookies),
			pat: both(
				or(`\bbrowser(?:'s)? (?:settings|preferences|options)`, `\b(?:settings|preferences|options) (?:of|in|on) your (?:web )?browser`,
					// "A user may set his or her browser to disallow cookies".
					`\bset (?:\w+ ){0,3}(?:browser|device)s? to (?:disallow|refuse|reject|block|decline|not accept|notify|warn|alert|erase|delete)`, `\bdisallow (?:\w+ )?cookies\b`,
					`\bcookie consent (?:controls?|settings|tool)\b`, `\b(?:disable|block|refuse|reject|decline|delete|remove|clear|manage|control|turn off|opt out of|adjust)\b[^.;]{0,40}\b(?:cookies?|trackers?|tracking|preferences|settings)`,
					`\bopt[- ]out\b`, `\b(?:switch|turn) (?:them|it|cookies) off\b`,
					// A tool named as a place to act, not a kind of data in a list.
					`\b(?:change|adjust|manage|update|use|using|visit|open|through|via|in|from|with|on|at) (?:your |our |the |its |a )?(?:\w+ )?(?:cookie (?:banner|preferences|consent|manager|settings|tool|panel)|consent (?:tool|manager|management|platform|banner))`,
					`\bwithdraw (?:your )?consent\b`, `\b(?:tracking|cookies?|trackers?)\b[^.;]{0,30}\bcan be (?:disabled|turned off|switched off|blocked|deleted|refused|rejected)\b`, `\bprivacy settings\b`, `\bnot (?:to )?accept (?:\w+ )?cookies`, `\bchange your (?:cookie )?(?:preferences|choices|settings)`,
					// WordPress's comment form: "you may opt-in to saving your
					// name, email address and website in cookies".
					`\bopt[- ]in to (?:\w+ ){0,2}(?:saving|storing|store|save|receiving|accept)\b[^.;]{0,60}\bcookies?\b`,
					// "Consent ... can be revoked at any moment via the link",
					// "untick 'Analytics' in the box".
					`\b(?:consent|choices?)\b[^.;]{0,40}\bcan be (?:revoked|withdrawn|changed|updated|modified)\b`, `\brevok\w*\b[^.;]{0,30}\bconsent\b`, `\b(?:untick|uncheck|deselect)\b`),
				// Verbs, not the nouns "paramètres", "paramétrage": "les
				// paramètres des cookies" in a list of data is no control,
				// as "cookie settings" is not in English.
				or(`\bparametr(?:er|ez|ant|ons)\b[^.;]{0,40}\b(?:navigateur|fureteur)`, `\bconfigur\w*\b[^.;]{0,40}\bfureteur`,
					// « Le blocage des cookies s'opère via les réglages », « revenir sur vos choix ».
					`\b(?:blocage|suppression|refus|desactivation) (?:des |de ces )(?:cookies|traceurs|temoins)\b`, `\brevenir sur (?:vos|votre) (?:choix|consentement)\b`, `\b(?:desactiv\w*|bloqu\w*|refus\w*|supprim\w*|effac\w*|ger(?:er|ez|ant)|configur(?:er|ez|ant|ons)|parametr(?:er|ez|ant|ons)|retir\w*|modifi(?:er|ez|ant|ons))\b[^.;]{0,40}\b(?:cookies?|traceurs?|temoins?|preferences|choix|consentement|parametres|reglages)`,
					`\b(?:modifier|modifiez|gerer|gerez|mettre a jour|utiliser|utilisez|via|dans|depuis|a partir de|sur) (?:vos |les |nos |le |la |l'|ses |votre )?(?:parametres|preferences|reglages) (?:des |de |relatifs aux |en matiere de )?(?:cookies|traceurs|temoins)`,
					`\b(?:gestionnaire|panneau|bandeau|outil|module|centre|console|plateforme) (?:de |des )?(?:gestion (?:des |de )?)?(?:cookies|consentements?|preferences|traceurs)`,
					`\bretirer votre consentement`, `\b(?:supprim|effac)\w*\b[^.;]{0,20}\b(?:depuis|dans|via) (?:l'historique|les (?:parametres|reglages|options)) (?:de (?:navigation|votre navigateur))?`, `\bne pas accepter (?:les |des )?(?:cookies|traceurs)`,
					`\bcontroles? (?:\w+ ){0,2}(?:du |des |de )?consentement (?:des |aux |relatif aux )?(?:cookies|traceurs)`, `\bvous opposer\b`, `\bopposer au depot`, `\bopt[- ]out\b`)),
			// How to manage cookies pointed to elsewhere, not said: "See below
			// to learn how you can manage your cookie preferences", "to manage
			// your cookies, please follow the instructions in our Cookie
			// Policy", « pour en savoir plus sur la gestion des cookies,
			// consultez notre politique ».
			open: both(`\bsee below to\b|\b(?:learn|find out|read|information)\b (?:more )?(?:about )?how\b[^.;]{0,60}?\b(?:manage|control|change|disable|delete|block|refuse|opt)\w*\b[^.;]{0,80}\b(?:see|read|visit|refer to|consult|click|follow)\w*\b|\b(?:learn|find out) more\b[^.;]{0,80}\b(?:manage|control|disable|block|refuse|opt)\w*\b[^.;]{0,60}\b(?:our|the) (?:cookies? (?:policy|notice|statement)|privacy (?:policy|notice))|\bhow (?:you can|to|you may) (?:manage|control|change|disable|delete|block|refuse|opt)\w*\b[^.;]{0,60}?\b(?:please )?(?:see|read|visit|refer to|consult|click|follow)\w*\b (?:our|the|this|here)\b|\b(?:to|if you (?:wish|want|would like) to) (?:manage|control|disable|block|refuse|opt out of|change)\b[^.;]{0,60}\b(?:please )?(?:click here|(?:see|read|visit|refer to|consult|follow the instructions)\b[^.;]{0,80}?\b(?:cookies? (?:policy|notice|statement)|section|page|here))\b|\b(?:which|that) (?:explains|describes|tells you) how\b|\binformation (?:on|about|regarding) how to opt[- ]?out\b|\bprovides? information (?:on|about|regarding)\b[^.;]{0,80}\bopt[- ]?out\b|\b(?:learn|find out) more\b[^.;]{0,80}\bopt[- ]?out\b[^.;]{0,60}\bvisit\b|\byou may have options\b`,
				`\b(?:pour (?:en )?savoir (?:plus|comment)|en savoir plus|pour plus d'informations?)\b[^.;]{0,80}\b(?:gestion|ger(?:er|ez)|parametr\w*|desactiv\w*|refus\w*|control\w*|bloqu\w*)\b[^.;]{0,80}\b(?:consultez|consulter|reportez-vous|rendez-vous|cliquez|voir)\b|\b(?:pour|afin de) (?:gerer|parametrer|desactiver|refuser|bloquer)\b[^.;]{0,60}\b(?:consultez|reportez-vous a|cliquez ici)\b[^.;]{0,40}?\b(?:(?:notre|la|cette) (?:politique|charte|page|section|rubrique)|ici)\b|\bcomme (?:indique|precise|decrit|explique) dans (?:notre|la|nos) (?:politique|charte|page|rubrique)`),
			// Tracking an app does through the device, managed there, in
			// any clause: "by removing Device Permissions you've agreed to in
			// your device settings", "give or withdraw permission for an app
			// to track your activity", « en supprimant les Autorisations
			// d'appareil ».
			any: both(`\b(?:remov|revok|withdraw|disabl)\w*\b[^.;]{0,40}\bdevice permissions?\b|\b(?:give|grant|withdraw|revoke)\w*\b[^.;]{0,20}\bpermissions?\b[^.;]{0,30}\bto track\b`,
				`\b(?:supprim|retir|revoqu|desactiv)\w*\b[^.;]{0,40}\bautorisations? (?:d'|de l')appareil\b`),
			// Avoiding tracking without a tool to manage it.
			weak: []pat{both(`\b(?:do not|don't|prefer not to|not) (?:want|wish)? ?(?:to )?be (?:tracked|followed)\b|\bavoid (?:being )?track|\bbrowser \(if you allow\)`,
				`\bne (?:pas )?(?:etre|plus etre) (?:suivie?s?|traces?)\b|\bne pas cliquer\b`),
				// Choices pointed to, not described: "to know your choices
				// about these companies, click here", "your options for
				// managing personalized advertising, see our page".
				both(`\b(?:choices|options)\b[^.;]{0,80}\b(?:click here|see (?:our|the)|visit)\b`,
					`\b(?:choix|options)\b[^.;]{0,80}\b(?:cliquez ici|consultez (?:notre|la)|rendez-vous)\b`),
				// Only pointed to elsewhere: "refer to our Cookies Notice ...
				// on how you can disable these technologies", "your choices
				// regarding cookies", « pour savoir comment contrôler ...,
				// consultez notre page ».
				both(`\b(?:refer to|see|visit|consult|read)\b[^.;]{0,80}\bcookies? (?:notice|policy|statement)\b[^.;]{0,80}\b(?:disable|manage|control|refuse|block|opt)\w*|\b(?:choices|options) (?:regarding|about|for controlling|to control|for managing)\b[^.;]{0,60}\bcookies\b`,
					`\b(?:pour savoir|en savoir plus)\b[^.;]{0,80}\b(?:comment|maniere (?:de |d'))[^.;]{0,60}\b(?:controler|eviter|refuser|gerer|desactiver|bloquer)\b|\b(?:en savoir plus|plus d'informations?)\b (?:sur|concernant) (?:la )?(?:gestion|desactivation|parametrage) (?:des|de vos) (?:cookies|traceurs)\b`),
				// Consent asked before cookies are set, with no word of how to
				// give or withdraw it: « Nous recueillons votre consentement
				// préalablement à l'installation de cookies ».
				both(`\b(?:ask|obtain|request|seek|collect)\w* (?:for )?your (?:prior )?consent (?:before|prior to) (?:placing|setting|using|installing|storing|dropping) (?:\w+ )?(?:cookies|trackers|tracking technologies)\b`,
					`\b(?:recueill|demand|obten|sollicit|recu)\w* (?:\w+ )?(?:votre |le |un )?consentement (?:prealable(?:ment)? |au prealable )?(?:a|avant) (?:l'installation|le depot|l'utilisation|la pose|le placement|toute installation|tout depot) (?:de |des |d')(?:\w+ )?(?:cookies|traceurs|temoins)\b`)},
		}.run,
	},
	rightCheck("rights.access", "Lets you access a copy of your data",
		both(or(`\baccess(?:ing)?\b(?:,? (?:or |and )?(?:correct|updat|amend|modif|edit|delet|eras|review|export|download|rectif|see|view|obtain|receiv|alter|chang)\w*)*,? (?:to )?(?:all |any )?(?:of )?(?:your|the|their|his|her|such|this|that|personal|all|certain|some)\b[^.;]{0,20}\b(?:data|information|details|profile|account|records)`,
			`\b(?:data|information|details|profile)\b[^.;]{0,30}\baccessible\b`, `\baccess requests?\b`,
			// "You may access, change, or correct information that you have provided".
			`\baccess(?:ing)?(?:,? (?:or |and )?(?:correct|updat|amend|modif|edit|delet|eras|review|rectif|alter|chang)\w*)+,? (?:any |all )?(?:personal )?(?:data|information|details)\b`, `\b(?:obtain|request|receive|get) (?:a )?cop(?:y|ies)\b`, `\b(?:request|ask)\b[^.;]{0,20}\bdisclose to (?:you|them)\b`, `\b(?:request|ask) (?:that )?(?:we|us) (?:to )?disclose\b[^.;]{0,40}\b(?:data|information)\b`, `\bcopy of (?:your|the|any|all|such)\b (?:\w+ ){0,2}(?:data|information|records?|details|account|profile|file)`, `\bright to know\b`, `\bknow (?:what|whether|which)\b`, `\binformation (?:on|about|as to) whether\b`, `\bconfirm\w*\b(?:[^.;]|\.[a-z]\.?)*?\b(?:if|whether)\b`, `\bsee (?:the |all |any )?(?:personal )?(?:data|information)\b`, `\bview\b`, `\b(?:ask|request) to see\b`, `\bdisclose (?:to (?:you|them) )?(?:the )?(?:categories|specific pieces)\b`, `\b(?:obtain|request|receive|get)\b (?:\w+ ){1,3}(?:full |complete )?cop(?:y|ies) of\b`,
			// "You can review and update your registration information",
			// "we will inform you about the data we have stored about you".
			`\breview\b[^.;]{0,40}\b(?:information|data|details|records)\b`, `\binform you (?:about|of) (?:the |all )?(?:personal )?(?:data|information)\b`,
			`\b(?:request|obtain|receive)\b (?:from us )?(?:the |a copy of the |all (?:the )?)?(?:personal )?(?:information|data) (?:that )?we (?:have|hold|keep|store|process)\b`,
			`\b(?:archive|copy|export|exported file|summary|report|list) (?:of|with|containing) (?:all )?(?:the |your )?(?:personal )?(?:data|information)`, `\b(?:request|download|export)\b[^.;]{0,20}\b(?:an? )?(?:archive|copy|export) of (?:all )?your (?:content|account|posts)\b`,
			// "the right to request to know more details about ... personal information",
			// "retrieve your full account data", "the information can be viewed".
			`\b(?:request|ask) to know\b`, `\bretrieve (?:all |your |a copy of )(?:\w+ ){0,2}(?:data|information)\b`, `\b(?:data|information)\b[^.;]{0,30}\bcan be (?:viewed|accessed|reviewed|consulted)\b`),
			or(`\bacces (?:a |aux )(?:vos|ses|leurs|l'ensemble|les|des|toutes|tous)\b`, `\bacceder (?:a |aux )(?:vos|ses|leurs|l'ensemble|les|des|toutes|tous)\b`, `\bdroit d'acces\b`, `\bobtenir (?:une )?copie`, `\b(?:archive|copie|export|recapitulatif|liste) (?:de |des |contenant )(?:l'ensemble de |toutes )?(?:vos |les )?(?:donnees|informations)`, `\bcopie de (?:vos|vos donnees|l'ensemble)`, `\bcommunication (?:de vos|des) donnees`, `\bconsulter (?:vos|les|l'ensemble de vos|ses|leurs) (?:donnees|informations|renseignements)`,
				// « demander des informations sur vos données », « nous mettrons
				// à disposition les données vous concernant ».
				`\b(?:demander|obtenir|recevoir) (?:des )?(?:informations|renseignements) (?:sur|concernant|relatives a) (?:vos|les) donnees`, `\b(?:demander|obtenir|recevoir) (?:des )?(?:informations|renseignements) sur (?:le |notre |leur )?traitement de vos donnees`, `\bmett\w* a (?:votre )?disposition (?:les |vos |l'ensemble des )?(?:donnees|informations)`,
				// "consulter, corriger ou supprimer vos informations", as
				// "access, correct or delete your information" above.
				`\b(?:acceder|consulter)\b(?:,? (?:ou |et )?(?:corriger|modifier|mettre a jour|supprimer|effacer|rectifier|exporter|telecharger|obtenir|recevoir|visualiser|consulter))+,? (?:ou |et )?(?:a |aux )?(?:l'ensemble de |toutes |tous )?(?:vos|les|ses|leurs|ces|des)\b[^.;]{0,20}\b(?:donnees|informations|renseignements|profils?|comptes?)`)),
		both(or(`\bright (?:of|to) access\b`, `\baccess requests?\b`, `\bsubject access\b`,
			// "See what data we have about you".
			`\bsee (?:what|which) (?:personal )?(?:data|information) (?:we|the company) (?:have|hold|keep|store)\b`), or(`\bdroits? d'acces\b`, rightsListFR+`d'acces\b`))),
	rightCheck("rights.deletion", "Lets you have your data deleted",
		both(or(`\bdelet(?:e|ed|es|ing|ion)\b`, `\beras(?:e|ed|ure|ing)\b`, `\bremov(?:e|al)\b`, `\bdestr(?:oy|oyed|uction)\b`, `\bright to be forgotten\b`),
			or(`\beffac\w+`, `\bsuppr\w+`, `\bdetrui\w+`, `\bdestruction\b`, `\bdroit a l'oubli\b`)),
		both(or(`\bright (?:to|of) (?:erasure|deletion|be forgotten)\b`, `\b(?:erasure|deletion) requests?\b`, `\brequest (?:the )?(?:erasure|deletion)\b`,
			// "If you want Crowdmark to delete this personal information, you can
			// contact Crowdmark", "To have an account registration deleted, use...".
			`\bif you (?:want|wish|would like) (?:\w+ ){0,2}to (?:delete|erase|remove) (?:\w+ ){0,3}(?:data|information|account)|\bto have (?:\w+ ){0,3}(?:data|information|account|registration) (?:deleted|erased|removed)\b`),
			or(`\bdroits? (?:a l'|d')(?:effacement|suppression)`, `\bdroit a l'oubli\b`, rightsListFR+`(?:d'effacement|de suppression|a l'effacement|a l'oubli)\b`,
				`\bsi vous (?:souhaitez|voulez|desirez) (?:que )?(?:\w+ ){0,3}(?:supprim|effac)\w* (?:\w+ ){0,3}(?:donnees|informations|compte)`))),
	rightCheck("rights.rectification", "Lets you correct your data",
		// The verb must bear on the data: "update your preferences" is not
		// rectification.
		both(or(`\brectif\w*`, `\bcorrection\b`, `\b(?:inaccura\w+|incorrect|incomplete|outdated|out-of-date)\b`,
			`\b(?:correct|update|amend|modify|edit|change|complete)\b(?:,? (?:or |and |or even )?(?:correct|update|amend|modify|edit|change|delete|erase|remove|export|complete))*,? (?:and |or )?(?:any |all )?(?:of )?(?:your|the|their|such|this|that|his|her) (?:own )?(?:personal (?:data|information)|data|informations?|details|profile|account (?:information|details|data)|contact (?:information|details))`,
			// "All users of our site may make any changes to their information".
			`\bmake (?:any )?changes to (?:\w+ ){0,2}(?:their|your|the) (?:\w+ )?(?:informations?|data|details|profile|account)\b`,
			// A verb of correction a few words before the data ("correct,
			// update or request deletion of your personal information", "we
			// will revise the relevant information"), the data corrected
			// ("your personal information be corrected"), new data sent.
			`\b(?:correct|correcting|rectify|amend|update|revise|edit|change)\b[^.;]{0,50}\b(?:informations?|data|details|profile)\b`,
			`\b(?:information|data|details)\b[^.;]{0,30}\bbe (?:corrected|rectified|amended|updated|revised)\b`, `\b(?:new|updated|corrected) (?:personal )?information\b`,
			`\b(?:update|correct|edit|change|amend|modify) (?:your|their) (?:\w+ )?(?:name|(?:e-?mail|postal|delivery|billing|home|mailing) address|date of birth|phone number|contact|profile|details)\b`),
			or(`\brectif\w*`, `\bcorrection\b`, `\binexact\w*`, `\bincomplet\w*`,
				`\b(?:corrig\w*|modifi\w*|mettre a jour|mise a jour|met\w* a jour|complet\w*)\b(?:,? (?:ou |et )?(?:corrig\w*|modifi\w*|mettre a jour|supprim\w*|effac\w*|complet\w*))*,? (?:ou |et )?(?:l'ensemble de |tout ou partie de )?(?:vos|les|ses|leurs|ces) (?:donnees|informations|coordonnees|profils?|renseignements)`,
				`\b(?:corriger|rectifier|mettre a jour)\b[^.;]{0,50}\b(?:donnees|informations|coordonnees|profil)\b`, `\b(?:donnees|informations)\b[^.;]{0,30}\b(?:soient|etre) (?:corrigees|rectifiees|mises a jour)\b`,
				// « mettre à jour votre adresse postale », « signalez-nous
				// une erreur et nous la corrigerons ».
				`\b(?:corrig\w*|modifi\w*|mettre a jour|actualis\w*)\s+(?:votre|vos|leur|leurs|son|sa|ses) (?:\w+ )?(?:adresse|coordonnees|numero de telephone|nom|prenom|date de naissance|profil|informations|donnees|renseignements)\b`,
				`\b(?:erreurs?|inexactitudes?)\b[^.;]{0,80}\b(?:corrig|rectifi)\w*`)),
		both(or(`\bright (?:to|of) rectification\b`, `\bright to correct`, `\brights? (?:of|to)\b[^.;]{0,60}\brectification\b`,
			// The reader invited to update their own data, in any clause:
			// "To update your personal information, please go to ...".
			`\b(?:to|you can|you may|you are able to) (?:update|correct|edit|change) your (?:personal (?:data|information)|account information|user registration|profile(?: information)?|contact (?:details|information))\b`,
			// "You can view and edit any personal data that you have provided".
			`\b(?:you can|you may|you are able to) (?:\w+ )?(?:and |or )?(?:update|correct|edit|change|modify|amend) (?:any |all )?(?:of )?(?:your |the )?(?:personal (?:data|information)|account information|profile information|contact (?:details|information))\b`,
			// "To request a change to any of your Personal Information", "please keep your
			// account information updated".
			`\b(?:request|ask for) (?:a )?(?:change|correction|update|amendment)s? (?:to|of) (?:any (?:of )?)?your (?:personal )?(?:data|information|details)\b`,
			`\bkeep (?:your|their) (?:account |contact |personal |profile )?(?:information|details|data)\b(?:,? (?:including|such as|like)\b[^.;]{0,40}?,)?\s+(?:(?:complete|correct|true|accurate),? (?:and |or )?)?(?:updated|up to date|up-to-date|current|accurate)\b`,
			// "You can change the email address that you have subscribed".
			`\b(?:you can|you may|to) (?:change|update|edit|correct) (?:the |your )(?:e-?mail address|postal address|mailing address|phone number|contact (?:details|information))\b`, `\bchanging (?:the |your )(?:e-?mail address|postal address|phone number)\b`,
			// The reader, or users, as the ones who change their own data, in
			// any clause: "Users are able to change their personal
			// information", "You may update the online account information you
			// provide", "all users may make any changes to their information".
			`\b(?:you|users?|members?|customers?)\b (?:\w+ ){0,4}?(?:correct|update|amend|modify|edit|change|rectify|make (?:any )?changes to)\b (?:\w+ ){0,2}?(?:your|their|his or her|the (?:\w+ )?(?:account|profile|registration)) (?:own )?(?:personal (?:data|information)|data|informations?|details|profile|account (?:information|details|data)|contact (?:information|details))\b`),
			or(`\bdroits? de rectification\b`, rightsListFR+`de rectification\b`,
				`\b(?:pour|vous pouvez|vous avez la possibilite de) (?:mettre a jour|corriger|modifier|rectifier) vos (?:donnees (?:personnelles|a caractere personnel)|informations personnelles|coordonnees|informations de compte)\b`))),
	rightCheck("rights.portability", "Lets you take your data elsewhere",
		both(or(`\bportability\b`, `\bportable (?:format|form)\b`, `\bmachine[- ]readable\b`, `\bstructured,? commonly[- ]used\b`, `\bexport (?:all |any )?(?:of )?(?:your|a copy)\b`, `\b(?:data|information) (?:be )?transferred (?:directly )?to another\b`, `\btransmit\w* (?:\w+ ){0,3}?(?:directly )?to another\b`, `\breceive \(port\)`,
			// "Access and take your data to another service", "request that we
			// delete or transfer any information about you".
			`\b(?:take|move|port)\b (?:\w+ ){0,2}(?:data|information)\b (?:\w+ ){0,2}to another (?:service|provider|controller|company|organi[sz]ation|platform)\b`,
			// "To move your data"; "access, correct, move, or object".
			`\bmove (?:your|their) (?:personal )?(?:data|information)\b`, `\b(?:in|as) (?:a |an )?(?:csv|json|xml|zip)\b(?: (?:file|archive|format))?`, `\bformat that (?:computers|machines) can read\b`, `\b(?:reuse|re-use)\b[^.;]{0,30}\b(?:elsewhere|with another|on another)\b`, `\bmigrat(?:e|ing|ion)\b`, `\b(?:access|correct|delete|erase|update)\w*,? (?:(?:or |and )?[a-z]+, ){0,3}(?:or |and )?move\b`,
			`\btransfer (?:of )?your (?:personal )?(?:data|information) to (?:a |another )?(?:third[- ]party )?(?:provider|controller|service|company)\b`,
			`\b(?:request|ask)\w*\b (?:\w+ ){0,4}transfer (?:of )?(?:any |all |your |the )?(?:personal )?(?:information|data)\b`),
			or(`\bportabilite\b`, `\bformat structure\b`, `\blisible par (?:une )?machine\b`, `\brecuperer (?:vos|les|l'ensemble de vos) donnees\b`, `\bexporter\b`, `\btransm\w* (?:directement )?a un autre (?:responsable|organisme|prestataire|service|fournisseur)\b`, `\bformat\b[^.;]{0,25}\bstructure\b`, `\bformat portable\b`, `\b(?:fichier|format) (?:csv|json|xml)\b`, `\bau format (?:csv|json|xml)\b`, `\b(?:forme|format) (?:\w+ )?(?:structure|interoperable|reutilisable)\w*\b`, `\brestitu\w*\b[^.;]{0,60}\b(?:structuree?|interoperable|reutilisable)\b`, `\btransmission de (?:vos|ses|leurs) (?:donnees|informations|renseignements) a un (?:tiers|autre)\b`,
				// « le droit de consulter, de rectifier, de transférer et d'effacer vos informations »;
				// « demander le transfert de vos données personnelles », as
				// "request the transfer of your personal data".
				rightsListFR+`de transferer\b`, `\b(?:demander|demandez|solliciter)\b (?:\w+ ){0,4}?le transfert (?:de |des )(?:vos |ces |leurs |ses )?(?:donnees|informations)\b`)),
		both(`\bportability\b`, `\bportabilite\b`)),
	rightCheck("rights.objection", "Lets you object to or restrict processing",
		both(or(`\bobject(?:ion|ing)?\b`, `\bopt(?:ing|ed)?[- ]?out\b`, `\brestrict\w*`, `\blimit (?:the |our )?(?:use|processing)\b`, `\bwithdraw\w* (?:your )?consent\b`, `\bunsubscrib\w*`, `\bstop (?:receiving|processing|using)\b`, `\bconsent\b[^.;]{0,40}\bwithdraw (?:it|this|that|them)\b`, `\breply(?:ing)? (?:with )?["']?stop\b`, `\bturn (?:\w+ )?off\b`,
			`\b(?:discontinu\w*|suspend\w*|cease)\b[^.;]{0,30}\b(?:us(?:e|ing)|process\w*|provid\w*)\b`,
			// "accept or refuse them at any time": a consent that can be taken back.
			`\baccept (?:\w+ )?or (?:refuse|reject|decline)\b`,
			// Refusing cookies is the reader's way to object to tracking (the
			// guide: refusing cookies is cookies and rights): "you may refuse
			// to accept cookies", "set your browser to refuse cookies", "you
			// can block cookies".
			`\b(?:refuse|reject|decline|block|disable)\b[^.;]{0,30}\bcookies\b`, `\bnot (?:need )?to accept (?:\w+ )?cookies\b`,
			`\b(?:ask|request|tell) us (?:not to|to stop) (?:contact|email|e-mail|send)\w*`,
			// The reader who does not want a use, and what to do about it:
			// "If you don't want SpaceOddities.eu to track you, you can
			// activate...", "If you want us to stop, then here's how".
			objectIfNotEN),
			or(`\boppos\w+`, `\blimitation\b`, `\blimiter\b`, `\bretir\w* (?:\w+ ){0,3}(?:votre |son |le )?consentement\b`, `\bretrait (?:de votre |du )?consentement\b`, `\bdesinscri\w*`, `\bdesabonn\w*`,
				`\bsuspen(?:sion|dre)\b[^.;]{0,20}\btraitement\b`, `\bne plus (?:recevoir|etre (?:sollicite|contacte)\w*)\b`, `\brepond\w* (?:["\x{ab}] ?)?stop\b`, `\baccepter (?:\w+ )?ou (?:les |de les )?refuser\b`, `\b(?:refuser|bloquer|desactiver)\b[^.;]{0,30}\b(?:cookies|traceurs)\b`,
				objectIfNotFR)),
		both(or(`\bright (?:to|of) object(?:ion)?\b`, `\bright to (?:restrict|restriction)\b`, `\bright to opt[- ]out\b`, `\brights? (?:of|to)\b[^.;]{0,60}\bobjection\b`, objectIfNotEN), or(`\bdroits? d'(?:opposition|objection)\b`, `\bdroits? (?:a la )?limitation\b`, rightsListFR+`(?:d'opposition|de limitation|a la limitation)\b`, objectIfNotFR))),
	{
		ID: "rights.complaint", Category: rights,
		Title: "Tells you how to complain to an authority",
		Run: firstOf(rule{
			cats: cats(rights),
			any: both(
				or(`\b(?:complain\w*|lodge|file|grievances?|claims?)\b[^.;]{0,80}\b`+complaintBodyEN, `\b`+complaintBodyEN+`[^.;]{0,80}\b(?:complaints?|complain)\b`,
					// "... you have the right to do so with your local supervisory authority".
					`\b(?:right|entitled) to do so (?:with|before|to) \w+ (?:\w+ ){0,2}?`+complaintBodyEN,
					// "You also have a right to contact the relevant supervisory
					// authority."
					`\bright to (?:contact|approach|apply to|refer (?:the matter|it) to) (?:the |your |a )?(?:relevant |competent |local )?(?:supervisory authorit|data protection (?:authorit|commission))`),
				or(`\b(?:reclamations?|plaintes?|saisir|recours)\b[^.;]{0,80}\b`+complaintBodyFR, `\b`+complaintBodyFR+`[^.;]{0,80}\b(?:reclamations?|plaintes?)\b`)),
			// "establish, exercise and defend legal claims", "No complaints
			// were made and the federal privacy commissioner praised ...":
			// no complaint for the reader to make.
			skipBefore: both(`\b(?:legal|no|defend|defending) $`, `\b(?:aucune?|pas de) $`),
			hedges:     rightHedges,
			weak: []pat{
				// A complaint to an authority left unnamed.
				both(`\b(?:complain\w*|lodge|file)\b[^.;]{0,80}\b(?:competent|relevant|appropriate|local|applicable) (?:authorit|regulator)`,
					`\b(?:reclamations?|plaintes?)\b[^.;]{0,80}\b(?:autorites?|administrations?) (?:competentes?|concernees?)`),
				// An authority with no name and no right to complain.
				both(`\b(?:contact|inform|notify|report (?:it )?to|write to) (?:the |a |your )?(?:competent |relevant |local |appropriate )?(?:authorit|regulator)`,
					`\b(?:contacter|saisir|informer|vous adresser a) (?:les |l'|une |la )?(?:autorites?|administration) (?:competentes?)?`)},
		}.run,
			// "... lodge a complaint with the competent supervisory authority.
			// In Greece, this is the Hellenic Data Protection Authority."
			runAuthorityAfterComplaint),
	},
	{
		ID: "rights.contact", Category: rights,
		Title: "Gives a contact for privacy requests",
		Run: firstOf(contactRule.run,
			// A web address for requests, after every other means: an
			// address or a form named in the text is the better evidence.
			rule{cats: cats(rights), pat: contactURL, patSkipAfter: same(adsPage)}.run,
			// An address given is a contact, whatever its sentence's
			// modality ("We can be contacted via email at ..."); tried after
			// the others so that an address given plainly is the evidence.
			rule{any: both(or(email, obfuscatedEmail, streetEN), or(email, obfuscatedEmail, streetFR)), anyCtx: contactRule.anyCtx, hedges: []string{}}.run,
			// The data protection officer's email, wherever it is given
			// (a line of a table of the controller's details).
			rule{any: both(`\b(?:data protection officer|dpo)\b[^.;@]{0,60}?`+email, `\b(?:delegue(?:e)? (?:a la |a |de la )?protection des donnees|dpo|dpd)\b[^.;@]{0,60}?`+email)}.run),
	},
	{
		ID: "rights.deadline", Category: rights,
		Title: "Says how fast requests are answered",
		Run: firstOf(rule{
			// An upper bound stays a bound: "It may take up to 10 days for us
			// to process an opt-out request" (the "may" hedges nothing).
			hedges: []string{},
			// So is the time a requested deletion takes ("it may take up to
			// 90 days to delete all of your information") and the time a
			// choice takes to apply ("up to 10 business days for your email
			// preferences to take effect").
			any: both(or(`\btakes? (?:us )?(?:up to|no more than|a maximum of)\s+`+answerEN+`[^.;]{0,60}\b(?:process|honou?r|implement|fulfil|handle|complete|respond|effect)\w*\b[^.;]{0,40}\b(?:requests?|opt[- ]outs?|choices?|preferences?)\b`,
				`\btakes? (?:us )?(?:up to|no more than|a maximum of)\s+`+answerEN+`[^.;]{0,20}\bto (?:fully |permanently |completely )?(?:delete|erase|remove)\b`,
				`\btakes? (?:us )?(?:up to|no more than|a maximum of)\s+`+answerEN+`[^.;]{0,20}\bfor (?:your |the |such )?(?:\w+ )?(?:requests?|opt[- ]outs?|choices?|preferences?|changes?)\b[^.;]{0,20}\bto (?:take effect|be (?:processed|honou?red|implemented|effective|applied))`),
				or(`\bprendre? (?:jusqu'a|au maximum)\s+`+answerFR+`[^.;]{0,60}\b(?:trait|repon|prendre en compte|effectu)\w*\b[^.;]{0,40}\b(?:demandes?|requetes?|choix|preferences?)\b`,
					`\b(?:prendre?|falloir|faut) (?:jusqu'a|au maximum)\s+`+answerFR+`[^.;]{0,60}\bpour (?:supprimer|effacer)\b`)),
		}.run, rule{
			cats: cats(rights),
			// The time must be the time to answer: "we delete it within 30
			// days of closure" is retention.
			pat: both(`\b(?:respond|reply|answer|request|process|fulfil|fulfill|comply|handle|acknowledge|action|honou?r|implement|effect)\w*\b[^.;]{0,80}`+withinEN+`|`+withinEN+`[^.;]{0,40}\b(?:of|from|after|following) (?:(?:its|our|the|your|a|an) )?(?:receiv|receipt|your request|the request|the date (?:of|on) which we receive)`+
				// "If you make a request, we have one month to respond to you."
				`|\b(?:we|company) (?:will )?(?:have|has)\s+`+answerEN+`\s+to (?:respond|reply|answer|process|comply|fulfil)`,
				`\b(?:repon\w*|demande\w*|trait\w*|satisf\w*|requete\w*|pris\w* en compte)\b[^.;]{0,80}`+withinFR+`|`+withinFR+`[^.;]{0,40}\b(?:a compter de|suivant|apres) (?:la )?(?:reception|votre demande|sa reception)`+
					`|\b(?:disposons|dispose|avons|a)\s+(?:de |d')`+answerFR+`\s+pour (?:vous |y )?(?:repondre|traiter|donner suite)`),
			// "Your requests will be processed within 30 days", « vos
			// requêtes seront traitées dans les 30 jours ».
			// "no later than 45 days from its receipt of a verifiable
			// consumer request", « au plus tard dans les trente jours de
			// sa réception » after « votre demande »: a time counted from a
			// request's receipt is a response time, whatever the clause's labels.
			any: both(`\b(?:respond|reply|answer|response)\w*\b[^.;]{0,60}\bwithin\s+(?:the\s+)?`+answerEN+`|`+answerEN+`\s+(?:response|reply|turnaround)\b|\brequests?\b[^.;]{0,40}\b(?:processed|handled|fulfilled|completed|dealt with)\b[^.;]{0,20}\bwithin\s+(?:the\s+)?`+answerEN+
				`|`+withinEN+`[^.;]{0,40}\b(?:of|from|after|following) (?:(?:its|our|the|your) )?(?:receipt|receiving) (?:of )?(?:(?:a|the|your|such|any|that) )?(?:\w+ ){0,3}?requests?\b`+
				// "deleted within 14 days of your deletion request", "one
				// month from receipt of your request", "Response time: 7 days
				// for privacy requests", "Deadline for our answer: one month",
				// "Please allow up to 28 days for your details to be removed".
				`|`+withinEN+`\s+(?:of|from|after|following)\s+(?:your|the|a|such|each|any)\s+(?:\w+\s+){0,2}?requests?\b`+
				`|`+answerEN+`\s+(?:of|from|after|following)\s+(?:(?:its|our|the) )?(?:receipt|receiving)\b[^.;]{0,30}\brequests?\b`+
				`|\b(?:response|reply|answer|turnaround) (?:time|deadline|period)s?\b[^.;]{0,60}?`+answerEN+`[^.;]{0,60}\brequests?\b`+
				`|\bdeadline for (?:our |a |the )?(?:answer|response|reply)\b[^.;]{0,20}?`+answerEN+
				`|\ballow (?:up to |at least )?`+answerEN+`\s+for\b[^.;]{0,60}\bto (?:be )?(?:removed|processed|deleted|updated|honou?red|take effect)\b`,
				`\b(?:repon\w+|trait\w+)\b[^.;]{0,60}\b(?:dans|sous)\s+(?:les\s+|un delai (?:maximum |maximal )?(?:de |d'))?`+answerFR+
					`|\b(?:demandes?|requetes?)\b[^.;]{0,80}`+withinFR+`[^.;]{0,30}\b(?:a compter de |suivant |apres |de |des )(?:la |sa |leur )?reception\b`),
			// A time named without a bound: "promptly", "it may take some
			// time to process your request".
			weak: []pat{both(`\bpromptly\b|\bas (?:soon|quickly) as (?:is )?(?:possible|practicable|reasonably)|\bwithin the (?:applicable )?statutory (?:term|period|time(?: limit)?)s?\b|\b(?:respond|reply|answer)\w*\b[^.;]{0,80}\bin accordance with (?:the )?applicable (?:\w+ ){0,3}laws?\b|\bwithout (?:undue )?delay\b|\bimmediate(?:ly)?\b|\bin a timely manner\b|\btimely\b|\breasonable (?:time|period)|\btake (?:some |a (?:little |certain amount of )?)?(?:time|while)\b|\ba (?:few|couple of) (?:minutes|hours|days)\b|\ba short (?:amount of time|time|period|while)\b|\bwithin the (?:time limits?|timeframes?|deadlines?|periods?) (?:set|required|prescribed|provided|laid down)\b|\bwithin the (?:legally |statutorily |statutory )(?:required |prescribed |applicable )?(?:time limits?|timeframes?|time frames?|deadlines?|periods?)\b`,
				`\bdans les meilleurs delais\b|\bdes que possible\b|\brepond\w*\b[^.;]{0,80}\bconformement (?:a la|aux) (?:loi|lois|legislation|reglementation)s? applicables?\b|\bdans un delai raisonnable\b|\bdans les plus brefs delais\b|\brapidement\b|\bprendre (?:un certain|du|quelque|un peu de) temps\b|\bsans (?:retard (?:injustifie )?|delai)\b|\bimmediate(?:ment)?\b|\bdans les (?:conditions et )?delais (?:fixes|prevus|legaux|impartis|requis|prescrits|legalement)\b`)},
			// Deleting "as soon as possible" what a child sent, once the
			// company learns of it, and the "timely acknowledgment of your
			// complaint" of Privacy Shield boilerplate are no response time
			// to a request (the labels: missing). A minor's request to
			// remove a posting, answered "as promptly as possible", is one.
			weakOff: both(childFound+`|\btimely acknowledg\w*|\byou (?:must|should|agree to) (?:\w+ ){0,2}?(?:promptly|immediately)\b|\bnot (?:\w+ )?immediately\b|\bbreach\w*`, childFoundFR+`|\bvous (?:desabonner|desinscrire)\b[^.;]{0,30}\brapidement|\bviolations? de (?:donnees|securite)\b`),
			anyWeak: both(`\b(?:your|the|a|such|any|all|each) requests?\b[^.;]{0,40}`+openTimeEN+`|`+openTimeEN+`[^.;]{0,40}\b(?:your|the|a|such|any|all|each) requests?\b`,
				`\b(?:votre|vos|la|les|une|toute|chaque) (?:demandes?|requetes?)\b[^.;]{0,40}`+openTimeFR+`|`+openTimeFR+`[^.;]{0,40}\b(?:votre|vos|la|les|une|toute|chaque) (?:demandes?|requetes?)\b`),
		}.run),
	},
	{
		ID: "retention.period", Category: retention,
		Title: "Says how long data is kept",
		Run: firstOf(rule{
			lead: true,
			cats: cats(retention),
			pat: both(or(durationEN,
				`\buntil (?:you|your|the|we|such|it|they|this|that|a|an)\b`, `\bfor the (?:duration|life|lifetime|length|term) of\b`,
				`\b(?:(?:as|so) long as|while) (?:you|your|the (?:account|contract|relationship|subscription)|we have an? (?:active|ongoing))\b`,
				`\b(?:after|following|upon|from) (?:the |your )?(?:closure|closing|termination|deletion|cancellation|end|expiry|expiration|deactivation)\b`,
				// "from your last login", not "apart from the last four digits".
				`\b(?:after|following|upon|from) (?:the |your )?last (?:\w+ )?(?:login|log-?in|sign-?in|activity|use|usage|visit|access|interaction|contact|connection|session|transaction|purchase|order|time|day|date)\b`,
				`\bwhen (?:you|your account) (?:close|delete|cancel|terminate|deactivate|is)\b`, `\bstatute of limitations\b`, `\blimitation periods?\b`),
				or(durationFR,
					`\bjusqu'(?:a|au|aux) (?:ce que|la|le|l'|votre|leur|son|sa|expiration|cloture|suppression|fin|desinscription|retrait)`, `\bpendant (?:toute )?la duree (?:de|du|des|d')`,
					// « tant que vous utiliserez les Services », « dès que vous
					// demanderez la suppression de votre compte ».
					`\btant que (?:vous|votre (?:compte|abonnement|contrat)|le (?:compte|contrat)|l'abonnement)\b`, `\bdes que vous (?:demand|supprim|ferm|clotur|resili)\w*`,
					`\b(?:pendant|durant) (?:toute )?la (?:relation|periode) (?:contractuelle|commerciale)`, `\ba compter (?:de|du|des)\b`,
					// "des" is "dès" folded: it needs its article, or "à des fins" would count.
					`\b(?:apres|suivant|a l'issue de|au terme de) (?:la |le |l'|votre |leur |son |sa )?(?:cloture|fermeture|suppression|resiliation|fin|dernier|derniere|expiration|terme|desinscription|desactivation)\b`,
					`\bdes (?:la |le |l'|votre |leur |son |sa )(?:cloture|fermeture|suppression|resiliation|fin|expiration|desinscription|desactivation)\b`,
					`\bdelais? de prescription`, `\bprescription (?:legale|applicable)`)),
			neg: both(`\bindefinite(?:ly)?\b|\bforever\b|\bin perpetuity\b|\bpermanently\b|\b(?:no|without (?:any )?)(?: time)? (?:limit|limitation|end date)\b|\bunlimited (?:period|time|duration)\b`,
				`\bindefiniment\b|\b(?:conserv\w+|stock\w+|gard\w+|archiv\w+)\b[^.;]{0,60}\bpour toujours\b|\bduree (?:illimitee|indeterminee|indefinie)\b|\bsans (?:aucune )?(?:limite|limitation) (?:de |dans le )?(?:duree|temps)\b|\ba titre (?:permanent|definitif)\b|\bde (?:maniere|facon) (?:permanente|illimitee)\b`),
			// A period after which changed terms take effect is no
			// retention period, whatever the clause is labelled with.
			// So is an age ("a child under 13 years old") or a look-back ("has
			// not sold personal information in the past 12 months").
			off:  retentionOff,
			need: retentionNeed,
			any: both(`\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|save|saves|saved|hold|held|delete|deletes|deleted|erase|erased|purge|purged|anonymi[sz]e|anonymi[sz]ed)\b[^.;]{0,80}(?:`+durationEN+`)|\b(?:expire|expires|are deleted|is deleted|last|lasts)\b (?:\w+ ){0,3}?when you close your (?:web )?browser\b`,
				`\b(?:conserv\w+|stock\w+|archiv\w+|supprim\w+|efface\w*|anonymis\w+|garde\w*)\b[^.;]{0,80}(?:`+durationFR+`)|\b(?:expirent|expire|sont supprimes|est supprime|durent|dure)\b (?:\w+ ){0,3}?(?:lorsque|quand|des que) vous fermez votre navigateur\b`),
			weak: []pat{
				// "Saved for a designated period of time": a period, unnamed.
				both(`\b(?:designated|specific|certain|limited|defined|set) (?:period|amount|length) of time\b`, `\bpendant une (?:periode|duree) (?:determinee|limitee|definie|donnee)\b`),
				both(`\bas long as (?:we|there is|there's) (?:have |has )?(?:an? )?(?:legitimate |valid |ongoing |genuine )?(?:business |legal )?(?:need|purpose|reason|interest)|\bas long as (?:it is |it's |they are |is )?(?:reasonably |strictly )?(?:necessary|needed|required|appropriate|permitted)|\bno longer than (?:is )?(?:necessary|needed|required)|\bfor the (?:time|period) (?:necessary|needed|required|reasonably)|\bonly (?:for )?as long as\b`,
					`\baussi longtemps que\b|\ble temps (?:strictement )?necessaire|\bduree (?:strictement |raisonnablement )?(?:necessaire|proportionnee|limitee)|\bpas au-dela\b|\bn'excedant pas\b|\bn'excede pas\b`),
				both(`\b(?:retain|retention|keep|kept|store|stored|delete|deleted)\b`, `\b(?:conserv\w+|supprim\w+|duree)\b`)},
			// "If we learn that a child under 13 has provided personal
			// information, we will delete it": no word on how long data is
			// kept (the labels: missing, 6 of 7 train and dev policies).
			weakOff: both(childData, childDataFR),
			// Open-ended wording is handled by weak; a modal or a
			// generalisation hedges even a concrete period.
			hedges: []string{"modality", "generalisation"},
			// "As long as you have an account or as otherwise necessary":
			// the criterion is left open.
			// "For a reasonable period after the account is closed": the
			// length is left to the company.
			open: both(`\bor (?:for )?(?:as long as |as )?(?:otherwise |is )?(?:necessary|needed|required|appropriate)\b|\b(?:a|any) reasonable (?:period|time|amount of time|length of time)\b`,
				`\bou (?:aussi longtemps que |tant que |le temps |la duree )?(?:necessaire|requis|utile)\b|\b(?:duree|periode|delai) raisonnable\b`),
		}.run,
			// An upper bound is a period, hedged or not: "We may retain access
			// logs for up to 120 days", « ce délai peut aller jusqu'à 10 ans ».
			rule{cats: cats(retention), off: retentionOff, hedges: []string{}, pat: both(`\b(?:up to|no (?:more|longer) than|not (?:more|longer) than|(?:a )?maximum (?:period )?of|at (?:the )?most)\s+`+durationEN,
				`\b(?:jusqu'a|au maximum|au plus|n'excedant pas|ne pouvant exceder|maximum de)\s+`+durationFR)}.run),
	},
	{
		ID: "jurisdiction.law", Category: jurisdiction,
		Title: "Names the governing law or courts",
		Run: firstOf(rule{any: namedLaw, hedges: []string{},
			// "privacy laws that differ from United States laws": a law
			// compared with, not the one that governs.
			skipBefore: both(`\b(?:differ\w*|different|vary|varies) (?:\w+ )?(?:from|than) (?:the )?$`, `\b(?:differ\w*|different\w*) (?:de |des |du )(?:la |le |l')?$`)}.run, rule{
			any: both(
				or(`\bgoverned by (?:and construed in accordance with )?(?:the )?laws?\b`, `\bgoverning law\b`, `\blaws of (?:the (?:state|province|commonwealth|republic) of )?[a-z]+\b[^.;]{0,40}\b(?:govern|appl(?:y|ies))`,
					`\b(?:exclusive|non-exclusive) (?:courts?|jurisdiction)\b`, `\bcourts?\b[^.;]{0,60}\b(?:of|in|located in|situated in|sitting in) (?:the )?`+jurisdictionsEN,
					`\b(?:state|federal|provincial) courts?\b`, `\bsubmit to the jurisdiction\b`, `\bapplicable law (?:is|shall be)\b`, `\bsubject to (?:the )?(?:laws|law) of\b`),
				or(`\bdroit (?:francais|belge|luxembourgeois|suisse|irlandais|allemand|europeen|anglais|americain)\b`, `\bloi (?:francaise|belge|luxembourgeoise|suisse|irlandaise)\b`,
					`\b(?:regi|regie|regis|regies|soumise?s?|gouvernee?s?) (?:par |a |au |a la )(?:le |la )?(?:droit|loi)`,
					`\btribuna(?:l|ux)\b[^.;]{0,40}\b(?:francais|de paris|de lyon|du ressort|de (?:la cour d'appel|commerce)|(?:de |du |d'|en |au )`+jurisdictionsFR+`)`, `\bjuridictions? (?:francaises?|du ressort)\b`,
					`\b(?:tribunaux|juridictions) (?:competents|competentes)\b[^.;]{0,60}\b(?:siege|ressort|domicile|defendeur)`,
					`\b(?:droit|loi) applicable (?:est|sera)\b`, `\bcompetence (?:exclusive|territoriale)\b`)),
			weak: []pat{both(`\b(?:governed by|construed (?:in accordance with|under)) (?:the )?(?:applicable|relevant|local) laws?\b|\b(?:competent|appropriate) courts?\b`,
				`\b(?:tribunaux|juridictions) competent(?:e)?s\b|\b(?:regie?s?|soumise?s?) (?:par |a |au )(?:la |le )?(?:loi|droit|legislation) applicable\b`),
				// A statement that the policy follows the law, with no law
				// named: "in accordance with applicable data protection
				// laws", « conformément à la réglementation en vigueur ».
				both(`\b(?:in accordance with|in compliance with|compliant with|consistent with|pursuant to|as required by|take into (?:consideration|account)) (?:the |all )?(?:applicable|relevant|local|current) (?:data protection |privacy )?(?:laws?|legislation|regulations?)\b`+
					// Privacy law in general, whatever the verb: "rights
					// under applicable data protection laws", "regulated by
					// the data protection laws".
					`|\b(?:applicable|relevant|local|current|the) (?:data protection|data privacy|privacy) (?:laws|legislation|regulations)\b`+
					// phpBB's notice, on thousands of forums: "protected by
					// data-protection laws applicable in the country that hosts us".
					`|\b(?:data[- ]protection|data privacy|privacy) (?:laws?|legislation|regulations?) (?:applicable|in force)\b`,
					`\b(?:conformement|conforme\w*|en conformite avec|dans le respect de|selon) (?:a |aux |avec )?(?:la |les |le )?(?:reglementation|legislation|loi|lois|dispositions|droit|textes)(?: [a-z]+)? (?:applicables?|en vigueur)\b`)},
		}.run),
	},
	{
		ID: "jurisdiction.location", Category: jurisdiction,
		Title: "Says where data is stored or processed",
		Run: firstOf(rule{
			lead: true,
			any: both(or(`\b(?:store|stores|stored|storing|host|hosts|hosted|hosting|process|processes|processed|located|locate|maintain|maintained|kept|held|reside|resides|servers?|data cent(?:er|re)s?|databases?|housed|used|operated|transmit\w*)\b[^.;]{0,60}\b(?:in|within|inside)\s+`+placesEN,
				// "Your data never leaves the European Union"; a table's row
				// "Data centre location | Sydney, Australia", "Hetzner – hosting – Germany".
				`\b(?:never|not) leaves?\b[^.;]{0,60}?\b`+placesEN, `\b(?:(?:data cent(?:er|re)|server|hosting|storage) locations?|hosting)\s*[|:-]\s*(?:[a-z]+,?\s+){0,2}`+placesEN,
				// "with the majority of servers operating from the United States".
				`\b(?:servers?|data cent(?:er|re)s?|services?|databases?)\b[^.;]{0,40}\b(?:operat\w*|located|based|run|running|hosted)\b (?:\w+ ){0,2}(?:in|from)\s+`+placesEN,
				// A transfer says where data goes, not where it comes from.
				`\b(?:transferred|transfer|transfers|transferring|sent|moved)\b[^.;]{0,60}\b(?:to|into)\s+`+placesEN,
				`\b(?:storage|hosting|processing|server|data) locations? (?:of [^.;]{0,40})?(?:is|are)\s+`+placesEN,
				// "Place of processing: United States".
				`\bplaces? of (?:processing|storage|hosting)\s*:\s*`+placesEN,
				// A place in brackets after a host: "Azure, West Europe region
				// (Netherlands)", "Storage | OVHcloud, Roubaix (France)".
				`\b(?:storage|hosting|hosted|servers?|data ?cent(?:er|re)s?|region)\b[^.;]{0,40}\(\s*`+placesEN),
				or(`\b(?:heberg\w*|stock\w*|conserv\w+|trait\w+|localis\w+|situ\w+|serveurs?|transfer\w+|transmis\w*|trouv\w+|exploit\w+|implant\w+|sauvegard\w+|bases? de donnees|centres? de (?:donnees|calcul))\b[^.;]{0,60}\b(?:en|au|aux|dans|sur (?:le|les) territoires?|au sein de|vers|a)\s+(?:de |d')?`+placesFR,
					// « Lieu de stockage des sauvegardes : Strasbourg », « OVHcloud, Roubaix (France) ».
					`\b(?:lieu|lieux) (?:de |d')(?:stockage|hebergement|traitement)\b[^.;|:]{0,30}[|:]\s*`+placesFR,
					`\b(?:stockage|hebergement|heberge\w*|serveurs?|centres? de donnees)\b[^.;]{0,40}\(\s*`+placesFR,
					// « Hébergement des données | Francfort (Allemagne) ».
					`\b(?:hebergement|localisation|lieu d'hebergement)(?: des donnees)?\s*[|:-]\s*(?:[a-z]+\s+)?\(?`+placesFR)),
			// "If you are located in the European Union, please see..."
			// says where the reader is, not the data; "If this server is in the
			// EU:" and "(or if located in the EU click here)" are conditions.
			skipBefore: both(`\b(?:you|users?|visitors?|individuals|residents|customers|consumers|people|persons|members|subscribers|anyone|those)(?: who| that)?(?: are| is| were| currently| otherwise| physically| must| may| should| habitually| normally| usually| ordinarily)* $|\bif (?:this |the )?$`,
				`\b(?:vous|utilisateurs?|personnes|residents?|clients?|membres)(?: qui)?(?: vous| etes| sont| est| actuellement| devez| habituellement)* $`),
			skipRetry: true,
			// A named place answers the question even when hedged ("may be
			// stored and processed in the United States"): the labels say
			// found 6 times, vague once. Open lists still make it vague.
			hedges: []string{},
			// "collect or store contact information about children under the
			// age of 13 in the United States": where the children are.
			// "Countries outside of Canada", « des pays tiers à l'Union
			// européenne »: where the data is not.
			// "process information for individuals in the European Economic
			// Area", « à certaines personnes au sein de l'EEE »: where people
			// are. "Personal Data as related to EU": whose data, not where.
			anyOff: both(`\b(?:children|child|minors?|kids|anyone|individuals|persons|people)\b[^.;]{0,30}\b(?:under|living|residing|who live|who reside|aged)\b|\b(?:outside|other than) (?:of )?(?:the )?(?:\w+ ){0,2}\w+$`+
				`|\b(?:for|to|about|concerning|regarding|relating to|related to) (?:\w+ ){0,2}?(?:individuals|residents|people|persons|data subjects|citizens|consumers|users|customers|visitors) (?:(?:located|based|residing|living) )?(?:in|within|inside) (?:the )?(?:\w+ ){0,3}\w+$|\b(?:related|relating) to (?:the )?(?:\w+ ){0,2}\w+$`+
				// "a company registered ... in the Paris Trade and Companies
				// Register": where the company is registered, not the data.
				`|\b(?:registered|incorporated|headquartered|domiciled) (?:\w+ ){0,4}?(?:in|under the laws of) (?:the )?(?:\w+ ){0,2}\w+$`,
				`\b(?:enfants?|mineurs?|personnes|individus)\b[^.;]{0,30}\b(?:de moins de|ages?|vivant|residant|qui (?:vivent|resident))\b|\b(?:tiers|n'appartenant pas|exterieurs?|hors|en dehors) (?:a |au |aux |de |du |des )?(?:la |le |l'|les )?(?:\w+ ){0,2}\w+$`+
					`|\b(?:a|pour|aupres de|concernant) (?:\w+ ){0,2}?(?:personnes|residents|utilisateurs|clients|individus|citoyens) (?:(?:situe\w*|resid\w*|base\w*|etabli\w*) )?(?:en|dans|au sein de) (?:l'|la |le |les )?(?:\w+ ){0,3}\w+$`+
					`|\b(?:immatricule\w*|siege social|domicili\w*)\b[^.;]{0,40}\b(?:en|au|a|aux|de) (?:l'|la |le |les )?(?:[\w-]+ ){0,2}[\w-]+$`),
			open: both(`\b(?:inside|within|in) and outside\b|\bor (?:where|wherever|in any)\b|\bor (?:any|other|another) (?:country|countries|location|jurisdiction)|\bany country\b|\banywhere\b|\b(?:and|as well as) (?:in )?(?:other|various|multiple|several|many) (?:countries|jurisdictions|locations|territories)\b`,
				`\b(?:dans et hors|en dehors et au sein|au sein ou en dehors|dans ou hors)\b|\bou (?:dans )?(?:tout|n'importe quel|un autre) (?:autre )?pays\b|\bdans tout pays\b|\bn'importe ou\b`),
			weak: []pat{both(
				`\b(?:store|stores|stored|storing|host|hosts|hosted|hosting|process|processes|processed|located|locate|maintain|maintained|kept|held|reside|resides|transferred|transfer|transfers|servers?|computers?|housed|backup|copies)\b[^.;]{0,60}\b(?:in|within|inside|to|outside(?: of)?|across|around)\s+`+openPlacesEN+`|\boutside (?:of )?(?:the )?(?:eu|eea|european union|european economic area|united kingdom|uk|your (?:country|region))\b|\bcross-border\b|\btransfer\w* (?:data |information |it )?across borders\b|\b(?:inside|outside) (?:and|or) (?:inside|outside)\b`+
					// "the country that hosts us": a place, unnamed.
					`|\b(?:country|countries|jurisdiction) (?:that|which|where) (?:hosts?|is hosting) (?:us|our (?:site|service|website|servers?))\b`,
				`\b(?:heberg\w*|stock\w*|conserv\w+|trait\w+|localis\w+|situ\w+|serveurs?|transfer\w+|transmis\w*|trouv\w+)\b[^.;]{0,60}\b(?:en|au|aux|dans|vers|hors)\s+`+openPlacesFR+`|\b(?:hors|en dehors) (?:de |du )?(?:l'union europeenne|l'ue|l'eee|l'espace economique europeen|territoire)`)},
		}.run, topicVague(topicClauses, jurisdiction)),
	},
	{
		ID: "jurisdiction.transfers", Category: jurisdiction,
		Title: "Says how international transfers are protected",
		Run: firstOf(rule{
			// "We do not transfer personal data outside the EU", « Kaporal
			// ne transfère aucune donnée personnelle en dehors de l'Union
			// européenne »: nothing to safeguard, a clear answer (a condition
			// after it, "unless the recipient...", leaves it to the others).
			any: both(`\b(?:do|does|will|shall) not (?:\w+ ){0,2}transfer\w* (?:\w+ ){0,4}?(?:outside|out of|beyond)\b`,
				`\bne (?:\w+ ){0,2}transf\w+ (?:pas|aucune?|jamais)\b[^.;]{0,60}\b(?:hors|en dehors)\b`),
			skipAfter: both(`^[^.;]{0,80}\b(?:unless|except|other than|without)\b`, `^[^.;]{0,80}\b(?:sauf|sans|hormis|a moins)\b`),
			hedges:    []string{},
		}.run, rule{
			hedges: []string{},
			any: both(
				or(`\bstandard (?:contractual|data protection) clauses\b`, `\bmodel (?:contract(?:ual)? )?clauses\b`, `\bsccs?\b`, `\badequacy (?:decision|finding|regulation)s?\b`,
					`\badequate level of (?:data )?protection\b`, `\bprivacy shield\b`, `\bdata privacy framework\b`, `\bdpf\b`, `\bbinding corporate rules\b`, `\bbcrs?\b`,
					`\binternational (?:data )?transfer agreement\b`, `\bcontracts? (?:\w+ )?approved by the european commission\b`),
				or(`\bclauses (?:contractuelles|types|contractuelles types|contractuelles standards?|standards?) (?:types|de protection|de la commission)`, `\bclauses contractuelles\b`,
					`\bdecisions? d'adequation\b`, `\bniveau (?:de protection )?adequat\b`, `\bniveau de protection (?:adequat|suffisant|equivalent)`, `\bprivacy shield\b`,
					`\bbouclier de protection`, `\bdata privacy framework\b`, `\bcadre de protection des donnees\b`, `\bregles d'entreprise contraignantes\b`, `\bbcrs?\b`,
					`\bcontrats? (?:\w+ )?(?:agrees|approuves|adoptes|valides) par la commission europeenne\b`)),
			weak: []pat{both(`\b`+safeguardEN+`[^.;]{0,150}\btransfer|\btransfer\w*\b[^.;]{0,150}\b`+safeguardEN,
				`\btransf\w*\b[^.;]{0,150}\bgaranties (?:appropriees|adequates|suffisantes|necessaires)\b|\bgaranties (?:appropriees|adequates|suffisantes|necessaires)\b[^.;]{0,150}\btransf`),
				// Protection promised without a mechanism: "the same level of
				// protection", « les mesures nécessaires et appropriées ».
				both(`\b(?:same|similar|equivalent|comparable) level of (?:data )?protection\b|\badequate (?:controls|protections?) in place\b|\blevel of protection\b[^.;]{0,80}\b(?:equivalent|similar|comparable)\b|\bdata transfer agreements?\b`,
					`\b(?:meme|similaire|equivalent) niveau de protection\b|\bniveau de protection\b[^.;]{0,80}\b(?:equivalent|similaire|comparable)\b|\btransf\w*\b[^.;]{0,150}\bmesures (?:necessaires|appropriees|adequates)|\bmesures (?:necessaires|appropriees|adequates)\b[^.;]{0,150}\btransf`),
				// Recipients abroad bound to some protection, none named: "we
				// require that they also comply with PIPEDA wherever they are
				// located", "the legal basis of data transfers".
				both(`\b(?:regardless of where|no matter (?:where|what country|which country))\b[^.;]{0,80}\b(?:comply|protect|safeguard|require)|\bwherever (?:they|these|such)\b[^.;]{0,40}\blocated\b[^.;]{0,60}\b(?:comply|protect|safeguard|require)|\blegal basis (?:of|for) (?:data |such |these )?transfers?\b|\bcontractual obligations similar\b`,
					`\bquel que soit (?:le lieu|l'endroit|le pays)\b[^.;]{0,80}\b(?:respect|protect|conform|exige)|\bbase (?:juridique|legale) (?:des|de ces|du) transferts?\b|\bobligations contractuelles similaires\b`),
				// The company will ask for consent: a mechanism, not named.
				both(`\btransfer\w*\b[^.;]{0,80}\b(?:request|ask for|obtain|seek)\w* your (?:prior |explicit |express )?consent\b`,
					`\btransf\w*\b[^.;]{0,80}\b(?:demanderons|solliciterons|recueillerons|obtiendrons) votre (?:consentement|accord)\b`)},
		}.run,
			// Safeguards in a clause about transfers (by its words, its
			// heading or its label) need not be called transfer safeguards
			// in the same sentence.
			atMostVague(rule{
				// "contractual arrangements ... to an EU standard": a mechanism,
				// not named.
				// "we will implement safeguards so that your personal
				// information continues to be protected", « nous prendrons les
				// mesures appropriées », « nous signerons des accords
				// contractuels en ce sens »: protection promised, none named.
				// "We will protect your information as described in this
				// Privacy Statement if your Personal Data is transferred",
				// "Crowdmark undertakes to protect your personal information
				// when it is transferred outside of Canada".
				any: both(`\b(?:appropriate|adequate|suitable) (?:safeguards|guarantees)\b|\bcontractual (?:arrangements|obligations|safeguards|protections|commitments)\b|\bwe (?:will |shall )?(?:implement|take|put in place|ensure|protect|undertake)\w*\b[^.;]{0,60}\b(?:safeguards|protect\w*)\b`+
					`|\bwe (?:will |shall |also )?(?:continue to )?(?:protect|safeguard)\b|\b(?:undertakes?|commits?|strives?|endeavou?rs?) to (?:protect|safeguard)\b|\b(?:will|shall) (?:be|remain|continue to be) (?:\w+ )?(?:protected|safeguarded)\b`,
					`\bgaranties (?:appropriees|adequates)\b|\bprotection adequate\b|\b(?:engagements|obligations|garanties|accords) contractuel(?:le)?s\b|\bnous (?:prendrons|prenons|mettrons en (?:place|oeuvre)|mettons en (?:place|oeuvre)|veillons|veillerons)\b[^.;]{0,40}\b(?:mesures|garanties|protection)\b`+
						`|\bnous (?:protegeons|protegerons|continuerons a proteger)\b|\b(?:s'engage|nous nous engageons|nous engageons) a (?:proteger|garantir la protection)\b|\b(?:resteront|restent|seront) (?:\w+ )?proteg\w*\b`),
				anyCtx: both(`\btransfer|\binternational|\babroad|\bcross-border|\boutside (?:the )?(?:eu|eea|european)`,
					`\btransf|\binternationa|\betranger|\bhors (?:de l'|de l)?(?:ue|union|eee)`),
				hedges: []string{},
			}.run),
			rule{cats: cats(jurisdiction), weak: []pat{both(`\b(?:appropriate|adequate|suitable) (?:safeguards|guarantees)\b`,
				`\bgaranties (?:appropriees|adequates)\b|\bprotection adequate\b`)}}.run),
	},
	{
		ID: "policy.updated", Category: "",
		Title: "Shows when it was last updated",
		Run:   runUpdated,
	},
	{
		ID: "policy.changes", Category: "",
		Title: "Says how you will be told of changes",
		Run:   runChanges,
	},
}

// saleRule finds the statements of sharing.sale.
var saleRule = rule{
	any: both(
		or(`(?:\bnot|n't|\bnever) (?:\w+,? )?(?:(?:share|disclose|trade|rent|lease|give|exchange|transfer|distribute|license)\w*,? (?:or |and |nor )?(?:\w+ )?){0,3}(?:sell|rent|sold|rented)\b`,
			`\b(?:in no case|at no (?:point|time)(?: in time)?|under no circumstances?)\b[^.;]{0,20}?\b(?:sell|rent|sold|rented)\b`,
			// Active forms only: "if our company is sold, your data..."
			// is about a merger, not about selling data.
			`\b(?:sell|sells|selling|rent|rents|renting)\b[^.;,:]{0,40}?\b(?:personal (?:data|information)|(?:your|their|such|the|this|any|user|users'|customer|customers') (?:\w+ )?(?:data|information|details)|(?:e-?mail|mailing|contact|customer) lists?|data about you|information about you)`,
			`\b(?:data|information|details|(?:e-?mail|postal|mailing) addresses|(?:mailing|customer|subscriber) lists?)\b[^.;]{0,40}\b(?:is|are|be|being|been|was|were) (?:\w+ )?(?:sold|rented)\b`,
			// "discloses device identifiers to advertising partners in exchange for monetary consideration".
			`\b(?:disclos|shar|provid|transfer|licens)\w*\b[^.;]{0,80}\b(?:in exchange for|for) (?:monetary|valuable|financial) consideration\b`,
			`\b(?:sale|rental|selling) (?:or (?:rental|sharing|sale|disclosure) )?of (?:your |the |any |their )?(?:personal )?(?:data|information)`,
			`\b(?:have|has) (?:not |never )?(?:sold|rented)\b[^.;,]{0,30}\b(?:data|information)\b`),
		or(`\b(?:vend(?:re|ons|ent|ez|ra|rons|rait|rions|u|us|ue|ues)?|lou(?:er|ons|ent|era|erons|ees?)|commercialis(?:e|er|ons|ent|era|erons|ees?)|monnay(?:er|ons|ent|ees?))\b[^.;:]{0,60}\b(?:donnees|informations|coordonnees|renseignements?|fichiers?)\b`,
			`\b(?:donnees|informations|coordonnees|adresses|listes|fichiers)\b[^.;]{0,60}\b(?:vendues|louees|commercialisees|monnayees|cedees a titre onereux)\b`,
			`\brenseignements\b[^.;]{0,60}\b(?:vendus|loues|commercialises|monnayes|cedes a titre onereux)\b`,
			// « ne font l'objet d'aucune cession ou location à des fins commerciales ».
			`\baucune? (?:cession|location|vente|commercialisation)\b[^.;]{0,10}\b(?:ou|ni) (?:location|vente|cession|commercialisation)\b`,
			`\b(?:vente|location|commercialisation) (?:ou (?:le |du |la |a )?(?:partage|location|cession|vente|divulgation) )?(?:de |des |d')(?:vos |leurs |ces )?(?:donnees|informations)`)),
	// Someone else's denial, asked for by the user or a signal: "notify
	// websites not to sell", "demander aux sites de ne pas vendre"; a
	// right to opt out of or limit the sale; a "Do Not Sell" mechanism;
	// what "such businesses may have in place" under a law; products
	// ("These devices are not sold by us").
	skipBefore: both(
		`(?:\bsuch (?:businesses|companies|organi[sz]ations)\b[^.;]{0,60}$|\b(?:devices?|products?|goods|items|merchandise|tickets) (?:are|is|were|was) $|\b(?:third[- ]part(?:y|ies)|recipients?|partners?|vendors?|buyers?|they) (?:does|do|will|shall|must)? ?$|\b(?:business|businesses|company|companies|part(?:y|ies)|others) (?:that|which|who)\b[^.;]{0,30}$|\b(?:operators?|businesses|companies) (?:must|shall|are required to)\b[^.;]{0,40}$|\b(?:tell|tells|telling|notify|notifies|notifying|ask|asks|asking|request|requests|requesting|signal|signals|signaling|signalling|instruct|instructs|direct|directs)\b[^.;]{0,40}|\b(?:opt(?:ing|ed)?[- ]out of|limit(?:ing)?|restrict(?:ing)?|object(?:ing)? to|stop) (?:the )?|["\x{201c}]\s*do )$`,
		`(?:\b(?:tiers|partenaires|destinataires|ils) (?:ne )?$|\b(?:demand|notifi|indiqu|signal|inform|enjoin|pri)\w*\b[^.;]{0,40}\bde ne (?:pas|jamais|plus) |\b(?:desactiv\w*|limit\w*|oppos\w*(?: a)?|refus\w*|arret\w*|limitation de|opposition a|refus de|desactivation de) (?:la |a la )?|(?:["\x{ab}]|\x{ab}\s)\s*ne pas )$`),
	// Selling products is no sale of data: "we do not offer, sell or
	// otherwise make available our products".
	skipAfter: both(`^(?:["\x{201d}]|\s+(?:or share )?my\b|\s+(?:mechanism|link|button|signal|request|option|preference)s?\b|(?:,? (?:or |and )?(?:otherwise )?(?:\w+ ){0,3})?(?:our |its |their |any )?(?:products|services|goods|merchandise|software|tickets|devices)\b)`,
		`^(?:["\x{bb}]|\s+\x{bb}|\s+(?:ou (?:ne pas )?partager )?mes\b)`),
	// Selling the business: "if we sell all or part of our business ...
	// your information", « si nous vendions tout ou partie de notre
	// entreprise ... vos données ».
	anyOff: both(`\b(?:our|its|the) (?:business|company)\b|\ball or (?:part|substantially all|a portion) of\b`,
		`\b(?:notre|son|leur) (?:entreprise|societe|fonds de commerce)\b|\b(?:nos|ses|leurs) actifs\b`),
	open: saleExceptions,
}

// noDisclosureRule finds statements that data is never passed to third
// parties at all: what is never disclosed is never sold. Such a statement
// with an exception ("unless you have consented", "except in the following
// circumstances", « hormis en cas de nécessité ») leaves the reader unable
// to tell what is passed on, and to whom: vague.
var noDisclosureRule = rule{
	any: both(
		or(`(?:\bnot|n't|\bnever|\b(?:in no case|at no (?:point|time)(?: in time)?|under no circumstances?)\b[^.;]{0,20}?) (?:\w+ ){0,2}?(?:share|disclose|give|pass|release|provide|transfer|make available)\b[^.;]{0,40}?\b(?:data|information|details|e-?mails?|contacts)\b[^.;]{0,40}?\b(?:to|with) (?:any |a |an )?(?:third[- ]part(?:y|ies)|outside (?:parties|companies|organi[sz]ations)|anyone\b|others\b|other (?:companies|parties|organi[sz]ations)|(?:companies|organi[sz]ations|individuals|entities)\b[^.;]{0,50}\boutside\b)`,
			// "your information will not be shared with third parties".
			`\b(?:data|information|details)\b[^.;]{0,60}?\b(?:will|shall|is|are|would) (?:not|never) (?:\w+ )?(?:be )?(?:shared|disclosed|given|passed|released|provided|transferred|made available)\b[^.;]{0,20}?\b(?:to|with) (?:any |a |an )?(?:third[- ]part(?:y|ies)|outside (?:parties|companies|organi[sz]ations)|anyone else|others\b|other (?:companies|parties|organi[sz]ations))`,
			// Said of one kind of data, by its pronoun or its name: "We do
			// not share it with third parties", "These messages are not
			// transmitted or communicated to third parties".
			`\b(?:not|never) (?:share|disclose|sell|give|pass|transfer|provide) (?:it|them|this|these) (?:on )?(?:to|with) (?:any )?(?:third[- ]part(?:y|ies)\b|other (?:companies|parties|organi[sz]ations|businesses)\b|anyone else\b|outside (?:parties|companies|organi[sz]ations)\b)`,
			`\b(?:is|are|will|shall) (?:not|never) (?:be )?(?:shared|disclosed|transmitted|communicated|sold|rented|passed|given)\b(?: or \w+)? (?:to|with) (?:any )?third[- ]part(?:y|ies)\b`),
		or(`\bne (?:\w+ )?(?:communiqu|transmet|ced|partag|divulgu|transfer|donn|fourni)\w* (?:jamais|pas|aucune?|en aucun cas)\b[^.;]{0,60}?\ba (?:des |aucun |un )?(?:tiers|(?:societes|entreprises|organismes) tier(?:s|ces)|quiconque)\b`,
			// « Aucun transfert ou cession de vos données à des tiers n'a lieu. »
			`\baucune? (?:transfert|cession|partage|communication|divulgation|transmission)\b[^.;]{0,40}\b(?:donnees|informations)\b[^.;]{0,30}\ba (?:des )?tiers\b`,
			// « Aucune donnée n'est ici transmise à des tiers », « elles ne
			// seront ni traitées ni rendues accessibles à aucun tiers ».
			`\baucune? (?:donnee|information)s? (?:\w+ ){0,5}n'(?:est|sont|sera|seront) (?:\w+ )?(?:transmise|communiquee|partagee|cedee|vendue|divulguee|louee)s? a (?:des |aucun )?tiers\b`,
			`\bne (?:\w+ ){0,6}(?:accessibles?|communiquees?|transmises?|partagees?|cedees?) a aucun tiers\b`,
			// A denial to anyone, with the company's exceptions: « le Groupe
			// ne transmet pas vos données personnelles sauf : ».
			`\bne (?:\w+ )?(?:communiqu|transmet|ced|partag|divulgu|transfer|vend)\w* (?:jamais |pas |aucune? )(?:vos|les|ces|leurs) (?:donnees|informations)(?: personnelles)?,? (?:a (?:des )?tiers,? )?(?:sauf|hormis|excepte|a l'exception)\b`)),
	skipBefore: saleRule.skipBefore,
	open:       saleExceptions,
}

// saleOpen leaves a denial open: "we do not sell your data unless
// specified", "except as set forth above".
var saleOpen = both(saleOpenEN, saleOpenFR)

// saleExceptions are the company's own exceptions to a denial of sale or
// of any disclosure: "unless you consent", "without your permission",
// "except in the following circumstances", "other than as described in
// this policy", « sauf dans les cas suivants ». "Unless required by law" is
// the law's exception, not the company's: the statement stays clear.
var saleExceptions = both(saleOpenEN+`|\bother than (?:as )?(?:described|set forth|stated|listed|outlined|mentioned)\b|\bexcept (?:to|for|in order to) (?:\w+ ){0,3}(?:provide|deliver|operate|perform)\b|\b(?:unless|except (?:if|when|where))\b (?:\w+ ){0,2}(?:you|your)\b|\bunless\b (?:\w+ ){0,3}(?:following|below|above|described|listed)\b|\bexcept that\b|\bunless (?:it is )?(?:required|necessary|needed) (?:to|for) (?:operate|provide|deliver|run|perform|fulfil|fulfill|the)\b|\bexcept\b (?:\w+ ){0,3}(?:following|below|above|described|noted|listed|circumstances|cases|service providers|partners|affiliates|vendors)\b|\b(?:without|with) (?:your |the |their |his or her )?(?:prior |express |explicit )?(?:written )?(?:consent|permission|authori[sz]ation)\b`,
	saleOpenFR+`|\b(?:sauf|hormis|excepte|a l'exception)\b (?:\w+ |d'|l'){0,3}(?:votre|vous|suivants?|ci-dessous|necessite|necessaire|cas|prestataires|partenaires|sous-traitants)\b|\b(?:sauf|hormis|excepte|a l'exception)\s*(?:de |des |d')?\s*:|\b(?:sans|avec) votre (?:consentement|accord|autorisation)\b`)

// saleExceptionNext opens the sentence after a denial with an exception to
// it: "We do not sell, trade, or otherwise transfer ... your information.
// This does not include trusted third parties who assist us".
var saleExceptionNext = both(`^\W*(?:this|that|these|the above|which) (?:does not|doesn't|do not|don't|shall not|will not) (?:include|apply to|cover|extend to)\b`,
	`^\W*(?:cela|ceci|ce principe|cette regle) (?:ne (?:comprend|concerne|s'applique|vise) pas|n'inclut pas|exclut)\b`)

const (
	saleOpenEN = `\b(?:unless|except)(?: as)? (?:otherwise )?(?:specified|set forth|described|noted|stated|indicated|provided)\b|\bexcept (?:as|where) (?:otherwise )?(?:specified|set forth|described)|\bother than (?:\w+ ){0,3}(?:listed|described|set forth|stated|mentioned|outlined) (?:above|below|herein)?,? (?:we|the company) (?:do not|don't|will not|won't|never)\b`
	saleOpenFR = `\bsauf (?:mention|indication|disposition) contraire\b|\bsauf (?:comme|ce qui est) (?:indique|decrit|precise|prevu)`
)

// saleOptOut is a right to opt out of the sale: a sale may happen.
var saleOptOut = both(`\bopt(?:[- ]out| out) of (?:the |any (?:possible )?|such )?["\x{201c}]?(?:sales?|selling)\b`,
	`\b(?:droit de|pouvez|demander a) (?:vous opposer a|refuser|desactiver) (?:la |toute )?vente\b`)

// saleRestricted says data is passed on only in some cases, or not passed
// on except in some ("we will only disclose your information if it is
// legally necessary", "we do not share any data unless required by law or
// with your permission", « nous ne partageons pas vos données, sauf... »):
// the reader learns that data is not sold outright only by inference, and
// the cases are the company's (vague).
var saleRestricted = both(
	or(`\bonly (?:be )?(?:share|disclose|pass|transfer|transmit|provide|release|give)\w*\b[^.;]{0,80}?\b(?:if|when|where|unless|with (?:your|their) (?:consent|permission))\b`,
		`\b(?:will|shall|do|does|would|is|are)(?: not|n't) (?:\w+ ){0,2}?(?:share|disclose|pass|transfer|transmit|provide|release|give|shared|disclosed|passed|transferred|transmitted|provided|released|given)\b[^.;]{0,120}?\b(?:unless\b[^.;]{0,60}?\b(?:consent|permission|agree|authori[sz]|described|otherwise|specified|following|necessary|needed)|except|without (?:your|their) (?:\w+ )?(?:consent|permission)|other than|save (?:as|where|for))\b`,
		`\bthe only (?:event|time|case|circumstance|situation|reason)s?\b[^.;]{0,60}\b(?:share|disclose|pass|transfer|transmit|provide|release)`,
		`\b(?:share|disclose)\w*\b[^.;]{0,60}\bfor limited (?:reasons|purposes)\b`,
		`\b(?:ask|seek|obtain) (?:for )?your (?:permission|consent) before (?:sharing|disclosing|passing|transferring)\b`),
	or(`\bne (?:\w+ ){0,3}?(?:partag|transmet|transmis|communiqu|ced|divulgu|transfer|fourni)\w* (?:pas|jamais|aucune?)\b[^.;]{0,100}?\b(?:sauf|hormis|a moins que|a l'exception|sans votre (?:consentement|accord))\b`))

// runSale checks sharing.sale: saleRule, then noDisclosureRule; with
// neither, an opt-out of the sale or a restricted sharing is vague. A
// denial followed by an exception in the next sentence is vague: the
// reader cannot tell whether data is sold.
func runSale(p *Pass) Result {
	r := firstOf(saleRule.run, noDisclosureRule.run)(p)
	if r.Status == report.StatusMissing {
		if hits := saleRule.weakHits(p, saleOptOut, nil); len(hits) > 0 {
			return result(report.StatusVague, hits)
		}
		if hits := saleRule.weakHits(p, saleRestricted, cats(sharing)); len(hits) > 0 {
			return result(report.StatusVague, hits[:1])
		}
	}
	// Only a denial is undercut.
	if r.Status != report.StatusFound || !p.denial(r) {
		return r
	}
	if i := p.evidenceClause(r); i >= 0 && i+1 < len(p.clauses) {
		n := &p.clauses[i+1]
		if m := saleExceptionNext.findIn(p.lang, n.text.s, n.tg); m != nil {
			return result(report.StatusVague, []hit{{n, m}})
		}
	}
	return r
}

// denial reports whether the found result r of sharing.sale is a denial:
// its evidence is negated, in itself ("not sell") or just before ("ne
// partage ni ne vend").
func (p *Pass) denial(r Result) bool {
	ev := fold(r.Evidence).s
	if negation.MatchString(ev) {
		return true
	}
	if i := p.evidenceClause(r); i >= 0 {
		c := &p.clauses[i]
		if k := strings.Index(c.text.s, ev); k >= 0 {
			return negatedBefore(c.text.s, k)
		}
	}
	return false
}

// evidenceClause returns the index in p.clauses of the first clause r
// cites, or -1 when it cites none.
func (p *Pass) evidenceClause(r Result) int {
	if len(r.Clauses) == 0 {
		return -1
	}
	for i := range p.clauses {
		if p.clauses[i].src.ID == r.Clauses[0] {
			return i
		}
	}
	return -1
}

// privacyURL is a web address meant for privacy requests: its host or path
// names privacy, data, rights, a request or a contact page. An advertising
// industry opt-out page ("http://www.aboutads.info/choices"), a social
// network or a home page is no privacy contact.
const privacyURL = `\b(?:https?://|www\.)[a-z0-9./?=&_%#~+-]*?(?:privacy|priv|gdpr|rgpd|dsar|ccpa|data-?protection|rights|request|contact|support|help|form|donnees|confidentialite|dpo)`

// contactURL is a privacyURL given as the way to make a request: a word of
// requests, rights or contact before it in its sentence ("To submit such a
// request, please contact us at https://support..."), or after it ("refer
// to https://... for the latest contact information"). A page pointed to
// for reading ("you can read more about how Shopify uses your Personal
// Information here: https://www.shopify.com/legal/privacy", "the guidelines
// can be found at https://ico.org.uk/...") is another company's policy or a
// regulator's guide, not where the reader writes to this one.
var contactURL = both(
	`\b(?:requests?|requested|requesting|exercis\w*|contact\w*|submit\w*|complain\w*|complaints?|write|send)\b[^.;]{0,80}?`+privacyURL+
		`|`+privacyURL+urlRest+`[^.;]{0,40}?\b(?:requests?|contact\w*|submit\w*|complain\w*|exercis\w*)\b`,
	`\b(?:demandes?|exerc\w*|contact\w*|adress\w*|soumet\w*|reclamations?|ecri\w*|formulaire)\b[^.;]{0,80}?`+privacyURL+
		`|`+privacyURL+urlRest+`[^.;]{0,40}?\b(?:demandes?|contact\w*|reclamations?|exerc\w*)\b`)

// urlRest is the rest of a web address after privacyURL's match, without
// the punctuation that ends its sentence.
const urlRest = `(?:[a-z0-9/?=&_%#~+.-]*[a-z0-9/=_%#~+-])?`

// adsPage is what follows privacyURL's match in the address of an
// advertiser's page on its ads ("http://www.google.com/privacy_ads.html",
// which sites showing Google's ads link to): no contact for the reader's
// requests.
const adsPage = `^[a-z0-9./?=&%#~+-]*?[_/-]ads?\b`

// cookiePurposeNot follows a purpose of cookies that is none: a definition
// ("For purposes of this Policy") or a pointer (« pour savoir comment nous
// utilisons ces technologies »).
var cookiePurposeNot = both(`^ (?:this|these|the present) (?:\w+ )?(?:policy|notice|section|agreement|statement|terms|document)\b`, `^ (?:comment|plus)\b`)

// recipientNot follows a recipient's name that names no recipient: an app
// store, or the company defining itself ("... and its subsidiaries ("Dow
// Jones", "us" or "we")").
var recipientNot = both(`^(?:'s)? play\b|^[^.;()]{0,40}\(\s*["\x{201c}][^)]{0,60}\b(?:us|we|our)\b`,
	`^ play\b|^[^.;()]{0,40}\(\s*(?:["\x{201c}\x{ab}])[^)]{0,60}\b(?:nous|notre)\b`)

// contactRule finds a contact for privacy requests: a way to reach the
// controller in a clause about rights, or an address in a sentence about
// privacy, rights or requests.
var contactRule = rule{
	cats:         cats(rights),
	pat:          contactMeans,
	patSkipAfter: same(adsPage),
	// An address written against spam counts: "privacy[at]example.com",
	// "dpo (at) example (dot) com", « contact[arobase]exemple.fr ».
	// A form named as a place to write: "please use this form to do so"
	// (the link's address is not text).
	any: both(or(email, obfuscatedEmail, `\bdata protection officer\b`, `\bdpo\b`, `\b(?:web|online|contact|request|privacy) form\b`, `\b(?:use|fill (?:in|out)|complete|submit|through|via|using) (?:this|our|the|a) (?:short |simple |dedicated |online )?form\b`, streetEN),
		or(email, obfuscatedEmail, `\bdelegue(?:e)? (?:a la |a |de la )?protection des donnees`, `\bdpo\b`, `\bdpd\b`, `\bformulaire\b`, streetFR)),
	anyCtx: both(`\bright|\brequest|\bexercis|\bcontact|\bquestion|\bprivacy|\bcomplain|\bcommunicat\w* with (?:our|the) (?:data protection officer|dpo)\b`,
		`\bdroit|\bdemande|\bexerc|\bcontact|\bquestion|\bdonnees personnelles|\breclamation|\bconfidentialite`),
	// The evidence: a contact in a sentence about privacy, rights or
	// requests, before one given for anything else ("Cosmobody —
	// service@cosmobody.com") and before account settings.
	prefer: both(`\bprivacy\b|\bdata protection\b|\bpersonal (?:data|information)\b|\brights?\b|\brequests?\b|\bdpo\b|\bexercis`,
		`\bdonnees (?:personnelles|a caractere personnel)\b|\bprotection des donnees\b|\bdroits?\b|\bdemandes?\b|\bdpo\b|\bdpd\b|\bexerc|\bconfidentialite\b`),
	lesser: both(`\baccount settings\b|\bsettings page\b`, `\bespace (?:client|personnel|compte|membre)\b|\bparametres\b|\bservice (?:client|clients|consommateurs)\b`),
	weak: []pat{both(`\bcontact(?:ing)? us\b|\bwrite to us\b|\breach us\b|\bget in touch\b`,
		`\bnous contacter\b|\bcontactez[- ]nous\b|\bnous ecrire\b|\becrivez[- ]nous\b|\ben nous contactant\b|\baupres de nos services\b`)},
	// "If you have any questions about this Privacy Policy, please
	// contact us", with no address: how requests are routed, vague.
	anyWeak: both(`\bquestions?\b[^.;]{0,40}\b(?:this|our) (?:privacy )?(?:policy|notice|statement)\b[^.;]{0,40}\b(?:contact|write to|reach) us\b|\b(?:contact|write to|reach) us\b[^.;]{0,40}\bquestions?\b[^.;]{0,40}\b(?:this|our) (?:privacy )?(?:policy|notice|statement)\b`,
		`\bquestions?\b[^.;]{0,60}\b(?:politique|charte|declaration)\b[^.;]{0,40}\b(?:contactez[- ]nous|nous contacter|ecrivez[- ]nous)\b|\b(?:contactez[- ]nous|nous contacter|ecrivez[- ]nous)\b[^.;]{0,40}\bquestions?\b[^.;]{0,60}\b(?:politique|charte|declaration)\b`),
}

// contactMeans are the ways to reach a controller for a request.
var contactMeans = both(
	or(email, `\b(?:web|online|contact|request|privacy|dedicated|webform) form\b`, `\bform (?:on|at|available|provided)\b`, `\bdata protection officer\b`, `\bdpo\b`,
		`\bprivacy (?:center|centre|portal|dashboard|team|office|officer)\b`, `\bby (?:mail|post|email|e-mail|phone|telephone|letter)\b`, `\b(?:our|the following|this|at the) (?:postal |mailing |e-?mail )?address\b`,
		`\baccount settings\b`, `\bsettings page\b`, `\btoll[- ]free\b`,
		streetEN, `\bp\.? ?o\.? box\b`),
	or(email, `\bformulaire\b`, `\bdelegue(?:e)? (?:a la |a |de la )?protection des donnees`, `\bdpo\b`, `\bdpd\b`,
		`\bpar (?:courrier|courriel|e-mail|email|mail|telephone|voie postale|voie electronique|lettre)\b`, `\ba l'adresse\b|\bnotre adresse\b|\badresse suivante\b`,
		`\bespace (?:client|personnel|compte|membre)\b`, `\bparametres (?:de|du) (?:votre )?compte\b`, `\bservice (?:client|clients|consommateurs)\b`,
		streetFR, `\b\d{5} [a-z]`, `\bcs \d+`, `\bbp \d+`))

// Response times with no bound, as said of a request in any clause.
const (
	openTimeEN = `\b(?:take (?:some |a (?:little |certain amount of )?)?(?:time|while)|promptly|as soon as (?:possible|practicable)|without undue delay|in a timely manner)\b`
	openTimeFR = `\b(?:prendre (?:un certain|du|quelque|un peu de) temps|dans les meilleurs delais|dans les plus brefs delais|des que possible|sans retard injustifie)`
)

// Authorities that take complaints about data protection, and public bodies
// that take them among other work: named alone they do not tell the reader
// where to complain, so they count with a complaint in the sentence.
const (
	complaintBodyEN = `(?:supervisory authorit\w*|(?:data protection|privacy) (?:authorit\w*|regulators?|commission\w*|supervisors?|agency|agencies|ombudsman)|authorit\w* (?:responsible for|in charge of) (?:data protection|privacy)|cnil|ico|information commissioner\w*|privacy commissioner\w*|commissioner|edpb|federal trade commission|ftc|(?:state )?attorneys? general|regulators?|commission nationale de l'informatique|(?:\w+ )?privacy protection agency|cppa)\b`
	complaintBodyFR = `(?:autorites? (?:de controle|de surveillance|(?:\w+ ){0,3}(?:de|en matiere de) protection des donnees)|agences? (?:\w+ ){0,2}(?:de|pour la) protection des donnees|cnil|cnpd|commission nationale (?:de l'informatique|informatique|de (?:la )?protection des donnees)|edpb|cepd|federal trade commission|ftc|commission federale du commerce|procureurs? generaux?|regulateurs?|commissaire a la protection|commission d'acces a l'information|prepose federal|pfpdt|autorite de protection des donnees|apd|commissariat a la protection|information commissioner\w*|ico|data protection (?:commission|authority)|autorite chef de file)\b`
)

// complaintToAuthority is a complaint to a supervisory authority, named or
// not; namedAuthority names one country's authority. The second, in the
// sentence right after the first, answers rights.complaint: "You may lodge
// a complaint with the competent supervisory authority. In Greece, this is
// the Hellenic Data Protection Authority."
var (
	complaintToAuthority = both(`\b(?:complain\w*|lodge|file)\b[^.;]{0,80}\b(?:authorit\w*|regulators?)\b`,
		`\b(?:reclamations?|plaintes?|saisir|recours)\b[^.;]{0,80}\b(?:autorites?|agences?)\b`)
	namedAuthority = both(`\b(?:irish|spanish|italian|hellenic|greek|french|belgian|luxembourg|dutch|german|austrian|swiss|uk|british|cypriot|maltese|polish|portuguese|swedish|danish|finnish|norwegian) (?:\w+ ){0,2}(?:data protection|privacy) (?:authority|commission|commissioner|agency|office|supervisor)\b|\bdata protection commission(?:er)?\b|\binformation commissioner'?s? office\b|\bcommission nationale de l'informatique\b|\bcnil\b`,
		`\b(?:autorite|agence|commission|office|garante?|commissaire) (?:\w+ ){0,2}(?:hellenique|grecque|espagnole|italienne|irlandaise|luxembourgeoise|belge|suisse|allemande|neerlandaise|portugaise|autrichienne|britannique|chypriote|maltaise|polonaise|suedoise|danoise|finlandaise|norvegienne|francaise) (?:\w+ ){0,2}(?:de |pour la |en matiere de )?protection des donnees\b|\bcommission nationale de l'informatique\b|\bcnil\b|\bcnpd\b`)
)

// runAuthorityAfterComplaint finds a named authority in the clause right
// after one that complains to an authority (see complaintToAuthority).
func runAuthorityAfterComplaint(p *Pass) Result {
	for i := 1; i < len(p.clauses); i++ {
		c, prev := &p.clauses[i], &p.clauses[i-1]
		m := namedAuthority.findIn(p.lang, c.text.s, c.tg)
		if m == nil || complaintToAuthority.findIn(p.lang, prev.text.s, prev.tg) == nil {
			continue
		}
		return result(report.StatusFound, []hit{{c, m}})
	}
	return missing
}

// Postal addresses: a number and a kind of street.
const (
	// A postal address: a street, or a post-office box ("PO Box 12740", « BP
	// 123 », « CS 70001 »).
	streetEN = `\b\d{1,5},? [a-z0-9 .'-]{2,40} (?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|suite)\b|\bp\.? ?o\.? box \d+`
	streetFR = `\b\d{1,4},? (?:bis |ter )?(?:rue|avenue|av|boulevard|bd|place|chemin|allee|quai|impasse|cours|route)\b|\b(?:bp|cs) \d{2,6}\b`
	// obfuscatedEmail is an email address written against spam robots.
	// (A Markdown escape may be left before a bracket: "privacy\[at\]example.com".)
	// Folding writes the dot of a site name as a hyphen (see joinDomains).
	obfuscatedEmail = `\b[a-z0-9._-]+ ?\\?[(\[] ?(?:at|arobase) ?\\?[)\]] ?[a-z0-9]+(?:(?: ?\\?[(\[] ?dot ?\\?[)\]] ?|[.-])[a-z0-9]+)*(?: ?\\?[(\[] ?dot ?\\?[)\]] ?|[.-])[a-z]{2,}\b`
)

// rightCheck builds the check of one data subject right: pat is looked for
// in rights clauses, named (the right called by its name) in any clause.
func rightCheck(id, title string, stated, named pat) Check {
	return Check{ID: id, Category: rights, Title: title,
		Run: rule{lead: true, cats: cats(rights), pat: stated, any: named, hedges: rightHedges, weak: []pat{rightsMaybe}, off: rightOff[id], skipBefore: rightSkip[id],
			prefer: rightPrefer[id].prefer, lesser: rightPrefer[id].lesser}.run}
}

// retentionOff are retention clauses whose periods are not how long data
// is kept (see the retention.period check).
var retentionOff = both(`\b(?:under|over|below|above|at least|older than|younger than) (?:the age of )?\d+(?: years?)?(?: of age| old)?\b|\b\d+ years? (?:of age|old)\b|\bin the (?:past|last|preceding|previous) (?:\d+|twelve) months\b|\b(?:amended|changed|modified|revised|updated|new) (?:terms|policy|privacy policy|version|conditions)\b|\b(?:terms|policy|conditions)\b[^.;]{0,20}\b(?:are|were|is|was|have been|has been) (?:changed|amended|modified|revised|updated)\b|\b(?:become|becomes|be) (?:automatically )?effective\b|\btakes? effect\b`+
	// A response time extended, as the GDPR allows: "If we require more
	// time (up to 90 days), we will inform you", « ce délai peut excéder
	// un mois ... si votre demande est particulièrement complexe ».
	`|\bif we (?:require|need) (?:more|additional|further) time\b|\b(?:more|additional|further) time\b[^.;]{0,40}\b(?:inform|notify|tell) you\b|\bcomplex(?:ity)?\b[^.;]{0,80}\b(?:extend\w*|extension)\b|\b(?:extend\w*|extension)\b[^.;]{0,40}\b(?:two|2) (?:further |additional )?months\b`,
	`\b(?:moins|plus) de \d+ ans\b|\bage(?:e|es|s)? de (?:moins de |plus de )?\d+ ans\b|\b(?:conditions|politique|termes|version)\b[^.;]{0,20}\b(?:modifiee?s?|mises? a jour|revisee?s?)\b|\bentr\w* (?:automatiquement )?en vigueur\b|\bprend\w* effet\b|\bmodification (?:des|de la|du|de cette|de ces) (?:conditions|politique|presente|termes)`+
		`|\b(?:demande|requete)s? (?:est|sont) (?:particulierement )?complexes?\b|\bcomplexite\b[^.;]{0,60}\bdemandes?\b|\bprolong\w*\b[^.;]{0,30}\bdeux mois\b|\bdelai\b[^.;]{0,30}\b(?:peut|pourra) (?:exceder|etre prolonge)`)

// retentionNeed is what a retention clause's duration must come with to be
// how long data is kept: something kept, stored, deleted or expiring, or
// the word retention, in the clause, its heading or its lead-in. "Any claim
// must be filed within one year", "If you do not make such a request
// within the 5-day period" and "we can't promise you absolute security
// until the end of times" were read as periods in clauses the classifier
// filed under retention (round 27).
var retentionNeed = both(`\b(?:keep\w*|kept|retain\w*|retention|stor(?:e|es|ed|ing|age)|hold\w*|held|delet\w*|eras\w*|remov\w*|purg\w*|destr\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|expir\w*|archiv\w*|sav(?:e|es|ed|ing)|maintain\w*|last(?:s|ing)?|how long|lifespan|lifetime|log(?:s|ged)?|record\w*|cach\w*|back-?ups?|overwrit\w*|wip(?:e|es|ed|ing)|dispos\w*|shred\w*)\b`,
	`\b(?:conserv\w*|stock\w*|gard\w*|archiv\w*|supprim\w*|suppression|effac\w*|detrui\w*|destruction|anonymis\w*|pseudonymis\w*|expir\w*|enregistr\w*|maint\w*|dur\w*|retenu\w*|journa\w*|cach\w*|sauvegard\w*|ecras\w*|elimin\w*)\b`)

// objectIfNotEN and objectIfNotFR are the reader who does not want a use of
// their data, and what to do about it: an objection in any clause ("If you
// don't want SpaceOddities.eu to track you, you can activate...", "If you
// want us to stop, then here's how", « si vous ne souhaitez plus que ...,
// il vous suffit de cocher la case »). A way to act must follow: "simply
// do not visit our Sites" is none.
const (
	objectIfNotEN = `\bif you (?:(?:do not|don't) (?:want|wish|like)|no longer|would rather not|'d rather not|prefer not to)\b[^.;]{0,80}\b(?:use[ds]?|using|track\w*|process\w*|contact\w*|send\w*|shar\w*|receiv\w*|market\w*)\b[^.;]{0,60}\b(?:you (?:can|may) (?:\w+ )?(?:contact|email|write|call|let|tell|click|visit|activate|change|turn|switch|disable|opt|unsubscribe|withdraw|object|ask|request|adjust|update|select|uncheck|subscribe|use|choose|set|go|refuse|block|delete|remove|manage|limit|exercise)|please (?:contact|email|write|call|let us know|tell us|click|visit)|let us know|tell us|click|call us|contact us|email us|write to us|activate|unsubscribe|opt)\b|\bif you want us to stop\b`
	objectIfNotFR = `\bsi vous ne (?:souhaitez|voulez|desirez) (?:plus|pas)\b[^.;]{0,80}\b(?:utilis|recev|communiqu|trait|transm|partag|suiv|contact|envoi|sollicit)\w*\b[^.;]{0,80}\b(?:vous pouvez|il vous suffit|veuillez|cliquez|cochez|decochez|desactiv\w*|contactez|ecrivez)\b`
)

// rightPrefer chooses a right's evidence (rule.prefer): objecting to
// marketing or to processing is quoted before refusing cookies, which also
// counts (a way to object to tracking) but answers a narrower question.
var rightPrefer = map[string]struct{ prefer, lesser pat }{
	"rights.objection": {
		prefer: both(`\b(?:marketing|promotional|newsletters?|e-?mails?|communications|consent|processing|profiling|legitimate interests?|object|objection|restrict\w*)\b`,
			`\b(?:prospection|marketing|publicitaires?|newsletters?|lettres? d'information|e-?mails?|courriels?|communications|consentement|traitements?|profilage|interets? legitimes?|opposer|opposition|limitation)\b`),
		lesser: both(`\bcookies?\b`, `\b(?:cookies?|traceurs?)\b`),
	},
}

// rightSkip drops a right's name that is part of another name: the Health
// Insurance Portability and Accountability Act (HIPAA), which American
// policies cite, grants no portability.
var rightSkip = map[string]pat{
	"rights.portability": both(`\binsurance $`, ""),
	// "We reserve the right to access, read, preserve, and disclose any
	// information": the company's right.
	// « des personnes ayant des droits d'accès spécifiques à ces systèmes »:
	// staff's access to the systems.
	"rights.access": both(`\breserves? the $`, `\bse reserve le $|\b(?:ayant|disposant|dispose|disposent|possedant|beneficiant) (?:des |de |d'|les )?$`),
}

// rightOff are clauses of the rights category that speak of something
// else than the right: deleting or blocking cookies in one's browser is
// cookie control, not a right to have one's data deleted, and neither is a
// child's data deleted when the company learns of it.
// A right denied ("we have no way to allow you to access, update or
// remove that specific data") is no right either.
var rightOff = map[string]pat{
	"rights.access":        rightDenied,
	"rights.rectification": rightDenied,
	"rights.portability":   both(rightDeniedEN+`|\binsurance portability\b`, rightDeniedFR),
	"rights.deletion": both(rightDeniedEN+`|\b(?:delet|remov|clear|eras|block|disabl|refus)\w*\b (?:\w+ ){0,5}?(?:cookies|trackers|browser history|browsing history|local storage)\b|\b(?:delet|remov|clear)\w* (?:\w+ ){0,4}?(?:in|from|through|via) your (?:web )?(?:browser|device)s?(?:'s)?\b|`+childFound,
		rightDeniedFR+`|\b(?:supprim|effac|bloqu|desactiv|refus)\w*\b (?:\w+ ){0,3}?(?:cookies|traceurs|historique de navigation)\b|\b(?:supprim|effac)\w*\b[^.;]{0,40}\b(?:de|depuis|dans) (?:les parametres de )?votre navigateur\b|`+childFoundFR),
}

// rightDenied is one pattern for the rights it switches off, compiled and
// preloaded once.
var rightDenied = both(rightDeniedEN, rightDeniedFR)

const (
	rightDeniedEN = `\b(?:no way to|no means to|unable to|not able to|not possible to)\b (?:\w+ ){0,4}?(?:access|see|view|update|correct|change|remove|delete|erase|export|download)\b`
	rightDeniedFR = `\b(?:aucun moyen de|ne (?:pouvons|pourrons|peut|pourra) pas|impossible de)\b (?:\w+ ){0,4}?(?:acceder|consulter|modifier|corriger|supprimer|effacer|exporter)\b`
)

// childData and childDataFR name children's data: deleting what a child
// sent by mistake says nothing of how long data is kept. childFound and
// childFoundFR say the company learns it holds a child's data ("If we
// learn that a child under 13 has submitted personal data").
const (
	childData    = `\b(?:child|children|child's|children's|minors?|kids?)\b`
	childDataFR  = `\b(?:enfants?|mineurs?)\b`
	childFound   = `\b(?:learn|learns|discover|discovers|become aware|becomes aware|find out|are notified|is brought to our attention)\b[^.;]{0,100}\b(?:child|children|child's|minors?|kids?|under (?:the )?(?:age (?:of )?)?1[0-8])\b`
	childFoundFR = `\b(?:apprenons|apprend|decouvrons|constatons|avons connaissance|prenons connaissance|sommes informes)\b[^.;]{0,100}\b(?:enfants?|mineurs?|moins de 1[0-8] ans)\b`
)

// rightsListFR opens a list of rights named in one breath, « droit d'accès,
// de rectification, de portabilité et d'opposition »: each right named
// after it is granted.
const rightsListFR = `\bdroits? (?:d'|de |a )[^.;:]{0,80}?(?:,|\bet|\bou) `

// rightsMaybe says the reader may have rights, none named ("depending on
// where you live, you may have additional rights"): each right is vague.
var rightsMaybe = both(`\b(?:may|might|could) (?:also )?have (?:additional |certain |other |some |further |the following )?(?:\w+ )?(?:privacy )?rights\b`,
	`\b(?:pourriez|pourrez|pouvez|pourrait|peut) (?:egalement )?(?:avoir|disposer|beneficier)\b[^.;]{0,30}\bdroits\b`)

// rightHedges are the vague kinds that hedge a right: "you may have the
// right" does, "where applicable, you have the right" does not (rights under
// data protection law always have conditions).
var rightHedges = []string{"modality", "generalisation", legalConditionKind}
