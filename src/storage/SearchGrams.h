#pragma once
// The trick behind substring search of any length over an FTS5 index.
//
// SQLite's trigram tokenizer finds nothing for one- or two-letter non-ASCII
// terms, and unicode61 splits Persian words. So we tokenise ourselves: for
// every position of every key we index the (up to) three characters that start
// there ("علی" → "علی", "لی", "ی"). The FTS5 table keeps prefix indexes of one
// and two characters. Then a term of one or two letters is a prefix query
// ("ع"*), a term of three is one exact token, and a longer term is the AND of
// its trigrams, confirmed with instr() against the stored key text.
#include <QString>
#include <QStringList>

namespace peyvand::SearchGrams {

// Space-separated grams of a search text (keys separated by spaces).
QString gramsOf(const QString &searchText);
// The FTS5 MATCH expression for a list of search terms (from
// PersianText::searchTerms); empty when there is nothing to match.
QString matchExpression(const QStringList &terms);
// The terms longer than three characters, which need the instr() check.
QStringList termsNeedingCheck(const QStringList &terms);

} // namespace peyvand::SearchGrams
