#include "PgOrderFilter.h"

#include "LookupText.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "PgSearchCondition.h"
#include "PgStatement.h"

#include <QStringList>
#include <QTimeZone>

namespace peyvand {

namespace {

// 00:00 of an Iranian business day (UTC+03:30), as UTC: ReportPeriod's bound.
QDateTime businessDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(3 * 3600 + 30 * 60)).toUTC();
}

// The smallest string greater than every string that starts with `prefix`
// (digits only here, so bumping the last character is enough).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.back().unicode() + 1);
    return end;
}
} // namespace

QString PgOrderFilter::next(const QVariant &value)
{
    m_params << value;
    return QStringLiteral("$%1").arg(m_params.size());
}

PgOrderFilter::PgOrderFilter(PgConnection &connection, const OrderQuery &q, bool withCursor)
{
    QStringList parts;
    const LookupText text = LookupText::classify(q.text);
    if (text.isNumber) {
        // Arguments are numbered in the order next() is called: one statement each.
        const QString low = next(text.digits);
        const QString high = next(prefixEnd(text.digits));
        QStringList any { QStringLiteral("(o.number >= %1 AND o.number < %2)").arg(low, high) };
        QList<qint64> ids;
        const auto collect = [&](const char *sql, const QString &value) {
            auto s = connection.prepare(QString::fromLatin1(sql));
            s.bind(1, value);
            const PgResult r = s.exec();
            for (int i = 0; i < r.rows(); ++i)
                if (!ids.contains(r.int64(i, 0)))
                    ids << r.int64(i, 0);
        };
        if (!text.phone.isEmpty()) {
            collect("SELECT customer_id FROM customer_phones WHERE number = $1", text.phone);
            collect("SELECT customer_id FROM contacts WHERE mobile = $1 UNION "
                    "SELECT customer_id FROM contacts WHERE phone = $1",
                    text.phone);
        }
        if (!text.nationalId.isEmpty())
            collect("SELECT id FROM customers WHERE national_id = $1", text.nationalId);
        if (!ids.isEmpty()) {
            // One array parameter ('{1,2}'), so the SQL, and the statement the
            // connection prepares for it, is the same however many customers match.
            QStringList list;
            for (qint64 id : ids)
                list << QString::number(id);
            any << QStringLiteral("o.customer_id = ANY(CAST(%1 AS bigint[]))").arg(next(u'{' + list.join(u',') + u'}'));
        }
        parts << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    } else if (!text.isEmpty()) {
        // Every term a substring of the customer's search text, as on the
        // customers list: LIKE over the trigram index, strpos for one or two letters.
        const auto condition
            = PgSearchCondition::forQuery(QStringLiteral("search_text"), text.normalised, int(m_params.size()) + 1);
        if (condition.isEmpty()) {
            parts << QStringLiteral("false");
        } else {
            for (const QString &param : condition.params)
                m_params << param;
            parts << QStringLiteral("o.customer_id IN (SELECT id FROM customers WHERE %1)")
                         .arg(condition.clauses.join(QStringLiteral(" AND ")));
        }
    }
    if (q.status)
        parts << QStringLiteral("o.status = ") + next(toCode(*q.status));
    if (q.customerId)
        parts << QStringLiteral("o.customer_id = ") + next(*q.customerId);
    if (q.from.isValid())
        parts << QStringLiteral("o.created_at >= ") + next(businessDayStartUtc(q.from).toSecsSinceEpoch());
    if (q.to.isValid())
        parts << QStringLiteral("o.created_at < ") + next(businessDayStartUtc(q.to.addDays(1)).toSecsSinceEpoch());
    if (withCursor && q.after) {
        const QString at = next(q.after->createdAt.toSecsSinceEpoch());
        const QString id = next(q.after->id);
        parts << QStringLiteral("(o.created_at, o.id) < (%1, %2)").arg(at, id);
    }
    if (!parts.isEmpty())
        m_where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void PgOrderFilter::bind(PgStatement &statement) const
{
    int i = 1;
    for (const QVariant &v : m_params) {
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            statement.bind(i++, v.toLongLong());
        else
            statement.bind(i++, v.toString());
    }
}

} // namespace peyvand
