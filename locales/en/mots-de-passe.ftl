### Simulations "password" and "two-step verification" (atelier-mot-de-passe.html, atelier-vie-privee.html).

## Passphrase and strength meter
# The levels and the advice follow the CNIL (délibération n° 2022-100 of 21 July 2022) and ANSSI:
# length first, random words, one password per account, two-step login, a password manager.
# https://www.cnil.fr/fr/mots-de-passe-des-recommandations-de-securite-minimales-pour-les-entreprises-et-les-particuliers
# https://messervices.cyber.gouv.fr/guides/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe (ANSSI, 2021)
pw-title = Your new password
pw-not-kept = What you type here is neither kept nor sent. It disappears when you leave the page.
pw-label = New password
pw-show = Show the password
pw-shown-note = The password can be seen on the screen. Remember to hide it if someone can read it.
pw-empty = Type a password: the meter shows whether it is strong.
pw-broken = The meter could not start. Reload the page.
pw-level = Strength: { $level } ({ $rank } out of 5)
pw-level-1 = very weak
pw-level-2 = weak
pw-level-3 = medium
pw-level-4 = strong
pw-level-5 = very strong
# What each level means. 4: at least 50 bits, what the CNIL asks when the site blocks after several
# mistakes. 5: at least 80 bits, what it asks when the password is the only protection.
pw-says-1 = A hacker finds it at once.
pw-says-2 = A computer finds it quickly. Add words.
pw-says-3 = Not enough, even on a site that blocks after a few mistakes.
pw-says-4 = Enough for a site that blocks after a few mistakes, or sends a code.
pw-says-5 = Very hard to guess. Keep it for one account only.
pw-time = Time to guess it: { $time }.
pw-time-instant = less than a second
pw-time-seconds = { $n ->
    [one] 1 second
   *[other] { $n } seconds
}
pw-time-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
pw-time-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
pw-time-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
pw-time-months = { $n ->
    [one] 1 month
   *[other] { $n } months
}
pw-time-years = { $n ->
    [one] 1 year
   *[other] { $n } years
}
pw-time-centuries = more than 100 years
pw-words = { $n ->
    [0] No word
    [one] 1 word
   *[other] { $n } words
}, { $chars ->
    [one] 1 character
   *[other] { $chars } characters
}.
pw-warn-keyboard = Keys next to each other on the keyboard are easy to guess.
pw-warn-repeats = Repeating the same part hardly helps.
pw-warn-common = This is a very common password. Hackers try it first.
pw-warn-common-here = This word is among the most common passwords in France and overseas.
pw-warn-sequence = A known sequence is guessed quickly: "abc", "1234", "Monday Tuesday".
pw-warn-years = A year is guessed quickly.
pw-warn-dates = A date is guessed quickly, especially a birth date.
pw-warn-one-word = A single word is guessed quickly, even a rare one.
pw-warn-names = A first name or a surname is guessed quickly.
pw-tip-few-words = Use several unrelated words, chosen at random.
pw-tip-add-word = Add words: length matters most.
pw-tip-no-symbols = No need for symbols, digits or capitals: length matters more. A site requires them? Add them to your phrase.
pw-tip-capitals = A capital letter at the start hardly helps.
pw-tip-reversed = A word written backwards is guessed almost as quickly.
pw-tip-substitutions = Writing "@" instead of "a" hardly helps: hackers know the trick.
pw-tip-repeats = Avoid repeats and sequences.
pw-tip-personal = Avoid dates and years linked to you or your family.
