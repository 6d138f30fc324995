#pragma once
// Deals, their buying-center contacts and stage history in PostgreSQL; the
// same rows and answers as SqliteDealRepository. A session whose role may not
// read deals.amount (support, PgAccessSetup) reads every amount as 0, checked
// once per repository; DealService already hides amounts from that role.
#include "DealRepository.h"

#include <optional>

namespace peyvand {

class PgConnection;

class PgDealRepository final : public DealRepository
{
public:
    explicit PgDealRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    qint64 add(const Deal &deal, qint64 createdBy) override;
    qint64 update(const Deal &deal) override;
    std::optional<Deal> get(qint64 id) const override;
    QList<Deal> forCustomer(qint64 customerId, bool openOnly) const override;
    void recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId) override;
    QList<DealStageChange> history(qint64 dealId) const override;
    QList<DealCard> openCards(qint64 stageId, qint64 ownerId, int limit) const override;
    QList<StageTotals> openTotals(qint64 pipelineId, qint64 ownerId) const override;
    QList<DealStageEvent> stageEventsForCustomer(qint64 customerId, int limit) const override;

    // Whether this connection may read deals.amount (has_column_privilege, asked once).
    bool amountsReadable() const;

private:
    QString amount(const QString &expression) const;
    QString selectDeals() const;
    void writeContacts(const Deal &deal);
    void insertHistory(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 changedBy);
    PgConnection &m_connection;
    mutable std::optional<bool> m_amountsReadable;
};

} // namespace peyvand
