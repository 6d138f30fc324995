#pragma once
// A sales opportunity (فرصت فروش) moving through one pipeline, with the history
// of the stages it entered and left.
#include "EnumText.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace peyvand {

enum class DealStatus { Open, Won, Lost };
enum class LostReason { Price, Competitor, Budget, NoTrust, NoPerceivedValue, FearOfDependence, Timing };

template<> struct EnumInfo<DealStatus>
{
    static constexpr std::array<EnumRow<DealStatus>, 3> rows { { { DealStatus::Open, "open", "باز" },
                                                                 { DealStatus::Won, "won", "برنده" },
                                                                 { DealStatus::Lost, "lost", "از دست رفته" } } };
};
template<> struct EnumInfo<LostReason>
{
    static constexpr std::array<EnumRow<LostReason>, 7> rows {
        { { LostReason::Price, "price", "قیمت" },
          { LostReason::Competitor, "competitor", "رقیب" },
          { LostReason::Budget, "budget", "بودجه" },
          { LostReason::NoTrust, "no_trust", "عدم اعتماد" },
          { LostReason::NoPerceivedValue, "no_value", "ارزش درک‌نشده" },
          { LostReason::FearOfDependence, "dependence", "ترس از وابستگی" },
          { LostReason::Timing, "timing", "زمان‌بندی" } }
    };
};

struct DealStageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 stageId = 0;
    QDateTime enteredAt;
    QDateTime leftAt; // invalid while the deal is still in the stage
    qint64 changedBy = 0;
};

struct Deal
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString title;
    qint64 amount = 0; // Rials
    // Set (and amount 0) when a service read the deal for a user without
    // view_deal_amounts (support): show no amount, not a zero.
    bool amountHidden = false;
    QDate expectedClose;
    qint64 ownerId = 0;
    DealStatus status = DealStatus::Open;
    std::optional<LostReason> lostReason;
    QList<qint64> contactIds; // buying-center contacts involved
    QDateTime createdAt;
    QDateTime closedAt;
    qint64 version = 0; // as Customer::version; the buying-center contacts are part of it
};

} // namespace peyvand
