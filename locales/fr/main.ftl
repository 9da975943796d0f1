### Interface de Pas à pas, en français.
### Phrases courtes, mots simples, « vous ».

app-name = Pas à pas
skip-to-content = Aller au contenu
loading = Chargement…
breadcrumb = Vous êtes ici

## En-tête et réglages
display-settings = Affichage
settings-colours = Couleurs
settings-language = Langue
settings-text-size = Taille du texte
text-size-normal = Texte normal
text-size-large = Texte grand
text-size-largest = Texte très grand
high-contrast = Contraste élevé
settings-title = Réglages
settings-intro = Choisissez la langue, la taille du texte et les couleurs. Le changement se voit tout de suite.
settings-kept = Vos réglages sont gardés sur cet ordinateur.

## Avertissements sur la mémoire du navigateur
storage-not-persistent = Attention : cette page ne peut rien garder. Vos réglages et vos résultats seront perdus quand vous la fermerez.
storage-settings-reset = Vos réglages enregistrés étaient abîmés. Nous avons remis les réglages de départ.
storage-quota-full = Le dernier changement n'a pas été enregistré. La mémoire du navigateur est pleine. Tout ce qui était enregistré avant est gardé. Demandez de l'aide à l'animateur.
notice-close = Fermer ce message

## Pied de page
footer-nav = Menu
nav-home = Accueil
nav-profiles = Qui êtes-vous ?
nav-certificate = Attestation
nav-settings = Réglages
nav-advisor = Espace animateur

## Accueil
home-title = Bienvenue
home-intro = Choisissez un thème. Vous avancez pas à pas, à votre rythme.
duration-minutes = { $minutes ->
    [one] Environ { $minutes } minute
   *[other] Environ { $minutes } minutes
}

## Module
module-exercises = Les exercices
start-module = Commencer
step-of = Étape { $step } sur { $total }
status-done = Fait
status-todo = À faire
exercises-done = { $done ->
    [one] { $done } exercice fait sur { $total }
   *[other] { $done } exercices faits sur { $total }
}
module-broken-title = Ce thème ne peut pas s'ouvrir

result-score = { $score } sur { $max }
back-home = Retour à l'accueil
verdict-right = Juste.
verdict-wrong = Pas tout à fait.
verdict-missed = À trouver aussi.
verdict-neutral = Bon à savoir.

## Lecture à voix haute
read-instruction = Écouter la consigne
read-feedback = Écouter l'explication
read-result = Écouter le résultat
read-stop = Arrêter la lecture
read-no-voice = Cet ordinateur n'a pas de voix en français. Demandez de l'aide à l'animateur.

## Remettre dans l'ordre
order-up = Monter : { $item }
order-down = Descendre : { $item }
order-moved = « { $item } » est maintenant en position { $position } sur { $total }.

## Trouver les indices
spot-doc-sms = Un SMS
spot-doc-email = Un e-mail
spot-doc-web = Une page internet
spot-doc-post = Une publication sur un réseau social
spot-doc-cv = Un CV
spot-doc-letter = Un courrier
spot-zone-from = De :
spot-zone-subject = Objet :
spot-zone-address = Adresse :
spot-zone-date = Date :
spot-quote = « { $text } »
spot-zone-body = Message
spot-marked-count = { $count ->
    [0] Vous n'avez encore rien marqué. Appuyez sur un passage pour le marquer.
    [one] Vous avez marqué { $count } passage.
   *[other] Vous avez marqué { $count } passages.
}

## Page introuvable
not-found-title = Page introuvable
not-found-text = Cette page n'existe pas. L'adresse est peut-être mal écrite.

## Missions of the simulations
mission-goals = Votre mission
mission-hint = Un indice :
mission-debrief = Dans la vraie vie
