// Finnish and Swedish search that finds inflected words. Loaded into
// Material's search worker after Material's own code (search-worker.js).
//
// Matching. Material appends "*" to every query word (type-ahead), and lunr
// skips the stemmer for words with a wildcard, so an inflected word such as
// "luottamuksen" would never meet the stems in the index. Each typed
// "word*" therefore gets companion clauses:
// - the word's stems (Swedish: stemmed again and without a definite "-et",
//   which Snowball leaves: "förtroendet", "mötena" -> "möten" -> "möt");
//   a stem of five letters or more also as a prefix, for compounds;
// - a family prefix: the stem without the letters that differ between forms
//   of one word, at a lower boost. Snowball leaves "luottamus", "luottamuks"
//   and "luottamu" for forms of one word, "osaamin", "osaamis", "osaam" for
//   another, "spelregel" and "spelregl" in Swedish. Cut too much and other
//   words match, so the prefix keeps at least FAMILY_MIN letters.
// Quoted words (required clauses) keep Material's literal matching.
//
// Reporting. Material marks a query word as missing ("Puuttuu" / "Saknas")
// and leaves it out of the ?h= highlight address unless a matched index term
// starts with the typed word, which a stem or family match never does. So
// a word found through a companion is recorded under the typed word as
// well, and each result's highlight words become the words that matched in
// it, in the form they have on the page.

const WILDCARD_STEM_MIN = 5; // shorter stems match exactly: "kun*" would find "kunnes"
const FAMILY_MIN = { fi: 4, sv: 5 };
const FAMILY_BOOST = 0.5; // below the word itself and its stems
const VOWEL_END = /[aeiouyäöå]$/;

let active = null; // the query being run: language, pipeline and typed words

const runQuery = lunr.Index.prototype.query;
lunr.Index.prototype.query = function (fn) {
  // The index's search pipeline holds the language's stemmer ("stemmer-sv").
  const lang = /-sv\b/.test(this.pipeline.toJSON().join(" ")) ? "sv" : "fi";
  const words = [];
  active = { lang, pipeline: this.pipeline, words };
  try {
    const results = runQuery.call(this, fn);
    for (const result of results) recordTypedWords(result.matchData.metadata, words);
    return results;
  } finally {
    active = null;
  }
};

function stem(pipeline, word) {
  return pipeline.runString(word)[0] || word;
}

// Swedish definite singular of a noun in -a (kartan, frågan, skolans):
// Snowball has no "-an" ending, so "aktörskartan" would stay whole while
// "aktörskarta" becomes "aktörskart". The form without its "-n" is stemmed
// too. (Only for the query: a typed "plan" or "utan" also keeps its own
// stem, and "pla" is too short to match as a prefix.)
const DEFINITE_A = /[^aeiouyåäö]an$/;

function definiteStems(word, pipeline) {
  return [word, stem(pipeline, word)]
    .filter((form, index, forms) => forms.indexOf(form) === index && form.length >= 6 && DEFINITE_A.test(form))
    .map((form) => stem(pipeline, form.slice(0, -1)));
}

// Finnish nouns ending in "-sta" (lista, tausta): Snowball takes the
// ending for the elative case, so the base form "tarkistuslista" becomes
// "tarkistusl" while "tarkistuslistalla" becomes "tarkistuslist". A stem
// ending in "st" is therefore also tried with its "-a" / "-ä" put back.
function elativeLookalike(first, pipeline) {
  if (!/st$/.test(first) || first.length < 6) return [];
  return [stem(pipeline, first + (/[aou]/.test(first) ? "a" : "ä"))].filter((form) => form !== first);
}

function stemsOf(word, pipeline, lang) {
  const stems = lang === "sv" ? definiteStems(word, pipeline) : elativeLookalike(stem(pipeline, word), pipeline);
  for (let next = stem(pipeline, word), i = 0; i < 4 && !stems.includes(next); i++) {
    stems.push(next);
    if (lang !== "sv") break;
    // Definite neuter "-et" (projektet, resultatet) survives Snowball.
    next = next.endsWith("et") && next.length >= 5 ? next.slice(0, -2) : next;
    next = stem(pipeline, next);
  }
  return stems;
}

function familyPrefix(word, lang) {
  let cut;
  if (lang === "fi") {
    if (VOWEL_END.test(word)) return null; // koulu, koulujen: the stem is the family
    cut = /ks$|m(in|is)$/.test(word) ? 2 : 1; // luottamuks/luottamus, osaamin/osaamis/osaam
  } else {
    cut = /(et|en|er|el|ar|or)$/.test(word) ? 2 : 1; // spelregel/spelregl, förtroendet
  }
  const length = Math.max(FAMILY_MIN[lang], word.length - cut);
  return length < word.length ? word.slice(0, length) : null;
}

const addClause = lunr.Query.prototype.clause;
lunr.Query.prototype.clause = function (clause) {
  addClause.call(this, clause);
  if (!active || !clause.term) return this;
  const typed = /^([^*]+)\*$/.exec(clause.term);
  if (clause.usePipeline !== false || !typed || clause.presence !== lunr.Query.presence.OPTIONAL) {
    // A quoted word is stemmed by lunr itself: only record what it becomes.
    if (clause.usePipeline !== false) {
      active.words.push({ typed: clause.term, exact: active.pipeline.runString(clause.term), prefixes: [] });
    }
    return this;
  }
  const word = { typed: typed[1], exact: [], prefixes: [] };
  active.words.push(word);
  const add = (term, boost, prefix) => {
    const list = prefix ? word.prefixes : word.exact;
    if (list.includes(term) || (prefix && term.startsWith(word.typed)) || term === word.typed) return;
    list.push(term);
    addClause.call(this, {
      fields: clause.fields,
      boost,
      term,
      usePipeline: false,
      wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
    });
  };
  for (const stem of stemsOf(word.typed, active.pipeline, active.lang)) {
    add(stem, clause.boost, stem.length >= WILDCARD_STEM_MIN);
    const family = familyPrefix(stem, active.lang);
    if (family) add(family, clause.boost * FAMILY_BOOST, true);
  }
  return this;
};

// Material counts a typed word as found when a matched index term starts
// with it. Record stem and family matches under the typed word too, without
// positions (those stay with the real term, for highlighting).
function recordTypedWords(metadata, words) {
  const terms = Object.keys(metadata);
  for (const word of words) {
    if (terms.some((term) => term.startsWith(word.typed))) continue;
    if (terms.some((term) => word.exact.includes(term) || word.prefixes.some((p) => term.startsWith(p)))) {
      metadata[word.typed] = {};
    }
  }
}

// The words Material marked in a result's title and text: what matched.
function markedWords(item) {
  const words = new Set();
  for (const field of [item.title, item.text]) {
    for (const mark of String(field || "").matchAll(/<mark>([^<]+)<\/mark>/g)) {
      for (const word of mark[1].toLowerCase().match(/[\p{L}\p{N}]+/gu) || []) words.add(word);
    }
  }
  return words;
}

// Material builds ?h= from the terms marked true and the "missing" note from
// those marked false: keep the misses, and highlight what matched.
function withHighlights(terms, words) {
  const result = {};
  for (const [term, found] of Object.entries(terms || {})) if (!found) result[term] = false;
  for (const word of words) result[word] = true;
  return result;
}

const post = self.postMessage.bind(self);
self.postMessage = (message, ...rest) => {
  // SearchMessageType.RESULT (3): items grouped by page.
  if (message && message.type === 3 && message.data && Array.isArray(message.data.items)) {
    for (const group of message.data.items) {
      const own = group.map((item) => (Object.values(item.terms || {}).some(Boolean) ? markedWords(item) : new Set()));
      const all = new Set(own.flatMap((words) => [...words]));
      group.forEach((item, index) => {
        // A page's own entry, added when only its sections matched, highlights theirs.
        const words = own[index].size ? own[index] : all;
        if (words.size) item.terms = withHighlights(item.terms, words);
      });
    }
  }
  return post.call(self, message, ...rest);
};
