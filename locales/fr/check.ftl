### Vérification des fichiers d'exercices (page « Vérifier les exercices »
### et cartes d'erreur). Ces messages s'adressent aux animateurs.

problem-card-title = Un fichier d'exercice a un problème.
problem-card-help = Les autres exercices marchent. Prévenez l'animateur : ce fichier se corrige avec un éditeur de texte.
problem-details = Détails pour l'animateur : { $files }
problem-place = { $file }, ligne { $line }, colonne { $column } :

check-syntax = Le texte est mal écrit à cet endroit. Vérifiez les guillemets, les crochets et le signe =. (Détail : { $detail })
check-too-big = Ce fichier est trop gros ({ $size } Ko). Un fichier d'exercice fait au plus { $max } Ko.
check-too-deep = Ici, les listes et les tableaux sont imbriqués trop profondément (plus de { $max } niveaux). Simplifiez cette partie.
check-unreadable = Ce fichier ne peut pas être lu.
check-file-missing = Le fichier { $file } est introuvable.
check-module-missing = Le thème « { $id } » est dans la liste, mais son fichier { $file } est introuvable.
check-exercise-missing = L'exercice « { $id } » est dans la liste, mais son fichier { $file } est introuvable.
check-missing-field = Il manque « { $field } ».
check-unknown-field = « { $field } » n'est pas connu. Vérifiez l'orthographe. Noms possibles : { $known }.
check-wrong-type = « { $field } » doit être { $expected ->
    [text] un texte entre guillemets
    [number] un nombre entier
    [boolean] true (oui) ou false (non)
    [list] une liste entre crochets
   *[tables] une suite de blocs entre doubles crochets
}.
check-empty-text = « { $field } » est vide.
check-missing-french = « { $field } » n'a pas de texte en français (fr). Le français est obligatoire.
check-bad-language = « { $field } » : le code de langue doit avoir 2 ou 3 lettres minuscules, comme fr ou en.
check-bad-id = L'identifiant « { $id } » ne convient pas. Utilisez seulement des lettres minuscules sans accent, des chiffres et des tirets.
check-id-mismatch = L'identifiant « { $id } » doit être « { $expected } », comme le nom du fichier ou du dossier.
check-duplicate-id = L'identifiant « { $id } » est utilisé deux fois.
check-too-few = « { $field } » doit en avoir au moins { $min }.
check-too-many = « { $field } » ne doit pas en avoir plus de { $max }.
check-unknown-kind = Le type d'exercice « { $kind } » n'existe pas. Types possibles : { $known }.
check-unknown-icon = L'icône « { $icon } » n'existe pas. Icônes possibles : { $known }.
check-unknown-value = « { $value } » ne convient pas pour « { $field } ». Valeurs possibles : { $known }.
check-missing-explanation = « { $item } » n'a pas d'explication. Chaque réponse doit expliquer pourquoi.
check-minutes-range = « minutes » vaut { $minutes }. Écrivez un nombre entier de 1 à { $max } : le temps que met un débutant pour faire cet exercice, sans se presser.
check-module-minutes = « minutes » ne s'écrit pas dans module.toml : la durée du thème est calculée, c'est la somme des minutes de ses exercices. Enlevez cette ligne, et écrivez « minutes » dans chaque exercice.
