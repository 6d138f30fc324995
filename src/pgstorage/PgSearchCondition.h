#pragma once
// Substring search over a normalised search_text column on PostgreSQL, with
// the meaning SQLite's gram index gives it (src/storage/SearchGrams): a row
// matches when every term of PersianText::searchTerms(query) is a substring of
// its search text (the keys are joined by spaces and a term has none, so a
// substring of the text is a substring of one key).
//
// A term of three characters or more is `search_text LIKE '%term%'`, which
// the GIN trigram index (gin_trgm_ops) answers: the trigrams of the term
// select the candidate rows and the server checks LIKE on each. pg_trgm makes
// no trigram of a one- or two-character term in the middle of a pattern, so
// LIKE would scan the whole index for it; such a term is `strpos(search_text,
// term) > 0` instead, checked on rows that another term's index scan, the
// other filters or the sort index's walk bring (a one- or two-letter Persian
// term matches a large share of the rows, so a page fills after a short walk).
#include <QString>
#include <QStringList>

namespace peyvand::PgSearchCondition {

struct Condition
{
    QStringList clauses; // each with one placeholder "%N" for its parameter, ANDed
    QStringList params; // the text bound to each clause, in order
    bool isEmpty() const { return clauses.isEmpty(); }
};

// The conditions on `column` for the terms of `query`; empty when the query
// has no term (nothing to search for). Placeholders are numbered from
// `firstParam` ($firstParam, $firstParam+1, …).
Condition forQuery(const QString &column, const QString &query, int firstParam);

// '%term%' with LIKE's wildcards and escape character escaped.
QString containsPattern(const QString &term);

} // namespace peyvand::PgSearchCondition
