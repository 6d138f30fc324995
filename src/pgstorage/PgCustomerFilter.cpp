#include "PgCustomerFilter.h"

#include "PersianText.h"
#include "PgSearchCondition.h"
#include "PgStatement.h"

namespace peyvand {

QString PgCustomerFilter::sortExpression(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("c.sort_name");
    case CustomerSort::CreatedAt:
        return QStringLiteral("c.created_at");
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::NationalId:
        return QStringLiteral("coalesce(c.national_id,'')");
    case CustomerSort::Phone:
        return QStringLiteral("coalesce(c.phone,'')");
    case CustomerSort::Industry:
        return QStringLiteral("coalesce(c.industry,'')");
    case CustomerSort::Email:
        return QStringLiteral("coalesce(c.email,'')");
    case CustomerSort::Lifecycle:
        return QStringLiteral("(CASE c.lifecycle WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 WHEN 'customer' THEN 2 "
                              "ELSE 3 END)");
    case CustomerSort::Owner:
        return QStringLiteral("coalesce(c.owner_id,0)");
    case CustomerSort::Id:
        break;
    }
    return QStringLiteral("c.id");
}

bool PgCustomerFilter::sortsByNumber(CustomerSort sort)
{
    return sort == CustomerSort::CreatedAt || sort == CustomerSort::Id || sort == CustomerSort::Lifecycle
        || sort == CustomerSort::Owner;
}

QString PgCustomerFilter::orderBy(const CustomerQuery &query)
{
    const QString order = query.descending ? QStringLiteral(" DESC") : QString();
    QString sql = QStringLiteral(" ORDER BY ") + sortExpression(query.sort) + order;
    if (query.sort != CustomerSort::Id)
        sql += QStringLiteral(", c.id") + order;
    return sql;
}

QString PgCustomerFilter::next(const QVariant &value)
{
    m_params << value;
    return QStringLiteral("$%1").arg(m_params.size());
}

PgCustomerFilter::PgCustomerFilter(const CustomerQuery &q, bool withCursor)
{
    QStringList parts;
    if (q.kind)
        parts << QStringLiteral("c.kind = ") + next(toCode(*q.kind));
    if (q.ownerId)
        parts << QStringLiteral("c.owner_id = ") + next(*q.ownerId);
    if (q.lifecycle) // the lifecycle sort's expression, so its index serves the filter too
        parts << sortExpression(CustomerSort::Lifecycle) + QStringLiteral(" = ") + next(qint64(*q.lifecycle));
    if (!q.city.isEmpty())
        parts << QStringLiteral("c.city = ") + next(PersianText::tidy(q.city));
    if (!q.tag.isEmpty())
        parts << QStringLiteral("EXISTS (SELECT 1 FROM customer_tags t WHERE t.tag = %1 AND t.customer_id = c.id)")
                     .arg(next(PersianText::tidy(q.tag)));
    const PgSearchCondition::Condition search
        = PgSearchCondition::forQuery(QStringLiteral("c.search_text"), q.text, int(m_params.size()) + 1);
    parts << search.clauses;
    for (const QString &param : search.params)
        m_params << param;
    if (withCursor && q.after) {
        const QString op = q.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (q.sort == CustomerSort::Id) {
            parts << QStringLiteral("c.id %1 ").arg(op) + next(q.after->id);
        } else {
            const QVariant value = sortsByNumber(q.sort) ? QVariant(q.after->sortValue.toLongLong())
                                                         : QVariant(q.after->sortValue.toString());
            const QString valueParam = next(value);
            parts << QStringLiteral("(%1, c.id) %2 (%3, %4)")
                         .arg(sortExpression(q.sort), op, valueParam, next(q.after->id));
        }
    }
    if (!parts.isEmpty())
        m_where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void PgCustomerFilter::bind(PgStatement &q) const
{
    int i = 1;
    for (const QVariant &v : m_params) {
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            q.bind(i++, v.toLongLong());
        else
            q.bind(i++, v.toString());
    }
}

} // namespace peyvand
