#include "PgIdList.h"

#include "PgResult.h"

namespace peyvand::PgIdList {

QString bigintArray(const QList<qint64> &ids)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids[i]);
    }
    return out + QLatin1Char('}');
}

QString textArray(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        QString v = values[i];
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += QLatin1Char('"') + v + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

QList<qint64> ids(const PgResult &r, int column)
{
    QList<qint64> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out << r.int64(i, column);
    return out;
}

} // namespace peyvand::PgIdList
