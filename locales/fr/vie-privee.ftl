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
sn-posts-tags = Publications et identifications
sn-switch-location = Ajouter ma position à mes publications
sn-switch-location-help = Le lieu où vous êtes s'affiche sous chaque publication.
sn-switch-tag-review = Vérifier les identifications avant qu'elles apparaissent
sn-switch-tag-review-help = Quand un ami vous identifie sur une photo, vous décidez si elle va sur votre profil.
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
