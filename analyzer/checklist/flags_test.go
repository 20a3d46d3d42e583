package checklist_test

import (
	"testing"

	"github.com/policylens/policylens/analyzer/checklist"
	"github.com/policylens/policylens/analyzer/lang"
)

func TestFlags(t *testing.T) {
	tests := []struct {
		name    string
		id      string
		lang    lang.Code
		clauses []cl
		want    bool
	}{
		// retention.indefinite
		{"permanently deleted after a year", "retention.indefinite", en, []cl{c("Closed accounts are archived and kept for a further one (1) year before being permanently deleted.", ret)}, false},
		{"perpetual licence to content", "retention.indefinite", en, []cl{c("You grant us a royalty-free, perpetual, irrevocable license to use and display such User Content.")}, false},
		{"connections that last forever", "retention.indefinite", en, []cl{c("We want the connections you make to last forever, but we keep your personal data only as long as necessary.", ret)}, false},
		{"FR à votre disposition de façon permanente", "retention.indefinite", fr, []cl{c("Toutes les informations sont mises à votre disposition, de façon permanente, dans cette Politique.")}, false},
		{"kept forever", "retention.indefinite", en, []cl{c("We keep your messages forever.", ret)}, true},
		{"stored indefinitely", "retention.indefinite", en, []cl{c("Personal data may be stored for an indefinite amount of time.", ret, "may:modality")}, true},
		{"kept forever", "retention.indefinite", en, []cl{c("We keep your messages forever.", ret)}, true},
		{"no time limit", "retention.indefinite", en, []cl{c("Your data is retained with no time limit.", ret)}, true},
		{"not indefinitely", "retention.indefinite", en, []cl{c("We do not keep your data indefinitely.", ret)}, false},
		{"anonymised data kept indefinitely", "retention.indefinite", en, []cl{c("Anonymised statistics may be kept indefinitely.", ret, "may:modality")}, false},
		{"FR indéfiniment", "retention.indefinite", fr, []cl{c("Vos données sont conservées indéfiniment.", ret)}, true},
		{"FR durée illimitée", "retention.indefinite", fr, []cl{c("Les données sont conservées pour une durée illimitée.", ret)}, true},
		{"FR ne conservons pas indéfiniment", "retention.indefinite", fr, []cl{c("Nous ne conservons pas vos données indéfiniment.", ret)}, false},
		{"FR pour toujours prendre", "retention.indefinite", fr, []cl{c("Les fonctions doivent être sûres pour toujours prendre les bonnes décisions.")}, false},
		{"FR conservés pour toujours", "retention.indefinite", fr, []cl{c("Vos messages sont conservés pour toujours.", ret)}, true},
		{"FR 3 ans", "retention.indefinite", fr, []cl{c("Vos données sont conservées 3 ans.", ret)}, false},
		{"negated by the list's lead-in", "retention.indefinite", en, []cl{c("keep your data indefinitely.", ret).after("We will never:")}, false},
		{"FR nié par l'introduction de la liste", "retention.indefinite", fr, []cl{c("conserver vos données indéfiniment.", ret).after("Nous ne ferons jamais :")}, false},
		{"a table row's purpose is no rights context", "rights.id_copy", fr, []cl{c("La copie d’une pièce d’identité officielle et un selfie.", col).inRow("Afin de vérifier votre identité | Quelles sont les informations que nous utilisons")}, false},
		{"the same words under a list lead-in are", "rights.id_copy", fr, []cl{c("La copie d’une pièce d’identité officielle.", rig).after("Afin de vérifier votre identité, nous vous demandons :")}, true},
		{"a negation far back in the lead-in governs nothing", "retention.indefinite", en, []cl{c("Your posts are kept indefinitely.", ret).after("If you do not delete your account, note that:")}, true},

		// cookies.dnt_ignored
		{"do not respond to DNT", "cookies.dnt_ignored", en, []cl{c("At this time, we do not respond to browser “Do Not Track” signals.", coo)}, true},
		{"not set up to respond", "cookies.dnt_ignored", en, []cl{c("We are not currently set up to respond to Do Not Track signals.", coo)}, true},
		{"FR demandes de non-suivi", "cookies.dnt_ignored", fr, []cl{c("Veuillez noter que nous ne répondons pas aux demandes de non-suivi des navigateurs.", coo)}, true},
		{"FR non-suivi respecté", "cookies.dnt_ignored", fr, []cl{c("Nous respectons les demandes de non-suivi des navigateurs.", coo)}, false},
		{"honour DNT", "cookies.dnt_ignored", en, []cl{c("We honour Do Not Track signals.", coo)}, false},
		{"not responding without DNT", "cookies.dnt_ignored", en, []cl{c("We do not respond to every request immediately.", rig)}, false},
		{"FR ne répondons pas", "cookies.dnt_ignored", fr, []cl{c("Nous ne répondons pas aux signaux « Do Not Track ».", coo)}, true},
		{"FR respectons DNT", "cookies.dnt_ignored", fr, []cl{c("Nous respectons les signaux Do Not Track.", coo)}, false},

		// policy.continued_use
		{"continued use constitutes acceptance", "policy.continued_use", en, []cl{c("Your continued use of the Service after the changes are implemented will constitute your acceptance of those changes.")}, true},
		{"agreeing to the policy as amended", "policy.continued_use", en, []cl{c("By visiting or using this Online Service, you agree to the terms of this policy as they may be amended from time to time.")}, true},
		{"accepting the most recent version", "policy.continued_use", en, []cl{c("By using Nabble, you understand and accept the most recent version of this policy, which will be periodically updated.")}, true},
		{"assumed to agree if you use the site", "policy.continued_use", en, []cl{c("We will assume you agree to the new version of the policy if you use the site after its effective date.")}, true},
		{"agreeing to the policy, no change", "policy.continued_use", en, []cl{c("By using the site, you agree to this Privacy Policy.")}, false},
		{"FR l'utilisation vaut acceptation de la nouvelle déclaration", "policy.continued_use", fr, []cl{c("L'utilisation de nos services après une mise à jour vaut acceptation de la nouvelle déclaration dans la limite autorisée par la loi.")}, true},
		{"change in the sentence before", "policy.continued_use", en, []cl{c("We may revise this Privacy Policy at any time."), c("Your continued access to or use of any of the Services shall be deemed your acceptance of the Privacy Policy.")}, true},
		// Continued use accepting the policy names the later use: flagged
		// with no change in sight (real labels: 29 of 29 on train and dev).
		{"continued access deemed acceptance, no change named", "policy.continued_use", en, []cl{c("We collect your name."), c("Your continued access to or use of any of the Services shall be deemed your acceptance of the Privacy Policy.")}, true},
		{"continued usage constitutes acceptance", "policy.continued_use", en, []cl{c("Your continued usage of TinyURL constitutes an acceptance of the then-current Privacy Policy.")}, true},
		{"continued access subject to the revised policy", "policy.continued_use", en, []cl{c("Your continued access to or use of the Website will be subject to the revised privacy policy.")}, true},
		{"continued participation indicates acceptance", "policy.continued_use", en, []cl{c("Your continued participation indicates your acceptance of this Privacy Policy.")}, true},
		{"FR utilisation continue indique acceptation", "policy.continued_use", fr, []cl{c("Votre utilisation continue de notre Site ou de nos Services indique votre acceptation des conditions mises à jour.")}, true},
		{"continued usage of a site named with a dot", "policy.continued_use", en, []cl{c("Your continued usage of the Photofeeler.com website will mean you accept those changes.")}, true},
		{"use constitutes agreement after a change", "policy.continued_use", en, []cl{c("Any changes to this Privacy Policy will be effective immediately upon posting."), c("Your use of the Site constitutes your agreement to this Privacy Policy.")}, true},
		{"use constitutes agreement, no change", "policy.continued_use", en, []cl{c("We collect your name."), c("Your use of the Site constitutes your agreement to this Privacy Policy.")}, false},
		{"FR en continuant à accéder après modification", "policy.continued_use", fr, []cl{c("En continuant à accéder ou à utiliser nos services après modification de la présente Politique, vous indiquez accepter lesdites modifications.")}, true},
		{"by using you consent to cookies: not continued use", "policy.continued_use", en, []cl{c("By using our Web Site, you consent to our use of cookies as described above.")}, false},
		{"continued use without acceptance", "policy.continued_use", en, []cl{c("Your continued use of strong passwords keeps your account safe.")}, false},
		{"after such notice", "policy.continued_use", en, []cl{c("If you continue to use our Service after having been provided with such notice you will be deemed to have acknowledged the Privacy Policy.")}, true},
		{"by using you acknowledge the updated policy", "policy.continued_use", en, []cl{c("By using any of the Services, you acknowledge the terms of the updated Privacy Policy.")}, true},
		{"if you agree simply continue", "policy.continued_use", en, []cl{c("If you agree to the changes, simply continue to use our Service.")}, true},
		{"use will be worth acceptance of changes", "policy.continued_use", en, []cl{c("The use of Internect will be worth recognition and acceptance of any changes to the charter.")}, true},
		{"continued use under a heading", "policy.continued_use", en, []cl{c("Continuing to use the app means you accept the new terms.").under("Changes to this policy")}, true},
		{"notice only", "policy.continued_use", en, []cl{c("We will notify you by email of any change to this policy.")}, false},
		{"using the service is not about changes", "policy.continued_use", en, []cl{c("By using the service you agree to our terms.")}, false},
		{"FR poursuite de l'utilisation", "policy.continued_use", fr, []cl{c("La poursuite de l'utilisation du service après la modification vaut acceptation de la nouvelle version.")}, true},
		{"FR information seule", "policy.continued_use", fr, []cl{c("Nous vous informerons de toute modification de cette politique.")}, false},

		// rights.id_copy
		{"proof of identity may be requested", "rights.id_copy", en, []cl{c("For confidentiality reasons, if there is a doubt on the requesting party's identity, proof of identity may be requested when you exercise your rights.")}, true},
		{"proof of or need to verify your identity", "rights.id_copy", en, []cl{c("We may require proof of or need to verify your identity before we can give effect to these rights.")}, true},
		{"proof of identity to open an account: no right", "rights.id_copy", en, []cl{c("Sellers provide proof of identity when they open a shop.")}, false},
		{"photocopy of ID", "rights.id_copy", en, []cl{c("Your request must be accompanied by a photocopy of your valid ID and a signed request.", rig)}, true},
		{"copy of ID", "rights.id_copy", en, []cl{c("To exercise your rights, send a copy of your passport or ID card.", rig)}, true},
		{"no ID needed", "rights.id_copy", en, []cl{c("We will not ask for a copy of your ID to process your request.", rig)}, false},
		{"ID for account opening", "rights.id_copy", en, []cl{c("Sellers upload a copy of their passport when they open a shop.", col)}, false},
		{"FR copie de pièce d'identité", "rights.id_copy", fr, []cl{c("Votre demande doit être accompagnée d'une copie de votre pièce d'identité.", rig)}, true},
		{"FR document attestant de votre identité", "rights.id_copy", fr, []cl{c("Pour traiter votre demande, nous pourrons vous demander une copie d'un document attestant de votre identité.", rig)}, true},
		{"FR copie d'un document", "rights.id_copy", fr, []cl{c("Vous pouvez demander une copie d'un document contractuel.", rig)}, false},
		{"FR sans pièce d'identité", "rights.id_copy", fr, []cl{c("Votre demande doit préciser votre nom et votre adresse e-mail.", rig)}, false},
		{"proof of identity for a request", "rights.id_copy", en, []cl{c("To exercise your rights, send us a written request with proof of your identity.", rig)}, true},
		{"FR justificatif d'identité", "rights.id_copy", fr, []cl{c("Pour traiter votre demande, nous pourrons également vous demander de nous fournir un justificatif d’identité.", rig, "pourrons:modality")}, true},
		{"FR preuve de votre identité", "rights.id_copy", fr, []cl{c("Pour exercer vos droits, vous devez en faire la demande par écrit, en joignant une preuve de votre identité.", rig)}, true},
		{"FR pièce justificative d'identité", "rights.id_copy", fr, []cl{c("Vous pouvez les exercer, sous réserve de la fourniture d’une pièce justificative d’identité.", rig)}, true},
		{"FR pièce d'identité dans une liste de données", "rights.id_copy", fr, []cl{c("Des informations peuvent être demandées, conformément à la législation applicable, qui comprennent également votre nom complet, votre nationalité, le numéro et le type de document de voyage — passeport ou pièce d'identité — ainsi que sa date d'expiration.", col, "peuvent:modality")}, false},
		{"FR vérifier votre identité sans document", "rights.id_copy", fr, []cl{c("Ces tiers fournissent des services afin de vérifier votre identité.", sha)}, false},

		// sharing.sells_data
		{"may have sold categories of information", "sharing.sells_data", en, []cl{c("Based on the definition of sell under the CCPA, we may have sold the following categories of information about you in the past twelve months: identifiers.")}, true},
		{"whether we've sold: a right's description", "sharing.sells_data", en, []cl{c("You may ask whether we’ve sold your personal information to third parties, and the categories sold.")}, false},
		{"the third parties to whom we have sold: a right's description", "sharing.sells_data", en, []cl{c("Once verified, we will notify all third parties to whom we have sold your personal information within 90 days.")}, false},
		{"share, transfer, and sell your personal data", "sharing.sells_data", en, []cl{c("This policy explains how we collect, use, share, transfer, and sell (for California residents) your personal data.")}, true},
		{"have not sold", "sharing.sells_data", en, []cl{c("We have not sold personal information in the past 12 months.")}, false},
		{"do not share or sell", "sharing.sells_data", en, []cl{c("We do not share or sell your personal data.")}, false},
		{"FR partager et vendre vos données", "sharing.sells_data", fr, []cl{c("Cette politique explique comment nous collectons, partageons et vendons vos données.")}, true},
		{"FR ne partageons ni ne vendons", "sharing.sells_data", fr, []cl{c("Nous ne partageons pas et ne vendons pas vos données.")}, false},
		{"sold with the business in a merger", "sharing.sells_data", en, []cl{c("If we are involved in a merger, acquisition or sale of assets, your personal data may be sold or transferred as part of that transaction.")}, false},
		{"a question heading", "sharing.sells_data", en, []cl{c("Do we sell your personal information?")}, false},
		{"the right to ask if we sell", "sharing.sells_data", en, []cl{c("It also gives you the right to ask if we sell your personal information to third parties.")}, false},
		{"FR cession d'actifs", "sharing.sells_data", fr, []cl{c("En cas de fusion ou de cession d'actifs, vos données peuvent être vendues à l'acquéreur.")}, false},
		{"we sell, plainly", "sharing.sells_data", en, []cl{c("We sell your personal information to data brokers.")}, true},
		{"we sell", "sharing.sells_data", en, []cl{c("We sell your personal information to data brokers.", sha)}, true},
		{"may sell", "sharing.sells_data", en, []cl{c("We may sell customer data to advertisers.", sha, "may:modality")}, true},
		{"we do not sell", "sharing.sells_data", en, []cl{c("We do not sell your personal data.", sha)}, false},
		{"do not and will not sell", "sharing.sells_data", en, []cl{c("We do not and will not sell personal information.", sha)}, false},
		{"selling a business", "sharing.sells_data", en, []cl{c("If we sell our business, your data may be transferred to the buyer.", sha, "may:modality")}, false},
		{"FR nous vendons", "sharing.sells_data", fr, []cl{c("Nous pouvons vendre vos données à des partenaires.", sha)}, true},
		{"FR ne vendons pas", "sharing.sells_data", fr, []cl{c("Nous ne vendons pas vos données personnelles.", sha)}, false},
		{"FR ne sont pas vendues", "sharing.sells_data", fr, []cl{c("Vos données ne sont pas vendues à des tiers.", sha)}, false},
		{"FR sont vendues", "sharing.sells_data", fr, []cl{c("Vos données sont vendues à des annonceurs.", sha)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+tt.name, func(t *testing.T) {
			_, flags := checklist.Run(input(t, tt.lang, tt.clauses...))
			if got := raised(flags, tt.id); got != tt.want {
				t.Errorf("raised %v, want %v (flags %v)", got, tt.want, flags)
			}
			for _, f := range flags {
				if len(f.Clauses) == 0 || f.Evidence == "" {
					t.Errorf("flag %s without clauses or evidence: %+v", f.ID, f)
				}
			}
		})
	}
}
