# Module « Vérifier une information » : le fil d'actualité et le jeu « Fabriquer une rumeur ».

## Le fil d'actualité (news-feed)
feed-brand = Kaz'Actu · fil d'actualité
feed-label = Les publications du fil
feed-opinion-on = Votre avis sur la publication de { $author }
feed-reliable = Fiable
feed-not-reliable = Pas fiable
feed-check-first = Je vérifie d'abord
feed-tools-title = Les outils pour vérifier
feed-tool-who = Qui a publié ?
feed-tool-search = Chercher ailleurs
feed-tool-photo = D'où vient la photo ?
feed-tool-address = Regarder l'adresse
feed-tool-when = Quand ?
feed-link = Lien :
feed-stats = { $likes } J'aime · { $shares } partages
feed-undecided = { $count ->
    [0] Vous avez donné votre avis sur toutes les publications. Appuyez sur « Vérifier ».
    [one] Encore 1 publication sans avis « Fiable » ou « Pas fiable ».
   *[other] Encore { $count } publications sans avis « Fiable » ou « Pas fiable ».
}
feed-halves-title = Le vrai et le faux : votre résultat
feed-true-found = Vraies informations reconnues : { $found } sur { $total }
feed-false-found = Fausses informations reconnues : { $found } sur { $total }
feed-halves-why = Les deux comptent. Douter de tout n'aide pas : les vraies alertes protègent. « Je vérifie d'abord » n'est pas une réponse : après avoir vérifié, il faut décider.
feed-was-true = C'était une vraie information.
feed-was-false = C'était une information fausse ou trompeuse.
feed-clue = L'indice :
feed-no-answer = Vous n'avez pas décidé « Fiable » ou « Pas fiable » pour cette publication.

## Fabriquer une rumeur (make-the-fake)
fake-step-make = 1. Fabriquez la rumeur
fake-draft = Votre brouillon
fake-choose = Choisissez au moins 2 ruses
fake-publish = Publier
fake-published = La rumeur est publiée. Regardez ce qui se passe.
fake-too-few = Choisissez au moins 2 ruses avant de publier.
fake-step-spread = 2. La rumeur se propage
fake-spread-total = { $shares } partages · { $reactions } réactions en 24 heures
fake-after-hours = { $hours ->
    [one] Après 1 heure : { $shares } partages
   *[other] Après { $hours } heures : { $shares } partages
}
fake-change = Changer les ruses
fake-step-learn = 3. Les ruses, et comment les repérer
fake-you-used = Vous avez utilisé cette ruse.
fake-how-to-spot = Comment la repérer ?
fake-how-it-works = Comment elle marche :
fake-spot-it = Comment la repérer :
fake-step-examples = 4. À vous de repérer
fake-examples-intro = Voici d'autres publications. Pour chacune, choisissez la ruse utilisée. Attention : une publication peut être vraie.
fake-which-trick = Quelle ruse dans la publication de { $author } ?
fake-no-trick = Aucune ruse : c'est une vraie information

## Vérification des fichiers
