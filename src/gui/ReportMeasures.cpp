#include "ReportMeasures.h"

#include "ActivityChart.h"
#include "ForecastChart.h"
#include "FunnelChart.h"
#include "LostReasonsChart.h"
#include "OrdersChart.h"
#include "PipelineChart.h"
#include "ReportTables.h"
#include "WinRateChart.h"

#include <QObject>

namespace peyvand::ReportMeasures {

namespace {

QList<ReportTable> withPrefix(const QList<ReportTable> &tables, const QString &prefix)
{
    QList<ReportTable> out;
    for (const ReportTable &t : tables)
        if (t.code.startsWith(prefix))
            out << t;
    return out;
}

} // namespace

QStringList keys()
{
    return { QStringLiteral("pipeline"),     QStringLiteral("funnel"),   QStringLiteral("win-rate"),
             QStringLiteral("lost-reasons"), QStringLiteral("forecast"), QStringLiteral("activity"),
             QStringLiteral("orders") };
}

QString title(const QString &key)
{
    if (key == QLatin1String("pipeline"))
        return QObject::tr("Pipeline by stage");
    if (key == QLatin1String("funnel"))
        return QObject::tr("Funnel");
    if (key == QLatin1String("win-rate"))
        return QObject::tr("Win rate and cycle");
    if (key == QLatin1String("lost-reasons"))
        return QObject::tr("Lost reasons");
    if (key == QLatin1String("forecast"))
        return QObject::tr("Forecast");
    if (key == QLatin1String("activity"))
        return QObject::tr("Activity per rep");
    if (key == QLatin1String("orders"))
        return QObject::tr("Orders");
    return key;
}

QStringList keys(bool pipeline, bool orders)
{
    QStringList out = keys();
    if (!pipeline)
        out = { QStringLiteral("orders") };
    if (!orders)
        out.removeAll(QStringLiteral("orders"));
    return out;
}

QList<Measure> of(const ReportSet &reports, bool persian)
{
    const auto measure = [](const QString &key, QList<QChart *> charts, QList<ReportTable> tables, bool empty,
                            const QString &emptyText) {
        return Measure { key, title(key), charts, tables, empty ? emptyText : QString() };
    };
    QList<Measure> out;
    if (reports.pipelineReports) {
        const QList<ReportTable> funnelTables = ReportTables::of(reports.funnel, persian);
        out << measure(QStringLiteral("pipeline"), PipelineChart::build(reports.pipeline),
                       ReportTables::of(reports.pipeline, persian), PipelineChart::empty(reports.pipeline),
                       QObject::tr("No open deals created by the end of this period."))
            << measure(QStringLiteral("funnel"), FunnelChart::build(reports.funnel),
                       withPrefix(funnelTables, QStringLiteral("funnel_")), FunnelChart::empty(reports.funnel),
                       QObject::tr("No deals were created in this period."))
            << measure(QStringLiteral("win-rate"), WinRateChart::build(reports.funnel),
                       withPrefix(funnelTables, QStringLiteral("win_rate")), WinRateChart::empty(reports.funnel),
                       QObject::tr("No deals were won or lost in this period."))
            << measure(QStringLiteral("lost-reasons"), LostReasonsChart::build(reports.funnel),
                       withPrefix(funnelTables, QStringLiteral("lost_reasons_")),
                       LostReasonsChart::empty(reports.funnel), QObject::tr("No deals were lost in this period."))
            << measure(QStringLiteral("forecast"), ForecastChart::build(reports.forecast),
                       ReportTables::of(reports.forecast, persian), ForecastChart::empty(reports.forecast),
                       QObject::tr("No open deals are expected to close in the next six months."))
            << measure(QStringLiteral("activity"), ActivityChart::build(reports.activity),
                       ReportTables::of(reports.activity, persian), ActivityChart::empty(reports.activity),
                       QObject::tr("No calls, meetings or other activities were logged in this period."));
    }
    if (reports.orderReports)
        out << measure(QStringLiteral("orders"), OrdersChart::build(reports.orders),
                       ReportTables::of(reports.orders, persian), OrdersChart::empty(reports.orders),
                       QObject::tr("No orders were created in this period and none are stuck."));
    return out;
}

QList<ReportTable> tables(const ReportSet &reports, bool persian)
{
    QList<ReportTable> out;
    if (reports.pipelineReports) {
        out << ReportTables::of(reports.pipeline, persian);
        out << ReportTables::of(reports.funnel, persian);
        out << ReportTables::of(reports.forecast, persian);
        out << ReportTables::of(reports.activity, persian);
    }
    if (reports.orderReports)
        out << ReportTables::of(reports.orders, persian);
    return out;
}

} // namespace peyvand::ReportMeasures
