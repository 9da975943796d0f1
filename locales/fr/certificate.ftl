### L'attestation de fin d'atelier (profil.html) et les compétences du CRCN.

## Attestation
certificate-title = Attestation de suivi
certificate-intro = Imprimez une attestation pour garder une trace de ce que vous avez fait.
certificate-none = Finissez au moins un exercice pour obtenir une attestation.
certificate-which = Quelle attestation ?
certificate-for-module = Thème « { $module } »
certificate-for-all = Tout ce que j'ai fait
certificate-name-label = Prénom et nom à écrire sur l'attestation
certificate-name-help = Ce nom n'est pas enregistré. Il sert seulement pour imprimer.
certificate-print = Imprimer l'attestation
certificate-not-diploma = Ce document n'est pas un diplôme. Il atteste une participation à des ateliers numériques.
certificate-statement-before = Nous attestons que
certificate-statement-after = a travaillé les thèmes suivants avec l'application Pas à pas.
certificate-col-module = Thème
certificate-col-when = Avancement
certificate-col-result = Résultat
certificate-done-on = Terminé le { $date }
certificate-in-progress = En cours : { $done } sur { $total } exercices
certificate-competences = Compétences travaillées (cadre de référence des compétences numériques, CRCN) :
certificate-structure = Structure
certificate-advisor = Animateur ou animatrice
certificate-place = Lieu
certificate-signature = Signature
certificate-date = Fait le { $date }
certificate-reference = Référence : { $reference }

## Compétences du CRCN
crcn-1-1 = Mener une recherche et une veille d'information
crcn-1-2 = Gérer des données
crcn-1-3 = Traiter des données
crcn-2-1 = Interagir
crcn-2-2 = Partager et publier
crcn-2-3 = Collaborer
crcn-2-4 = S'insérer dans le monde numérique
crcn-3-1 = Développer des documents textuels
crcn-3-2 = Développer des documents multimédia
crcn-3-3 = Adapter les documents à leur finalité
crcn-3-4 = Programmer
crcn-4-1 = Sécuriser l'environnement numérique
crcn-4-2 = Protéger les données personnelles et la vie privée
crcn-4-3 = Protéger la santé, le bien-être et l'environnement
crcn-5-1 = Résoudre des problèmes techniques
crcn-5-2 = Évoluer dans un environnement numérique
