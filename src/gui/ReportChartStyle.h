#pragma once
// What every report chart shares: the UI font (Persian-capable), axes whose
// labels go through Display (Qt Charts prints numbers with printf and Latin
// digits, so value axes are QCategoryAxis with our own labels), categories
// running right to left and the value axis on the right in a right-to-left UI.
#include <QStringList>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;

namespace peyvand::ReportChartStyle {

enum class Values { Count, Money, Percent };

// An empty chart titled `title` in the UI font, animations off, legend at the bottom.
QChart *newChart(const QString &title);
// Adds `series` to `chart` with `categories` along the bottom and a value axis
// from 0 to a round maximum at least `max` (for Percent: 0..1, labels 0–100٪).
void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, Values values, double max);
// A bar set named `label`, with a colour from the report palette.
QBarSet *barSet(const QString &label, int colour);
// A chart view (antialiased, right-to-left aware) that owns `chart`.
QChartView *view(QChart *chart);
// The largest value of the sets of `series` (stacked: the largest column sum).
double largest(const QAbstractBarSeries *series, bool stacked = false);

// Labels: "B2B"/"B2C" section names, a Jalali month with its year.
QString sectionName(bool legal);
QString monthName(int jalaliYear, int jalaliMonth);

} // namespace peyvand::ReportChartStyle
