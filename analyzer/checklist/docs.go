//go:build !js

package checklist

// Docs says, for every check and red flag (by ID), what counts as found,
// vague and missing: the rules' documentation, read by developers and the
// tests (every item has one). No report shows it, so the WebAssembly engine
// leaves it out (12 KB of text, 4.7 KB compressed; wasm/README.md).
var Docs = map[string]string{
	"collection.data_types": "Found when a collection or sharing clause names kinds of data (name, email address, IP address, " +
		"location, payment details...): data a policy says it passes on is data it holds. A named kind counts " +
		"even when hedged (\"we may collect your email address\"). Vague when it only speaks of \"personal " +
		"data\" or \"certain information\".",
	"collection.purposes": "Found when a clause about collection, sharing or cookies states a purpose (\"to provide the " +
		"service\", \"in order to\", \"for the purposes of\", \"afin de\", \"finalités\"). Vague when those " +
		"clauses are hedged.",
	"sharing.recipients": "Found when a sharing clause names kinds of recipients (service providers, processors, " +
		"affiliates, advertisers, authorities, a named company or service such as Akismet or DigitalOcean, a group, " +
		"a company by its legal form...), or any clause that passes data on names one " +
		"(\"card payments are handled by Stripe\"). Vague when it only speaks of " +
		"\"third parties\" or \"partners\". A named kind counts even when hedged: the question is to whom.",
	"sharing.sale": "Found when any clause says whether data is sold, either way (\"we do not sell your personal " +
		"information\", \"we will not share, rent or sell\", \"we don't sell it to anyone\", \"in no case do we sell\", " +
		"\"nous ne vendons pas vos données\", \"we sell\"), or says data is never passed to third parties at all " +
		"(\"we will not disclose your information to third parties\", « nous ne transmettons jamais vos données à des " +
		"tiers »): what is never disclosed is never sold. Vague when only hedged, when the denial is left open " +
		"(\"unless specified\", \"except as set forth above\", or an exception in the next sentence), or when the " +
		"policy only offers a right to opt out of the sale (\"you have the right to " +
		"opt out of the sale of your personal information\"): the reader cannot tell whether data is sold. A request " +
		"to others (\"notify websites not to sell\"), a \"Do Not Sell\" mechanism, a third party's or the law's " +
		"obligation (\"the third party does not sell\", \"operators must ensure that the information is not sold\") " +
		"is no answer. A denial stays found when another practice \"may be considered a sale\" under a law (the real " +
		"labels, 5 of 5; corpus/README.md, known disagreements).",
	"cookies.purposes": "Found when a cookie clause gives a definite purpose or a kind of cookie (analytics, advertising, " +
		"functional, necessary...), even hedged (\"we may use cookies to track...\": the question is what for), " +
		"when an analytics tool is used to track or measure (\"we use Google Analytics to track usage\"), when a " +
		"clause under a cookie heading says what they let the company do (« Ils nous permettent de mesurer " +
		"l'audience »), or when the policy says it uses no cookies (nothing left to explain). Vague when the only " +
		"purpose is open (\"to improve your experience\") or an analytics tool is only named (\"we use Google Analytics\"), " +
		"and when four clauses or more speak of cookies with no purpose read: the policy addresses them. A purpose said of " +
		"cookies by name (\"cookies to show you ads\") counts in any clause.",
	"cookies.control": "Found when a cookie clause tells how to refuse, delete or manage cookies (browser settings, " +
		"a consent tool, opt-out links, \"set your browser to disallow cookies\": \"a user may\" is a permission, " +
		"not a hedge). Vague when those clauses are hedged (\"you may be able to change the preferences on your browser\") " +
		"or only point elsewhere for how (\"see our Cookie Policy to learn how to manage cookies\", « pour en savoir plus " +
		"sur la gestion des cookies, consultez ... »).",
	"rights.complaint": "Found when a sentence pairs a complaint with a named supervisory authority (\"lodge a complaint with " +
		"a supervisory authority\", \"the ICO\", « introduire une réclamation auprès de la CNIL »), in any clause. " +
		"Bodies with other work (FTC, attorneys general, regulators) count the same way, with a complaint in the " +
		"sentence. An authority named without a complaint (\"see the Privacy Commissioner's website\", a research " +
		"authorisation of the CNIL, cnil@example.com) and complaints made to the company (\"if you would like to make " +
		"a complaint, contact us\") are no answer. Vague for a complaint to an unnamed authority (« auprès de " +
		"l'autorité compétente ») or \"you may contact the authorities\".",
	"rights.contact": "Found when a rights clause (or a clause under a contact or rights heading) gives an email " +
		"address (also written against spam robots: \"privacy[at]example.com\"), a form to use (\"please use this form\"), a postal address (a street or a " +
		"post-office box: \"PO Box 12740\", « CS 70001 »), a web form, a privacy or contact page (a URL whose address names privacy, " +
		"data, rights, a request or a contact, given in its sentence as the way to make a request or to contact the company) " +
		"or a data protection officer, whatever the sentence's modality (\"We can be contacted at ...\"). An advertising opt-out page, a social " +
		"network, a bare home page, another company's privacy policy or a regulator's guide is no privacy contact. Vague when it only says \"contact us\".",
	"rights.deadline": "Found when a rights clause gives a response time (\"within one month\", \"30 days\", " +
		"\"dans un délai d'un mois\", \"we will honor your opt-out within 14 days\"). Vague for \"promptly\", \"as soon as " +
		"possible\", \"without (undue) delay\", « sans délai », \"immediate\", the time limits \"set by law\" (« dans les délais " +
		"fixés par la réglementation »), " +
		"\"it may take some time to process your request\" (the last in any clause that speaks of a request). Deleting " +
		"\"as soon as possible\" what a child sent, once the company learns of it, is no response time.",
	"retention.period": "Found when a retention clause gives a concrete duration (\"13 months\", \"3 ans\") or an explicit " +
		"criterion (\"until you delete your account\", \"30 days after closure\", \"pendant la durée du contrat\"); " +
		"an upper bound counts even hedged (\"we may retain logs for up to 120 days\"). " +
		"A clear \"kept indefinitely\" answers the question too (the red flag records the problem); \"not kept " +
		"indefinitely\" does not. Vague when it only says \"as long as necessary\", leaves a criterion open (\"as long as " +
		"you have an account or as otherwise necessary\"), speaks of keeping data without " +
		"a period, leaves the length to the company (\"for a reasonable period after closure\", \"as long as we have a " +
		"legitimate business need\"), or when the period is hedged (\"we may keep it for 3 years\"). A delay after which changed terms " +
		"take effect (\"amended terms are effective 30 days after posting\"), an age (\"children under 13 years old\"), a look-back (\"in the past 12 months\") " +
		"and a duration in a clause that keeps, stores or deletes nothing (\"claims must be filed within one year\") are no retention period, and " +
		"deleting what a child sent (\"if we learn that a child under 13 has provided personal information, we will delete it\") " +
		"says nothing of how long data is kept. Cookie lifetimes count " +
		"(\"expire when you close your browser\"); \"for a designated period of time\" is vague.",
	"jurisdiction.law": "Found when any clause says which law governs the policy or which courts are competent " +
		"(\"governed by the laws of\", \"courts of Quebec\", \"droit français\", \"tribunaux de Paris\"), or " +
		"names a data protection law the policy applies or complies with (\"we comply with the GDPR\", " +
		"\"under the California Consumer Privacy Act\", « conformément au RGPD et à la loi Informatique et " +
		"Libertés »), even hedged: the reader learns which law applies. Vague when it only says the policy is " +
		"governed by or follows \"applicable law\" (\"in accordance with applicable laws\", « la " +
		"réglementation en vigueur ») or that disputes go to \"the competent courts\" without naming them. " +
		"Complying with \"applicable laws\" as a reason to disclose data is no answer.",
	"jurisdiction.location": "Found when a clause names where data is stored, hosted or processed (\"stored in the EU\", " +
		"\"hébergées en France\"), hedged or not (\"may be processed in the US\": the place answers the question). " +
		"A place the data is not in (\"countries outside of Canada\") or a condition (\"if this server is in the EU\") is no " +
		"answer. Vague when the place is left " +
		"open (\"in other countries\", \"the US and other countries\", \"dans tout pays\") or the named place is only one option (\"in Europe, " +
		"or wherever our partners have facilities\"), and when four clauses or more are about jurisdiction (transfers, " +
		"law) with no place named: the policy addresses the question without answering it.",
	"jurisdiction.transfers": "Found when a clause names a transfer safeguard (standard contractual clauses, adequacy decision, " +
		"Data Privacy Framework, binding corporate rules, contracts approved by the European Commission), even hedged " +
		"(\"we may use\", \"where necessary\": the question is which mechanism). Vague when it only speaks of " +
		"\"appropriate safeguards\", \"adequate controls\", « le même niveau de protection », « les mesures nécessaires », " +
		"promises protection for transfers abroad with no mechanism (\"we will implement safeguards\", \"we will protect your " +
		"information if it is transferred\"), or " +
		"when the company says it will ask for consent before a transfer. The reader's own consent or acknowledgment " +
		"(\"by using the service you consent to this transfer\", \"vous nous autorisez à effectuer ce transfert\") is no " +
		"safeguard: missing when nothing else is said.",
	"policy.updated": "Found when extraction found a \"last updated\" date, or the text has \"Last updated\", " +
		"\"Effective date\", \"Latest update\", \"Dernière mise à jour\", \"En vigueur\"... followed by a date, a date " +
		"in brackets in the title line (\"STATEMENT OF PRIVACY (12/23/2014)\") or a line near the top that is only " +
		"a date (\"As of July 20th, 2018\", « À jour du 10/12/2021 »), or is so just under the policy's title after a " +
		"menu (\"Privacy Policy\" then \"November 25, 2020\"), \"Update: June 6th, 2019\", or a short line anywhere " +
		"that names the policy and ends with a date (\"CDA website Privacy Policy September 8, 2003\"). The date of a law (\"the GDPR, applicable " +
		"from 25 May 2018\") is not the policy's. Missing otherwise.",
	"policy.changes": "Found when a clause about changes to the policy (or the sentence after it, « nous vous en informerons " +
		"toujours en avance ») says users are told directly (email, notification, a notice in the service, being asked " +
		"to accept the new version). Vague when that notice is hedged (\"we may notify you\", \"when necessary\"), kept " +
		"for material or significant changes only, denied (\"we will not inform you\"), or is the posting itself (\"we " +
		"will notify you by posting the new policy on this page\"), when the new version is only posted, or when the " +
		"policy only says it may change. A change of owner (a merger, an acquisition) and the reader's own way to write " +
		"(\"contact us by email\") are no notice. Missing otherwise.",
	"rights.access": "Found when a rights clause grants access to or a copy of one's data, or to review it or learn whether it is processed " +
		"(\"review your information\", \"confirmation as to whether we process\", \"request the personal information we have " +
		"about you\", « demander des informations sur vos données »); " +
		"\"right of access\" and « droit d'accès » in a list of rights (« droit d'accès, de rectification... ») count anywhere. " +
		"Vague when hedged (\"you may have the right\", also in the lead-in of its list) or when the policy only says the reader " +
		"may have rights, none named.",
	"rights.deletion": "Found when a rights clause lets the user delete or erase their data; \"right to erasure\" and « droit à " +
		"l'effacement » in a list of rights, and \"if you want us to delete this information, contact us\", count " +
		"anywhere; cookies deleted in one's browser and a child's data deleted when found are not the right. Vague when hedged or when the policy only says the reader may have rights.",
	"rights.rectification": "Found when a rights clause lets the user correct, update or amend their data (\"correct, update or request deletion of " +
		"your personal information\", \"your information be corrected\", \"we will revise the information\"); \"right to " +
		"rectification\", « droit ... de rectification » in a list of rights and an invitation to update one's personal " +
		"information (\"to update your personal information, go to...\", « pour mettre à jour vos données personnelles »), " +
		"and the reader or users changing their own data (\"Users are able to change their personal information\") " +
		"count anywhere. Vague when hedged or when the " +
		"policy only says the reader may have rights.",
	"rights.portability": "Found when a rights clause grants portability: data in a structured, machine-readable form, or transmitted to another " +
		"controller; \"portability\" counts anywhere. Downloading one's data is access, not portability. Vague when hedged or when the policy only says the reader may have rights.",
	"rights.objection": "Found when a rights clause lets the user object, restrict or suspend processing, opt out, withdraw consent, have the " +
		"company discontinue using the data, or accept or refuse cookies at any time; \"right to object\", « droit " +
		"d'opposition » in a list of rights, and the reader who does not want a use with a way to act (\"if you don't " +
		"want us to track you, you can...\") count anywhere. Vague when hedged or when the policy only says the reader may have rights.",
	"retention.indefinite": "Raised when a clause says personal data is kept indefinitely, forever, permanently or with no " +
		"time limit. Not raised when negated (\"we do not keep it indefinitely\") or about anonymised or " +
		"aggregated data.",
	"cookies.dnt_ignored": "Raised when a clause says the service does not respond to Do Not Track signals.",
	"policy.continued_use": "Raised when a clause says that continuing to use the service after a change of the policy " +
		"means accepting the new version (\"your continued use constitutes acceptance\", \"if you agree " +
		"to the changes, simply continue to use\", « la poursuite de l'utilisation vaut acceptation »), " +
		"or that continued use is acceptance of the policy, whatever its version (\"your continued use " +
		"shall be deemed your acceptance of the Privacy Policy\"), or agreeing to the policy \"as it may be amended\", " +
		"to its \"most recent version\", or being assumed to agree to a new version by using the site.",
	"rights.id_copy": "Raised when a clause makes a request (to exercise a right) depend on sending a copy of an " +
		"identity document (passport, ID card, driving licence), a proof of identity or « un justificatif " +
		"d'identité », « une preuve de votre identité ». Verifying identity by other means is not raised.",
	"sharing.sells_data": "Raised when a clause says the company sells or rents personal data. Not raised for " +
		"\"we do not sell\", nor for selling a business or products.",
}
