## The simulation `phone-call` (module echanger). Names, texts and explanations are in exercises/echanger/.
pc-phone = The phone
pc-home = Home screen
pc-contacts = Contacts
pc-log = Calls
pc-clock = Clock
pc-back = Back
pc-add = Add a contact
pc-new-contact = New contact
pc-name = Name
pc-number = Phone number
pc-save = Save
pc-call = Call { $name }
pc-call-back = Video call { $name } back
pc-note = The piece of paper
pc-time-passes = Time goes by on the phone.
pc-wait = Wait 1 hour
pc-log-empty = No calls yet.
pc-log-in = Call received
pc-log-out = Call made
pc-log-video-in = Video call received
pc-log-video-out = Video call made
pc-log-declined = Video call declined
pc-clock-here = Here, in { $place }: { $time }
pc-same-time = The same time as here
pc-ahead = { $hours ->
    [one] 1 hour ahead of here
   *[other] { $hours } hours ahead of here
}
pc-behind = { $hours ->
    [one] 1 hour behind here
   *[other] { $hours } hours behind here
}
pc-summer = summer time
pc-winter = winter time
pc-terr-mainland = Mainland France
pc-terr-reunion = La Réunion
pc-terr-mayotte = Mayotte
pc-terr-guadeloupe = Guadeloupe
pc-terr-martinique = Martinique
pc-terr-guyane = Guyane
pc-incoming = { $app } video call
pc-answer = Answer
pc-decline = Decline
pc-ask-camera = Allow { $app } to take pictures and record video?
pc-ask-microphone = Allow { $app } to record audio?
pc-while-using = While using the app
pc-once = Only this time
pc-deny = Don't allow
pc-on-call = On a call with { $name }
pc-on-video = Video call with { $name }
pc-camera-on = Your camera is on
pc-camera-off = Your camera is refused
pc-mic-on = your microphone is on
pc-mic-off = your microphone is refused
pc-no-camera = Grandma hears your voice, but her screen is black: the camera is refused.
pc-no-microphone = Grandma sees you, but she cannot hear you: the microphone is refused.
pc-hang-up = Hang up
pc-said-name = First write a name, so you know who is calling.
pc-said-not-note = This number is written well, but it is not the one on the paper. Compare digit by digit.
pc-said-saved = { $name } is saved. The phone recognises a number from: { $place }.
pc-said-declined = You declined the call. Grandma does not know why. You can call her back from the call list.
pc-said-while-using = Good choice. The app uses it only while it is open.
pc-said-once = Good choice. The app will ask again at the next call.
pc-said-deny-camera = The camera is refused. During the video call, Grandma will not see you.
pc-said-deny-microphone = The microphone is refused. During the call, Grandma will not hear you.
pc-said-waited = 1 hour later. It is { $time } here.
pc-said-hung-up = The call is over. It is in the call list.
pc-phone-not-digits = A number is written with digits. Spaces and dots are allowed.
pc-phone-short = Some digits are missing. A number has 10 digits, like 0639 21 43 65.
pc-phone-long = There are too many digits. A number has 10 digits, like 0639 21 43 65.
pc-phone-start = A number starts with 0, or with + and the country code, like +262.
pc-phone-prefix = No number starts like this. Look at the first 2 digits.
pc-phone-code = For this number, the country code is { $code }. Write { $code }, or start with 0.
