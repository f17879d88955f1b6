// Material's search worker, with Finnish and Swedish stemming that also
// works for whole inflected words.
//
// Material appends "*" to every query term (type-ahead), and lunr skips the
// stemmer for terms with a wildcard. An inflected word such as
// "koordinaattoreille" then never meets its stemmed index entry
// "koordinaattor". So each "word*" clause gets a companion clause with the
// stemmed word: the typed prefix still matches, and so does the stem.
// Loaded after Material's worker by search-worker.js.

let queryPipeline = null;

const runQuery = lunr.Index.prototype.query;
lunr.Index.prototype.query = function (fn) {
  queryPipeline = this.pipeline; // the language's search pipeline (stemmer included)
  try {
    return runQuery.call(this, fn);
  } finally {
    queryPipeline = null;
  }
};

const addClause = lunr.Query.prototype.clause;
lunr.Query.prototype.clause = function (clause) {
  addClause.call(this, clause);
  const prefix = /^([^*]+)\*$/.exec(clause.term || "");
  // Required terms (quoted phrases) keep Material's literal matching.
  const optional = clause.presence === lunr.Query.presence.OPTIONAL;
  if (!queryPipeline || clause.usePipeline !== false || !prefix || !optional) return this;
  for (const stem of queryPipeline.runString(prefix[1])) {
    if (stem && stem !== prefix[1]) {
      addClause.call(this, {
        fields: clause.fields,
        boost: clause.boost,
        term: stem + "*",
        usePipeline: false,
      });
    }
  }
  return this;
};
