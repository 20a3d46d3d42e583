package checklist_test

import (
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/lang"
)

// Category names as the clause specs write them.
const (
	col = "collection"
	sha = "sharing"
	coo = "cookies"
	rig = "rights"
	ret = "retention"
	jur = "jurisdiction"
)

// checkCase is one case of TestChecks: clauses in, the status of one item
// out. The guide's phrasings (corpus/README.md) are checked against these.
type checkCase struct {
	name    string
	id      string
	lang    lang.Code
	updated string
	clauses []cl
	want    string
}

// checkCases are the cases of TestChecks.
var checkCases = []checkCase{
	// collection.data_types
	{"data types named", "collection.data_types", en, "", []cl{c("We collect your name, email address and IP address.", col)}, found},
	{"data types hedged still named", "collection.data_types", en, "", []cl{c("We may collect your phone number.", col, "may:modality")}, found},
	{"data types in a sharing clause", "collection.data_types", en, "", []cl{c("Your IP address and email address may be transferred to our partners.", sha, "may:modality")}, found},
	{"data types named in a clause of no category", "collection.data_types", en, "", []cl{c("For verification, your IP address and phone number may be checked.", jur, "may:modality")}, found},
	{"data types generic only", "collection.data_types", en, "", []cl{c("We collect personal information when you use the app.", col)}, vague},
	{"data types not in a collection clause", "collection.data_types", en, "", []cl{c("Contact us by email.")}, missing},
	{"FR types de données", "collection.data_types", fr, "", []cl{c("Nous collectons vos nom, adresse postale et numéro de téléphone.", col)}, found},
	{"FR données personnelles seules", "collection.data_types", fr, "", []cl{c("Nous collectons des données personnelles vous concernant.", col)}, vague},
	{"FR rien", "collection.data_types", fr, "", []cl{c("Bienvenue sur notre site.")}, missing},

	// collection.purposes
	{"purpose split between lead-in and item", "collection.purposes", en, "", []cl{c("Communicate with you about your use of the Services;", col).after("420A3 generally uses your information to:")}, found},
	{"FR finalité entre introduction et élément", "collection.purposes", fr, "", []cl{c("gérer votre compte client ;", col).after("Nous utilisons vos données pour :")}, found},
	{"lead-in names data, item no purpose", "collection.purposes", en, "", []cl{c("Your email address.", col).after("We collect the following information:")}, missing},
	{"purpose stated", "collection.purposes", en, "", []cl{c("We use your data to provide and improve our services.", col)}, found},
	{"purpose hedged", "collection.purposes", en, "", []cl{c("We may use your data to provide our services.", col, "may:modality")}, vague},
	{"purpose missing", "collection.purposes", en, "", []cl{c("We collect your name.", col)}, missing},
	{"FR finalité", "collection.purposes", fr, "", []cl{c("Vos données sont traitées afin de gérer votre compte.", col)}, found},
	{"FR finalité hedged", "collection.purposes", fr, "", []cl{c("Nous pouvons utiliser vos données afin de vérifier votre identité.", col, "pouvons:modality")}, vague},
	{"FR pas de finalité", "collection.purposes", fr, "", []cl{c("Nous collectons votre nom.", col)}, missing},

	// sharing.recipients
	{"recipients: an app store is no recipient", "sharing.recipients", en, "", []cl{c("The Application is available on the Apple App Store and the Google Play Store.", sha)}, missing},
	{"recipients: the company defining itself", "sharing.recipients", en, "", []cl{c("Dow Jones & Company, Inc. and its subsidiaries (\"Dow Jones\", \"us\" or \"we\") want you to be familiar with how we collect and disclose information.", sha)}, missing},
	{"recipients named", "sharing.recipients", en, "", []cl{c("We share your data with our payment processors.", sha)}, found},
	{"recipients named though hedged", "sharing.recipients", en, "", []cl{c("We may share data with service providers.", sha, "may:modality")}, found},
	{"recipients third parties only", "sharing.recipients", en, "", []cl{c("We may share your data with third parties.", sha, "may:modality")}, vague},
	{"recipients none", "sharing.recipients", en, "", []cl{c("We collect your name.", col)}, missing},
	{"FR sous-traitants", "sharing.recipients", fr, "", []cl{c("Vos données sont transmises à nos sous-traitants.", sha)}, found},
	// Services real policies name as hosts or processors, a group, a company
	// by its legal form (round 25).
	{"recipient named as a service", "sharing.recipients", en, "", []cl{c("Comments posted on this website are processed by Akismet antispam solution.", sha)}, found},
	{"recipient hosting named", "sharing.recipients", en, "", []cl{c("Our servers are hosted by DigitalOcean.")}, found},
	{"shared within a group", "sharing.recipients", en, "", []cl{c("Your personal information is, where appropriate, shared within the Sainsbury's Group.", sha)}, found},
	{"recipient company by legal form", "sharing.recipients", en, "", []cl{c("Your data is shared with Aragon Ventures LLC, in order to facilitate their hosting obligations.", sha)}, found},
	{"FR au sein du groupe", "sharing.recipients", fr, "", []cl{c("Vos données peuvent être partagées au sein du groupe.", sha, "peuvent:modality")}, found},
	{"FR société par sa forme", "sharing.recipients", fr, "", []cl{c("Vos données sont transmises à la société Dupont Logistique SAS.", sha)}, found},
	{"the company's own legal name is no recipient", "sharing.recipients", en, "", []cl{c("Acme Inc. may share your data with third parties.", sha, "may:modality")}, vague},
	{"FR sociétés affiliées", "sharing.recipients", fr, "", []cl{c("Nexus et ses sociétés affiliées peuvent s'échanger ces données.", sha, "peuvent:modality")}, found},
	{"FR partenaires seuls", "sharing.recipients", fr, "", []cl{c("Nous partageons vos données avec des partenaires.", sha)}, vague},
	{"FR rien", "sharing.recipients", fr, "", []cl{c("Nous collectons votre nom.", col)}, missing},

	// sharing.sale
	{"do not sell is an answer", "sharing.sale", en, "", []cl{c("We do not sell your personal information.", sha)}, found},
	{"never sell, rent or trade", "sharing.sale", en, "", []cl{c("We will never sell, rent or trade personal data.", sha)}, found},
	{"sell stated", "sharing.sale", en, "", []cl{c("We sell your personal information to data brokers.", sha)}, found},
	{"sale hedged", "sharing.sale", en, "", []cl{c("We generally do not sell personal data.", sha, "generally:generalisation")}, vague},
	{"merger is not a sale of data", "sharing.sale", en, "", []cl{c("If our company is sold, your information will be transferred to the buyer.", sha)}, missing},
	{"selling products is not selling data", "sharing.sale", en, "", []cl{c("Members can sell products and services and exchange information.")}, missing},
	{"FR ne vendons pas", "sharing.sale", fr, "", []cl{c("Nous ne vendons pas vos données personnelles.", sha)}, found},
	{"FR vendeurs is not vendre", "sharing.sale", fr, "", []cl{c("Les vendeurs reçoivent vos données de livraison.", sha)}, missing},
	{"FR rien", "sharing.sale", fr, "", []cl{c("Nous partageons vos données avec nos prestataires.", sha)}, missing},
	{"a signal asking websites not to sell is no answer", "sharing.sale", en, "", []cl{c("You can enable Global Privacy Control to notify websites not to sell or share information about your browsing.", rig)}, missing},
	{"a Do Not Sell mechanism is no answer", "sharing.sale", en, "", []cl{c("GPC operates as a “Do Not Sell” mechanism in some US states.", rig)}, missing},
	{"opting out of the sale is no answer", "sharing.sale", en, "", []cl{c("You can request to limit the sale or sharing of your personal data.", rig)}, missing},
	{"denial after an opt-out heading still counts", "sharing.sale", en, "", []cl{c("Your Right to Opt Out of the Sale of Personal Information: we do not share or sell your personal information.", sha, rig)}, found},
	{"denial stands beside may be considered a sale", "sharing.sale", en, "", []cl{
		c("We do not sell your personal information.", sha),
		c("If you enable personalised ads, this may be considered a sale of your information under California law.", sha, "may:modality")}, found},
	{"FR signal demandant de ne pas vendre", "sharing.sale", fr, "", []cl{c("Vous pouvez activer le GPC pour notifier aux sites web de ne pas vendre ou partager les informations relatives à votre navigation.", rig)}, missing},
	{"FR mécanisme « Ne pas vendre »", "sharing.sale", fr, "", []cl{c("Le GPC fonctionne comme un mécanisme « Ne pas vendre » dans certains états.", rig)}, missing},
	{"FR limitation de la vente", "sharing.sale", fr, "", []cl{c("Vous pouvez demander la limitation de la vente ou du partage de vos données personnelles.", rig)}, missing},
	{"FR ne vend pas", "sharing.sale", fr, "", []cl{c("Votre droit à désactiver la vente d'informations personnelles : la société ne partage ni ne vend vos informations personnelles.", sha, rig)}, found},
	{"will not share, rent or sell", "sharing.sale", en, "", []cl{c("CRP will not share, rent or sell personally identifiable information.", sha)}, found},
	{"access: request copies of your personal information", "rights.access", en, "", []cl{c("You have a right to request copies of your personal information held by us.", rig)}, found},
	{"access: download an archive of your content", "rights.access", en, "", []cl{c("You can request and download an archive of your content, including your posts and media attachments.", rig)}, found},
	{"access: access, correct and update certain information", "rights.access", en, "", []cl{c("You can access, correct and update certain personal information that you have provided to us by emailing us.", rig)}, found},
	{"access: request that we disclose to you", "rights.access", en, "", []cl{c("You have the right to request that We disclose to You the categories of personal information We collected.", rig)}, found},
	{"FR droits d'accès du personnel", "rights.access", fr, "", []cl{c("Vos données sont stockées sur des serveurs sécurisés, accessibles à un nombre limité de personnes ayant des droits d'accès spécifiques à ces systèmes.", rig)}, missing},
	{"location: where the company is registered", "jurisdiction.location", en, "", []cl{c("The data collected is processed by Acme SAS, a company registered in the Paris Trade and Companies Register.", jur)}, missing},
	{"FR location: le siège social de l'hébergeur", "jurisdiction.location", fr, "", []cl{c("Les données sont stockées sur les serveurs gérés par notre hébergeur, dont le siège social est situé au Royaume-Uni.", jur)}, missing},
	{"FR accès : consulter, modifier ou supprimer des informations", "rights.access", fr, "", []cl{c("Vous pouvez consulter, modifier ou supprimer des informations de votre compte.", rig)}, found},
	{"FR accès : renseignements sur le traitement", "rights.access", fr, "", []cl{c("Vous disposez à tout moment du droit de nous demander des renseignements sur notre traitement de vos données à caractère personnel.", rig)}, found},
	{"objection: refuse to accept cookies", "rights.objection", en, "", []cl{c("You are in control and may refuse to accept Cookies at any time.", rig, coo)}, found},
	{"rectification: make any changes to their information", "rights.rectification", en, "", []cl{c("All users of our site may make any changes to their information at anytime.", rig)}, found},
	{"rectification: modify, remove or export your data", "rights.rectification", en, "", []cl{c("Learn about your right to request access to, modify, remove or export your data.", rig)}, found},
	{"rectification: edit or delete your informations", "rights.rectification", en, "", []cl{c("You can edit or delete your user provided informations at any time.", rig)}, found},
	{"contact: email the data protection officer", "rights.contact", en, "", []cl{c("To communicate with our Data Protection Officer, please email data-protection-officer@zulipchat.com.")}, found},
	{"contact: an email written out against spam", "rights.contact", en, "", []cl{c("For privacy questions, write to privacy (at) fruux (dot) com.", rig)}, found},
	{"objection: ask us not to contact you", "rights.objection", en, "", []cl{c("You have the right to ask us not to contact you for marketing purposes.", rig)}, found},
	{"objection: right of objection", "rights.objection", en, "", []cl{c("You also have a right of objection to this processing.", rig)}, found},
	{"FR opposition : refuser les cookies", "rights.objection", fr, "", []cl{c("Vous pouvez refuser les cookies à tout moment.", rig, coo)}, found},
	{"deadline: up to 90 days to delete", "rights.deadline", en, "", []cl{c("Following your deletion of your account, it may take up to 90 days to delete your personal information from our systems.", rig)}, found},
	{"deadline: up to 10 business days for preferences to take effect", "rights.deadline", en, "", []cl{c("Please be aware that it may take up to 10 business days for your email preferences to take effect.", rig)}, found},
	{"deadline: as quickly as reasonably possible", "rights.deadline", en, "", []cl{c("We will respond to your request as quickly as is reasonably possible.", rig)}, vague},
	{"deadline: respond in accordance with applicable law", "rights.deadline", en, "", []cl{c("We respond to all requests we receive in accordance with applicable data protection laws.", rig)}, vague},
	{"deadline counted from a request's receipt, in any clause", "rights.deadline", en, "", []cl{c("We will, no later than forty-five (45) days from our receipt of a verifiable consumer request, disclose the required information.", sha)}, found},
	{"a period from receipt that is no request's", "rights.deadline", en, "", []cl{c("Payments are refunded within 14 days of receipt of the returned goods.", sha)}, missing},
	{"FR délai compté de la réception de la demande", "rights.deadline", fr, "", []cl{c("Nous donnerons suite à votre demande au plus tard dans les trente jours de sa réception.", col)}, found},
	{"a right named in an item after its lead-in", "rights.access", en, "", []cl{c("Access to/Portability of Personal Information about you consistent with legal requirements.", rig).after("You have the right to:")}, found},
	{"the same item alone names no right", "rights.access", en, "", []cl{c("Access to/Portability of Personal Information about you consistent with legal requirements.", rig)}, missing},
	{"FR délai : jusqu'à 90 jours pour supprimer", "rights.deadline", fr, "", []cl{c("Il peut falloir jusqu'à 90 jours à partir du début du processus de suppression pour supprimer vos informations.", rig)}, found},
	{"FR délai : conformément à la loi applicable", "rights.deadline", fr, "", []cl{c("Nous répondrons à votre demande conformément à la loi applicable.", rig)}, vague},
	{"cookie control: device permissions removed", "cookies.control", en, "", []cl{c("You can withdraw consent by updating your account settings or by removing Device Permissions you've agreed to in your device settings.", rig)}, found},
	{"FR cookies: autorisations d'appareil supprimées", "cookies.control", fr, "", []cl{c("Vous pouvez retirer votre consentement en supprimant les Autorisations d'appareil que vous avez acceptées dans les paramètres de votre appareil.", rig)}, found},
	{"cookie control: tracking can be disabled", "cookies.control", en, "", []cl{c("This tracking can be disabled within the app's General preferences.", coo)}, found},
	{"cookie control: a pointer to the cookie notice", "cookies.control", en, "", []cl{c("Please refer to our Cookies Notice for further information, including information on how you can disable these technologies.", coo)}, vague},
	{"FR contrôle des cookies : console de gestion", "cookies.control", fr, "", []cl{c("Votre choix est exprimé via la console de gestion des cookies.", coo)}, found},
	{"FR contrôle des cookies : pour savoir comment", "cookies.control", fr, "", []cl{c("Pour savoir comment contrôler l'utilisation des cookies, consultez notre page dédiée.", coo)}, vague},
	// How to manage cookies pointed to, not said (round 25).
	{"cookie control: see below to learn how", "cookies.control", en, "", []cl{c("See below to learn how you can manage your cookie preferences.", coo)}, vague},
	{"cookie control: how you can manage them, read our policy", "cookies.control", en, "", []cl{c("For further information about the use of cookies and how you can manage them, please read our Cookie Policy.", coo)}, vague},
	{"cookie control: to manage, click here", "cookies.control", en, "", []cl{c("To manage flash cookies, please click here.", coo)}, vague},
	{"cookie control: to manage, follow our policy's instructions", "cookies.control", en, "", []cl{c("If you wish to manage your cookies, please follow the instructions in the How to manage cookies section within our Cookie Policy.", coo)}, vague},
	{"cookie control: a pointer beside a way", "cookies.control", en, "", []cl{
		c("To learn more about how we use cookies and manage your preferences, visit our Cookies Policy.", coo),
		c("You can block cookies in your browser settings.", coo)}, found},
	{"cookie control: browser help is a way", "cookies.control", en, "", []cl{c("To disable cookies, go to your browser's settings.", coo)}, found},
	{"cookie control: a policy which explains how", "cookies.control", en, "", []cl{c("To learn more about cookies, please visit our cookies policy, which explains how you can manage your preferences.", coo)}, vague},
	{"cookie control: an industry page on opting out", "cookies.control", en, "", []cl{c("You may want to visit networkadvertising.org, which provides information regarding targeted advertising and the opt-out procedures of NAI members.", coo)}, vague},
	{"cookie control: options one may have", "cookies.control", en, "", []cl{c("You may have options available to manage your cookies preferences.", coo)}, vague},
	{"cookie control: where to read how to disable them in the browser", "cookies.control", en, "", []cl{c("Information on how to disable cookies in your browser can be found here.", coo)}, found},
	{"FR contrôle des cookies : comme indiqué dans notre politique", "cookies.control", fr, "", []cl{c("Vous avez toutefois la possibilité de désactiver certains cookies, comme indiqué dans notre politique en matière de cookies.", coo)}, vague},
	{"FR contrôle des cookies : en savoir plus sur la gestion", "cookies.control", fr, "", []cl{c("Pour en savoir plus sur la gestion des cookies, consultez notre politique cookies.", coo)}, vague},
	{"FR contrôle des cookies : paramètres du navigateur", "cookies.control", fr, "", []cl{c("Pour désactiver les cookies, rendez-vous dans les paramètres de votre navigateur.", coo)}, found},
	{"a denial of sale with the company's own exception", "sharing.sale", en, "", []cl{c("We will not sell your personal information to third parties without your consent.", sha)}, vague},
	{"a denial of sale other than as described", "sharing.sale", en, "", []cl{c("We do not sell your personal information other than as described in this Privacy Policy.", sha)}, vague},
	{"a denial of sale with the law's exception only", "sharing.sale", en, "", []cl{c("We do not sell or disclose your personal information to third parties unless required by law.", sha)}, found},
	{"a denial of sale opened by the next sentence", "sharing.sale", en, "", []cl{
		c("We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.", sha),
		c("This does not include trusted third parties who assist us in operating our site.", sha)}, vague},
	{"FR refus de vente sauf consentement", "sharing.sale", fr, "", []cl{c("Nous ne vendons pas vos données sans votre consentement.", sha)}, vague},
	{"FR aucune donnée transmise à des tiers", "sharing.sale", fr, "", []cl{c("Aucune donnée n’est ici transmise à des tiers.", sha)}, found},
	{"never misuse, sell, rent", "sharing.sale", en, "", []cl{c("We will never misuse, sell, rent, share or give away any personal information to any third parties.", sha)}, found},
	{"one kind of data not shared, by its pronoun", "sharing.sale", en, "", []cl{c("Verification photos are kept private. We do not share it with third parties.", sha)}, found},
	{"not shared with companies outside, unless the following", "sharing.sale", en, "", []cl{c("We do not share personal information with companies, organizations and individuals outside of Kandra Labs unless one of the following circumstances apply:", sha)}, vague},
	{"not shared with anyone except as described", "sharing.sale", en, "", []cl{c("We will not use or share your information with anyone except as described in this Privacy Policy.", sha)}, vague},
	{"cookie purposes: a definition is no purpose", "cookies.purposes", en, "", []cl{c("For purposes of this Policy, personal data means information about an identified person.", coo)}, missing},
	{"complaint: legal claims are no complaint", "rights.complaint", en, "", []cl{c("To establish, exercise and defend legal claims and rights, including supporting investigations by regulators.", rig)}, missing},
	{"rectification: machines kept up to date", "rights.rectification", en, "", []cl{c("We keep your data safe by following best practices such as encrypting your data in transit, keeping machines up to date, and maintaining backups.", rig)}, missing},
	{"FR sale: louer un véhicule", "sharing.sale", fr, "", []cl{c("Nous vous aidons à louer un véhicule : nous collectons et traitons des données personnelles pour vous mettre en relation avec un chauffeur.", sha)}, missing},
	{"analytics providers to gain insights", "cookies.purposes", en, "", []cl{c("Strava may use third-party analytics providers to gain insights into how our Services are used.", coo)}, found},
	{"we use them to maintain your session", "cookies.purposes", en, "", []cl{c("We strictly use them to maintain your session state and login credentials across multiple sessions.").under("Cookies")}, found},
	{"FR ne transmet pas sauf :", "sharing.sale", fr, "", []cl{c("Le Groupe ne transmet pas vos données personnelles sauf :", sha)}, vague},
	{"FR accessibles à aucun tiers à l'exception :", "sharing.sale", fr, "", []cl{c("Elles ne seront ni traitées ni rendues accessibles à aucun tiers à l’exception :", sha)}, vague},
	{"don't sell it to anyone", "sharing.sale", en, "", []cl{c("We only use your data to run the service and we don't sell it to anyone.", col)}, found},
	{"in no case do we sell", "sharing.sale", en, "", []cl{c("In no case do we sell, share or rent out your contacts to third parties.", sha)}, found},
	{"not disclosed to third parties at all", "sharing.sale", en, "", []cl{c("We will not disclose your emails or private information to third parties for private gains.", sha)}, found},
	{"a hedge before but stays in its half", "sharing.sale", en, "", []cl{c("Some of the information may be saved for a designated period, but we will not disclose the information to third parties unless required to do so by law.", sha, ret, "may:modality")}, found},
	{"cookies not disclosed is no answer", "sharing.sale", en, "", []cl{c("We do not disclose Cookies to any third party.", coo)}, missing},
	{"denial left open by unless specified", "sharing.sale", en, "", []cl{c("Elyrics.net does not sell, rent, or trade your personal information with any third party unless specified.", sha)}, vague},
	{"right to opt out of the sale", "sharing.sale", en, "", []cl{c("You have the right to opt out of the sale of your personal information.", rig)}, vague},
	{"a third party's denial is no answer", "sharing.sale", en, "", []cl{c("You direct us to disclose your personal information to a third party and the third party does not sell the personal information;", sha)}, missing},
	{"an obligation of operators is no answer", "sharing.sale", en, "", []cl{c("Website operators must ensure that the information is not sold to another business that will further license or sell the information to others.", sha)}, missing},
	{"a sale stated is not undercut", "sharing.sale", en, "", []cl{
		c("This privacy policy explains how we collect, use, share, transfer, and sell (for California residents) your personal data.", sha),
		c("These transfers to third parties may constitute “sale” of your personal information under California law.", sha, "may:modality")}, found},
	{"FR ne transmettons jamais à des tiers", "sharing.sale", fr, "", []cl{c("Nous ne transmettons jamais vos données personnelles à des tiers.", sha)}, found},
	{"FR ne vendons, ne louons ni ne cédons", "sharing.sale", fr, "", []cl{c("Nous ne vendons, ne louons ni ne cédons vos informations personnelles.", sha)}, found},
	{"FR sauf mention contraire", "sharing.sale", fr, "", []cl{c("Nous ne vendons pas vos données personnelles, sauf mention contraire.", sha)}, vague},
	{"FR droit de s'opposer à la vente", "sharing.sale", fr, "", []cl{c("Vous avez le droit de vous opposer à la vente de vos informations personnelles.", rig)}, vague},
	{"FR le tiers ne vend pas", "sharing.sale", fr, "", []cl{c("Vous nous demandez de communiquer vos données à un tiers et le tiers ne vend pas ces informations.", sha)}, missing},
	{"FR démenti maintenu malgré pourra être considéré comme une vente", "sharing.sale", fr, "", []cl{
		c("Nous ne vendons pas vos données personnelles.", sha),
		c("Si vous activez la publicité personnalisée, cela pourra être considéré comme une vente de vos informations selon la loi de Californie.", sha, "pourra:modality")}, found},

	// cookies.purposes
	{"cookie purpose", "cookies.purposes", en, "", []cl{c("We use analytics cookies to measure traffic.", coo)}, found},
	{"cookie purpose hedged is still a purpose", "cookies.purposes", en, "", []cl{c("We may use cookies to track the number of samples you record.", coo, "may:modality")}, found},
	{"cookie purpose open", "cookies.purposes", en, "", []cl{c("We use cookies to improve your experience.", coo)}, vague},
	{"cookies without purpose", "cookies.purposes", en, "", []cl{c("A cookie is a small text file.", coo)}, missing},
	{"FR cookies: un renvoi n'est pas une finalité", "cookies.purposes", fr, "", []cl{c("Nous vous invitons à lire notre Charte d'utilisation des cookies et technologies similaires pour savoir comment nous utilisons ces technologies.", coo)}, missing},
	{"FR cookies de mesure d'audience", "cookies.purposes", fr, "", []cl{c("Nous utilisons des cookies de mesure d'audience.", coo)}, found},
	{"FR technologies permettent de comprendre", "cookies.purposes", fr, "", []cl{c("Ces technologies nous permettent de mieux comprendre le comportement des utilisateurs.", coo)}, found},
	{"FR hedged", "cookies.purposes", fr, "", []cl{c("Nous pouvons utiliser des cookies pour mesurer l'audience.", coo, "pouvons:modality")}, found},
	{"FR finalité ouverte", "cookies.purposes", fr, "", []cl{c("Nous utilisons des cookies pour améliorer votre expérience.", coo)}, vague},
	{"FR définition seule", "cookies.purposes", fr, "", []cl{c("Un cookie est un petit fichier texte.", coo)}, missing},

	{"cookies for the sole purpose of", "cookies.purposes", en, "", []cl{c("We use cookies for the sole purpose of simplifying the registration process.", coo, col)}, found},
	{"for purposes such as", "cookies.purposes", en, "", []cl{c("These are small files that your browser will save for purposes such as saving your login session between visits.", coo)}, found},
	{"technologies help to recognize", "cookies.purposes", en, "", []cl{c("Such technologies help the Company to recognize the status of use of the service.", coo)}, found},
	{"files used to record how you browse", "cookies.purposes", en, "", []cl{c("“Web beacons”, “tags”, and “pixels” are electronic files used to record information about how you browse the Site.", coo)}, found},
	{"a cookie that tracks your session", "cookies.purposes", en, "", []cl{c("We serve you with a cookie that tracks your session on the site.", coo)}, found},
	{"Google Analytics to track", "cookies.purposes", en, "", []cl{c("We use Google Analytics to track anonymous usage across all users.", coo, sha)}, found},
	{"Google Analytics named without a purpose", "cookies.purposes", en, "", []cl{c("Many pages within usf.edu use Google Analytics.", coo)}, vague},
	{"FR Google Analytics sans finalité", "cookies.purposes", fr, "", []cl{c("Certaines pages de notre site utilisent Google Analytics.", coo)}, vague},
	{"no cookies at all", "cookies.purposes", en, "", []cl{c("We do not use cookies.", coo)}, found},
	{"they help under a cookie heading", "cookies.purposes", en, "", []cl{c("They help us measure the audience of our site.", col).under("Our cookie policy")}, found},
	{"they help under another heading", "cookies.purposes", en, "", []cl{c("They help us measure the audience of our site.", col).under("Our partners")}, missing},
	// Round 24: a purpose said of cookies by name counts in any clause; a
	// policy that speaks of cookies in four clauses or more, with no purpose
	// read, addresses the question (vague), three do not.
	{"purpose of named cookies in a sharing clause", "cookies.purposes", en, "", []cl{c("Our advertising partners use cookies to show you ads on other sites.", sha)}, found},
	{"purpose in local browser storage, no category", "cookies.purposes", en, "", []cl{c("Whereby keeps your last settings in a local browser storage to display lists of recent opened integrations.")}, found},
	{"FR cookies à des fins de marketing hors cookies", "cookies.purposes", fr, "", []cl{c("Nous pouvons utiliser des cookies à des fins de marketing personnalisé.", sha, "pouvons:modality")}, found},
	{"tags with a purpose stay in cookie clauses", "cookies.purposes", en, "", []cl{c("Our tags help us measure the audience.", sha)}, missing},
	{"four cookie clauses, no purpose read", "cookies.purposes", en, "", []cl{
		c("A cookie is a small text file.", coo), c("Cookies are placed by us and by others.", coo),
		c("Some cookies expire when you close your browser.", coo), c("For information about how we use cookies, see our Cookie Notice.", coo)}, vague},
	{"three cookie clauses, no purpose read", "cookies.purposes", en, "", []cl{
		c("A cookie is a small text file.", coo), c("Cookies are placed by us and by others.", coo),
		c("For information about how we use cookies, see our Cookie Notice.", coo)}, missing},
	{"FR quatre clauses de cookies sans finalité", "cookies.purposes", fr, "", []cl{
		c("Un cookie est un petit fichier texte.", coo), c("Des cookies sont déposés par nous et par des tiers.", coo),
		c("Certains cookies expirent à la fermeture du navigateur.", coo), c("Pour plus d'informations sur les cookies, consultez notre Politique cookies.", coo)}, vague},
	{"FR finalités publicitaires", "cookies.purposes", fr, "", []cl{c("Les informations issues des cookies peuvent être transférées dans le cadre des finalités publicitaires ou de mesures d’audience.", coo, "peuvent:modality")}, found},
	{"FR ils nous permettent sous un titre cookies", "cookies.purposes", fr, "", []cl{c("Ils nous permettent de mesurer l’audience de notre plateforme.", col).under("Notre politique de gestion des cookies")}, found},
	{"FR aucun cookie", "cookies.purposes", fr, "", []cl{c("Nous n'utilisons aucun cookie.", coo)}, found},

	// cookies.control
	{"browser settings", "cookies.control", en, "", []cl{c("You can refuse cookies in your browser settings.", coo, rig)}, found},
	{"control hedged", "cookies.control", en, "", []cl{c("You may be able to disable cookies in your browser settings.", coo, "may:modality")}, vague},
	{"not being tracked only", "cookies.control", en, "", []cl{c("If you do not want to be tracked, do not click the links in our emails.", coo)}, vague},
	{"cookie settings in a list of data", "cookies.control", en, "", []cl{c("Settings data: tracking protection settings, cookie settings, permissions.", coo)}, missing},
	{"cookie settings as a tool", "cookies.control", en, "", []cl{c("You can change your choices at any time in our cookie settings.", coo)}, found},
	{"no control", "cookies.control", en, "", []cl{c("We use cookies to remember you.", coo)}, missing},
	{"FR paramétrer le navigateur", "cookies.control", fr, "", []cl{c("Vous pouvez paramétrer votre navigateur pour refuser les cookies.", coo)}, found},
	{"FR ne pas être suivi", "cookies.control", fr, "", []cl{c("Si vous préférez ne pas être suivi de cette façon, il vous suffit de ne pas cliquer sur les liens.", coo, rig)}, vague},
	{"FR rien", "cookies.control", fr, "", []cl{c("Nous utilisons des cookies.", coo)}, missing},
	{"FR paramètres des cookies dans une liste de données", "cookies.control", fr, "", []cl{c("Les paramètres de protection contre le suivi, les paramètres des cookies, les autorisations (caméra, microphone).", coo)}, missing},
	{"FR paramètres des cookies comme outil", "cookies.control", fr, "", []cl{c("Vous pouvez modifier vos choix à tout moment dans nos paramètres des cookies.", coo)}, found},
	{"manage local storage settings", "cookies.control", en, "", []cl{c("You can manage your local storage settings at any time.", coo)}, found},
	{"FR gérer les paramètres de stockage local", "cookies.control", fr, "", []cl{c("Vous pouvez gérer vos données de navigation et vos paramètres de stockage local à tout moment.", coo)}, found},
	{"FR paramétrage n'est pas un contrôle", "cookies.control", fr, "", []cl{c("Nous traitons des données techniques et de paramétrage, pour fournir les fonctionnalités du navigateur et des cookies.", coo)}, missing},

	{"a user may set the browser to disallow cookies", "cookies.control", en, "", []cl{c("A user may set his or her browser to disallow cookies.", coo, "may:modality")}, found},
	{"preferences on your browser hedged", "cookies.control", en, "", []cl{c("You may be able to change the preferences on your browser to prevent the acceptance of cookies.", coo, "may:modality")}, vague},
	{"your choices, click here", "cookies.control", en, "", []cl{c("To know your choices about not having this information used by these companies, click here.", coo, rig)}, vague},
	{"FR vos choix, cliquez ici", "cookies.control", fr, "", []cl{c("Pour connaître vos choix concernant l'utilisation de ces informations par ces sociétés, cliquez ici.", coo, rig)}, vague},
	{"cookie consent controls", "cookies.control", en, "", []cl{c("We offer transparent cookie consent controls on our website.", coo)}, found},
	{"FR contrôles du consentement des cookies", "cookies.control", fr, "", []cl{c("Nous proposons des contrôles transparents du consentement des cookies sur notre site Web.", coo)}, found},
	{"FR l'utilisateur peut paramétrer son navigateur", "cookies.control", fr, "", []cl{c("L'utilisateur peut paramétrer son navigateur pour refuser les cookies.", coo, "peut:modality")}, found},

	// rights.access
	{"right of access anywhere", "rights.access", en, "", []cl{c("You have the right of access to your data.")}, found},
	{"archive of the data is access", "rights.access", en, "", []cl{c("A customer may request an archive with all the personal data we collected.", rig)}, found},
	{"access hedged", "rights.access", en, "", []cl{c("You may have the right to request a copy of your data.", rig, "may:modality")}, vague},
	{"access, correct or delete", "rights.access", en, "", []cl{c("You can access, correct, or delete your personal information.", rig)}, found},
	{"services you access is no right", "rights.access", en, "", []cl{c("How we use your data depends on the Services you access.", rig, col)}, missing},
	{"access missing", "rights.access", en, "", []cl{c("You can unsubscribe at any time.", rig)}, missing},
	{"FR droit d'accès", "rights.access", fr, "", []cl{c("Vous disposez d'un droit d'accès à vos données.", rig)}, found},
	{"FR accès hedged", "rights.access", fr, "", []cl{c("Selon votre pays, vous pourriez avoir le droit d'obtenir une copie de vos données.", rig, "pourriez:modality")}, vague},
	{"FR rien", "rights.access", fr, "", []cl{c("Vous pouvez vous désinscrire à tout moment.", rig)}, missing},
	{"access in a list of verbs", "rights.access", en, "", []cl{c("You can access, correct, or delete your personal information from your profile.", rig)}, found},
	{"FR consulter dans une liste de verbes", "rights.access", fr, "", []cl{c("Vous pouvez consulter, corriger ou supprimer vos informations personnelles depuis votre profil.", rig)}, found},
	{"FR accéder ou rectifier", "rights.access", fr, "", []cl{c("Vous pouvez accéder ou rectifier vos données à tout moment.", rig)}, found},
	{"FR consulter une page n'est pas un accès", "rights.access", fr, "", []cl{c("Vous pouvez consulter notre page d'aide pour en savoir plus.", rig)}, missing},

	{"review and update your registration information", "rights.access", en, "", []cl{c("You can review and update your registration information through your account settings.", rig)}, found},
	{"confirmation as to whether we process", "rights.access", en, "", []cl{c("In accordance with GDPR article 15 you have the right to demand a confirmation from Posteo e.K. as to whether we process personal data in relation to you.", rig)}, found},
	{"request the personal information we have about you", "rights.access", en, "", []cl{c("You have the right to request from us the personal information that we have about you.", rig)}, found},
	{"access among other verbs, alter included", "rights.access", en, "", []cl{c("If you're already a user, you may access, update, alter, or delete your basic user profile information by editing your user profile.", rig)}, found},
	{"gerunds: accessing, correcting, or deleting", "rights.access", en, "", []cl{c("We offer you simple methods of accessing, correcting, or deleting the data we have collected.", rig)}, found},
	{"inform you about the data stored", "rights.access", en, "", []cl{c("Upon request we will inform you about the data we have stored about you free of charge.", rig)}, found},
	{"you may have additional rights", "rights.access", en, "", []cl{c("Depending on where you live, you may have additional rights as to the personal information that you share.", rig, "may:modality")}, vague},
	{"a hedging lead-in hedges its items", "rights.access", en, "", []cl{c("Obtain a copy of your personal information.", rig).after("In accordance with applicable law, you may have the right to:")}, vague},
	{"FR demander des informations sur vos données", "rights.access", fr, "", []cl{c("Conformément à l'art. 15 RGPD, vous avez le droit de demander des informations sur vos données personnelles que nous traitons.", rig)}, found},
	{"FR mettre à disposition les données", "rights.access", fr, "", []cl{c("À votre demande, nous mettrons à disposition les données personnelles vous concernant afin que vous puissiez les corriger.", rig)}, found},
	{"FR droits listés d'un souffle", "rights.access", fr, "", []cl{c("Vous disposez d'un droit d'accès, de rectification, de portabilité et d'opposition.")}, found},
	{"FR vous pourriez avoir des droits", "rights.access", fr, "", []cl{c("Selon votre pays de résidence, vous pourriez avoir des droits supplémentaires sur vos données.", rig, "pourriez:modality")}, vague},

	// rights.deletion
	{"you may request deletion is a permission", "rights.deletion", en, "", []cl{c("You may request deletion of your data at any time.", rig, "may:modality")}, found},
	{"they may ask us to destroy", "rights.deletion", en, "", []cl{c("They may also request us to destroy this data.", rig, "may:modality")}, found},
	{"a later hedge does not hedge the right", "rights.deletion", en, "", []cl{c("You can ask us to delete your data; we may keep backups for a while.", rig, "may:modality")}, found},
	{"deletion hedged", "rights.deletion", en, "", []cl{c("You may have a right to request that we delete your data.", rig, "may:modality")}, vague},
	{"deletion missing", "rights.deletion", en, "", []cl{c("You can access your data.", rig)}, missing},
	{"FR droit à l'effacement", "rights.deletion", fr, "", []cl{c("Vous pouvez demander l'effacement de vos données.", rig, "pouvez:modality")}, found},
	{"FR rien", "rights.deletion", fr, "", []cl{c("Vous pouvez accéder à vos données.", rig)}, missing},

	// rights.rectification
	{"correct your data", "rights.rectification", en, "", []cl{c("You can modify, correct, update or even delete your profile.", rig)}, found},
	{"update preferences is not rectification", "rights.rectification", en, "", []cl{c("You can modify your communication preferences at any time.", rig)}, missing},
	{"rectification hedged", "rights.rectification", en, "", []cl{c("You may have the right to correct inaccurate data.", rig, "may:modality")}, vague},
	{"FR droit de rectification", "rights.rectification", fr, "", []cl{c("Vous disposez d'un droit de rectification.", rig)}, found},
	{"FR mettre à jour vos préférences", "rights.rectification", fr, "", []cl{c("Vous pouvez à tout moment mettre à jour vos préférences pour vous désinscrire.", rig)}, missing},

	{"correct, update or request deletion", "rights.rectification", en, "", []cl{c("If you wish to access, correct, update or request deletion of your personal information, you can do so at any time.", rig)}, found},
	{"information be corrected", "rights.rectification", en, "", []cl{c("You have the right to ask that your personal information be corrected, updated, or deleted.", rig)}, found},
	{"we will revise the information", "rights.rectification", en, "", []cl{c("If you believe that any information is inaccurate, please contact us and we will revise the relevant information.", rig)}, found},
	{"a hedge after though stays in its half", "rights.rectification", en, "", []cl{c("This enables you to have any incomplete or inaccurate data we hold about you corrected, though we may need to verify the accuracy of the new data.", rig, "may:modality")}, found},
	{"to update your personal information, go to", "rights.rectification", en, "", []cl{c("To update your personal information, please go to www.sync.com and log into your account.")}, found},
	{"update your preferences is still not rectification", "rights.rectification", en, "", []cl{c("To update your preferences, please go to your account.")}, missing},
	{"FR pour mettre à jour vos données personnelles", "rights.rectification", fr, "", []cl{c("Pour mettre à jour vos données personnelles, connectez-vous à votre compte.")}, found},
	{"FR droits listés: rectification", "rights.rectification", fr, "", []cl{c("Vous disposez d'un droit d'accès, de rectification, de portabilité et d'opposition.")}, found},
	{"FR corriger les informations", "rights.rectification", fr, "", []cl{c("Vous pouvez à tout moment nous demander de corriger les informations inexactes vous concernant.", rig)}, found},

	// rights.portability
	{"portability", "rights.portability", en, "", []cl{c("You have the right to data portability.", rig)}, found},
	{"portable device is not portability", "rights.portability", en, "", []cl{c("We collect data from your portable device.", col)}, missing},
	{"portability hedged", "rights.portability", en, "", []cl{c("Data portability: you may have the right to receive your data.", rig, "may:modality")}, vague},
	{"FR portabilité", "rights.portability", fr, "", []cl{c("Vous bénéficiez du droit à la portabilité de vos données.", rig)}, found},
	{"FR demander le transfert de vos données", "rights.portability", fr, "", []cl{c("Vous pouvez nous demander le transfert de vos données personnelles à un autre prestataire.", rig)}, found},
	{"request the transfer of your data", "rights.portability", en, "", []cl{c("You can request the transfer of your personal data to another provider.", rig)}, found},
	{"FR droits listés: portabilité", "rights.portability", fr, "", []cl{c("Vous disposez d'un droit d'accès, de rectification, de portabilité et d'opposition.")}, found},
	{"rights listed: portability", "rights.portability", en, "", []cl{c("You have the rights of access, rectification, portability and objection.")}, found},
	{"FR rien", "rights.portability", fr, "", []cl{c("Vous pouvez accéder à vos données.", rig)}, missing},

	// rights.objection
	{"opt out", "rights.objection", en, "", []cl{c("You may opt out of marketing emails at any time.", rig, "may:modality")}, found},
	{"objection hedged", "rights.objection", en, "", []cl{c("Depending on your country, you might be able to object to processing.", rig, "might:modality")}, vague},
	{"objection missing", "rights.objection", en, "", []cl{c("You can access your data.", rig)}, missing},
	{"FR se désinscrire", "rights.objection", fr, "", []cl{c("Vous pouvez à tout moment vous désinscrire de notre liste de diffusion.", rig)}, found},
	{"FR droit d'opposition", "rights.objection", fr, "", []cl{c("Vous disposez d'un droit d'opposition.")}, found},
	{"discontinue using", "rights.objection", en, "", []cl{c("The Company is requested by the Principal to discontinue using or to erase the personal information.", rig)}, found},
	{"opting out in quotes", "rights.objection", en, "", []cl{c("You can prevent future secondary use of your information by “opting out” at any time.", rig)}, found},
	{"accept or refuse cookies at any time", "rights.objection", en, "", []cl{c("You can change your choice about cookies, accept or refuse them at any time.", coo, rig)}, found},
	{"FR accepter ou refuser les cookies", "rights.objection", fr, "", []cl{c("Vous pouvez modifier votre choix relatif aux cookies, les accepter ou les refuser à tout moment.", coo, rig)}, found},
	{"FR suspension du traitement", "rights.objection", fr, "", []cl{c("Vous avez le droit de demander la suspension du traitement si celui-ci est illégal.", rig)}, found},
	{"FR droits listés: opposition", "rights.objection", fr, "", []cl{c("Vous disposez d'un droit d'accès, de rectification, de portabilité et d'opposition.")}, found},

	// rights.complaint
	{"lodge a complaint", "rights.complaint", en, "", []cl{c("You can lodge a complaint with the ICO.", rig)}, found},
	{"unnamed authority", "rights.complaint", en, "", []cl{c("You may also contact the competent authorities.", rig)}, vague},
	{"complaint missing", "rights.complaint", en, "", []cl{c("You can access your data.", rig)}, missing},
	{"FR CNIL", "rights.complaint", fr, "", []cl{c("Vous pouvez introduire une réclamation auprès de la CNIL.", rig)}, found},
	{"FR autorité compétente is not a complaint", "rights.complaint", fr, "", []cl{c("Nous pouvons partager vos informations en réponse à une demande d'une autorité compétente.", sha, "pouvons:modality")}, missing},
	{"FR rien", "rights.complaint", fr, "", []cl{c("Vous pouvez accéder à vos données.", rig)}, missing},
	{"FTC named for information is no complaint", "rights.complaint", en, "", []cl{c("For more information about phishing, visit the Federal Trade Commission’s website.")}, missing},
	{"complaint to the FTC", "rights.complaint", en, "", []cl{c("You may file a complaint with the Federal Trade Commission.")}, found},
	{"FR FTC citée pour information", "rights.complaint", fr, "", []cl{c("Pour en savoir plus sur l'hameçonnage, rendez-vous sur le site Web de la Federal Trade Commission.")}, missing},
	{"FR plainte auprès de la FTC", "rights.complaint", fr, "", []cl{c("Vous pouvez déposer une plainte auprès de la Federal Trade Commission.")}, found},
	{"FR réclamation auprès de la CNIL, pas l'autorisation de recherche", "rights.complaint", fr, "", []cl{
		c("Cette recherche a fait l'objet d'une autorisation de la CNIL.", col),
		c("Vous disposez du droit d'introduire une réclamation auprès de la CNIL.", rig)}, found},
	{"FR CNIL citée pour une autorisation", "rights.complaint", fr, "", []cl{c("Cette recherche a fait l'objet d'une autorisation de la CNIL.", col)}, missing},
	{"a complaint to the company is no answer", "rights.complaint", en, "", []cl{c("If you would like to make a complaint, please contact us by e-mail at shop@example.com.", rig)}, missing},
	{"commissioner's website for cookies is no answer", "rights.complaint", en, "", []cl{c("For more information about cookies, see the Privacy Commissioner’s website.", coo)}, missing},
	{"claim before a data protection authority", "rights.complaint", en, "", []cl{c("Users have the right to bring a claim before their competent data protection authority.", rig)}, found},
	{"FR réclamation auprès de l'autorité compétente", "rights.complaint", fr, "", []cl{c("Vous pouvez déposer une réclamation auprès de l’autorité compétente.", rig)}, vague},
	{"FR autorité de surveillance", "rights.complaint", fr, "", []cl{c("Vous êtes en droit de déposer une réclamation auprès d'une autorité de surveillance compétente.", rig)}, found},

	// rights.contact
	{"email for requests", "rights.contact", en, "", []cl{c("To exercise your rights, write to privacy@example.com.", rig)}, found},
	{"contact us only", "rights.contact", en, "", []cl{c("To exercise your rights, contact us.", rig)}, vague},
	{"no contact", "rights.contact", en, "", []cl{c("You can access your data.", rig)}, missing},
	{"FR formulaire", "rights.contact", fr, "", []cl{c("Pour exercer vos droits, utilisez notre formulaire en ligne.", rig)}, found},
	{"FR contactez-nous", "rights.contact", fr, "", []cl{c("Pour exercer vos droits, contactez-nous.", rig)}, vague},
	{"an ad network's opt-out page is no privacy contact", "rights.contact", en, "", []cl{c("You may opt out of interest-based ads at http://www.aboutads.info/choices.", rig)}, missing},
	{"a privacy page is a contact", "rights.contact", en, "", []cl{c("To exercise your rights, visit https://example.com/privacy-request.", rig)}, found},
	{"another company's privacy page is no contact", "rights.contact", en, "", []cl{c("We use Shopify to power our online store--you can read more about how Shopify uses your Personal Information here: https://www.shopify.com/legal/privacy.", rig, sha)}, missing},
	{"a regulator's guide is no contact", "rights.contact", en, "", []cl{c("The guidelines can be found at the following link https://ico.org.uk/for-organisations/guide-to-data-protection/individual-rights/.", rig)}, missing},
	{"a request page after its address", "rights.contact", en, "", []cl{c("Please refer to https://www.example.org/privacy/ for the latest contact information at any time.", rig)}, found},
	{"FR page de demande", "rights.contact", fr, "", []cl{c("Pour exercer votre droit d'opposition, précisez votre demande sur la page https://www.example.fr/espace_client/contact.", rig)}, found},
	{"FR la politique d'un prestataire n'est pas un contact", "rights.contact", fr, "", []cl{c("Vous trouverez des informations dans les dispositions relatives à la protection des données de New Relic : https://newrelic.com/termsandconditions/privacy.", rig)}, missing},
	{"an address given with can", "rights.contact", en, "", []cl{c("We can be contacted via email at sam@example.design.", "can:modality")}, found},
	{"questions about this policy, contact us", "rights.contact", en, "", []cl{c("If you have any questions about this Privacy Policy, please contact us.")}, vague},
	{"FR page de désinscription publicitaire", "rights.contact", fr, "", []cl{c("Vous pouvez refuser la publicité ciblée sur http://www.youronlinechoices.com.", rig)}, missing},
	{"FR questions sur cette politique", "rights.contact", fr, "", []cl{c("Pour toute question sur cette politique, contactez-nous.")}, vague},

	// rights.deadline
	{"within 30 days", "rights.deadline", en, "", []cl{c("We will respond to your request within 30 days.", rig)}, found},
	{"within thirty (30) days", "rights.deadline", en, "", []cl{c("Requests are answered within thirty (30) days of receipt.", rig)}, found},
	{"promptly", "rights.deadline", en, "", []cl{c("We will respond to your request promptly.", rig)}, vague},
	{"no deadline", "rights.deadline", en, "", []cl{c("Send your request to privacy@example.com.", rig)}, missing},
	{"FR dans un délai d'un mois", "rights.deadline", fr, "", []cl{c("Nous vous répondrons dans un délai d'un mois.", rig)}, found},
	{"FR sous un délai d'un mois", "rights.deadline", fr, "", []cl{c("Une réponse vous sera apportée sous un délai d'un mois.", rig)}, found},
	{"FR dans les meilleurs délais", "rights.deadline", fr, "", []cl{c("Nous vous répondrons dans les meilleurs délais.", rig)}, vague},
	{"FR years are a retention period", "rights.deadline", fr, "", []cl{c("Vos données sont conservées au plus tard 10 ans après la fin du contrat.", rig, ret)}, missing},
	{"FR rien", "rights.deadline", fr, "", []cl{c("Écrivez-nous à dpo@exemple.fr.", rig)}, missing},
	{"requests processed within 30 days in any clause", "rights.deadline", en, "", []cl{c("Your requests will be processed within 30 days.")}, found},
	{"respond within the 30 days", "rights.deadline", en, "", []cl{c("We will respond to your request within the 30 days following its receipt.")}, found},
	{"FR requêtes traitées dans les 30 jours", "rights.deadline", fr, "", []cl{c("Vos requêtes seront traitées dans les 30 jours.")}, found},
	{"FR répondrons dans les 30 jours", "rights.deadline", fr, "", []cl{c("Nous répondrons à votre demande dans les 30 jours suivant sa réception.")}, found},
	{"honor your opt-out within 14 days", "rights.deadline", en, "", []cl{c("We will honor your opt-out within 14 days.", rig)}, found},
	{"within 45 days following its receipt", "rights.deadline", en, "", []cl{c("A school must provide a parent with an opportunity to review the records within 45 days following its receipt of a request.", rig)}, found},
	{"without delay", "rights.deadline", en, "", []cl{c("The controller must make the correction without delay.", rig)}, vague},
	{"immediate deletion", "rights.deadline", en, "", []cl{c("You have the right to demand the immediate deletion of personal data.", rig)}, vague},
	{"FR sans délai", "rights.deadline", fr, "", []cl{c("Vous avez le droit d'exiger sans délai que nous corrigions vos données.", rig)}, vague},
	{"FR délais fixés par la réglementation", "rights.deadline", fr, "", []cl{c("Nous nous engageons à donner suite à vos demandes dans les délais fixés par la réglementation en vigueur.", rig)}, vague},
	{"may take some time to process your request", "rights.deadline", en, "", []cl{c("We will follow your instructions, although it may take some time to process your request.", col, "may:modality")}, vague},
	{"taking time to load is no deadline", "rights.deadline", en, "", []cl{c("Some pages may take some time to load.", "may:modality")}, missing},
	{"FR votre demande peut prendre un certain temps", "rights.deadline", fr, "", []cl{c("Nous suivrons vos instructions, mais le traitement de votre demande peut prendre un certain temps.", sha, "peut:modality")}, vague},
	{"FR le chargement prend du temps", "rights.deadline", fr, "", []cl{c("Certaines pages peuvent prendre du temps à se charger.", "peuvent:modality")}, missing},

	// retention.period
	{"retention: a response time extended is no period", "retention.period", en, "", []cl{c("If we require more time (up to 90 days), we will inform you of the reason and extension period in writing.", ret, rig)}, missing},
	{"retention: tax years", "retention.period", en, "", []cl{c("We keep invoices for six tax years.", ret)}, found},
	{"retention: a time limit for claims is no period", "retention.period", en, "", []cl{c("Any claim arising out of the use of the Site must be filed within one year after it arose.", ret)}, missing},
	{"retention: a period under a retention heading", "retention.period", en, "", []cl{c("Support tickets: 90 days.", ret).under("Data retention")}, found},
	{"FR retention: une sauvegarde de sept jours", "retention.period", fr, "", []cl{c("Une sauvegarde automatique de l'ensemble des données du site est accessible pendant sept jours.", ret)}, found},
	{"FR retention: un délai de rétractation n'est pas une durée", "retention.period", fr, "", []cl{c("Vous disposez d'un délai de quatorze jours pour exercer votre droit de rétractation.", ret)}, missing},
	{"retention: the last four digits are no time", "retention.period", en, "", []cl{c("We do not store your payment information apart from the last four digits of your card.", ret)}, vague},
	{"FR retention: un délai de réponse prolongé n'est pas une durée", "retention.period", fr, "", []cl{c("En certaines circonstances, ce délai peut excéder un mois et atteindre jusqu'à trois mois maximum, si votre demande est particulièrement complexe.", ret, rig)}, missing},
	{"concrete duration", "retention.period", en, "", []cl{c("We keep your data for 3 years after your last purchase.", ret)}, found},
	// An upper bound is a period, hedged or not (round 25).
	{"retention: hedged upper bound", "retention.period", en, "", []cl{c("We may retain access logs containing this data for up to 120 days, and then delete them.", ret, "may:modality")}, found},
	{"FR conservation : jusqu'à 10 ans", "retention.period", fr, "", []cl{c("Ce délai peut aller jusqu'à 10 ans après la fin de la relation contractuelle.", ret, "peut:modality")}, found},
	{"retention: hedged, no bound", "retention.period", en, "", []cl{c("We may retain your data for as long as necessary.", ret, "may:modality")}, vague},
	{"criterion", "retention.period", en, "", []cl{c("We retain your data until you delete your account.", ret)}, found},
	{"as long as necessary", "retention.period", en, "", []cl{c("We keep your data as long as necessary.", ret, "as long as necessary:open_time")}, vague},
	{"indefinitely stated clearly", "retention.period", en, "", []cl{c("Your data is stored indefinitely.", ret)}, found},
	{"indefinitely hedged", "retention.period", en, "", []cl{c("Data may be stored for an indefinite amount of time.", ret, "may:modality")}, vague},
	{"not indefinitely is no period", "retention.period", en, "", []cl{c("We do not keep your data indefinitely.", ret)}, vague},
	{"duration hedged", "retention.period", en, "", []cl{c("We may retain your data for 5 years.", ret, "may:modality")}, vague},
	{"retention missing", "retention.period", en, "", []cl{c("We collect your name.", col)}, missing},
	{"FR durée concrète", "retention.period", fr, "", []cl{c("Vos données sont conservées pendant 3 ans à compter de votre dernier achat.", ret)}, found},
	{"as long as you have an account or as otherwise necessary", "retention.period", en, "", []cl{c("We retain Personal Data about you for as long as you have an open account with us or as otherwise necessary to provide you Service.", ret)}, vague},
	{"saved for a designated period of time", "retention.period", en, "", []cl{c("Some of the information may be saved for a designated period of time to comply with archiving policies.", ret, "may:modality")}, vague},
	{"session cookies expire when you close your browser", "retention.period", en, "", []cl{c("Session cookies only last for your visit and expire when you close your browser.", coo)}, found},
	{"FR expirent lorsque vous fermez votre navigateur", "retention.period", fr, "", []cl{c("Cookies de session : ces cookies ne durent que le temps de votre session en ligne et expirent lorsque vous fermez votre navigateur.", coo)}, found},
	{"FR pendant une période déterminée", "retention.period", fr, "", []cl{c("Certaines informations peuvent être conservées pendant une période déterminée.", ret, "peuvent:modality")}, vague},
	{"FR tant que vous utiliserez les Services", "retention.period", fr, "", []cl{c("Vos données seront conservées tant que vous utiliserez les Services et seront effacées dès que vous demanderez la suppression de votre compte.", ret)}, found},
	{"FR tant que ou le temps nécessaire", "retention.period", fr, "", []cl{c("Vos données sont conservées tant que votre compte est actif ou le temps nécessaire à la gestion des litiges.", ret)}, vague},
	{"FR durée du contrat", "retention.period", fr, "", []cl{c("Nous conservons vos données pendant toute la durée de la relation contractuelle.", ret)}, found},
	{"FR durée nécessaire", "retention.period", fr, "", []cl{c("Vos données sont conservées pendant la durée nécessaire aux finalités.", ret, "pendant la durée nécessaire:open_time")}, vague},
	{"FR pas indéfiniment", "retention.period", fr, "", []cl{c("Nous ne conservons pas vos données indéfiniment.", ret)}, vague},
	{"FR pour toujours is not always retention", "retention.period", fr, "", []cl{c("Les fonctions doivent être sûres pour toujours prendre les bonnes décisions.", ret)}, missing},
	{"FR à des fins is not dès la fin", "retention.period", fr, "", []cl{c("Nous utilisons vos données à des fins statistiques.", ret)}, missing},
	{"FR rien", "retention.period", fr, "", []cl{c("Nous collectons votre nom.", col)}, missing},
	{"amended terms taking effect is no retention", "retention.period", en, "", []cl{
		c("All amended terms shall automatically be effective thirty (30) days after they are initially posted.", ret),
		c("We will keep your information only for as long as we need it.", ret)}, vague},
	{"terms changed is no retention", "retention.period", en, "", []cl{c("The policy in effect applies until thirty (30) days after the terms are changed.", ret)}, missing},
	{"keeping data still counts next to a change", "retention.period", en, "", []cl{c("Under the new policy we delete inactive accounts after 2 years.", ret)}, found},
	{"FR conditions modifiées en vigueur", "retention.period", fr, "", []cl{
		c("Toutes les conditions modifiées entreront automatiquement en vigueur trente (30) jours après leur publication.", ret),
		c("Nous conserverons vos informations tant que nous en aurons besoin, mais pas au-delà.", ret)}, vague},
	{"FR modification des conditions", "retention.period", fr, "", []cl{c("La politique s'applique jusqu'à trente (30) jours après la modification des conditions générales.", ret)}, missing},
	{"FR conserver reste une durée", "retention.period", fr, "", []cl{c("Selon la version modifiée de la politique, nous supprimons les comptes inactifs après 2 ans.", ret)}, found},

	// jurisdiction.law
	{"law: a country's law on any subject", "jurisdiction.law", en, "", []cl{c("We retain records as needed for meeting United States federal tax laws.", ret)}, found},
	{"law: Singapore law", "jurisdiction.law", en, "", []cl{c("We may disclose your data where required under Singapore law or regulation.", sha)}, found},
	{"governed by the laws of", "jurisdiction.law", en, "", []cl{c("This policy is governed by the laws of Ireland.", jur)}, found},
	{"named courts", "jurisdiction.law", en, "", []cl{c("Disputes are submitted to the competent courts in the judicial district of Drummond, Quebec.", jur)}, found},
	{"a law the reader's laws differ from", "jurisdiction.law", en, "", []cl{c("If you use the Services from a region with laws that may differ from U.S. law, your information will be transferred to the United States.", jur, "may:modality")}, missing},
	{"location: a condition on the server's place", "jurisdiction.location", en, "", []cl{c("If this server is in the EU or the EEA: our services are directed to people who are at least 16 years old.", jur)}, missing},
	{"location: a link for readers located somewhere", "jurisdiction.location", en, "", []cl{c("To opt out of interest-based advertising, click here (or if located in the European Union click here).", jur)}, missing},
	{"deadline: the reader must update promptly", "rights.deadline", en, "", []cl{c("You must promptly update your personal information if it changes.", rig)}, missing},
	{"deadline: not erased immediately", "rights.deadline", en, "", []cl{c("Deleting your account will not immediately erase all data related to you.", rig)}, missing},
	{"deadline: a breach notified without delay", "rights.deadline", en, "", []cl{c("We will notify you of a data breach without undue delay.", rig)}, missing},
	{"FR délai : se désabonner rapidement", "rights.deadline", fr, "", []cl{c("Vous pouvez vous désabonner rapidement et facilement à tout moment.", rig)}, missing},
	{"court of law is not a jurisdiction", "jurisdiction.law", en, "", []cl{c("We disclose data when ordered by a court of law.", sha)}, missing},
	{"applicable law only", "jurisdiction.law", en, "", []cl{c("This policy is governed by applicable law.", jur)}, vague},
	{"location is not law", "jurisdiction.law", en, "", []cl{c("Your data is stored in the European Union.", jur)}, missing},
	{"FR droit français", "jurisdiction.law", fr, "", []cl{c("La présente politique est régie par le droit français.", jur)}, found},
	{"FR tribunaux de Paris", "jurisdiction.law", fr, "", []cl{c("Tout litige sera porté devant les tribunaux de Paris.", jur)}, found},
	{"FR tribunaux compétents seuls", "jurisdiction.law", fr, "", []cl{c("Tout litige relèvera des tribunaux compétents.", jur)}, vague},
	{"compliance with the GDPR and the CCPA", "jurisdiction.law", en, "", []cl{c("We comply with the GDPR and the CCPA.", jur)}, found},
	{"complies with the GDPR by its number", "jurisdiction.law", en, "", []cl{c("Mailgun complies with the European General Data Protection Regulation 2016/679 (GDPR).")}, found},
	{"a right under a named act", "jurisdiction.law", en, "", []cl{c("Under the California Consumer Privacy Act, California Civil Code Section 1798.100, you can request a copy.", rig)}, found},
	{"a named privacy act governs", "jurisdiction.law", en, "", []cl{c("Personal information collected by the Atlas is governed by the Commonwealth Privacy Act 1988.", col)}, found},
	{"a named law though hedged", "jurisdiction.law", en, "", []cl{c("If you reside within the EEA, the GDPR may apply.", "may:modality")}, found},
	{"EU data protection law", "jurisdiction.law", en, "", []cl{c("We process your data in accordance with European Union data protection law.", col)}, found},
	{"state statutes named", "jurisdiction.law", en, "", []cl{c("Privacy obligations of the university are governed by applicable Florida statutes and U.S. federal laws.")}, found},
	{"in accordance with applicable laws is vague", "jurisdiction.law", en, "", []cl{c("We keep tax records in accordance with the applicable law.", ret)}, vague},
	{"complying with applicable laws to disclose is no answer", "jurisdiction.law", en, "", []cl{c("We may share your information to comply with applicable laws and regulations.", sha, "may:modality")}, missing},
	{"data protection law without a name", "jurisdiction.law", en, "", []cl{c("Data protection laws are important.")}, missing},
	{"FR conformément au RGPD et à la loi Informatique et Libertés", "jurisdiction.law", fr, "", []cl{c("Nos traitements sont conformes au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés.", col)}, found},
	{"FR article du RGPD", "jurisdiction.law", fr, "", []cl{c("Conformément à l'art. 15 RGPD, vous avez le droit de demander des informations.", rig)}, found},
	{"FR loi de 1978", "jurisdiction.law", fr, "", []cl{c("Conformément à la loi n°78-17 du 6 janvier 1978, vous disposez d'un droit d'accès.", rig)}, found},
	{"FR loi nationale nommée", "jurisdiction.law", fr, "", []cl{c("Base juridique : nos intérêts légitimes, en combinaison avec la loi grecque 3471/2006.", col)}, found},
	{"FR code nommé", "jurisdiction.law", fr, "", []cl{c("Transactions (comme requis par le code monétaire et financier)")}, found},
	{"FR loi de Californie", "jurisdiction.law", fr, "", []cl{c("Cela pourra être considéré comme une vente selon la loi sur la confidentialité de Californie.", sha, "pourra:modality")}, found},
	{"FR réglementation applicable", "jurisdiction.law", fr, "", []cl{c("Nous déposons des cookies conformément à la réglementation applicable.", coo)}, vague},
	{"FR la loi l'exige n'est pas une loi nommée", "jurisdiction.law", fr, "", []cl{c("Nous traitons des données lorsque la loi l'exige.", col)}, missing},

	// jurisdiction.location
	{"stored in the EU", "jurisdiction.location", en, "", []cl{c("Your data is stored on servers located in the European Union.", jur)}, found},
	{"location: people in a place", "jurisdiction.location", en, "", []cl{c("This notice explains how we process information for individuals in the European Economic Area.", jur)}, missing},
	{"location: whose data", "jurisdiction.location", en, "", []cl{c("We may transfer Personal Data as related to EU users.", jur)}, missing},
	{"FR location: des personnes au sein de l'EEE", "jurisdiction.location", fr, "", []cl{c("Nous pouvons confier le traitement des données personnelles à certaines personnes au sein de l'EEE.", jur)}, missing},
	{"transferred to us is not the US", "jurisdiction.location", en, "", []cl{c("Information you provide is transferred to us and stored securely.", col)}, missing},
	{"other countries only", "jurisdiction.location", en, "", []cl{c("Your data may be transferred to other countries.", jur, "may:modality")}, vague},
	// A named place answers the question, hedged or not (round 25: the
	// labels say found 6 times in 7).
	{"named place hedged", "jurisdiction.location", en, "", []cl{c("Your data may be processed in the United States.", jur, "may:modality")}, found},
	{"FR lieu nommé au conditionnel", "jurisdiction.location", fr, "", []cl{c("Vos données peuvent être stockées aux États-Unis.", jur, "peuvent:modality")}, found},
	{"countries outside a place", "jurisdiction.location", en, "", []cl{c("Your data may be processed and stored on servers in countries outside of Canada.", jur, "may:modality")}, vague},
	{"a named place and other countries", "jurisdiction.location", en, "", []cl{c("We operate internationally and transfer information to the United States and other countries.", jur)}, vague},
	{"FR pays tiers à l'Union", "jurisdiction.location", fr, "", []cl{c("Certaines données sont confiées à des sous-traitants se situant dans des pays tiers à l'Union européenne.", jur)}, vague},
	{"services operated from a place", "jurisdiction.location", en, "", []cl{c("The Services are operated from and in the U.S.", jur)}, found},
	{"kept in databases in a place", "jurisdiction.location", en, "", []cl{c("Personal data is kept in databases located in Ireland.", jur)}, found},
	{"hedge in a glued sentence does not count", "jurisdiction.location", en, "", []cl{c("We store personal data in Canada.Some laws may apply in the jurisdiction to which data is transferred.", jur, "may:modality")}, found},
	{"named place or anywhere", "jurisdiction.location", en, "", []cl{c("Data is stored in Europe, or where our partners maintain facilities.", jur)}, vague},
	{"transfer from the EEA", "jurisdiction.location", en, "", []cl{c("Any transfer of data from countries in the EEA to countries outside the EEA is protected.", jur)}, vague},
	{"transfers safeguards are not location", "jurisdiction.location", en, "", []cl{c("We rely on standard contractual clauses.", jur)}, missing},
	{"FR hébergées en France", "jurisdiction.location", fr, "", []cl{c("Vos données sont hébergées en France.", jur)}, found},
	{"transferred to the U.S. and stored there", "jurisdiction.location", en, "", []cl{c("If you reside outside the U.S., the information we collect will be transferred to the U.S. and processed and stored there.", jur)}, found},
	{"place of processing", "jurisdiction.location", en, "", []cl{c("Place of processing: United States – Privacy Policy.")}, found},
	{"FR situés sur les territoires d'un État membre", "jurisdiction.location", fr, "", []cl{c("Les données sont stockées dans des centres de données situés sur les territoires d'un État membre de l'Union européenne.", jur)}, found},
	{"FR localisé à Marseille", "jurisdiction.location", fr, "", []cl{c("Notre prestataire d’hébergement, qui stocke vos données, est localisé à Marseille ;", sha, jur)}, found},
	{"FR tout pays", "jurisdiction.location", fr, "", []cl{c("Ces sociétés peuvent se trouver dans tout pays dans lequel nous exerçons nos activités.", sha, jur, "peuvent:modality")}, vague},
	{"FR hors UE", "jurisdiction.location", fr, "", []cl{c("Vos données peuvent être transférées hors de l'Union européenne.", jur, "peuvent:modality")}, vague},
	{"outside the EU says no place", "jurisdiction.location", en, "", []cl{c("We transfer your data outside the European Union.", jur)}, vague},
	{"FR hors UE sans hedge", "jurisdiction.location", fr, "", []cl{c("Nous transférons vos données en dehors de l'Union européenne.", jur)}, vague},
	{"FR au sein ou en dehors", "jurisdiction.location", fr, "", []cl{c("Vos données sont transférées à des prestataires au sein ou en dehors de l'UE.", jur)}, vague},
	{"FR rien", "jurisdiction.location", fr, "", []cl{c("Nous collectons votre nom.", col)}, missing},

	// jurisdiction.transfers
	{"standard contractual clauses", "jurisdiction.transfers", en, "", []cl{c("Transfers outside the EEA rely on standard contractual clauses.", jur)}, found},
	{"adequacy decision", "jurisdiction.transfers", en, "", []cl{c("Canada benefits from an adequacy decision of the European Commission.", jur)}, found},
	{"appropriate safeguards only", "jurisdiction.transfers", en, "", []cl{c("When we transfer data abroad we use appropriate safeguards.", jur)}, vague},
	{"location is not a safeguard", "jurisdiction.transfers", en, "", []cl{c("Your data is stored in Ireland.", jur)}, missing},
	{"FR clauses contractuelles types", "jurisdiction.transfers", fr, "", []cl{c("Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.", jur)}, found},
	{"FR décision d'adéquation", "jurisdiction.transfers", fr, "", []cl{c("Le Canada fait l'objet d'une décision d'adéquation.", jur)}, found},
	{"FR garanties appropriées", "jurisdiction.transfers", fr, "", []cl{c("Tout transfert hors de l'UE est entouré de garanties appropriées.", jur)}, vague},
	{"FR garanties sans transfert", "jurisdiction.transfers", fr, "", []cl{c("Nous mettons en place des garanties appropriées pour la sécurité.")}, missing},
	{"consent to the transfer is no safeguard", "jurisdiction.transfers", en, "", []cl{c("By giving us information, you consent to this kind of transfer of your information.")}, missing},
	{"protection promised for a transfer", "jurisdiction.transfers", en, "", []cl{c("We will protect your information as described in this Privacy Statement if your Personal Data is transferred to other countries.", jur)}, vague},
	{"a company undertakes to protect transfers", "jurisdiction.transfers", en, "", []cl{c("Acme undertakes to protect your personal information when it is transferred outside of Canada.", jur)}, vague},
	{"protection promised, no transfer", "jurisdiction.transfers", en, "", []cl{c("We will protect your information with encryption.", col)}, missing},
	{"FR protection promise pour un transfert", "jurisdiction.transfers", fr, "", []cl{c("Vos données resteront protégées lorsqu'elles sont transférées hors de l'Union européenne.", jur)}, vague},
	{"SCCs where necessary still named", "jurisdiction.transfers", en, "", []cl{c("For all transfers of personal data from the EU, we maintain EU Standard contractual clauses where necessary.", jur, "where necessary:conditional")}, found},
	{"we will request your consent to transfer", "jurisdiction.transfers", en, "", []cl{c("If we transfer your Personal Data from the United States, we will request your consent.", jur)}, vague},
	{"sale: disclosed only if legally necessary", "sharing.sale", en, "", []cl{c("Your information will only be disclosed if it is legally necessary to do so.", sha)}, vague},
	{"sale: no sharing unless required by law or permitted", "sharing.sale", en, "", []cl{c("We do not access or share any data unless required to by law or with your permission.", sha)}, vague},
	{"sale: no sharing unless required by law alone", "sharing.sale", en, "", []cl{c("We do not share any data unless required by law.", sha)}, missing},
	{"sale: permission asked before sharing", "sharing.sale", en, "", []cl{c("We will ask your permission before sharing your personal information with third parties in ways not described in this Privacy Notice.", sha)}, vague},
	{"sale: the only event that passes data", "sharing.sale", en, "", []cl{c("The ONLY event that would cause us to pass user data to another entity is a court order.", sha)}, vague},
	{"sale: only shared with named recipients", "sharing.sale", en, "", []cl{c("We only share your personal data with our payment processor and our hosting provider.", sha)}, missing},
	{"sale: FR no sharing except", "sharing.sale", fr, "", []cl{c("Nous ne partageons pas vos données avec d'autres sociétés, sauf avec votre accord.", sha)}, vague},
	{"cookie control: opt in to saving in cookies", "cookies.control", en, "", []cl{c("If you leave a comment on our site you may opt-in to saving your name, email address and website in cookies.", coo)}, found},
	{"cookie control: cookies set if you allow", "cookies.control", en, "", []cl{c("Cookies are small files that a site or its service provider transfers to your computer's hard drive through your Web browser (if you allow).", coo)}, vague},
	{"contact: the DPO's email in a table line", "rights.contact", fr, "", []cl{c("o E-mail du Délégué à la protection des données : dataprotection@example.com")}, found},
	{"contact: the DPO's email, English", "rights.contact", en, "", []cl{c("Data Protection Officer: dpo@example.com")}, found},
	{"law: rights under applicable data protection laws", "jurisdiction.law", en, "", []cl{c("You may have certain rights under applicable data protection laws.", rig)}, vague},
	{"law: regulated by the data protection laws", "jurisdiction.law", en, "", []cl{c("The usage of such cookies is regulated by the data protection laws.", coo)}, vague},
	{"appropriate safeguards in an agreement", "jurisdiction.transfers", en, "", []cl{c("An agreement entered into with Braintree defines appropriate safeguards.", jur)}, vague},
	{"appropriate safeguards under a transfer heading", "jurisdiction.transfers", en, "", []cl{c("We have taken appropriate safeguards to keep your personal information protected.", sha).under("International transfers")}, vague},
	{"appropriate safeguards for security", "jurisdiction.transfers", en, "", []cl{c("We have taken appropriate safeguards to keep your personal information protected.", sha).under("Security")}, missing},
	{"FR contrats agréés par la Commission européenne", "jurisdiction.transfers", fr, "", []cl{c("Nous pouvons utiliser des contrats spécifiques agréés par la Commission européenne.", sha, jur, "pouvons:modality")}, found},
	{"comply wherever they are located", "jurisdiction.transfers", en, "", []cl{c("Regardless of where these third parties are located, we require that they also comply with PIPEDA.", sha)}, vague},
	{"no matter what country", "jurisdiction.transfers", en, "", []cl{c("No matter what country your information is in, we comply with applicable law.", jur)}, vague},
	{"FR quel que soit le pays", "jurisdiction.transfers", fr, "", []cl{c("Quel que soit le pays où se trouvent vos informations, nous respectons la loi applicable.", jur)}, vague},
	{"legal basis of data transfers", "jurisdiction.transfers", en, "", []cl{c("Users are also entitled to learn about the legal basis of Data transfers to a country outside the European Union.", jur)}, vague},
	{"FR même niveau de protection", "jurisdiction.transfers", fr, "", []cl{c("Nous exigeons de ces destinataires qu’ils assurent le même niveau de protection que celui exigé par la règlementation européenne.", sha, jur)}, vague},
	{"consent to transfer with SCCs is found", "jurisdiction.transfers", en, "", []cl{
		c("You consent to the transfer of your data to the United States."),
		c("Such transfers rely on standard contractual clauses.", jur)}, found},
	{"FR vous autorisez ce transfert", "jurisdiction.transfers", fr, "", []cl{c("En nous communiquant vos informations, vous nous autorisez à effectuer ce transfert d'informations.", sha)}, missing},
	{"FR consentement à autre chose", "jurisdiction.transfers", fr, "", []cl{c("Vous acceptez de recevoir notre lettre d'information.")}, missing},

	// policy.updated
	{"updated from extraction", "policy.updated", en, "2024-01-05", []cl{c("We collect your name.", col)}, found},
	{"last updated line", "policy.updated", en, "", []cl{c("Last updated on November 12th, 2017"), c("We collect your name.", col)}, found},
	{"posted line", "policy.updated", en, "", []cl{c("Posted: June 2, 2017"), c("We collect your name.", col)}, found},
	{"FR date de publication", "policy.updated", fr, "", []cl{c("Date de publication : 2 juin 2017"), c("Nous collectons votre nom.", col)}, found},
	{"effective date", "policy.updated", en, "", []cl{c("Effective date: January 30, 2025")}, found},
	{"no date", "policy.updated", en, "", []cl{c("We may update this policy.")}, missing},
	{"FR dernière mise à jour", "policy.updated", fr, "", []cl{c("Dernière mise à jour : 1er mars 2024")}, found},
	{"last edited, ISO date", "policy.updated", en, "", []cl{c("Last edited: 2020-06-24"), c("We collect your name.", col)}, found},
	{"took effect", "policy.updated", en, "", []cl{c("This version of our privacy statement took effect October 9th, 2019.")}, found},
	{"a weekday, a date and a time in the first lines", "policy.updated", en, "", []cl{c("Privacy"), c("Monday, Sep 24, 2018 12:27 · 326 words · 2 minutes read"), c("We collect your name.", col)}, found},
	{"a change log entry", "policy.updated", en, "", append(append(filler(14), c("December 15, 2020: Added clarifications about mobile data.")), filler(8)...), found},
	{"a date alone in the middle is no policy date", "policy.updated", en, "", append(append(filler(14), c("May 25, 2018")), filler(8)...), missing},
	{"FR une date seule en tête", "policy.updated", fr, "", []cl{c("POLITIQUE DE CONFIDENTIALITE"), c("Novembre 2022"), c("Nous collectons votre nom.", col)}, found},
	{"FR une date seule à la fin", "policy.updated", fr, "", append(filler(14), c("A partir du 1er août 2023")), found},
	{"FR actualisées la dernière fois le", "policy.updated", fr, "", []cl{c("Ces informations ont été actualisées la dernière fois le 22.08.2024.")}, found},
	{"FR en vigueur", "policy.updated", fr, "", []cl{c("Politique en vigueur à compter du 12/03/2023.")}, found},
	{"FR sans date", "policy.updated", fr, "", []cl{c("Cette politique peut être mise à jour.", "peut:modality")}, missing},
	{"date in the title line", "policy.updated", en, "", []cl{c("STATEMENT OF PRIVACY (12/23/2014)"), c("We collect your name.", col)}, found},
	{"as of on a line of its own", "policy.updated", en, "", []cl{c("Privacy Policy"), c("As of July 20th, 2018"), c("We collect your name.", col)}, found},
	{"latest update", "policy.updated", en, "", []cl{c("Latest update: September 08, 2020")}, found},
	{"most recent changes made on", "policy.updated", en, "", []cl{c("The most recent changes to this privacy policy were made on:"), c("20 November 2020")}, found},
	{"applicable as of", "policy.updated", en, "", []cl{c("This privacy policy is currently valid and is applicable as of July 2019.")}, found},
	{"the date of a law is not the policy's", "policy.updated", en, "", []cl{c("The GDPR, applicable from 25 May 2018, gives you rights.", rig)}, missing},
	{"as of inside a sentence is not a date line", "policy.updated", en, "", []cl{c("We collect your name."), c("Rights apply as of May 25, 2018 under the new law.", rig)}, missing},
	{"FR à jour du", "policy.updated", fr, "", []cl{c("à jour du 10/12/2021"), c("Politique de confidentialité")}, found},
	{"FR mise à jour pour la dernière fois", "policy.updated", fr, "", []cl{c("Cette version a été mise à jour pour la dernière fois le 17 mai 2023.")}, found},
	{"FR version à la date du", "policy.updated", fr, "", []cl{c("Version à la date du : 28.11.2023")}, found},
	{"FR date du RGPD", "policy.updated", fr, "", []cl{c("Le RGPD, applicable depuis le 25 mai 2018, vous donne des droits.", rig)}, missing},

	// policy.changes
	// Round-3 checklists (dev): phrasings the engine missed.
	{"cookie choices under a cookie heading", "cookies.control", fr, "", []cl{c("Vous pouvez modifier vos choix à tout moment.").under("Gestion des cookies")}, found},
	{"cookie choices under another heading", "cookies.control", fr, "", []cl{c("Vous pouvez modifier vos choix à tout moment.").under("Vos préférences de communication")}, missing},
	{"analytics software to better understand", "cookies.purposes", en, "", []cl{c("We use mobile analytics software to allow us to better understand the functionality of our mobile software on your device.", coo)}, found},
	{"local browser storage to display", "cookies.purposes", en, "", []cl{c("We save some settings in a local browser storage to display lists of recent opened integrations.", coo)}, found},
	{"changes: a notice offered beside publishing", "policy.changes", en, "", []cl{c("Your continued use of the Service after we publish or otherwise provide notice about our changes to the Policy means that you have read and understood the updated Policy.")}, vague},
	{"changes: a hedge before the means", "policy.changes", en, "", []cl{c("Unless you ask us not to, we may contact you via email in the future to tell you about changes to this privacy policy.", "may:modality")}, vague},
	{"changes: a change of owner is no change of the policy", "policy.changes", en, "", []cl{c("If we do complete one of those transactions, we will notify you about any changes or transfers and this Privacy Policy will apply to the new entity.", sha)}, missing},
	{"changes: the reader's email is no notice", "policy.changes", en, "", []cl{c("We may update this Privacy Statement from time to time.", "may:modality", "from time to time:open_time"), c("If you have any comments about this Privacy Statement, or would like us to update your personal data, please contact us by email at privacy@example.com.", rig)}, vague},
	{"notice only for changes that reduce rights", "policy.changes", en, "", []cl{c("If we make any changes to this policy that reduce or negatively affect your privacy rights, you will be notified either through email or the Services.")}, vague},
	{"FR effort de prévenir", "policy.changes", fr, "", []cl{c("En cas de modification de la présente politique, nous nous efforcerons de vous avertir raisonnablement à l'avance par voie électronique.")}, vague},
	// A notice that points back to the change a few clauses later (round 25).
	{"FR notice two clauses after the change", "policy.changes", fr, "", []cl{
		c("Sachez que nous pouvons être amenés à modifier la Politique de confidentialité à l'occasion.", "", "pouvons:modality"),
		c("Quoi qu'il en soit, ne vous inquiétez pas !"),
		c("Si nous effectuons des modifications vous affectant, nous ne manquerons pas de vous en tenir préalablement informé.")}, found},
	{"a notice far from any change is not one", "policy.changes", en, "", []cl{
		c("We may change this privacy policy from time to time.", "", "may:modality"),
		c("We collect your email address."), c("We use it to send receipts."), c("We keep it for two years."),
		c("We will inform you of these changes by email.")}, vague},
	// Rights said by what the reader can do (round 25).
	{"objection: if you don't want us to track you, you can", "rights.objection", en, "", []cl{c("If you don't want SpaceOddities.eu to track you, you can activate the Do Not Track setting of your browser.", rig)}, found},
	{"FR opposition : si vous ne souhaitez plus, il vous suffit", "rights.objection", fr, "", []cl{c("Si vous ne souhaitez plus que vos coordonnées soient communiquées à nos partenaires, il vous suffit de cocher la case prévue à cet effet.", rig)}, found},
	{"objection: not wanting, no way given", "rights.objection", en, "", []cl{c("If you do not want us to use your data, do not use the service.", rig)}, missing},
	{"objection: wanting us to stop, in any clause", "rights.objection", en, "", []cl{c("If you want us to stop then here's how.", col)}, found},
	{"objection: not using a service is no objection", "rights.objection", en, "", []cl{c("If you don't use our Cloud Sync service or contact us, no data is sent.", col)}, missing},
	{"objection: staying away is no objection", "rights.objection", en, "", []cl{c("If you do not wish to provide us with your personal data, or have it processed by us, simply do not visit our Sites or use our Service.", col)}, missing},
	{"deletion: if you want us to delete", "rights.deletion", en, "", []cl{c("If you want Crowdmark to delete this personal information, you can contact Crowdmark anytime.", col)}, found},
	{"deletion: to have it deleted", "rights.deletion", en, "", []cl{c("To have an account registration deleted, use the contact form.", col)}, found},
	{"FR effacement : si vous souhaitez que nous supprimions", "rights.deletion", fr, "", []cl{c("Si vous souhaitez que nous supprimions vos données, écrivez-nous.", col)}, found},
	{"access: a copy of such information", "rights.access", en, "", []cl{c("We will send you a copy of such Personal Information we have on file in your user account.", rig)}, found},
	// Words of rights about something else (round 25).
	{"access: a copy of the content of a notice is no access", "rights.access", en, "", []cl{c("You must provide us with the live url where the content resides, a copy of the content and the date of publication.", rig)}, missing},
	{"access: a copy of an ID card is no access", "rights.access", en, "", []cl{c("We may request you to provide a copy of your ID card.", rig, "may:modality")}, missing},
	{"access: the company's right to access", "rights.access", en, "", []cl{c("We reserve the right to access, read, preserve, and disclose any information that we believe is necessary to comply with law.", rig)}, missing},
	{"access: information on whether data is processed", "rights.access", en, "", []cl{c("You have the right to obtain information on whether or not your personal data are being processed.", rig)}, found},
	{"deletion: cookies deleted in the browser", "rights.deletion", en, "", []cl{c("Cookies are stored locally in your browser, and you can delete these at any time in your browser's settings.", rig, coo)}, missing},
	{"deletion: a child's data deleted when found", "rights.deletion", en, "", []cl{c("If we become aware that we have collected personal information from a child under the age of 13, we will delete it.", rig)}, missing},
	{"FR effacement : cookies supprimés depuis le navigateur", "rights.deletion", fr, "", []cl{c("Vous pouvez les supprimer à tout moment depuis votre navigateur.", rig, coo)}, missing},
	{"portability: downloading one's data is access", "rights.portability", en, "", []cl{c("You can delete your account or download your data using our self-service tools.", rig)}, missing},
	{"portability: transmit the information to another entity", "rights.portability", en, "", []cl{c("You may receive your data in an easily usable format to enable you to transmit the information to another entity.", rig)}, found},
	{"portability: receive (port)", "rights.portability", en, "", []cl{c("You can request to access, receive (port), correct or erase your Personal Data.", rig)}, found},
	{"complaint: a right to contact the supervisory authority", "rights.complaint", en, "", []cl{c("You also have a right to contact the relevant supervisory authority.", rig)}, found},
	{"complaint: the authority responsible for data protection", "rights.complaint", en, "", []cl{c("The Member may lodge a request with the national authority responsible for data protection.", rig)}, found},
	// Protection of transfers promised, no mechanism named (round 25).
	{"transfers: we will implement safeguards", "jurisdiction.transfers", en, "", []cl{c("If we transfer your personal information outside the UK, we will implement safeguards so that it continues to be protected.", jur)}, vague},
	{"FR transferts : nous prendrons les mesures", "jurisdiction.transfers", fr, "", []cl{c("Lorsque vos informations sont transférées hors de l'Union européenne, nous prendrons les mesures appropriées pour qu'elles restent protégées.", jur)}, vague},
	{"FR tenir préalablement informé", "policy.changes", fr, "", []cl{
		c("Nous pouvons modifier la présente politique.", "pouvons:modality"),
		c("Si nous effectuons des modifications vous affectant, nous ne manquerons pas de vous en tenir préalablement informé.")}, found},
	{"FR s'applique à partir de", "policy.updated", fr, "", []cl{c("La présente Politique de confidentialité s'applique à partir de 01/02/2026.")}, found},
	{"not shared with third parties unless you consent", "sharing.sale", en, "", []cl{c("Any personally identifiable information of yours will not be shared with third parties unless you have consented to the sharing of this information.", sha)}, vague},
	{"not disclosed unless the law requires", "sharing.sale", en, "", []cl{c("Your information will not be shared with third parties unless required by law.", sha)}, found},
	{"FR aucun transfert ou cession", "sharing.sale", fr, "", []cl{c("Aucun transfert ou cession de vos données à des tiers n'a lieu.", sha)}, found},
	{"FR ne divulgue pas hormis", "sharing.sale", fr, "", []cl{c("Nous ne les divulguons pas à des tiers, hormis en cas de nécessité pour assurer la prestation demandée.", sha)}, vague},
	{"take your data to another service", "rights.portability", en, "", []cl{c("Access and take your data to another service.", rig)}, found},
	{"request that we transfer information", "rights.portability", en, "", []cl{c("You have the right to request that we delete or transfer any information about you that we have obtained.", rig)}, found},
	{"view and edit any personal data", "rights.rectification", en, "", []cl{c("You can view and edit any personal data that you have provided to us using this website.", col)}, found},
	{"if the legal requirements are met (lead-in)", "rights.access", en, "", []cl{c("To ask us for access to your personal information.", rig).after("If the legal requirements are met:")}, vague},
	{"FR sous réserve de la législation applicable", "rights.rectification", fr, "", []cl{c("Sous réserve de la législation applicable, vous disposez des droits suivants concernant vos données personnelles : droit d'accès, droit de rectification.", rig)}, vague},
	{"where applicable does not hedge a right", "rights.access", en, "", []cl{c("Where applicable, you have the right to access your personal data.", rig, "Where applicable:conditional")}, found},
	{"rights of a named group are firm", "rights.deletion", en, "", []cl{c("California residents have the right to request that we delete their personal information.", rig)}, found},
	// Round-4 checklists (dev).
	{"may take up to 10 days to process an opt-out", "rights.deadline", en, "", []cl{c("It may take up to 10 days for us to process an opt-out request.", rig, "may:modality")}, found},
	{"a few minutes to process changes", "rights.deadline", en, "", []cl{c("Please allow us a few minutes to process any changes to your preference.", rig)}, vague},
	{"access, change, or correct information", "rights.access", en, "", []cl{c("You may access, change, or correct information that you have provided by logging into your account.", rig)}, found},
	{"request a change to your information", "rights.rectification", en, "", []cl{c("To request a change to any of your Personal Information, please contact your healthcare provider.", col)}, found},
	{"keep your account information updated", "rights.rectification", en, "", []cl{c("Please keep your account information, including email address, updated.", col)}, found},
	{"to move your data", "rights.portability", en, "", []cl{c("To move your data.", rig)}, found},
	{"access, correct, move, or object under a hedge", "rights.portability", en, "", []cl{c("In some cases, you may be entitled under local laws to access, correct, move, or object to the processing of your information.", rig, "may:modality")}, vague},
	{"not disclosed to a third party without your consent", "sharing.sale", en, "", []cl{c("Your personal information will not be disclosed to a third party without your consent, except as required by law.", sha)}, vague},
	{"not shared with others except as indicated", "sharing.sale", en, "", []cl{c("We do not share your personal information with others except as indicated below.", sha)}, vague},
	{"lead-in: may be entitled to", "rights.deletion", en, "", []cl{c("Request deletion of your personal data.", rig).after("Depending on your location, you may be entitled to exercise some or all of the following rights:")}, vague},
	{"lead-in: local laws may permit", "rights.rectification", en, "", []cl{c("Update or rectify information that is inaccurate.", rig).after("Your local laws may permit you to request that we:")}, vague},
	{"a child's age is no retention period", "retention.period", en, "", []cl{c("If we learn that a user is under 13 years of age, we will remove that user's Personal Information from our databases.", ret)}, missing},
	{"a look-back is no retention period", "retention.period", en, "", []cl{c("We have not sold personal information in the past 12 months.", ret)}, missing},
	{"for so long as you remain a user", "retention.period", en, "", []cl{c("We retain Your Personal Information for so long as You remain a registered user.", ret)}, found},
	{"text bullets under a hedging colon sentence", "rights.portability", en, "", []cl{
		c("If you are a resident of the EEA, you may have the following data protection rights: • If you wish to access your personal information, you can contact us.", rig, "may:modality"),
		c("• In addition, you can object to the processing of your personal information or request portability of your personal information.", rig)}, vague},
	{"text bullets under a plain colon sentence", "rights.portability", en, "", []cl{
		c("You have the following rights:", rig),
		c("• You can request portability of your personal information.", rig)}, found},
	{"right to do so with a supervisory authority", "rights.complaint", en, "", []cl{c("If you wish to raise a complaint, you have the right to do so with your local supervisory authority.", rig)}, found},
	{"contractual arrangements for transfers outside the EU", "jurisdiction.transfers", en, "", []cl{c("Where your data is transferred outside the EU, we have contractual arrangements in place to ensure that it is processed to an EU standard.", jur)}, vague},
	// Round-5 checklists (dev).
	{"sent to and used in the US and UK", "jurisdiction.location", en, "", []cl{c("Your personal information will be sent to and used in the US and UK, no matter what country you live in.", jur)}, found},
	{"servers operating from the United States", "jurisdiction.location", en, "", []cl{c("We use servers around the world, with the majority of servers operating from the United States.", jur)}, found},
	{"an exported file of the personal data we hold", "rights.access", en, "", []cl{c("If you have an account on this site, you can request to receive an exported file of the personal data we hold about you.", rig)}, found},
	{"the information can be viewed", "rights.access", en, "", []cl{c("The information can be viewed, modified or deleted using the Customer Portal.", rig)}, found},
	{"the right to migrate", "rights.portability", en, "", []cl{c("As a user you have the right to migrate, update or delete your personal information.", rig)}, found},
	{"change the email address", "rights.rectification", en, "", []cl{c("You can change the email address that you have subscribed by using our Manage Your Subscriptions form.", col)}, found},
	{"24 hour response", "rights.deadline", en, "", []cl{c("Contact our support team: 24 hour response guaranteed.", rig)}, found},
	{"within the legally required timeframe", "rights.deadline", en, "", []cl{c("We will respond to your request within the legally required timeframe (if any).", rig)}, vague},
	{"opt out of any sales", "sharing.sale", en, "", []cl{c("You can use this form to opt out of any “sales” that may be occurring.", rig)}, vague},
	{"no sharing unless required to operate our service", "sharing.sale", en, "", []cl{c("We do not share your data with any third parties unless required to operate our service.", sha)}, vague},
	{"May, 15th 2018", "policy.updated", en, "", []cl{c("Last updated: May, 15th 2018")}, found},
	// Round 24: "Update:" as a label; a title with its date in the middle of
	// the page; a date alone under the policy's title after a long menu.
	{"Update: as a label", "policy.updated", en, "", []cl{c("Update: June 6th, 2019"), c("We collect your name.", col)}, found},
	{"title date in the middle", "policy.updated", en, "", append(menu(14), c("We collect your name.", col), c("CDA website Privacy Policy September 8, 2003"), c("About us"), c("Contact"), c("Careers"), c("Press"), c("Blog"), c("Help"), c("Terms")), found},
	{"date under the title after a menu", "policy.updated", en, "", append(menu(14), c("Privacy Policy"), c("November 25, 2020"), c("This Privacy Policy describes how we handle your Personal Data.", col),
		c("We collect your name.", col), c("About us"), c("Contact"), c("Careers"), c("Press"), c("Blog"), c("Help"), c("Terms")), found},
	{"a date far from any title", "policy.updated", en, "", append(menu(14), c("Our story"), c("November 25, 2020"), c("We collect your name.", col), c("About us"), c("Contact"), c("Careers"), c("Press"), c("Blog"), c("Help"), c("Terms")), missing},
	// Round-6 checklists (dev).
	{"a right denied is no right", "rights.access", en, "", []cl{c("Because we do not link it to you, we have no way to allow you to access, update or remove that specific data.", rig)}, missing},
	{"see what data we have about you", "rights.access", en, "", []cl{c("See what data we have about you, if any.", col)}, found},
	{"other than the uses listed above, we do not sell", "sharing.sale", en, "", []cl{c("Other than the uses listed above, we do not share, sell, rent, or lease any of your specific personal information.", sha)}, vague},
	{"no sale, nor any use other than those set forth", "sharing.sale", en, "", []cl{c("In no case do we sell, share or rent out your contacts to third parties, nor use them for any purpose other than those set forth in this policy.", sha)}, found},
	{"we will do our best to notify you", "policy.changes", en, "", []cl{c("If we change this privacy policy, we will do our best to notify you of such changes via our email communication channels.")}, vague},
	{"deleting cookies is no deletion right", "rights.deletion", en, "", []cl{c("You can also delete cookies at any time.", rig, coo)}, missing},
	{"FR Règlement sur la protection des données", "jurisdiction.law", fr, "", []cl{c("Nous traitons vos données conformément au Règlement sur la protection des données.", jur)}, found},
	{"FR cookies à des fins de marketing", "cookies.purposes", fr, "", []cl{c("Nous pouvons utiliser des cookies à des fins de marketing personnalisé.", coo, "pouvons:modality")}, found},
	{"FR garanties d'un niveau de protection équivalent", "jurisdiction.transfers", fr, "", []cl{c("En cas de transfert hors de l'Union, nous mettons en place des garanties assurant un niveau de protection de votre vie privée et de vos droits fondamentaux équivalent à celui offert par l'Union Européenne.", jur)}, vague},
	{"data transfer agreements", "jurisdiction.transfers", en, "", []cl{c("Our vendors must comply with applicable data privacy laws, including signing data transfer agreements.", jur)}, vague},
	{"notify by email", "policy.changes", en, "", []cl{c("If we change this privacy policy, we will notify you by email.")}, found},
	{"a purpose of processing is no promise", "policy.changes", en, "", []cl{c("To tell you about changes to our terms, conditions and policies;", col)}, vague},
	{"a numbered purpose is no promise", "policy.changes", en, "", []cl{c("(5) Notifications of amendment to the Terms of the service;", col)}, vague},
	{"a purpose joined to another is no promise", "policy.changes", en, "", []cl{c("To provide our services and notify you of changes to this policy.", col)}, vague},
	{"a promise listed after its lead-in stays one", "policy.changes", en, "", []cl{c("send an email to the address associated with your account;").after("When we update this policy, we will:")}, found},
	{"FR finalité, pas une promesse", "policy.changes", fr, "", []cl{c("Fournir aux utilisateurs des informations sur leurs courses, générer des reçus et les informer des modifications apportées à nos conditions générales.", col)}, vague},
	{"FR finalité au gérondif", "policy.changes", fr, "", []cl{c("Gérer nos relations avec nos clients, notamment en les informant des modifications apportées à notre politique.", col)}, vague},
	{"FR promesse", "policy.changes", fr, "", []cl{c("En cas de modification de cette politique, nous vous informerons par e-mail.")}, found},
	{"notify under a heading", "policy.changes", en, "", []cl{c("We will notify you by email before any change takes effect.").under("Changes to this policy")}, found},
	{"may notify", "policy.changes", en, "", []cl{c("We may notify you of changes to this policy.", "may:modality")}, vague},
	{"material changes only", "policy.changes", en, "", []cl{c("If we make material changes to this policy, we will notify you by email.")}, vague},
	{"posted only", "policy.changes", en, "", []cl{c("If we decide to change this privacy policy, we will post the changes here.")}, vague},
	{"may change only", "policy.changes", en, "", []cl{c("We may update this privacy policy from time to time.", "may:modality", "from time to time:open_time")}, vague},
	{"changes not mentioned", "policy.changes", en, "", []cl{c("We collect your name.", col)}, missing},
	{"FR nous vous informerons", "policy.changes", fr, "", []cl{c("En cas de modification de la présente politique, nous vous informerons par e-mail.")}, found},
	{"FR publication seule", "policy.changes", fr, "", []cl{c("Toute modification de cette politique sera publiée sur cette page.")}, vague},
	{"FR modifications importantes", "policy.changes", fr, "", []cl{c("En cas de modification importante de la présente politique, nous vous informerons.")}, vague},
	{"FR informations is not a notice", "policy.changes", fr, "", []cl{c("Vous trouverez plus d'informations sur les cookies dans notre politique.").under("Modification de la déclaration")}, missing},
	{"FR rien", "policy.changes", fr, "", []cl{c("Nous collectons votre nom.", col)}, missing},
	{"notice in the next sentence", "policy.changes", en, "", []cl{
		c("We may need to change this policy.", "may:modality"),
		c("In that case, the updates will be posted online and we will announce them by email.")}, found},
	{"in that case after something else", "policy.changes", en, "", []cl{
		c("You can delete your account."),
		c("In that case, we will notify you by email.")}, missing},
	{"FR annonce dans la phrase suivante", "policy.changes", fr, "", []cl{
		c("Nous pouvons être amenés à modifier cette politique.", "pouvons:modality"),
		c("Dans ce cas, les mises à jour seront publiées en ligne et nous les annoncerons par e-mail.")}, found},
	{"FR mettre à jour le présent avis", "policy.changes", fr, "", []cl{c("Nous mettrons à jour la date d'entrée en vigueur du présent avis et vous en informerons par e-mail.")}, found},
	{"update this notice", "policy.changes", en, "", []cl{c("We will update the effective date of this notice and inform you by email.")}, found},
	{"FR nous vous en informerons toujours dans la phrase suivante", "policy.changes", fr, "", []cl{
		c("Nous pouvons mettre à jour cette politique de confidentialité.", "pouvons:modality"),
		c("Nous vous en informerons toujours en avance.")}, found},
	{"named authority in the sentence after the complaint", "rights.complaint", en, "", []cl{
		c("You may lodge a complaint with the competent supervisory authority.", rig),
		c("In Greece, this is the Hellenic Data Protection Authority.")}, found},
	{"FR autorité nommée dans la phrase suivante", "rights.complaint", fr, "", []cl{
		c("Vous pouvez introduire une réclamation auprès de l'autorité de contrôle compétente.", rig),
		c("En Espagne, il s'agit de l'Agence espagnole de protection des données.")}, found},
	{"FR réclamation auprès de l'agence espagnole", "rights.complaint", fr, "", []cl{c("Vous pouvez introduire une réclamation auprès de l'Agence espagnole de protection des données.", rig)}, found},
	{"named authority after something else", "rights.complaint", en, "", []cl{
		c("We keep your data for two years.", ret),
		c("Our lead authority is the Irish Data Protection Commission.")}, missing},
	{"FR droit de transférer dans une liste de droits", "rights.portability", fr, "", []cl{c("Vous avez le droit de consulter, de rectifier, de transférer et d'effacer vos informations.", rig)}, found},
	{"FR consentement recueilli avant les cookies", "cookies.control", fr, "", []cl{c("Nous recueillons votre consentement préalablement à l'installation de cookies et traceurs sur votre terminal.", coo)}, vague},
	{"consent asked before cookies are set", "cookies.control", en, "", []cl{c("We ask for your consent before placing advertising cookies on your device.", coo)}, vague},
	{"FR conditions et délais légaux", "rights.deadline", fr, "", []cl{c("Si vous estimez que nous n'avons pas satisfait dans les conditions et délais légaux à l'une de vos demandes, vous pouvez saisir la CNIL.", rig)}, vague},
	{"FR vérifier cette page régulièrement", "policy.changes", fr, "", []cl{c("Nous pouvons modifier cette politique. Nous vous recommandons de vérifier cette page régulièrement.")}, vague},
	{"we have one month to respond", "rights.deadline", en, "", []cl{c("If you make a request, we have one month to respond to you.", rig)}, found},
	{"within thirty days of a receipt of a request", "rights.deadline", en, "", []cl{c("We will give you access within 30 (thirty) days of a receipt of a written request.", rig)}, found},
	{"no transfer outside the EU", "jurisdiction.transfers", en, "", []cl{c("We do not transfer your personal data outside the European Union.", jur)}, found},
	{"FR aucun transfert hors UE", "jurisdiction.transfers", fr, "", []cl{c("Kaporal ne transfère aucune Donnée Personnelle en dehors de l'Union Européenne.", jur)}, found},
	{"no transfer outside unless: not by itself", "jurisdiction.transfers", en, "", []cl{c("We will not transfer personal information outside of the European Union unless the recipient offers adequate guarantees.", jur)}, vague},
	{"notified on the policy page is posting", "policy.changes", en, "", []cl{c("Users will be notified of any privacy policy changes on our Privacy Policy Page.").under("Changes to this policy")}, vague},
	{"notifying about changes as a purpose of processing", "policy.changes", en, "", []cl{c("To manage our relationship with you which will include: (a) Notifying you about changes to our terms or privacy policy (b) Communicating with you")}, vague},
	{"the notification as a document", "policy.changes", en, "", []cl{c("We may update this policy. All changes shall be effective from the date of publication unless otherwise provided in the notification.")}, vague},
	{"notify by email and on the site stays found", "policy.changes", en, "", []cl{c("We will notify you of changes to this policy by email and on our website.")}, found},
	{"notify by posting them is posting", "policy.changes", en, "", []cl{c("We will notify you of any changes by posting the new Privacy Policy on this page.").under("Changes To This Privacy Policy")}, vague},
	{"notify users by posting them", "policy.changes", en, "", []cl{c("HEARST reserves the right to change this Privacy Policy and will notify users of such changes by posting them on the Online Service.")}, vague},
	{"changes to the service are not changes to the policy", "policy.changes", en, "", []cl{c("To notify you about changes to our Service.", col)}, missing},
	{"a notice denied is no notice", "policy.changes", en, "", []cl{c("We will not seek your consent or inform you of changes to our Privacy Notice if it would involve disproportionate effort.")}, vague},
	{"significance of the changes", "policy.changes", en, "", []cl{c("When we update our Privacy Notice, we will take appropriate measures to inform you, consistent with the significance of the changes we make.")}, vague},
	{"asking users to sign again", "policy.changes", en, "", []cl{c("In the event that Appfluence changes its privacy policy, we will notify our users by asking them to sign the User Agreement again, or by email.")}, found},
	{"FR inviter à accepter la politique modifiée", "policy.changes", fr, "", []cl{c("En cas de modification de notre politique de confidentialité, nous vous inviterons à lire et à accepter la politique de confidentialité modifiée.")}, found},
	{"FR informer lorsque cela est nécessaire", "policy.changes", fr, "", []cl{c("Nous vous en informerons et/ou solliciterons votre accord, lorsque cela est nécessaire.", "lorsque cela est nécessaire:conditional").under("Modification de notre politique de confidentialité")}, vague},
	{"FR modifications matériellement pertinentes", "policy.changes", fr, "", []cl{c("Lorsque des modifications matériellement pertinentes sont apportées à la Politique de Confidentialité, TAP informera les Clients.")}, vague},
	{"FR dans ce cas après autre chose", "policy.changes", fr, "", []cl{
		c("Vous pouvez supprimer votre compte."),
		c("Dans ce cas, nous vous informerons par e-mail.")}, missing},
	// Round 16: the fresh English policies (dev).
	{"an advertiser's ads page is no privacy contact", "rights.contact", en, "", []cl{c("If you require any more information or have any questions about our privacy policy, please feel free to contact us. Google's use of the DART cookie: http://www.google.com/privacy_ads.html", rig)}, vague},
	{"a privacy page is a contact", "rights.contact", en, "", []cl{c("To exercise your rights, visit http://www.example.com/privacy/request", rig)}, found},
	{"the reader's location is not the data's", "jurisdiction.location", en, "", []cl{c("If you are located in the European Union or European Economic Area, please see Section 10 for more information.", jur)}, missing},
	{"FR the reader's location is not the data's", "jurisdiction.location", fr, "", []cl{c("Si vous êtes situé en France, consultez la section 9.", jur)}, missing},
	{"data saved for 30 days", "retention.period", en, "", []cl{c("Every time Yr gets weather data for your location, a third party will save this information and your IP address for 30 days.", col)}, found},
	{"as long as it is required", "retention.period", en, "", []cl{c("Brick Hill will hold all information associated with your account for as long as it is required in providing you our services.", ret)}, vague},
	{"request that we disclose the personal information", "rights.access", en, "", []cl{c("A consumer in California has the right to request that we disclose personal information that we have about the consumer.", rig)}, found},
	{"HIPAA is no portability", "rights.portability", en, "", []cl{c("Information excluded from the CCPA's scope, like health or medical information covered by the Health Insurance Portability and Accountability Act of 1996 (HIPAA).", rig)}, missing},
	{"portability under certain conditions", "rights.portability", en, "", []cl{c("You have the right to request that we transfer the data that we have collected to another organization, or directly to you, under certain conditions.", rig)}, vague},
	{"FR portabilité sous certaines conditions", "rights.portability", fr, "", []cl{c("Vous disposez, sous certaines conditions, d'un droit à la portabilité de vos données.", rig)}, vague},
	{"a drawback is not a hedge on the control", "cookies.control", en, "", []cl{c("Visitors who do not wish to have cookies placed on their computers should set their browsers to refuse cookies before using the website, with the drawback that certain features may not function properly without the aid of cookies.", coo, "certain:quantifier", "may:modality")}, found},
	{"a site name does not end the sentence", "cookies.purposes", en, "", []cl{c("A third cookie will be created once you have browsed topics within “phpBB.com” and is used to store which topics have been read, thereby improving your user experience.", coo)}, found},
	{"laws applicable in the country that hosts us", "jurisdiction.law", en, "", []cl{c("Your information for your account at “phpBB.com” is protected by data-protection laws applicable in the country that hosts us.", jur)}, vague},
	{"the country that hosts us", "jurisdiction.location", en, "", []cl{c("Your information for your account at “phpBB.com” is protected by data-protection laws applicable in the country that hosts us.", jur)}, vague},
	// Round 20: families of the phrasing battery's development half.
	{"complaint to a national commissioner's office", "rights.complaint", fr, "", []cl{c("Vous pouvez porter plainte auprès du Commissariat à la protection de la vie privée.", rig)}, found},
	{"FR complaint to the ICO", "rights.complaint", fr, "", []cl{c("Une plainte peut être déposée auprès de l'Information Commissioner's Office.", rig)}, found},
	{"complaint to a privacy protection agency", "rights.complaint", en, "", []cl{c("You may file a complaint with the state privacy protection agency.", rig)}, found},
	{"mailing lists sold", "sharing.sale", en, "", []cl{c("Our mailing lists are sometimes rented to other publishers.", sha)}, found},
	{"disclosed for monetary consideration", "sharing.sale", en, "", []cl{c("We disclose contact details to partners for valuable consideration.", sha)}, found},
	{"FR adresses louées", "sharing.sale", fr, "", []cl{c("Les adresses de nos clients ne sont jamais louées.", sha)}, found},
	{"FR ne plus recevoir", "rights.objection", fr, "", []cl{c("Vous pouvez à tout moment choisir de ne plus recevoir notre lettre d'information.", rig)}, found},
	{"FR répondre STOP", "rights.objection", fr, "", []cl{c("Il suffit de répondre STOP à l'un de nos SMS.", rig)}, found},
	{"export as a CSV file", "rights.portability", en, "", []cl{c("You can download everything you stored with us as a CSV file.", rig)}, found},
	{"FR fichier JSON", "rights.portability", fr, "", []cl{c("Vos données vous sont remises dans un fichier JSON.", rig)}, found},
	{"FR forme structurée", "rights.portability", fr, "", []cl{c("Vous pouvez recevoir vos données sous une forme structurée et couramment utilisée.", rig)}, found},
	{"hosted in Zurich", "jurisdiction.location", en, "", []cl{c("Our servers are located in Zurich.", jur)}, found},
	{"FR hébergé à Genève", "jurisdiction.location", fr, "", []cl{c("Nos serveurs sont situés à Genève.", jur)}, found},
	{"recipient named in a clause of another category", "sharing.recipients", en, "", []cl{c("Card payments are handled by Stripe.", col)}, found},
	{"recipient kind in a clause that passes nothing on", "sharing.recipients", en, "", []cl{c("Stripe is a well-known company.", col)}, missing},
	{"a reasonable period after closure", "retention.period", en, "", []cl{c("We keep your data for a reasonable period after your account is closed.", ret)}, vague},
	{"FR durée raisonnable", "retention.period", fr, "", []cl{c("Vos données sont conservées pendant une durée raisonnable après la fin de votre abonnement.", ret)}, vague},
	{"as long as we have a business need", "retention.period", en, "", []cl{c("We retain records for as long as we have a legitimate business need.", ret)}, vague},
	{"a right in some cases is still stated", "rights.objection", en, "", []cl{c("In some cases, restrict or object to how we use your personal data.", rig)}, found},
	{"portability where possible", "rights.portability", en, "", []cl{c("Where possible, we will send you your data in CSV format.", rig, "Where possible:conditional")}, vague},
	{"FR droit si la loi le prévoit", "rights.deletion", fr, "", []cl{c("Si la loi de votre pays le prévoit, vous pouvez demander l'effacement de vos données.", rig)}, vague},
	{"right where local law provides", "rights.access", en, "", []cl{c("Where local law provides for it, you can request a copy of your data.", rig)}, vague},
	{"a place in brackets after the host", "jurisdiction.location", en, "", []cl{c("Hosting | Hetzner, Falkenstein (Germany)", jur)}, found},
	{"FR lieu de stockage", "jurisdiction.location", fr, "", []cl{c("Lieu de stockage : Strasbourg.", jur)}, found},
	{"FR centre de données implanté", "jurisdiction.location", fr, "", []cl{c("Nos données sont exploitées depuis un centre de données implanté en Irlande.", jur)}, found},
	{"consent to cookies can be revoked", "cookies.control", en, "", []cl{c("Your consent to analytics cookies can be withdrawn through the footer link.", coo)}, found},
	{"untick a box", "cookies.control", en, "", []cl{c("To refuse the analytics cookie, untick the box in the banner.", coo)}, found},
	{"FR blocage des cookies", "cookies.control", fr, "", []cl{c("Le blocage des cookies se fait depuis votre navigateur.", coo)}, found},
	{"FR revenir sur vos choix", "cookies.control", fr, "", []cl{c("Le lien « Gérer les traceurs » vous permet de revenir sur vos choix.", coo)}, found},
	{"FR fureteur", "cookies.control", fr, "", []cl{c("Vous pouvez configurer votre fureteur pour refuser les témoins.", coo)}, found},
	{"FR « configurations » est un nom, pas une façon de gérer", "cookies.control", fr, "", []cl{c("Nous collectons les configurations, les informations réseau, ainsi que les paramètres de cookies de votre appareil.", coo)}, missing},
	{"FR configurez vos cookies", "cookies.control", fr, "", []cl{c("Vous pouvez à tout moment configurer vos cookies depuis notre bandeau.", coo)}, found},
	{"FR tribunal (singular) of a named city", "jurisdiction.law", fr, "", []cl{c("Tout litige relève du tribunal judiciaire de Nantes.", jur)}, found},
	{"FR a law named by its date", "jurisdiction.law", fr, "", []cl{c("Ce traitement respecte la loi du 30 juillet 2018 relative à la protection des personnes physiques.", jur)}, found},
	// list items read with their lead-in (rule.lead), table cells with their row
	{"retention period in a table cell", "retention.period", en, "", []cl{c("3 years after your last visit", ret).inRow("Email address | Retention period")}, found},
	{"a table row names no negation", "retention.period", en, "", []cl{c("kept indefinitely", ret).inRow("Do not sell | Retention")}, found},
	{"place split between lead-in and item", "jurisdiction.location", fr, "", []cl{c("Salesforce Commerce Cloud - en Irlande", jur).after("Pour le stockage technique de vos données personnelles, vos données sont centralisées chez les prestataires suivants :")}, found},
	{"EN place split between lead-in and item", "jurisdiction.location", en, "", []cl{c("in Frankfurt, Germany.", jur).after("Your data is stored on servers located:")}, found},
	{"retention split between lead-in and item", "retention.period", en, "", []cl{c("2 years after you close your account.", ret).after("We keep your account data for:")}, found},
	{"deadline items are not joined to their lead-in", "rights.deadline", fr, "", []cl{c("Si vous ne créez pas de compte à la fin du test, nous supprimerons votre adresse e-mail dans les 30 jours.", rig).after("Nous traitons également les informations suivantes :")}, missing},
	{"negating lead-in governs its items: no period, only the topic", "retention.period", en, "", []cl{c("keep your data indefinitely.", ret).after("We will never:")}, vague},
	// jurisdiction.location: whose place it is (round 21)
	{"the reader must reside in a place", "jurisdiction.location", en, "", []cl{c("To use the SMS service, you must reside in the United States.")}, missing},
	{"children in a place", "jurisdiction.location", en, "", []cl{c("We do not knowingly collect or store contact information about children under the age of 13 in the United States.", col)}, missing},
	{"FR enfants dans un pays", "jurisdiction.location", fr, "", []cl{c("Nous ne conservons pas de données sur les enfants de moins de 15 ans en France.", col)}, missing},
	{"the reader's place, then the data's", "jurisdiction.location", en, "", []cl{c("If you are located outside of the United States, please note that the information you provide to us will be transferred to and processed in the United States, where laws regarding processing of personal information may be less stringent than the laws in your country.", jur, "may:modality")}, found},
	{"four jurisdiction clauses, no place", "jurisdiction.location", en, "", []cl{
		c("This policy is governed by the laws of the State of Delaware.", jur), c("We comply with the GDPR.", jur),
		c("We use standard contractual clauses for transfers.", jur), c("Some of our service providers operate outside the European Economic Area.", jur, sha)}, vague},
	{"three jurisdiction clauses, no place", "jurisdiction.location", en, "", []cl{
		c("This policy is governed by the laws of the State of Delaware.", jur), c("We comply with the GDPR.", jur),
		c("We use standard contractual clauses for transfers.", jur)}, missing},

	// Round 23: development probes of testdata/phrasings and the train and
	// dev checklists.
	{"deletion within days of the request", "rights.deadline", en, "", []cl{c("Your account and associated data will be deleted within 14 days of your deletion request.", rig)}, found},
	{"response time as a label", "rights.deadline", en, "", []cl{c("Response time: 24 hours for urgent account-security requests, 7 days for all other privacy requests.", rig)}, found},
	{"deadline from receipt", "rights.deadline", en, "", []cl{c("Deadline for our answer: one month from receipt of your request.", rig)}, found},
	{"allow up to days for removal", "rights.deadline", en, "", []cl{c("Please allow up to 28 days for your details to be removed from our mailing list.", rig)}, found},
	{"FR disposons d'un mois pour vous répondre", "rights.deadline", fr, "", []cl{c("Nous disposons d'un mois pour vous répondre.", rig)}, found},
	{"FR prise en compte dans un délai", "rights.deadline", fr, "", []cl{c("Votre opposition à la prospection sera prise en compte dans un délai maximal de deux mois.", rig)}, found},
	{"retention after closure is no deadline", "rights.deadline", en, "", []cl{c("We delete your data within 30 days of closing your account.", ret)}, missing},
	{"modify a named detail", "rights.rectification", en, "", []cl{c("Subscribers can modify their delivery address and newsletter preferences in the My Account area.", rig)}, found},
	{"update preferences is no rectification", "rights.rectification", en, "", []cl{c("You can update your preferences in the My Account area.", rig)}, missing},
	{"FR mettre à jour votre adresse", "rights.rectification", fr, "", []cl{c("Depuis votre compte, vous pouvez mettre à jour votre adresse postale et votre numéro de téléphone.", rig)}, found},
	{"FR erreur corrigée", "rights.rectification", fr, "", []cl{c("Si vous constatez une erreur dans vos informations, signalez-la-nous et nous la corrigerons.", rig)}, found},
	{"users change their personal information, no category", "rights.rectification", en, "", []cl{c("Users are able to change their personal information:")}, found},
	{"you may update the online account information", "rights.rectification", en, "", []cl{c("You may update the online account information you provide to us by logging into your online account.", col, "may:modality")}, found},
	{"users update their preferences is no rectification", "rights.rectification", en, "", []cl{c("Users can update their notification preferences at any time.", col)}, missing},
	// Round 24: addresses written against spam robots, and post-office boxes.
	{"email with [at] and a literal dot", "rights.contact", en, "", []cl{c("If you have questions about our privacy policy, please email us at privacy[at]packagetrackr.com")}, found},
	{"email with a Markdown escape left", "rights.contact", en, "", []cl{c(`If you have questions about our privacy policy, please email us at privacy\[at\]packagetrackr.com`)}, found},
	{"email with (at) and (dot)", "rights.contact", en, "", []cl{c("Questions about your privacy: write to privacy (at) example (dot) co (dot) uk.")}, found},
	{"a post-office box for privacy matters", "rights.contact", en, "", []cl{c("EzineArticles.com Privacy Matters PO Box 12740 Green Bay, WI 54307 (USA) Contact EzineArticles")}, found},
	{"FR adresse avec [arobase]", "rights.contact", fr, "", []cl{c("Pour exercer vos droits, écrivez à vieprivee[arobase]exemple.fr.", rig)}, found},
	{"FR boîte postale", "rights.contact", fr, "", []cl{c("Pour toute demande relative à vos données personnelles : Exemple SAS, Service Clients, CS 70001, 59000 Lille.", rig)}, found},
	{"at in a sentence is no address", "rights.contact", en, "", []cl{c("Questions about privacy are at the heart of what we do.", rig)}, missing},
	{"use this form, its link lost", "rights.contact", en, "", []cl{c("If you'd like to get in contact, please use this form to do so.")}, found},
	{"a form of consent is no contact", "rights.contact", en, "", []cl{c("Your request must take the form of a signed letter.", rig)}, missing},
	{"not passed to other organisations", "sharing.sale", en, "", []cl{c("Your information stays with us: we do not pass it to other organisations.", sha)}, found},
	{"FR aucune donnée collectée n'est communiquée", "sharing.sale", fr, "", []cl{c("Aucune donnée collectée sur ce site n'est communiquée à des tiers.", sha)}, found},
	{"check the page to stay informed", "policy.changes", en, "", []cl{c("We may update this Privacy Policy.", "may:modality"), c("We encourage you to review this Privacy Policy periodically to be notified of any changes.")}, vague},
	{"FR consulter pour se tenir informé", "policy.changes", fr, "", []cl{c("Nous vous recommandons de consulter régulièrement la présente politique afin de vous tenir informé de tout changement.")}, vague},
	{"FR email pour vous tenir informé", "policy.changes", fr, "", []cl{c("En cas de modification de la présente politique, nous vous enverrons un courriel afin de vous tenir informé.")}, found},
	{"the policy's purpose is no promise", "policy.changes", fr, "", []cl{c("La présente politique a pour objet de vous informer sur la façon dont vos données sont traitées.").under("Modifications de la politique")}, vague},
	{"a question, then the answer", "policy.changes", en, "", []cl{c("How will we inform you of changes to this Privacy Policy?"), c("We will let you know about the changes by publishing the updated version on this page.")}, vague},
	{"notice by a new date", "policy.changes", en, "", []cl{c("If we make changes, we will notify you by revising the date at the top of the policy.")}, vague},
	{"posting to notify", "policy.changes", en, "", []cl{c("If our practices change, we will post the policy changes to our Web site to notify you of these changes.")}, vague},
	{"a child's data deleted is no retention", "retention.period", en, "", []cl{c("If we learn that we have collected personal information from a child under age 13, we will delete that information.", col, ret)}, missing},
	{"deleted under a children heading", "retention.period", en, "", []cl{c("If we learn that you have provided information about yourself to this Online Service, we will delete such information.", ret).under("Children Under 13")}, missing},
	{"a child's data kept for a period", "retention.period", en, "", []cl{c("We keep the information a parent gives about a child for 30 days.", ret)}, found},
	{"a child's data deleted as soon as possible is no deadline", "rights.deadline", en, "", []cl{c("If we discover that a child under 13 has submitted personal data, we will attempt to delete the information as soon as possible.", col, rig)}, missing},
	{"a minor's removal request answered promptly", "rights.deadline", en, "", []cl{c("We will act as promptly as possible to remove the posting.", rig).under("California Minors")}, vague},
	{"the FTC has jurisdiction", "jurisdiction.law", en, "", []cl{c("The Federal Trade Commission has jurisdiction over our compliance with the Privacy Shield.", jur)}, found},
	{"British Columbia's PIPA", "jurisdiction.law", en, "", []cl{c("This Privacy Policy was developed in compliance with British Columbia's Personal Information Protection Act.", jur)}, found},
	{"what such businesses may do under a law", "sharing.sale", en, "", []cl{c("Alternatively, such businesses may have in place a policy not to disclose personal information of customers to third parties for their direct marketing purposes.", sha)}, missing},
	{"products not sold", "sharing.sale", en, "", []cl{c("These Smart Devices are not sold, designed or manufactured by us.", sha)}, missing},
	{"selling products is no sale of data", "sharing.sale", en, "", []cl{c("We do not offer, sell or otherwise make available our products to residents of that country.", sha)}, missing},
	{"FR vente de l'entreprise", "sharing.sale", fr, "", []cl{c("Dans l'éventualité où nous vendrions tout ou partie de notre entreprise, vos données pourraient être transférées à l'acquéreur.", sha)}, missing},
	{"FR données d'un enfant supprimées", "retention.period", fr, "", []cl{c("Si nous apprenons qu'un enfant de moins de 15 ans nous a transmis des données, nous les supprimerons.", col, ret)}, missing},
	{"FR en serez informés", "policy.changes", fr, "", []cl{c("Nous nous réservons le droit de modifier notre politique de confidentialité à tout moment."), c("En cas de modification, vous en serez informés par courrier électronique.")}, found},
}

func TestChecks(t *testing.T) {
	for _, tt := range checkCases {
		t.Run(tt.id+"/"+tt.name, func(t *testing.T) {
			in := input(t, tt.lang, tt.clauses...)
			in.Updated = tt.updated
			items, _ := checklist.Run(in)
			got := item(t, items, tt.id)
			if got.Status != tt.want {
				t.Errorf("got %v (evidence %q, clauses %v), want %v", got.Status, got.Evidence, got.Clauses, tt.want)
			}
			if got.Status != missing && got.Evidence == "" {
				t.Errorf("status %v without evidence", got.Status)
			}
			if got.Status == missing && (len(got.Clauses) != 0 || got.Evidence != "") {
				t.Errorf("missing item with clauses %v, evidence %q", got.Clauses, got.Evidence)
			}
		})
	}
}

// TestLeadInEvidence checks the evidence of a statement read across a list
// item and its lead-in: it quotes both parts, and a lead-in that answers by
// itself is quoted alone, from its own clause.
func TestLeadInEvidence(t *testing.T) {
	tests := []struct {
		name    string
		clauses []cl
		want    string
	}{
		{"split statement", []cl{c("Communicate with you about your use of the Services;", col).after("420A3 generally uses your information to:")},
			"uses your information to: Communicate"},
		{"lead-in answers alone", []cl{c("We use your data for the following purposes:", col), c("Billing.", col).after("We use your data for the following purposes:")},
			"purposes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, _ := checklist.Run(input(t, en, tt.clauses...))
			got := item(t, items, "collection.purposes")
			if got.Status != found || got.Evidence != tt.want {
				t.Errorf("got %v %q, want found %q", got.Status, got.Evidence, tt.want)
			}
		})
	}
}

// TestEvidenceChoice checks which supporting clause an item quotes
// (rule.prefer, rule.lesser): for rights.contact, a contact given in a
// sentence about privacy or requests before account settings and before a
// page whose address alone names privacy; for sharing.recipients, one
// named where data is shared; for rights.objection, an objection to
// marketing or processing before refusing cookies; for collection.purposes,
// a purpose stated before the bare word "purposes".
func TestEvidenceChoice(t *testing.T) {
	tests := []struct {
		name    string
		item    string
		code    lang.Code
		clauses []cl
		want    string
	}{
		{"email for requests after account settings", "rights.contact", en, []cl{
			c("You may review, change or remove your information through your account settings.", rig),
			c("To exercise your rights, email privacy@example.com.", rig)}, "privacy@example.com"},
		{"a URL's /privacy is not the sentence's topic", "rights.contact", en, []cl{
			c("For more about Google Analytics, visit www.google.com/policies/privacy/partners.", rig),
			c("Send your requests about your personal data to dpo@example.com.", rig)}, "dpo@example.com"},
		{"FR paramètres puis courriel", "rights.contact", fr, []cl{
			c("Vous pouvez modifier vos informations dans les paramètres de votre compte.", rig),
			c("Pour exercer vos droits, écrivez à dpo@exemple.fr.", rig)}, "dpo@exemple.fr"},
		{"the first contact when none speaks of privacy", "rights.contact", en, []cl{
			c("You can update your details in your account settings.", rig),
			c("Our office is open on weekdays; write to support@example.com.", rig)}, "account settings"},
		{"recipients named where data is shared", "sharing.recipients", en, []cl{
			c("Acme and its affiliates run this website.", sha),
			c("We share your order details with our payment processor.", sha)}, "payment processor"},
		{"objecting to marketing before refusing cookies", "rights.objection", en, []cl{
			c("You can refuse cookies in your browser settings.", rig, coo),
			c("You can opt out of our marketing emails at any time.", rig)}, "opt out"},
		{"a purpose stated before the bare word", "collection.purposes", en, []cl{
			c("The purposes of this policy are explained below.", col),
			c("We use your email address to send you our newsletter.", col)}, "use your email address to send"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, _ := checklist.Run(input(t, tt.code, tt.clauses...))
			got := item(t, items, tt.item)
			if got.Status != found || got.Evidence != tt.want {
				t.Errorf("got %v %q, want found %q", got.Status, got.Evidence, tt.want)
			}
		})
	}
}
