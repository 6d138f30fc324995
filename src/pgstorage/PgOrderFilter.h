#pragma once
// The WHERE clause of the support desk's orders list on PostgreSQL and its
// parameters ($1… in order), matching SqliteOrderRepository's filter: the text
// is an order number (exact or its beginning), a phone or national code/ID of
// the customer (or of a contact person), or else parts of the customer's
// search text — every term a substring of customers.search_text, built by
// PgSearchCondition as for the customers list (LIKE over the pg_trgm GIN index,
// strpos for one- and two-letter terms; SQLite's grams answer the same
// question). `o` is orders.
#include "OrderQuery.h"

#include <QString>
#include <QVariantList>

namespace peyvand {

class PgConnection;
class PgStatement;

class PgOrderFilter
{
public:
    PgOrderFilter(PgConnection &connection, const OrderQuery &query, bool withCursor);

    const QString &where() const { return m_where; }
    int parameterCount() const { return int(m_params.size()); }
    void bind(PgStatement &statement) const;

private:
    QString next(const QVariant &value);

    QString m_where;
    QVariantList m_params;
};

} // namespace peyvand
