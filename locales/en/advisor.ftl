### Advisor area: workshop settings, projection, the address for phones, handouts, reset.

advisor-menu = In this area
minutes = { $minutes } minutes

## Advisor code
code-label = Advisor code (4 digits)
code-open = Open the advisor area
code-wrong = That is not the right code.
code-not-security = This code is not real protection. It only stops a learner from changing the settings by mistake.
code-invalid = The code must have exactly 4 digits, or be left empty.

## Workshop settings
workshop-title = Workshop settings
workshop-intro = These settings stay on this computer. The organisation, the advisor and the place are written on certificates.
workshop-modules = Topics learners can see
workshop-idle = Back to "Who are you?" after a period of inactivity
workshop-lang = Starting language for a new browser
workshop-code = Advisor code (optional, 4 digits)
workshop-save = Save the settings
workshop-saved = Settings saved.

## Project an exercise
present-title = Project an exercise
present-intro = Projection mode shows an exercise very large, one item at a time. With a presentation clicker: the right arrow shows the answer, then moves on. The N key shows your notes.
present-quit = Leave projection
present-previous = Previous
present-next = Next
present-reveal = Show the answer
present-notes = Notes (N)
present-notes-title = Notes for the advisor
present-no-notes = No notes for this exercise.
present-fullscreen = Full screen
present-item = Item { $item } of { $total }
present-right = ✓ Right answer
present-wrong = ✗ Not the right answer
present-group = Answer: { $group }
present-position = Answer: position { $position }
present-clue = ! This is a clue
present-not-clue = ✓ This part is normal
present-keys = Keys: → or Space to move on, ← to go back, N for the notes.

## Joining the workshop with a phone
join-link = Show the address for phones
join-title = Join the workshop
join-how = Scan this code with the phone's camera. The phone must be on the same Wi-Fi.
join-only-here = Phones cannot use this address: it only works on this computer. Open this page with the room's address instead. The workshop server writes it in its window, under "On the room's phones and computers".
join-back = Back to the advisor area

## Handouts
handouts-title = Prepare the workshop: handouts
handouts-intro = Choose the topics of the session. Each topic prints on one page, in large print, for learners to take home.
handouts-choose = Topics of the session
handouts-print = Print the handouts
handouts-steps = The steps of the session
handouts-tips = Remember
handouts-foot = Pas à pas: you can do these exercises again at the workshop.

## Reset this computer
reset-title = Reset this computer
reset-intro = Use this at the end of a workshop. It erases every profile, every result and everything learners wrote on this computer.
reset-label = To confirm, write ERASE
reset-word = ERASE
reset-keep = Keep the workshop settings
reset-code-label = Advisor's code
reset-button = Erase everything on this computer
reset-done = Done: the computer is ready for the next workshop.

check-title = Check the exercises
check-intro = This page reads every exercise file again and lists each problem, with the file and the line.
check-again = Check again
check-summary = { $modules ->
    [one] { $modules } topic
   *[other] { $modules } topics
}, { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
}: { $problems ->
    [0] no problems.
    [one] { $problems } problem to fix.
   *[other] { $problems } problems to fix.
}

## Advisor area
advisor-title = Advisor area
advisor-intro = This area is for the advisors who lead the workshops.
advisor-content-title = The exercises
advisor-content-text = The exercises are text files in the "exercises" folder. After a change, reload the page, then check the exercises.
check-content-link = Check the exercises
