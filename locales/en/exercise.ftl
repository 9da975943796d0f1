### An exercise's page (exercice.html and the simulations' programs).

module-done = Well done, you have finished every exercise of this topic!
module-done-certificate = Print my certificate
exercise-broken-title = This exercise cannot be opened
check = Check
retry = Try again
next-exercise = Next exercise
back-module = Back to the topic
answer-first = Answer first. Then press "Check".
result-perfect = Well done! Everything is right.
result-partial = That's a good start. Read the explanation under each answer.
result-none = Not yet. Read the explanation under each answer, then try again.
