#pragma once
// The WHERE clause and ORDER BY of a customer list on PostgreSQL, built from a
// CustomerQuery with SQLite's meaning (SqliteCustomerRepository): the same
// filters, the same sort expressions (each exactly the one of its index
// `(kind, value, id)` in PgSchemaTables, NULL-able columns as coalesce(…, '')),
// and key paging: `(value, id) > ($n, $m)` after the cursor, never OFFSET.
// Text search is PgSearchCondition's. The database sorts text by code point
// (collation C, docs/team-mode.md), as SQLite's BINARY does.
//
// Unlike SQLite, PostgreSQL's planner has statistics of the trigram index and
// the sort indexes, so the repository does not choose a plan by the match
// count (CustomerQuery::matchCount is not needed here).
#include "CustomerQuery.h"

#include <QVariantList>

namespace peyvand {

class PgStatement;

class PgCustomerFilter
{
public:
    PgCustomerFilter(const CustomerQuery &query, bool withCursor);

    // " WHERE …" or empty.
    const QString &where() const { return m_where; }
    // How many parameters where() uses ($1…$n); the next free one is n + 1.
    int paramCount() const { return int(m_params.size()); }
    void bind(PgStatement &q) const;

    // The sort's expression and " ORDER BY expr[ DESC], c.id[ DESC]".
    static QString sortExpression(CustomerSort sort);
    static QString orderBy(const CustomerQuery &query);
    static bool sortsByNumber(CustomerSort sort);

private:
    QString next(const QVariant &value);

    QString m_where;
    QVariantList m_params;
};

} // namespace peyvand
