### Simulations « mot de passe » et « connexion en 2 étapes » (atelier-mot-de-passe.html, atelier-vie-privee.html).

## Phrase de passe et jauge de solidité
# Les niveaux et les conseils suivent la CNIL (délibération n° 2022-100 du 21 juillet 2022) et l'ANSSI :
# la longueur d'abord, des mots au hasard, un mot de passe par compte, la connexion en 2 étapes, un gestionnaire.
# https://www.cnil.fr/fr/mots-de-passe-des-recommandations-de-securite-minimales-pour-les-entreprises-et-les-particuliers
# https://messervices.cyber.gouv.fr/guides/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe (ANSSI, 2021)
pw-title = Votre nouveau mot de passe
pw-not-kept = Ce que vous tapez ici n'est ni gardé ni envoyé. Il disparaît quand vous quittez la page.
pw-label = Nouveau mot de passe
pw-show = Afficher le mot de passe
pw-shown-note = Le mot de passe se voit à l'écran. Pensez à le cacher si quelqu'un peut lire.
pw-empty = Tapez un mot de passe : la jauge montre s'il est solide.
pw-broken = La jauge n'a pas pu démarrer. Rechargez la page.
pw-level = Solidité : { $level } ({ $rank } sur 5)
pw-level-1 = très faible
pw-level-2 = faible
pw-level-3 = moyen
pw-level-4 = solide
pw-level-5 = très solide
# Ce que veut dire chaque niveau. 4 : au moins 50 bits, ce que la CNIL demande quand le site bloque après
# plusieurs erreurs. 5 : au moins 80 bits, ce qu'elle demande quand le mot de passe est la seule protection.
pw-says-1 = Un pirate le trouve tout de suite.
pw-says-2 = Un ordinateur le trouve vite. Ajoutez des mots.
pw-says-3 = Pas assez, même sur un site qui bloque après quelques erreurs.
pw-says-4 = Assez pour un site qui bloque après quelques erreurs, ou qui envoie un code.
pw-says-5 = Très difficile à deviner. Gardez-le pour un seul compte.
pw-time = Temps pour le deviner : { $time }.
pw-time-instant = moins d'une seconde
pw-time-seconds = { $n ->
    [one] 1 seconde
   *[other] { $n } secondes
}
pw-time-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
pw-time-hours = { $n ->
    [one] 1 heure
   *[other] { $n } heures
}
pw-time-days = { $n ->
    [one] 1 jour
   *[other] { $n } jours
}
pw-time-months = { $n ->
    [one] 1 mois
   *[other] { $n } mois
}
pw-time-years = { $n ->
    [one] 1 an
   *[other] { $n } ans
}
pw-time-centuries = plus de 100 ans
pw-words = { $n ->
    [0] Aucun mot
    [one] 1 mot
   *[other] { $n } mots
}, { $chars ->
    [one] 1 caractère
   *[other] { $chars } caractères
}.
pw-warn-keyboard = Des touches côte à côte sur le clavier, c'est facile à deviner.
pw-warn-repeats = Répéter le même morceau n'aide presque pas.
pw-warn-common = C'est un mot de passe très courant. Les pirates l'essaient en premier.
pw-warn-common-here = Ce mot est parmi les mots de passe les plus courants en France et outre-mer.
pw-warn-sequence = Une suite connue se devine vite : « abc », « 1234 », « lundi mardi ».
pw-warn-years = Une année se devine vite.
pw-warn-dates = Une date se devine vite, surtout une date de naissance.
pw-warn-one-word = Un seul mot se devine vite, même un mot rare.
pw-warn-names = Un prénom ou un nom de famille se devine vite.
pw-tip-few-words = Mettez plusieurs mots sans lien entre eux, choisis au hasard.
pw-tip-add-word = Ajoutez des mots : la longueur compte le plus.
pw-tip-no-symbols = Pas besoin de symboles, de chiffres ou de majuscules : la longueur compte plus. Un site en exige ? Ajoutez-les à votre phrase.
pw-tip-capitals = Une majuscule au début n'aide presque pas.
pw-tip-reversed = Un mot écrit à l'envers se devine presque aussi vite.
pw-tip-substitutions = Écrire « @ » à la place de « a » n'aide presque pas : les pirates connaissent l'astuce.
pw-tip-repeats = Évitez les répétitions et les suites.
pw-tip-personal = Évitez les dates et les années liées à vous ou à vos proches.
