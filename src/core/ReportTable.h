#pragma once
// A report as rows and typed columns, shared by the desktop Reports view (its
// tables and CSV/PDF export) and `peyvand-cli report --format table|csv`.
// Values: qint64 for Integer and Money (Rials), double fraction 0..1 for
// Percent (a null QVariant when undefined), QDate for Date, double for Days,
// QString for Text.
#include <QList>
#include <QString>
#include <QVariant>

namespace peyvand {

struct ReportColumn
{
    QString code; // stable, snake_case: "count", "weighted"
    QString english;
    QString persian;
    enum class Type { Text, Integer, Money, Percent, Date, Days } type = Type::Text;
};

struct ReportTable
{
    QString code; // "pipeline_b2b", "win_rate"…
    QString english; // title
    QString persian;
    QList<ReportColumn> columns;
    QList<QList<QVariant>> rows;
};

} // namespace peyvand
