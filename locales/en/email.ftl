## The simulation `email` (module echanger). Names, texts and explanations are in exercises/echanger/.
