#include "ReportTables.h"

#include "JalaliDate.h"

#include <QLocale>

namespace peyvand::ReportTables {

namespace {

using Type = ReportColumn::Type;

QString t(bool persian, const char *english, const char *farsi)
{
    return persian ? QString::fromUtf8(farsi) : QString::fromUtf8(english);
}

template<typename E> QString label(E value, bool persian)
{
    return persian ? toPersian(value) : toCode(value);
}

QVariant percent(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString sectionEnglish(CustomerKind kind)
{
    return kind == CustomerKind::Legal ? QStringLiteral("B2B") : QStringLiteral("B2C");
}

QString sectionPersian(CustomerKind kind)
{
    return kind == CustomerKind::Legal ? QStringLiteral("شرکت‌ها") : QStringLiteral("اشخاص");
}

ReportTable table(const QString &code, const QString &english, const QString &persian)
{
    ReportTable out;
    out.code = code;
    out.english = english;
    out.persian = persian;
    return out;
}

ReportColumn column(const char *code, const char *english, const char *persian, Type type)
{
    return ReportColumn { QString::fromLatin1(code), QString::fromUtf8(english), QString::fromUtf8(persian), type };
}

QString monthLabel(int year, int month, bool persian)
{
    if (persian)
        return JalaliDate::calendar().monthName(QLocale(QLocale::Persian, QLocale::Iran), month, year)
            + QLatin1Char(' ') + QString::number(year);
    return QStringLiteral("%1/%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

QString repName(const RepActivity &rep, bool persian)
{
    if (!rep.ownerName.isEmpty())
        return rep.ownerName;
    if (rep.ownerId == 0)
        return t(persian, "(no owner)", "(بدون کارشناس)");
    return QStringLiteral("#%1").arg(rep.ownerId);
}

} // namespace

QString scopeCode(CustomerKind kind)
{
    return kind == CustomerKind::Legal ? QStringLiteral("b2b") : QStringLiteral("b2c");
}

QList<ReportTable> of(const PipelineReport &report, bool persian)
{
    QList<ReportTable> out;
    for (const PipelineSection &s : report.sections) {
        ReportTable tb = table(
            QStringLiteral("pipeline_") + scopeCode(s.kind),
            QStringLiteral("Open deals by stage (%1)").arg(sectionEnglish(s.kind)),
            QStringLiteral("فرصت‌های باز به تفکیک مرحله (%1)").arg(sectionPersian(s.kind)));
        tb.columns
            = { column("stage", "Stage", "مرحله", Type::Text),
                column("probability", "Probability", "احتمال", Type::Percent),
                column("count", "Deals", "تعداد", Type::Integer), column("amount", "Amount", "مبلغ", Type::Money),
                column("weighted", "Weighted amount", "مبلغ وزنی", Type::Money) };
        for (const StageFigures &f : s.stages)
            tb.rows << QList<QVariant> { f.stage.name, f.stage.probability / 100.0, f.count, f.amount, f.weighted };
        out << tb;
    }
    return out;
}

QList<ReportTable> of(const FunnelReport &report, bool persian)
{
    QList<ReportTable> out;
    ReportTable win = table(QStringLiteral("win_rate"), QStringLiteral("Win rate and sales cycle"),
                            QStringLiteral("نرخ موفقیت و طول چرخه فروش"));
    win.columns = { column("segment", "Pipeline", "بخش", Type::Text),
                    column("won", "Won", "برنده", Type::Integer),
                    column("lost", "Lost", "از دست رفته", Type::Integer),
                    column("won_amount", "Won amount", "مبلغ برنده", Type::Money),
                    column("lost_amount", "Lost amount", "مبلغ از دست رفته", Type::Money),
                    column("win_rate_count", "Win rate by count", "نرخ موفقیت (تعداد)", Type::Percent),
                    column("win_rate_amount", "Win rate by amount", "نرخ موفقیت (مبلغ)", Type::Percent),
                    column("average_won_amount", "Average won deal", "میانگین فرصت برنده", Type::Money),
                    column("average_cycle_days", "Average sales cycle (days)", "میانگین چرخه فروش (روز)", Type::Days) };
    for (const FunnelSection &s : report.sections) {
        ReportTable funnel = table(QStringLiteral("funnel_") + scopeCode(s.kind),
                                   QStringLiteral("Funnel (%1)").arg(sectionEnglish(s.kind)),
                                   QStringLiteral("قیف فروش (%1)").arg(sectionPersian(s.kind)));
        funnel.columns = { column("stage", "Stage", "مرحله", Type::Text),
                           column("reached", "Deals reached", "فرصت‌های رسیده", Type::Integer),
                           column("conversion", "Conversion to next stage", "تبدیل به مرحله بعد", Type::Percent) };
        for (const FunnelStep &step : s.steps)
            funnel.rows << QList<QVariant> { step.stage.name, step.reached, percent(step.conversion) };
        out << funnel;

        const WinRate &w = s.winRate;
        win.rows << QList<QVariant> { persian ? sectionPersian(s.kind) : sectionEnglish(s.kind),
                                      w.won,
                                      w.lost,
                                      w.wonAmount,
                                      w.lostAmount,
                                      percent(w.byCount),
                                      percent(w.byAmount),
                                      w.averageWonAmount,
                                      w.averageCycleDays ? QVariant(*w.averageCycleDays) : QVariant() };

        ReportTable lost = table(QStringLiteral("lost_reasons_") + scopeCode(s.kind),
                                 QStringLiteral("Lost reasons (%1)").arg(sectionEnglish(s.kind)),
                                 QStringLiteral("دلایل از دست رفتن (%1)").arg(sectionPersian(s.kind)));
        lost.columns
            = { column("reason", "Reason", "دلیل", Type::Text), column("count", "Deals", "تعداد", Type::Integer),
                column("amount", "Amount", "مبلغ", Type::Money) };
        for (const LostReasonFigures &f : s.lostReasons)
            lost.rows << QList<QVariant> { f.reason ? label(*f.reason, persian) : t(persian, "not given", "ذکر نشده"),
                                           f.count, f.amount };
        out << lost;
    }
    // Funnels, then win rate B2B beside B2C, then lost reasons: keep the
    // per-section order (funnel, lost reasons) and put the win rate after the funnels.
    QList<ReportTable> ordered;
    for (const ReportTable &tb : out)
        if (tb.code.startsWith(QLatin1String("funnel_")))
            ordered << tb;
    ordered << win;
    for (const ReportTable &tb : out)
        if (tb.code.startsWith(QLatin1String("lost_reasons_")))
            ordered << tb;
    return ordered;
}

QList<ReportTable> of(const ForecastReport &report, bool persian)
{
    QList<ReportTable> out;
    for (const ForecastSection &s : report.sections) {
        ReportTable tb = table(QStringLiteral("forecast_") + scopeCode(s.kind),
                               QStringLiteral("Forecast by expected close month (%1)").arg(sectionEnglish(s.kind)),
                               QStringLiteral("پیش‌بینی به تفکیک ماه بسته شدن (%1)")
                                   .arg(sectionPersian(s.kind)));
        tb.columns
            = { column("month", "Month", "ماه", Type::Text), column("first_day", "From", "از", Type::Date),
                column("count", "Deals", "تعداد", Type::Integer), column("amount", "Amount", "مبلغ", Type::Money),
                column("weighted", "Weighted amount", "مبلغ وزنی", Type::Money) };
        tb.rows << QList<QVariant> { t(persian, "overdue or no date", "گذشته یا بدون تاریخ"), QVariant(),
                                     s.overdue.count, s.overdue.amount, s.overdue.weighted };
        for (const ForecastMonth &m : s.months)
            tb.rows << QList<QVariant> { monthLabel(m.jalaliYear, m.jalaliMonth, persian), m.firstDay, m.count,
                                         m.amount, m.weighted };
        out << tb;
    }
    return out;
}

QList<ReportTable> of(const ActivityReport &report, bool persian)
{
    ReportTable reps = table(QStringLiteral("activity_reps"), QStringLiteral("Activity per rep"),
                             QStringLiteral("فعالیت هر کارشناس"));
    reps.columns
        = { column("rep", "Rep", "کارشناس", Type::Text), column("calls", "Calls", "تماس", Type::Integer),
            column("meetings", "Meetings", "جلسه", Type::Integer), column("other", "Other", "سایر", Type::Integer),
            column("overdue_follow_ups", "Overdue follow-ups", "پیگیری‌های عقب‌افتاده",
                   Type::Integer) };
    ReportTable weeks = table(QStringLiteral("activity_weeks"), QStringLiteral("Activity per rep and week"),
                              QStringLiteral("فعالیت هر کارشناس در هر هفته"));
    weeks.columns
        = { column("rep", "Rep", "کارشناس", Type::Text), column("week_start", "Week from", "هفته از", Type::Date),
            column("calls", "Calls", "تماس", Type::Integer), column("meetings", "Meetings", "جلسه", Type::Integer),
            column("other", "Other", "سایر", Type::Integer) };
    for (const RepActivity &rep : report.reps) {
        const QString name = repName(rep, persian);
        reps.rows << QList<QVariant> { name, rep.calls, rep.meetings, rep.other, rep.overdueFollowUps };
        for (const ActivityWeek &w : rep.weeks)
            weeks.rows << QList<QVariant> { name, w.weekStart, w.calls, w.meetings, w.other };
    }
    return { reps, weeks };
}

QList<ReportTable> of(const OrdersReport &report, bool persian)
{
    ReportTable statuses = table(QStringLiteral("orders_by_status"), QStringLiteral("Orders by status"),
                                 QStringLiteral("سفارش‌ها به تفکیک وضعیت"));
    statuses.columns
        = { column("status", "Status", "وضعیت", Type::Text), column("count", "Orders", "تعداد", Type::Integer),
            column("amount", "Amount", "مبلغ", Type::Money) };
    for (const OrderStatusFigures &f : report.statuses)
        statuses.rows << QList<QVariant> { label(f.status, persian), f.count, f.amount };

    ReportTable stuck
        = table(QStringLiteral("stuck_orders"),
                QStringLiteral("Orders stuck more than %1 days in a status").arg(report.filter.stuckDays),
                QStringLiteral("سفارش‌های مانده بیش از %1 روز در یک وضعیت")
                    .arg(report.filter.stuckDays));
    stuck.columns
        = { column("number", "Order", "سفارش", Type::Text),  column("customer", "Customer", "مشتری", Type::Text),
            column("status", "Status", "وضعیت", Type::Text), column("since", "Since", "از تاریخ", Type::Date),
            column("days", "Days", "روز", Type::Integer),    column("total", "Total", "مبلغ", Type::Money) };
    for (const StuckOrder &s : report.stuck)
        stuck.rows << QList<QVariant> { s.number, s.customerName, label(s.status, persian), businessDay(s.since),
                                        s.days,   s.total };
    return { statuses, stuck };
}

} // namespace peyvand::ReportTables
