### Profils, progression, « J'ai fini », attestation.

cancel = Annuler
guest-name = Invité
storage-profiles-reset = La liste des profils était abîmée. Nous l'avons mise de côté. Une nouvelle liste commence.
storage-progress-reset = Une partie de vos résultats n'a pas pu être lue. Elle a été mise de côté, sans rien effacer. Le reste est gardé.
storage-too-new = Ces données ont été enregistrées par une version plus récente de Pas à pas. Elles sont gardées telles quelles. Demandez à l'animateur de mettre l'application à jour.

## Qui êtes-vous ?
who-title = Qui êtes-vous ?
who-intro = Appuyez sur votre image pour continuer.
who-no-password = Ces profils sont gardés sur cet ordinateur. Il n'y a pas de mot de passe. Toute personne qui utilise cet ordinateur peut ouvrir un profil.
who-new = Nouveau profil
who-guest = Essayer sans enregistrer
who-guest-hint = Rien ne sera gardé quand vous partirez.
farewell-kept = Au revoir ! Votre progression est gardée sur cet ordinateur.
farewell-erased = Au revoir ! Tout a été effacé de cet ordinateur.
farewell-idle = Personne n'a utilisé l'ordinateur pendant { $minutes } minutes. Par sécurité, nous sommes revenus à cette page. La progression est gardée.

## Nouveau profil
new-title = Nouveau profil
new-picture = 1. Choisissez une image
new-name = 2. Écrivez votre prénom ou un surnom
new-name-help = Pas besoin de votre nom de famille.
new-create = Créer mon profil
new-need-picture = Choisissez d'abord une image.
new-need-name = Écrivez un prénom ou un surnom.
new-too-many = Cet ordinateur a déjà 200 profils. Demandez à l'animateur d'effacer les anciens profils.
new-not-saved = Le profil n'a pas pu être enregistré. Demandez de l'aide à l'animateur.
picture-soleil = Soleil
picture-fleur = Fleur
picture-arbre = Arbre
picture-tortue = Tortue
picture-poisson = Poisson
picture-oiseau = Oiseau
picture-chat = Chat
picture-chien = Chien
picture-papillon = Papillon
picture-coquillage = Coquillage
picture-volcan = Volcan
picture-bateau = Bateau
picture-velo = Vélo
picture-maison = Maison
picture-guitare = Guitare
picture-ananas = Ananas

## Mon profil
profile-intro = Vos résultats sont gardés sur cet ordinateur.
profile-window-title = Mon profil
profile-guest-intro = Vous essayez sans enregistrer. Rien ne sera gardé quand vous partirez.
profile-continue = Continuer les exercices
export-title = Emporter ma progression
export-intro = Enregistrez un fichier avec vos résultats. Gardez-le sur une clé USB. Ou envoyez-le à votre adresse e-mail.
export-address = Ce fichier est utile si vous changez d'ordinateur. Il est aussi utile si l'adresse de Pas à pas change. Avec lui, vous retrouvez vos résultats.
export-button = Emporter ma progression
export-done = Le fichier est enregistré dans vos téléchargements.
import-title = Reprendre ma progression
import-intro = Vous avez un fichier de progression ? Choisissez-le. Vos meilleurs résultats sont gardés.
import-intro-new = Vous avez un fichier de progression d'une autre fois ? Choisissez-le pour retrouver votre profil.
import-label = Choisir mon fichier de progression
import-ok = { $done ->
    [0] Progression reprise.
    [one] Progression reprise : { $done } exercice fait.
   *[other] Progression reprise : { $done } exercices faits.
}
import-refused = Ce fichier n'a pas été utilisé. Rien n'a changé.
import-too-big = Le fichier est trop gros. Ce n'est sans doute pas un fichier de progression.
import-not-json = Le fichier est abîmé ou incomplet.
import-foreign = Ce n'est pas un fichier de progression de Pas à pas.
import-too-new = Ce fichier vient d'une version plus récente de Pas à pas. Demandez à l'animateur de mettre l'application à jour.
import-damaged = Le fichier ressemble à un fichier de progression, mais son contenu est abîmé.
import-not-saved = Ce fichier n'a pas pu être enregistré sur cet ordinateur.
rename-title = Changer mon nom
rename-label = Votre prénom ou un surnom
rename-button = Changer mon nom
rename-done = C'est fait.
leave-title = Quand vous partez
switch-person = Changer de personne

## J'ai fini
finish-button = J'ai fini
finish-title = Vous avez fini ?
finish-intro = Avant de partir, choisissez ce que devient votre progression.
finish-keep-title = Garder ma progression sur cet ordinateur
finish-keep-text = La prochaine fois, appuyez sur votre image pour continuer.
finish-keep = Garder ma progression
finish-erase-title = Tout effacer
finish-erase-text = Vos résultats et tout ce que vous avez écrit seront effacés de cet ordinateur.
finish-export-first = Emporter d'abord ma progression dans un fichier
finish-erase = Tout effacer
finish-erase-confirm = Vraiment tout effacer ? Vous ne pourrez pas retrouver vos résultats.
finish-erase-yes = Oui, tout effacer
finish-erase-no = Non, revenir
finish-guest = Vous avez essayé sans enregistrer. Rien n'est gardé.
finish-guest-button = Terminer
downloads-title = Vous avez téléchargé un fichier
downloads-text = Il reste dans le dossier « Téléchargements » de cet ordinateur. La prochaine personne pourrait l'ouvrir. Emportez-le, puis effacez-le.
downloads-how-button = Comment effacer ce fichier ?
downloads-how-1 = Ouvrez le dossier « Téléchargements ». Sur Windows : touche Windows + E, puis « Téléchargements » à gauche.
downloads-how-2 = Copiez d'abord le fichier sur votre clé USB, si vous voulez le garder.
downloads-how-3 = Cliquez sur le fichier avec le bouton droit, puis sur « Supprimer ».
downloads-how-4 = Videz aussi la corbeille. Si vous n'y arrivez pas, demandez à l'animateur.
