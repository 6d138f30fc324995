#pragma once
// What a pipeline board shows: one card per open deal and, per stage, how
// many deals and how much money sit in it.
#include "Deal.h"

namespace peyvand {

struct DealCard
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString title;
    qint64 amount = 0; // Rials
    QDate expectedClose;
    qint64 ownerId = 0;
    qint64 stageId = 0;
    qint64 version = 0; // the deal's, for a move that checks it
    bool amountHidden = false; // amount 0: read for a user without view_deal_amounts
};

struct StageTotals
{
    qint64 stageId = 0;
    qint64 count = 0;
    qint64 amount = 0; // Rials
    bool amountHidden = false; // amount 0: read for a user without view_deal_amounts
};

// The probability-weighted amount of a stage: amount × probability / 100,
// rounded down, without overflowing for any Rial amount.
inline qint64 weightedAmount(qint64 amount, int probability)
{
    return amount / 100 * probability + amount % 100 * probability / 100;
}

// A stage change of one of a customer's deals, for the customer's timeline.
struct DealStageEvent
{
    DealStageChange change;
    QString dealTitle;
};

} // namespace peyvand
