#pragma once
// Persian text and digit normalisation: one place that decides when two strings
// are "the same" for search and duplicate checks.
#include <QString>
#include <QStringList>

namespace peyvand::PersianText {

// Persian (۰-۹) and Arabic-Indic (٠-٩) digits to Latin; everything else untouched.
QString toLatinDigits(const QString &text);
// Latin digits to Persian digits, for display.
QString toPersianDigits(const QString &text);
// Tidy text for storage: Arabic yeh/kaf to Persian, tatweel removed, runs of
// white space folded to one space, ZWNJ runs folded to one, trimmed.
QString tidy(const QString &text);
// The key used for search and duplicate checks: tidy(), lower case, Latin
// digits, diacritics and hamza forms folded, and every character that is not a
// letter or a digit (spaces, ZWNJ, punctuation) dropped.
QString searchKey(const QString &text);
// The terms of a search query: split at white space, each reduced by searchKey();
// empty terms dropped. A query made only of digits and phone punctuation is one
// term (with +98/0098 turned into a leading 0) so a phone typed in groups matches.
QStringList searchTerms(const QString &query);
// A key that sorts names in Persian alphabetical order (پ چ ژ گ in their
// places) with a plain binary comparison, as SQLite's default collation does.
QString sortKey(const QString &text);
// True when the text holds at least one character and only digits (any script).
bool isAllDigits(const QString &text);

} // namespace peyvand::PersianText
