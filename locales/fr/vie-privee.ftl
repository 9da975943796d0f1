## Protéger mes données : réseau social, autorisations du téléphone, bandeaux de cookies.
## Les mots de l'application simulée. Les noms, les textes et les explications sont dans exercises/vie-privee/.

# Réseau social (social-settings)
sn-title = Paramètres et confidentialité
sn-who-sees = Qui peut voir vos informations
sn-field-posts = Qui peut voir vos prochaines publications ?
sn-field-phone = Qui peut voir votre numéro de téléphone ?
sn-field-email = Qui peut voir votre adresse e-mail ?
sn-field-findable = Qui peut vous trouver avec votre numéro de téléphone ?
sn-aud-public = Public
sn-aud-everyone = Tout le monde
sn-aud-fof = Amis de vos amis
sn-aud-friends = Amis
sn-aud-only-me = Moi uniquement
sn-aud-nobody = Personne
sn-posts-tags = Publications et photos de vous
sn-switch-location = Ajouter ma position à mes publications
sn-switch-location-help = Le lieu où vous êtes s'affiche sous chaque publication.
sn-switch-tag-review = Vérifier les photos où l'on met votre nom
sn-switch-tag-review-help = Un ami met votre nom sur une photo ? Vous décidez si elle va sur votre profil.
sn-ads = Publicités
sn-switch-ads = Publicités personnalisées
sn-switch-ads-help = Le réseau choisit les publicités d'après ce que vous faites et les pages que vous aimez.
sn-saved = Modification enregistrée.
sn-preview = Ce qu'un inconnu voit
sn-preview-intro = Un inconnu, c'est quelqu'un qui n'est pas votre ami. Votre nom et votre ville se voient toujours.
sn-before = Avant vos réglages
sn-after = Après vos réglages
sn-count = { $count ->
    [0] Rien d'autre. Vos informations sont protégées.
    [one] Il voit aussi 1 information sur vous :
   *[other] Il voit aussi { $count } informations sur vous :
}
sn-seen-phone = Votre téléphone : { $phone }
sn-seen-email = Votre e-mail : { $email }
sn-seen-post = Votre dernière publication :
sn-seen-place = publiée à
sn-seen-tagged = Une photo de vous, sans votre accord :
sn-seen-found = S'il connaît votre numéro, il trouve votre profil.

# Téléphone (phone-permissions)
ph-phone = Téléphone
ph-store = Boutique d'applis
ph-install = Installer
ph-ask-contacts = Autoriser { $app } à accéder à vos contacts ?
ph-ask-location = Autoriser { $app } à accéder à la position de cet appareil ?
ph-ask-camera = Autoriser { $app } à prendre des photos et à filmer des vidéos ?
ph-ask-microphone = Autoriser { $app } à enregistrer du son ?
ph-ask-photos = Autoriser { $app } à accéder aux photos et vidéos de cet appareil ?
ph-ask-sms = Autoriser { $app } à envoyer et lire vos SMS ?
ph-always = Toujours autoriser
ph-allow = Autoriser
ph-while-using = Pendant l'utilisation de l'appli
ph-once = Uniquement cette fois-ci
ph-settings-while-using = Autoriser seulement si l'appli est en cours d'utilisation
ph-settings-ask = Toujours demander
ph-deny = Ne pas autoriser
ph-home = Écran d'accueil
ph-home-hint = Vos applis sont installées. Ouvrez les Paramètres pour vérifier ce que chaque appli a le droit de faire.
ph-settings = Paramètres
ph-back = Retour
ph-network = Réseau et internet
ph-apps = Applications
ph-battery = Batterie
ph-sound = Son et vibration
ph-permissions-of = Autorisations de { $app }
ph-settings-note = Vous pouvez changer ces choix quand vous voulez. Une appli que vous n'ouvrez pas pendant quelques mois perd ses autorisations toute seule.
ph-perm-contacts = Contacts
ph-perm-location = Position
ph-perm-camera = Caméra
ph-perm-microphone = Micro
ph-perm-photos = Photos et vidéos
ph-perm-sms = SMS
ph-not-asked = pas encore demandé
ph-results = Vos choix, expliqués

# Bandeaux de cookies (cookie-banners)
ck-browser = Navigateur
ck-address = Adresse du site :
ck-site-of = Site { $site } sur { $total }
ck-always-on = Toujours actif
ck-choice-saved = Votre choix est enregistré. Le bandeau a disparu.
ck-next = Aller au site suivant
ck-all-seen = Vous avez vu tous les sites. Appuyez sur « Vérifier ».
ck-results = Vos choix, site par site
ck-no-choice = pas de choix
ck-refused = vous avez tout refusé, sauf le strict nécessaire.
ck-accepted = vous avez accepté : { $list }.

## Connexion en 2 étapes et faux appel de la banque
ts-site-kind = Site de la banque
ts-user = Identifiant :
ts-password = Mot de passe
ts-login = Se connecter
ts-code-sent = Étape 2 : un code vient d'être envoyé par SMS sur votre téléphone.
ts-code-label = Code reçu par SMS (6 chiffres)
ts-validate = Valider le code
ts-resend = Recevoir un nouveau code
ts-logged = Vous êtes connecté.
ts-phone = Le téléphone
ts-messages = Messages
ts-no-sms = Aucun message.
ts-incoming = Appel entrant
ts-pick-up = Décrocher
ts-on-call = En appel avec { $caller }
ts-you = Vous
ts-your-answer = Que répondez-vous ?
ts-hung-up = Vous avez raccroché.
ts-callback = Qui appelez-vous maintenant ?
ts-calling-bank = Vous appelez votre banque au numéro écrit sur votre carte.
