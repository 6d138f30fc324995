#include "ReportJson.h"

#include "JalaliDate.h"
#include "JsonFormat.h"
#include "ReportTables.h"

namespace peyvand::cli::ReportJson {

using JsonFormat::text;
using nlohmann::json;

namespace {

json ratio(const std::optional<double> &value)
{
    return value ? json(*value) : json(nullptr);
}

json header(const char *name, const ReportFilter &f)
{
    return json { { "report", name },
                  { "filter",
                    { { "kind", text(toCode(f.scope)) },
                      { "owner_id", f.ownerId ? json(f.ownerId) : json(nullptr) },
                      { "from", day(f.period.from) },
                      { "to", day(f.period.to) },
                      { "stuck_days", f.stuckDays } } } };
}

json sectionHead(CustomerKind kind, const Pipeline &p)
{
    return json { { "kind", text(ReportTables::scopeCode(kind)) },
                  { "pipeline", { { "id", p.id }, { "name", text(p.name) } } } };
}

json stage(const Stage &s)
{
    return json { { "stage_id", s.id },
                  { "position", s.position },
                  { "name", text(s.name) },
                  { "probability", s.probability },
                  { "outcome", text(toCode(s.outcome)) } };
}

json figures(qint64 count, qint64 amount, qint64 weighted)
{
    return json { { "count", count }, { "amount", amount }, { "weighted", weighted } };
}

} // namespace

json day(const QDate &d)
{
    if (!d.isValid())
        return nullptr;
    return json { { "date", d.toString(Qt::ISODate).toStdString() }, { "jalali", text(JalaliDate::format(d)) } };
}

json of(const PipelineReport &r)
{
    json doc = header("pipeline", r.filter);
    json sections = json::array();
    for (const PipelineSection &s : r.sections) {
        json section = sectionHead(s.kind, s.pipeline);
        json stages = json::array();
        for (const StageFigures &f : s.stages) {
            json row = stage(f.stage);
            row.update(figures(f.count, f.amount, f.weighted));
            stages.push_back(row);
        }
        section["stages"] = stages;
        section.update(figures(s.count, s.amount, s.weighted));
        sections.push_back(section);
    }
    doc["sections"] = sections;
    return doc;
}

json of(const FunnelReport &r)
{
    json doc = header("funnel", r.filter);
    json sections = json::array();
    for (const FunnelSection &s : r.sections) {
        json section = sectionHead(s.kind, s.pipeline);
        json steps = json::array();
        for (const FunnelStep &step : s.steps) {
            json row = stage(step.stage);
            row["reached"] = step.reached;
            row["conversion"] = ratio(step.conversion);
            steps.push_back(row);
        }
        section["steps"] = steps;
        const WinRate &w = s.winRate;
        section["win_rate"] = json { { "won", w.won },
                                     { "lost", w.lost },
                                     { "won_amount", w.wonAmount },
                                     { "lost_amount", w.lostAmount },
                                     { "by_count", ratio(w.byCount) },
                                     { "by_amount", ratio(w.byAmount) },
                                     { "average_won_amount", w.averageWonAmount },
                                     { "average_cycle_days", ratio(w.averageCycleDays) } };
        json reasons = json::array();
        for (const LostReasonFigures &f : s.lostReasons)
            reasons.push_back(json { { "reason", f.reason ? json(text(toCode(*f.reason))) : json(nullptr) },
                                     { "count", f.count },
                                     { "amount", f.amount } });
        section["lost_reasons"] = reasons;
        sections.push_back(section);
    }
    doc["sections"] = sections;
    return doc;
}

json of(const ForecastReport &r)
{
    json doc = header("forecast", r.filter);
    json sections = json::array();
    for (const ForecastSection &s : r.sections) {
        json section = sectionHead(s.kind, s.pipeline);
        section["overdue"] = figures(s.overdue.count, s.overdue.amount, s.overdue.weighted);
        json months = json::array();
        for (const ForecastMonth &m : s.months) {
            json row { { "year", m.jalaliYear }, { "month", m.jalaliMonth }, { "first_day", day(m.firstDay) } };
            row.update(figures(m.count, m.amount, m.weighted));
            months.push_back(row);
        }
        section["months"] = months;
        section["weighted"] = s.weighted;
        sections.push_back(section);
    }
    doc["sections"] = sections;
    return doc;
}

json of(const ActivityReport &r)
{
    json doc = header("activity", r.filter);
    json weeks = json::array();
    for (const QDate &w : r.weekStarts)
        weeks.push_back(day(w));
    doc["week_starts"] = weeks;
    json reps = json::array();
    for (const RepActivity &rep : r.reps) {
        json repWeeks = json::array();
        for (const ActivityWeek &w : rep.weeks)
            repWeeks.push_back(json { { "start", day(w.weekStart) },
                                      { "calls", w.calls },
                                      { "meetings", w.meetings },
                                      { "other", w.other } });
        reps.push_back(json { { "owner_id", rep.ownerId ? json(rep.ownerId) : json(nullptr) },
                              { "name", text(rep.ownerName) },
                              { "calls", rep.calls },
                              { "meetings", rep.meetings },
                              { "other", rep.other },
                              { "overdue_follow_ups", rep.overdueFollowUps },
                              { "weeks", repWeeks } });
    }
    doc["reps"] = reps;
    return doc;
}

json of(const OrdersReport &r)
{
    json doc = header("orders", r.filter);
    json statuses = json::array();
    for (const OrderStatusFigures &f : r.statuses)
        statuses.push_back(json { { "status", text(toCode(f.status)) }, { "count", f.count }, { "amount", f.amount } });
    doc["statuses"] = statuses;
    doc["count"] = r.count;
    doc["amount"] = r.amount;
    json stuck = json::array();
    for (const StuckOrder &s : r.stuck)
        stuck.push_back(json { { "order_id", s.orderId },
                               { "number", text(s.number) },
                               { "customer_id", s.customerId },
                               { "customer", text(s.customerName) },
                               { "status", text(toCode(s.status)) },
                               { "since", JsonFormat::timestamp(s.since) },
                               { "since_day", day(businessDay(s.since)) },
                               { "days", s.days },
                               { "total", s.total } });
    doc["stuck"] = stuck;
    doc["stuck_count"] = r.stuckCount;
    return doc;
}

} // namespace peyvand::cli::ReportJson
