#include "PgSearchCondition.h"

#include "PersianText.h"

namespace peyvand::PgSearchCondition {

QString containsPattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Condition forQuery(const QString &column, const QString &query, int firstParam)
{
    Condition out;
    int n = firstParam;
    for (const QString &term : PersianText::searchTerms(query)) {
        if (term.isEmpty() || out.params.contains(term) || out.params.contains(containsPattern(term)))
            continue;
        if (term.size() >= 3) {
            out.clauses << QStringLiteral("%1 LIKE $%2").arg(column).arg(n++);
            out.params << containsPattern(term);
        } else {
            out.clauses << QStringLiteral("strpos(%1, $%2) > 0").arg(column).arg(n++);
            out.params << term;
        }
    }
    return out;
}

} // namespace peyvand::PgSearchCondition
