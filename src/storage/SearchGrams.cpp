#include "SearchGrams.h"

namespace peyvand::SearchGrams {

QString gramsOf(const QString &searchText)
{
    QString out;
    out.reserve(searchText.size() * 4);
    for (const QString &key : searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (qsizetype i = 0; i < key.size(); ++i) {
            if (!out.isEmpty())
                out += QLatin1Char(' ');
            out += key.mid(i, 3);
        }
    }
    return out;
}

QString matchExpression(const QStringList &terms)
{
    QStringList parts;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        if (term.size() < 3) {
            parts << QLatin1Char('"') + term + QStringLiteral("\"*");
            continue;
        }
        QStringList grams;
        for (qsizetype i = 0; i + 3 <= term.size(); ++i) {
            const QString gram = term.mid(i, 3);
            if (!grams.contains(gram))
                grams << gram;
        }
        for (const QString &gram : grams)
            parts << QLatin1Char('"') + gram + QLatin1Char('"');
    }
    return parts.join(QStringLiteral(" AND "));
}

QStringList termsNeedingCheck(const QStringList &terms)
{
    QStringList out;
    for (const QString &term : terms)
        if (term.size() > 3)
            out << term;
    return out;
}

} // namespace peyvand::SearchGrams
