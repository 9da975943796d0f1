## The simulation `phone-call` (module echanger). Names, texts and explanations are in exercises/echanger/.
