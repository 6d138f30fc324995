#include "ReportService.h"

#include "AccessPolicy.h"
#include "DealBoard.h"
#include "JalaliDate.h"
#include "ValidationError.h"

#include <algorithm>

namespace peyvand {

namespace {

QList<CustomerKind> kindsOf(ReportScope scope)
{
    switch (scope) {
    case ReportScope::B2B:
        return { CustomerKind::Legal };
    case ReportScope::B2C:
        return { CustomerKind::Individual };
    case ReportScope::All:
        break;
    }
    return { CustomerKind::Legal, CustomerKind::Individual };
}

std::optional<CustomerKind> kindFilter(ReportScope scope)
{
    switch (scope) {
    case ReportScope::B2B:
        return CustomerKind::Legal;
    case ReportScope::B2C:
        return CustomerKind::Individual;
    case ReportScope::All:
        break;
    }
    return std::nullopt;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// For a user without view_deal_amounts: no amount is left in a deal report.
void hideAmounts(PipelineReport &r)
{
    r.amountsHidden = true;
    for (PipelineSection &s : r.sections) {
        s.amount = s.weighted = 0;
        for (StageFigures &f : s.stages)
            f.amount = f.weighted = 0;
    }
}

void hideAmounts(FunnelReport &r)
{
    r.amountsHidden = true;
    for (FunnelSection &s : r.sections) {
        WinRate &w = s.winRate;
        w.wonAmount = w.lostAmount = w.averageWonAmount = 0;
        w.byAmount.reset();
        for (LostReasonFigures &f : s.lostReasons)
            f.amount = 0;
    }
}

void hideAmounts(ForecastReport &r)
{
    r.amountsHidden = true;
    for (ForecastSection &s : r.sections) {
        s.weighted = 0;
        s.overdue.amount = s.overdue.weighted = 0;
        for (ForecastMonth &m : s.months)
            m.amount = m.weighted = 0;
    }
}

} // namespace

ReportService::ReportService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

// Throws on a bad filter; returns the pipelines of the kinds in scope.
static QList<Pipeline> checkedPipelines(DataStore &store, const ReportFilter &filter)
{
    ReportPeriod::custom(filter.period.from, filter.period.to);
    if (filter.ownerId < 0 || (filter.ownerId && !store.users().get(filter.ownerId)))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(filter.ownerId));
    if (filter.stuckDays < 0)
        throw ValidationError(QStringLiteral("stuck_days"), QStringLiteral("negative"),
                              QStringLiteral("the number of days must not be negative"),
                              QStringLiteral("تعداد روز نمی‌تواند منفی باشد"));
    QList<Pipeline> out;
    for (CustomerKind kind : kindsOf(filter.scope)) {
        const auto pipeline = store.pipelines().defaultFor(kind);
        if (!pipeline)
            throw NotFoundError(QStringLiteral("kind"), QStringLiteral("pipeline"), toCode(kind));
        out << *pipeline;
    }
    return out;
}

PipelineReport ReportService::pipeline(const ReportFilter &filter) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewPipelineReports);
    PipelineReport report { filter, {} };
    for (const Pipeline &p : checkedPipelines(m_store, filter)) {
        PipelineSection section;
        section.kind = p.kind;
        section.pipeline = p;
        const auto rows = m_store.reports().openByStage(p.id, filter.ownerId, filter.period.endUtc());
        for (const Stage &stage : p.stages) {
            if (stage.outcome != StageOutcome::Open)
                continue;
            StageFigures f;
            f.stage = stage;
            for (const StageAggregate &row : rows)
                if (row.stageId == stage.id) {
                    f.count = row.count;
                    f.amount = row.amount;
                    f.weighted = row.weighted;
                }
            section.count += f.count;
            section.amount += f.amount;
            section.weighted += f.weighted;
            section.stages << f;
        }
        report.sections << section;
    }
    if (!AccessPolicy::allows(m_store.actor(), Permission::ViewDealAmounts))
        hideAmounts(report);
    return report;
}

FunnelReport ReportService::funnel(const ReportFilter &filter) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewPipelineReports);
    FunnelReport report { filter, {} };
    const QDateTime from = filter.period.startUtc();
    const QDateTime to = filter.period.endUtc();
    for (const Pipeline &p : checkedPipelines(m_store, filter)) {
        FunnelSection section;
        section.kind = p.kind;
        section.pipeline = p;

        const auto reached = m_store.reports().reachedByPosition(p.id, filter.ownerId, from, to);
        for (const Stage &stage : p.stages) {
            if (stage.outcome == StageOutcome::Lost)
                continue;
            FunnelStep step;
            step.stage = stage;
            for (const ReachedAggregate &r : reached)
                if (r.position >= stage.position)
                    step.reached += r.count;
            section.steps << step;
            if (stage.outcome == StageOutcome::Won)
                break; // open stages, then the won stage
        }
        for (qsizetype i = 0; i + 1 < section.steps.size(); ++i)
            section.steps[i].conversion = ratio(section.steps[i + 1].reached, section.steps[i].reached);

        WinRate &w = section.winRate;
        qint64 cycleSeconds = 0;
        for (const ClosedAggregate &c : m_store.reports().closedByOutcome(p.id, filter.ownerId, from, to)) {
            cycleSeconds += c.cycleSeconds;
            if (c.status == DealStatus::Won) {
                w.won += c.count;
                w.wonAmount += c.amount;
                continue;
            }
            w.lost += c.count;
            w.lostAmount += c.amount;
            auto it = std::find_if(section.lostReasons.begin(), section.lostReasons.end(),
                                   [&](const LostReasonFigures &f) { return f.reason == c.lostReason; });
            if (it == section.lostReasons.end())
                section.lostReasons << LostReasonFigures { c.lostReason, c.count, c.amount };
            else {
                it->count += c.count;
                it->amount += c.amount;
            }
        }
        w.byCount = ratio(w.won, w.won + w.lost);
        w.byAmount = ratio(w.wonAmount, w.wonAmount + w.lostAmount);
        w.averageWonAmount = w.won ? w.wonAmount / w.won : 0;
        if (w.won + w.lost > 0)
            w.averageCycleDays = double(cycleSeconds) / 86400.0 / double(w.won + w.lost);
        std::stable_sort(section.lostReasons.begin(), section.lostReasons.end(),
                         [](const LostReasonFigures &a, const LostReasonFigures &b) {
                             if (a.count != b.count)
                                 return a.count > b.count;
                             if (a.amount != b.amount)
                                 return a.amount > b.amount;
                             // A given reason in enum order; "not given" last.
                             return a.reason.has_value() && (!b.reason || int(*a.reason) < int(*b.reason));
                         });
        report.sections << section;
    }
    if (!AccessPolicy::allows(m_store.actor(), Permission::ViewDealAmounts))
        hideAmounts(report);
    return report;
}

ForecastReport ReportService::forecast(const ReportFilter &filter) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewPipelineReports);
    ForecastReport report { filter, {} };
    const QList<Pipeline> pipelines = checkedPipelines(m_store, filter);
    const QDate today = businessDay(m_clock.now());
    const QDate start = std::max(today, filter.period.from);
    QList<ForecastMonth> months;
    int y = JalaliDate::year(start);
    int m = JalaliDate::month(start);
    for (int i = 0; i < 6; ++i) {
        ForecastMonth month;
        month.jalaliYear = y;
        month.jalaliMonth = m;
        month.firstDay = JalaliDate::fromJalali(y, m, 1);
        months << month;
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    const QDate until = JalaliDate::fromJalali(y, m, 1);
    const QDate first = months.front().firstDay;

    for (const Pipeline &p : pipelines) {
        ForecastSection section;
        section.kind = p.kind;
        section.pipeline = p;
        section.months = months;
        const auto rows
            = m_store.reports().openByExpectedClose(p.id, filter.ownerId, filter.period.endUtc(), first, until);
        for (const ExpectedCloseAggregate &row : rows) {
            ForecastMonth *target = &section.overdue;
            if (row.expectedClose.isValid()) {
                for (qsizetype i = section.months.size() - 1; i >= 0; --i)
                    if (row.expectedClose >= section.months[i].firstDay) {
                        target = &section.months[i];
                        break;
                    }
            }
            target->count += row.count;
            target->amount += row.amount;
            target->weighted += row.weighted;
        }
        for (const ForecastMonth &month : section.months)
            section.weighted += month.weighted;
        report.sections << section;
    }
    if (!AccessPolicy::allows(m_store.actor(), Permission::ViewDealAmounts))
        hideAmounts(report);
    return report;
}

ActivityReport ReportService::activity(const ReportFilter &filter) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewPipelineReports);
    checkedPipelines(m_store, filter);
    ActivityReport report { filter, {}, {} };
    const QDate from = filter.period.from;
    const QDate to = filter.period.to;
    report.weekStarts << from;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (d.dayOfWeek() == Qt::Saturday)
            report.weekStarts << d;
    auto weekIndex = [&](const QDate &day) {
        const auto it = std::upper_bound(report.weekStarts.cbegin(), report.weekStarts.cend(), day);
        return qsizetype(it - report.weekStarts.cbegin()) - 1;
    };

    // Every active sales rep (or the one asked for), then anyone else with figures.
    QList<User> users = m_store.users().all();
    QHash<qint64, qsizetype> index;
    auto repFor = [&](qint64 ownerId) -> RepActivity & {
        if (!index.contains(ownerId)) {
            RepActivity rep;
            rep.ownerId = ownerId;
            for (const User &u : users)
                if (u.id == ownerId)
                    rep.ownerName = u.fullName.isEmpty() ? u.username : u.fullName;
            for (const QDate &w : report.weekStarts)
                rep.weeks << ActivityWeek { w, 0, 0, 0 };
            index.insert(ownerId, report.reps.size());
            report.reps << rep;
        }
        return report.reps[index.value(ownerId)];
    };
    if (filter.ownerId) {
        repFor(filter.ownerId);
    } else {
        for (const User &u : users)
            if (u.active && u.role == UserRole::SalesRep)
                repFor(u.id);
    }

    const auto kind = kindFilter(filter.scope);
    for (const ActivityDayAggregate &row : m_store.reports().activityByDay(kind, filter.ownerId, from, to)) {
        if (row.count == 0)
            continue;
        RepActivity &rep = repFor(row.ownerId);
        const qsizetype w = weekIndex(row.day);
        if (w < 0 || w >= rep.weeks.size())
            continue;
        ActivityWeek &week = rep.weeks[w];
        if (row.type == ActivityType::Call) {
            week.calls += row.count;
            rep.calls += row.count;
        } else if (row.type == ActivityType::Meeting) {
            week.meetings += row.count;
            rep.meetings += row.count;
        } else {
            week.other += row.count;
            rep.other += row.count;
        }
    }
    for (const OwnerCount &row : m_store.reports().overdueFollowUps(kind, filter.ownerId, m_clock.now()))
        if (row.count)
            repFor(row.ownerId).overdueFollowUps += row.count;
    return report;
}

OrdersReport ReportService::orders(const ReportFilter &filter) const
{
    AccessPolicy::require(m_store.actor(), Permission::ViewOrderReports);
    checkedPipelines(m_store, filter);
    OrdersReport report;
    report.filter = filter;
    const auto kind = kindFilter(filter.scope);
    const auto rows = m_store.reports().ordersByStatus(kind, filter.ownerId, filter.period.from, filter.period.to);
    for (const auto &row : EnumInfo<OrderStatus>::rows) {
        OrderStatusFigures f;
        f.status = row.value;
        for (const OrderStatusAggregate &a : rows)
            if (a.status == row.value) {
                f.count += a.count;
                f.amount += a.amount;
            }
        report.count += f.count;
        report.amount += f.amount;
        report.statuses << f;
    }
    const QDateTime now = m_clock.now();
    const QDateTime before = now.addSecs(-qint64(filter.stuckDays) * 86400);
    report.stuck = m_store.reports().stuckOrders(kind, filter.ownerId, before, 500);
    for (StuckOrder &s : report.stuck)
        s.days = s.since.isValid() ? s.since.secsTo(now) / 86400 : 0;
    report.stuckCount = m_store.reports().stuckOrderCount(kind, filter.ownerId, before);
    return report;
}

} // namespace peyvand
