### Les problèmes propres à un genre d'exercice ou à une simulation
### (programmes qui lisent les exercices en entier). Pour les animateurs.

check-no-correct = Aucune réponse n'est marquée juste (correct = true).
check-several-correct = Plusieurs réponses sont justes. Ajoutez multiple = true, ou gardez une seule bonne réponse.
check-unknown-group = « { $field } » nomme le groupe « { $group } », qui n'existe pas. Groupes possibles : { $known }.
check-no-clue = Aucun passage n'est un indice (clue = true). Il faut au moins un indice à trouver.
check-clue-without-id = Ce passage a un indice ou une explication, mais pas d'identifiant (id).
check-unknown-goal = Le but « { $id } » n'existe pas pour cette simulation. Buts possibles : { $known }.
## Simulations (their files are also checked on the advisor's page)
check-cv-step-order = L'étape « { $id } » n'est pas à sa place. Les 6 étapes, dans l'ordre : { $known }.
check-cv-unknown-field = Le champ « { $id } » n'existe pas dans l'atelier CV. Champs possibles : { $known }.
check-cv-missing-field = Il manque le champ « { $id } » : chaque champ du formulaire a besoin de son texte.
check-feed-unbalanced = Le fil doit mélanger le vrai et le faux : au moins { $min } publications avec reliable = true et { $min } avec reliable = false.
check-feed-needs = « { $field } » va avec « { $needs } », qui manque.
check-fake-reserved-id = L'identifiant « { $id } » est réservé : il veut dire « aucune ruse ». Choisissez un autre identifiant.
