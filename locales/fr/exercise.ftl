### La page d'un exercice (exercice.html et les programmes des simulations).

module-done = Bravo, vous avez fini tous les exercices de ce thème !
module-done-certificate = Imprimer mon attestation
exercise-broken-title = Cet exercice ne peut pas s'ouvrir
check = Vérifier
retry = Réessayer
next-exercise = Exercice suivant
back-module = Retour au thème
answer-first = Répondez d'abord. Ensuite, appuyez sur « Vérifier ».
result-perfect = Bravo ! Tout est juste.
result-partial = C'est un bon début. Lisez les explications sous chaque réponse.
result-none = Pas encore. Lisez les explications sous chaque réponse, puis réessayez.
