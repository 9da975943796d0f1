// The passphrase meter's estimator, for atelier-mot-de-passe.html only.
// Loaded after zxcvbn-ts.js (window.zxcvbnts.core, @zxcvbn-ts/core, MIT) and
// dictionaries.js (window.pasAPasDictionaries, from @zxcvbn-ts/language-common
// and @zxcvbn-ts/language-fr, written by build.mjs beside this file).
// Defines window.pasAPasMeter.check(password, words), which the Rust program
// calls (src/sims/passphrase/estimator.rs): `words` are the exercise's common
// words, one a line, given to zxcvbn-ts as its user dictionary. The answer
// (JSON) says how many guesses the password needs and which parts were
// recognised, with their length but never their text. Nothing is kept,
// written or sent: no storage, no network, no eval (the page's CSP forbids it).
(function () {
  'use strict';
  var core = window.zxcvbnts && window.zxcvbnts.core;
  var data = window.pasAPasDictionaries;
  if (!core || !data) return; // the page then says the meter could not start
  // A list as build.mjs encodes it: each word is a capital letter (A: 0, B: 1…),
  // the number of letters it shares with the previous word, then the rest.
  function decode(s) {
    var parts = s.split(/([A-Z])/);
    var out = [];
    var last = '';
    for (var i = 1; i < parts.length; i += 2) {
      last = last.slice(0, parts[i].charCodeAt(0) - 65) + parts[i + 1];
      out.push(last);
    }
    return out;
  }
  var factory = null;
  function zxcvbn() {
    if (!factory) {
      var dictionary = {};
      Object.keys(data.lists).forEach(function (name) {
        dictionary[name] = decode(data.lists[name]);
      });
      factory = new core.ZxcvbnFactory({ dictionary: dictionary, graphs: data.graphs });
    }
    return factory;
  }
  // How a recognised word is written: "lower", "first" (a capital first or
  // last letter only), "all" (capitals only) or "mixed".
  function caseOf(token) {
    if (token.toLowerCase() === token) return 'lower';
    if (token.toUpperCase() === token) return 'all';
    var inner = token.slice(1, -1);
    if (inner.toLowerCase() === inner && (token.slice(0, 1).toLowerCase() === token.slice(0, 1) || token.slice(-1).toLowerCase() === token.slice(-1))) {
      return 'first';
    }
    return 'mixed';
  }
  window.pasAPasMeter = {
    check: function (password, words) {
      var userWords = words ? words.split('\n') : [];
      var r = zxcvbn().check(password, userWords);
      return JSON.stringify({
        guessesLog10: r.guessesLog10,
        matches: r.sequence.map(function (m) {
          return {
            pattern: m.pattern,
            len: Array.from(m.token).length,
            dictionary: m.dictionaryName || '',
            rank: m.rank || 0,
            l33t: !!m.l33t,
            reversed: !!m.reversed,
            case: caseOf(m.token),
            guessesLog10: m.guessesLog10 || 0,
          };
        }),
      });
    },
  };
})();
