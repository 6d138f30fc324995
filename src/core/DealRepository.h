#pragma once
// Deals and their stage history.
#include "Deal.h"

#include <QList>
#include <optional>

namespace peyvand {

class DealRepository
{
public:
    virtual ~DealRepository() = default;
    virtual qint64 add(const Deal &deal) = 0; // also opens the first stage history row
    virtual void update(const Deal &deal) = 0;
    virtual std::optional<Deal> get(qint64 id) const = 0;
    virtual QList<Deal> forCustomer(qint64 customerId, bool openOnly) const = 0;
    // Closes the current history row and opens one for the new stage.
    virtual void recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId) = 0;
    virtual QList<DealStageChange> history(qint64 dealId) const = 0;
};

} // namespace peyvand
