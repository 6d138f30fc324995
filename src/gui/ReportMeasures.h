#pragma once
// The measures of the Reports view, in tab order, each with its charts, its
// tables (ReportTables from core) and, when the period has nothing to draw,
// the message shown instead of the charts. The view and the PDF export both
// build from here, so they show the same thing.
#include "ReportSet.h"
#include "ReportTable.h"

#include <QList>
#include <QStringList>

class QChart;

namespace peyvand::ReportMeasures {

struct Measure
{
    QString key; // "pipeline", "funnel", "win-rate", "lost-reasons", "forecast", "activity", "orders"
    QString title; // in the UI language
    QList<QChart *> charts; // owned by the caller
    QList<ReportTable> tables;
    QString emptyText; // non-empty: nothing to draw for this period
};

QStringList keys();
// The keys of the measures a report set holds (ReportSet::pipelineReports / orderReports).
QStringList keys(bool pipeline, bool orders);
QString title(const QString &key);
// The measures the set holds, in tab order.
QList<Measure> of(const ReportSet &reports, bool persian);
// Every table of every measure the set holds, in order (the CSV export).
QList<ReportTable> tables(const ReportSet &reports, bool persian);

} // namespace peyvand::ReportMeasures
