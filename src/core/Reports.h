#pragma once
// The figures of the manager reports, computed once by ReportService and shown
// as they are by the desktop Reports view and `peyvand-cli report`. Amounts are
// Rials; B2B is the legal-entity pipeline, B2C the individuals' pipeline.
#include "Customer.h"
#include "Deal.h"
#include "Order.h"
#include "Pipeline.h"
#include "ReportPeriod.h"

#include <QList>
#include <QString>
#include <optional>

namespace peyvand {

// Which pipelines (and, for activity and orders, which customers) a report covers.
enum class ReportScope { B2B, B2C, All };
template<> struct EnumInfo<ReportScope>
{
    static constexpr std::array<EnumRow<ReportScope>, 3> rows { { { ReportScope::B2B, "b2b", "شرکت‌ها (B2B)" },
                                                                  { ReportScope::B2C, "b2c", "اشخاص (B2C)" },
                                                                  { ReportScope::All, "all", "همه" } } };
};

struct ReportFilter
{
    ReportScope scope = ReportScope::All;
    qint64 ownerId = 0; // 0: every rep
    ReportPeriod period;
    int stuckDays = 7; // orders report: "stuck" when the status is older than this
};

// --- pipeline: open deals by stage -------------------------------------------
struct StageFigures
{
    Stage stage; // id, position, name, probability, outcome
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0; // weightedAmount(amount, probability) summed per deal
};
struct PipelineSection
{
    CustomerKind kind = CustomerKind::Legal; // Legal: B2B, Individual: B2C
    Pipeline pipeline;
    QList<StageFigures> stages; // every open stage in board order, zeros included
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0;
};
// Deals open now that were created on or before the period's end.
struct PipelineReport
{
    ReportFilter filter;
    QList<PipelineSection> sections; // B2B first; one per kind in scope
    // Computed for a user without view_deal_amounts: every amount (and weighted
    // amount) is 0 and must be shown as hidden, not as zero.
    bool amountsHidden = false;
};

// --- funnel, win rate, lost reasons -----------------------------------------
struct FunnelStep
{
    Stage stage;
    qint64 reached = 0; // deals that entered this stage at least once (or a later one)
    std::optional<double> conversion; // reached(next) / reached(this), none for the last step or 0 reached
};
struct WinRate
{
    qint64 won = 0;
    qint64 lost = 0;
    qint64 wonAmount = 0;
    qint64 lostAmount = 0;
    std::optional<double> byCount; // won / (won + lost), none when nothing closed
    std::optional<double> byAmount; // wonAmount / (wonAmount + lostAmount)
    qint64 averageWonAmount = 0;
    std::optional<double> averageCycleDays; // creation to close, won and lost deals
};
struct LostReasonFigures
{
    std::optional<LostReason> reason; // none: not given
    qint64 count = 0;
    qint64 amount = 0;
};
struct FunnelSection
{
    CustomerKind kind = CustomerKind::Legal;
    Pipeline pipeline;
    QList<FunnelStep> steps; // open stages in order, then the won stage
    WinRate winRate; // deals closed inside the period
    QList<LostReasonFigures> lostReasons; // deals lost inside the period, most first
};
// Funnel: deals created inside the period, from the stage history (a deal that
// went back a stage is counted once per stage). Win rate and lost reasons:
// deals closed inside the period, wherever they were created.
struct FunnelReport
{
    ReportFilter filter;
    QList<FunnelSection> sections;
    bool amountsHidden = false; // as PipelineReport's; byAmount none too
};

// --- forecast -----------------------------------------------------------------
struct ForecastMonth
{
    int jalaliYear = 0;
    int jalaliMonth = 0; // 1..12
    QDate firstDay;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0;
};
struct ForecastSection
{
    CustomerKind kind = CustomerKind::Legal;
    Pipeline pipeline;
    ForecastMonth overdue; // open deals expected to close before the first month, or with no date (jalaliMonth 0)
    QList<ForecastMonth> months; // six Jalali months, the first containing the later of today and the period's start
    qint64 weighted = 0; // of the six months
};
struct ForecastReport
{
    ReportFilter filter;
    QList<ForecastSection> sections;
    bool amountsHidden = false; // as PipelineReport's
};

// --- activity per rep -------------------------------------------------------------
struct ActivityWeek
{
    QDate weekStart; // a Saturday (or the period's first day); the week ends at the next Friday or the period's end
    qint64 calls = 0;
    qint64 meetings = 0;
    qint64 other = 0; // e-mail, SMS, note, task
};
struct RepActivity
{
    qint64 ownerId = 0;
    QString ownerName;
    QList<ActivityWeek> weeks; // every week of the period, zeros included
    qint64 calls = 0;
    qint64 meetings = 0;
    qint64 other = 0;
    qint64 overdueFollowUps = 0; // open follow-ups due before now
};
struct ActivityReport
{
    ReportFilter filter;
    QList<QDate> weekStarts;
    QList<RepActivity> reps; // every active rep (or the one asked for), including those with no activity
};

// --- orders -----------------------------------------------------------------------
struct OrderStatusFigures
{
    OrderStatus status = OrderStatus::Registered;
    qint64 count = 0;
    qint64 amount = 0;
};
struct StuckOrder
{
    qint64 orderId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    OrderStatus status = OrderStatus::Registered;
    QDateTime since; // when it entered its status
    qint64 days = 0; // whole days in the status until now
    qint64 total = 0;
};
// Orders created inside the period by their current status; stuck: orders of
// any date still registered/confirmed/paid/shipped for more than stuckDays.
struct OrdersReport
{
    ReportFilter filter;
    QList<OrderStatusFigures> statuses; // every status, in flow order, zeros included
    qint64 count = 0;
    qint64 amount = 0;
    QList<StuckOrder> stuck; // longest first, at most 500
    qint64 stuckCount = 0; // all of them
};

} // namespace peyvand
