// The quality table of the passphrase meter (issue 15), checked in the
// browser against the release build by phrase-de-passe-qualite.test.mjs:
// what the meter must say of French and overseas passwords.

/** Rated at most "faible" (2 out of 5): common French and overseas passwords. */
export const WEAK = [
  'soleil974', // a common word and the department
  'Soleil974',
  'motdepasse',
  'Azerty123!', // the French keyboard row, digits and a symbol
  'azertyuiop',
  'qsdfghjklm', // the middle row of an azerty keyboard
  '123456789',
  'doudou971',
  'chouchou972',
  'loulou973',
  'jetaime974',
  'mayotte976',
  'Madinina972', // Martinique's old name
  'Karukera971', // Guadeloupe's old name
  'gwada971',
  'matinik972',
  'lareunion974',
  'Zanmi972',
  'kevin1998', // a first name and a birth year
  'Fatima1985',
  'Anli2003',
  'Camille2012', // a child's first name and birth year
  'nicolas13',
  'Payet1980', // a common surname of La Réunion and a year
  'psg2024', // a football club and digits
  'Marseille13',
  'olympique13',
  'allezlom13',
  'P@ssw0rd',
  'Bonjour1',
  'chocolat',
  'princesse2010',
  '12/05/1985', // a birth date
  '01011990',
  'soleilsoleil',
];

/** Rated "très solide" (5 out of 5): 5 or more words drawn at random, unrelated. */
export const STRONG = [
  'manguier-pirogue-cartable-vanille-tortue',
  'lagon piment bicyclette gâteau cyclone',
  'fougère zébu ciseaux marmite volcan',
  'corail-trottinette-cannelle-parapluie-baobab',
  'Ravine.Cahier.Mangouste.Tambour.Lampe',
  'hamac girafe boussole citronnelle tracteur moustique',
];

/** Never at the top: 3 common words. */
export const THREE_COMMON_WORDS = ['soleil maison amour', 'chat chien maison', 'bonjour la france'];
