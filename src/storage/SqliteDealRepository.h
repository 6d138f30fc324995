#pragma once
// Deals, their contacts and stage history in SQLite.
#include "DealRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteDealRepository final : public DealRepository
{
public:
    explicit SqliteDealRepository(SqliteDatabase &db)
        : m_db(db)
    {
    }
    qint64 add(const Deal &deal) override;
    void update(const Deal &deal) override;
    std::optional<Deal> get(qint64 id) const override;
    QList<Deal> forCustomer(qint64 customerId, bool openOnly) const override;
    void recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId) override;
    QList<DealStageChange> history(qint64 dealId) const override;

private:
    void writeContacts(const Deal &deal);
    SqliteDatabase &m_db;
};

} // namespace peyvand
