### Pas à pas interface, in English.
### Short sentences, plain words.

app-name = Pas à pas
skip-to-content = Skip to content
loading = Loading…
breadcrumb = You are here

## Header and settings
display-settings = Display
settings-colours = Colours
settings-language = Language
settings-text-size = Text size
text-size-normal = Normal text
text-size-large = Large text
text-size-largest = Very large text
high-contrast = High contrast
settings-title = Settings
settings-intro = Choose the language, the text size and the colours. You see the change at once.
settings-kept = Your settings are kept on this computer.

## Browser storage notices
storage-not-persistent = Careful: this page cannot keep anything. Your settings and results will be lost when you close it.
storage-settings-reset = Your saved settings were damaged. We have gone back to the starting settings.
storage-quota-full = Your last change was not saved. The browser's memory is full. Everything saved before is kept. Ask the advisor for help.
notice-close = Close this message

## Footer
footer-nav = Menu
nav-home = Home
nav-profiles = Who are you?
nav-certificate = Certificate
nav-settings = Settings
nav-advisor = Advisor area

## Home
home-title = Welcome
home-intro = Choose a topic. Go step by step, at your own pace.
duration-minutes = { $minutes ->
    [one] About { $minutes } minute
   *[other] About { $minutes } minutes
}

## Module
module-exercises = The exercises
start-module = Start
step-of = Step { $step } of { $total }
status-done = Done
status-todo = To do
exercises-done = { $done ->
    [one] { $done } exercise done out of { $total }
   *[other] { $done } exercises done out of { $total }
}
module-broken-title = This topic cannot be opened

result-score = { $score } out of { $max }
back-home = Back to the home page
verdict-right = Right.
verdict-wrong = Not quite.
verdict-missed = This one too.
verdict-neutral = Good to know.

## Read aloud
read-instruction = Listen to the instructions
read-feedback = Listen to the explanation
read-result = Listen to the result
read-stop = Stop reading
read-no-voice = This computer has no English voice. Ask the advisor for help.

## Put in order
order-up = Move up: { $item }
order-down = Move down: { $item }
order-moved = "{ $item }" is now in position { $position } of { $total }.

## Spot the clues
spot-doc-sms = A text message
spot-doc-email = An e-mail
spot-doc-web = A web page
spot-doc-post = A social media post
spot-doc-cv = A CV
spot-doc-letter = A letter
spot-zone-from = From:
spot-zone-subject = Subject:
spot-zone-address = Address:
spot-zone-date = Date:
spot-quote = "{ $text }"
spot-zone-body = Message
spot-marked-count = { $count ->
    [0] You have not marked anything yet. Press a part to mark it.
    [one] You have marked { $count } part.
   *[other] You have marked { $count } parts.
}

## Page not found
not-found-title = Page not found
not-found-text = This page does not exist. The address may be mistyped.

## Missions of the simulations
mission-goals = Your mission
mission-hint = A hint:
mission-debrief = In real life
