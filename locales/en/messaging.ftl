## The simulation `messaging` (module echanger). Names, texts and explanations are in exercises/echanger/.
