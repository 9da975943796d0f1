## The simulation `phone-call` (module echanger). Names, texts and explanations are in exercises/echanger/.
pc-phone = Le téléphone
pc-home = Écran d'accueil
pc-contacts = Contacts
pc-log = Appels
pc-clock = Horloge
pc-back = Retour
pc-add = Ajouter un contact
pc-new-contact = Nouveau contact
pc-name = Nom
pc-number = Numéro de téléphone
pc-save = Enregistrer
pc-call = Appeler { $name }
pc-call-back = Rappeler { $name } en vidéo
pc-note = Le papier
pc-time-passes = Le temps passe sur le téléphone.
pc-wait = Attendre 1 heure
pc-log-empty = Aucun appel pour le moment.
pc-log-in = Appel reçu
pc-log-out = Appel passé
pc-log-video-in = Appel vidéo reçu
pc-log-video-out = Appel vidéo passé
pc-log-declined = Appel vidéo refusé
pc-clock-here = Ici, à { $place } : { $time }
pc-same-time = La même heure qu'ici
pc-ahead = { $hours ->
    [one] 1 heure de plus qu'ici
   *[other] { $hours } heures de plus qu'ici
}
pc-behind = { $hours ->
    [one] 1 heure de moins qu'ici
   *[other] { $hours } heures de moins qu'ici
}
pc-summer = heure d'été
pc-winter = heure d'hiver
pc-terr-mainland = Hexagone
pc-terr-reunion = La Réunion
pc-terr-mayotte = Mayotte
pc-terr-guadeloupe = Guadeloupe
pc-terr-martinique = Martinique
pc-terr-guyane = Guyane
pc-incoming = Appel vidéo { $app }
pc-answer = Répondre
pc-decline = Refuser
pc-ask-camera = Autoriser { $app } à prendre des photos et à filmer des vidéos ?
pc-ask-microphone = Autoriser { $app } à enregistrer du son ?
pc-while-using = Pendant l'utilisation de l'appli
pc-once = Uniquement cette fois-ci
pc-deny = Ne pas autoriser
pc-on-call = En appel avec { $name }
pc-on-video = Appel vidéo avec { $name }
pc-camera-on = Votre caméra est allumée
pc-camera-off = Votre caméra est refusée
pc-mic-on = votre micro est allumé
pc-mic-off = votre micro est refusé
pc-no-camera = Mamie entend votre voix, mais l'écran est noir : la caméra est refusée.
pc-no-microphone = Mamie vous voit, mais elle ne vous entend pas : le micro est refusé.
pc-hang-up = Raccrocher
pc-said-name = Écrivez d'abord un nom, pour savoir qui vous appelle.
pc-said-not-note = Ce numéro est bien écrit, mais ce n'est pas celui du papier. Comparez chiffre par chiffre.
pc-said-saved = { $name } est enregistré. Le téléphone reconnaît un numéro : { $place }.
pc-said-declined = Vous avez refusé l'appel. Mamie ne sait pas pourquoi. Vous pouvez la rappeler depuis la liste des appels.
pc-said-while-using = Bon choix. L'appli s'en sert seulement quand elle est ouverte.
pc-said-once = Bon choix. L'appli redemandera au prochain appel.
pc-said-deny-camera = La caméra est refusée. Pendant l'appel vidéo, Mamie ne vous verra pas.
pc-said-deny-microphone = Le micro est refusé. Pendant l'appel, Mamie ne vous entendra pas.
pc-said-waited = 1 heure plus tard. Il est { $time } ici.
pc-said-hung-up = L'appel est terminé. Il est dans la liste des appels.
pc-phone-not-digits = Un numéro s'écrit avec des chiffres. Les espaces et les points sont permis.
pc-phone-short = Il manque des chiffres. Un numéro a 10 chiffres, comme 0639 21 43 65.
pc-phone-long = Il y a trop de chiffres. Un numéro a 10 chiffres, comme 0639 21 43 65.
pc-phone-start = Un numéro commence par 0, ou par + et l'indicatif, comme +262.
pc-phone-prefix = Ce début de numéro n'existe pas. Regardez les 2 premiers chiffres.
pc-phone-code = Pour ce numéro, l'indicatif est { $code }. Écrivez { $code }, ou commencez par 0.
