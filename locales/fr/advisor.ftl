### Espace animateur : réglages de l'atelier, projection, adresse pour les téléphones, fiches, réinitialisation.

advisor-menu = Dans cet espace
minutes = { $minutes } minutes

## Code animateur
code-label = Code animateur (4 chiffres)
code-open = Ouvrir l'espace animateur
code-wrong = Ce n'est pas le bon code.
code-not-security = Ce code ne protège pas vraiment. Il évite seulement qu'un apprenant change les réglages par erreur.
code-invalid = Le code doit avoir exactement 4 chiffres, ou rester vide.

## Réglages de l'atelier
workshop-title = Réglages de l'atelier
workshop-intro = Ces réglages restent sur cet ordinateur. La structure, l'animateur et le lieu sont écrits sur les attestations.
workshop-modules = Thèmes visibles pour les apprenants
workshop-idle = Retour à « Qui êtes-vous ? » après un temps sans activité
workshop-lang = Langue de départ pour un nouveau navigateur
workshop-code = Code animateur (facultatif, 4 chiffres)
workshop-save = Enregistrer les réglages
workshop-saved = Réglages enregistrés.

## Projeter un exercice
present-title = Projeter un exercice
present-intro = Le mode projection montre un exercice en très grand, un élément à la fois. Avec une télécommande de présentation : la flèche droite montre la réponse, puis passe à la suite. La touche N montre vos notes.
present-quit = Quitter la projection
present-previous = Précédent
present-next = Suivant
present-reveal = Montrer la réponse
present-notes = Notes (N)
present-notes-title = Notes pour l'animateur
present-no-notes = Pas de notes pour cet exercice.
present-fullscreen = Plein écran
present-item = Élément { $item } sur { $total }
present-right = ✓ Bonne réponse
present-wrong = ✗ Pas la bonne réponse
present-group = Réponse : { $group }
present-position = Réponse : position { $position }
present-clue = ! C'est un indice
present-not-clue = ✓ Ce passage est normal
present-keys = Touches : → ou espace pour avancer, ← pour revenir, N pour les notes.

## Rejoindre l'atelier avec un téléphone
join-link = Afficher l'adresse pour les téléphones
join-title = Rejoindre l'atelier
join-how = Scannez ce code avec l'appareil photo du téléphone. Le téléphone doit être sur le même Wi-Fi.
join-only-here = Les téléphones ne peuvent pas utiliser cette adresse : elle marche seulement sur cet ordinateur. Ouvrez plutôt cette page avec l'adresse de la salle. Le serveur d'atelier l'écrit dans sa fenêtre, sous « Sur les téléphones et ordinateurs de la salle ».
join-back = Retour à l'espace animateur

## Fiches à emporter
handouts-title = Préparer l'atelier : fiches à emporter
handouts-intro = Choisissez les thèmes de la séance. Chaque thème s'imprime sur une page, en gros caractères, pour que les apprenants l'emportent.
handouts-choose = Thèmes de la séance
handouts-print = Imprimer les fiches
handouts-steps = Les étapes de la séance
handouts-tips = À retenir
handouts-foot = Pas à pas : vous pouvez refaire ces exercices à l'atelier.

## Réinitialiser cet ordinateur
reset-title = Réinitialiser cet ordinateur
reset-intro = À utiliser à la fin d'un atelier. Cela efface tous les profils, tous les résultats et tout ce que les apprenants ont écrit sur cet ordinateur.
reset-label = Pour confirmer, écrivez EFFACER
reset-word = EFFACER
reset-keep = Garder les réglages de l'atelier
reset-code-label = Code de l'animateur
reset-button = Tout effacer sur cet ordinateur
reset-done = C'est fait : l'ordinateur est prêt pour le prochain atelier.

check-title = Vérifier les exercices
check-intro = Cette page relit tous les fichiers d'exercices et liste chaque problème, avec le fichier et la ligne.
check-again = Vérifier à nouveau
check-summary = { $modules ->
    [one] { $modules } thème
   *[other] { $modules } thèmes
}, { $exercises ->
    [one] { $exercises } exercice
   *[other] { $exercises } exercices
} : { $problems ->
    [0] aucun problème.
    [one] { $problems } problème à corriger.
   *[other] { $problems } problèmes à corriger.
}

## Espace animateur
advisor-title = Espace animateur
advisor-intro = Cet espace sert aux animatrices et animateurs des ateliers.
advisor-content-title = Les exercices
advisor-content-text = Les exercices sont des fichiers texte dans le dossier « exercises ». Après une modification, rechargez la page, puis vérifiez les exercices.
check-content-link = Vérifier les exercices
