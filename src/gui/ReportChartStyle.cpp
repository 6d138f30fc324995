#include "ReportChartStyle.h"

#include "Display.h"
#include "JalaliDate.h"
#include "ReportCellText.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <cmath>

namespace peyvand::ReportChartStyle {

namespace {

bool rightToLeft()
{
    return QApplication::layoutDirection() == Qt::RightToLeft;
}

QFont chartFont(int delta = 0, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() + delta));
    font.setBold(bold);
    return font;
}

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (m * power >= raw - 1e-9)
            return m * power;
    return 10 * power;
}

struct Scale
{
    double divisor = 1;
    QString unit; // shown as the axis title
};

Scale moneyScale(double maxRials)
{
    const bool toman = Display::moneyUnit() == UiSettings::MoneyUnit::Toman;
    const double unitDivisor = toman ? 10 : 1;
    const double max = maxRials / unitDivisor;
    const QString currency = toman ? QObject::tr("Toman") : QObject::tr("Rial");
    if (max >= 1e9)
        return { unitDivisor * 1e9, QObject::tr("Billion %1").arg(currency) };
    if (max >= 1e6)
        return { unitDivisor * 1e6, QObject::tr("Million %1").arg(currency) };
    if (max >= 1e4)
        return { unitDivisor * 1e3, QObject::tr("Thousand %1").arg(currency) };
    return { unitDivisor, currency };
}

} // namespace

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(1, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont());
    chart->legend()->setReverseMarkers(rightToLeft());
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

namespace {

// Category labels are rich text in Qt Charts: a long label is wrapped onto
// lines of about ten characters, breaking at spaces.
QString wrapped(const QString &label)
{
    constexpr qsizetype lineLength = 9;
    QStringList lines;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, Values values, double max)
{
    chart->addSeries(series);
    // Qt Charts does not mirror in right to left: put the first category on
    // the right by reversing the categories and every set's values.
    QStringList shown = categories;
    if (rightToLeft()) {
        std::reverse(shown.begin(), shown.end());
        for (QBarSet *set : series->barSets()) {
            QList<qreal> values;
            for (int i = set->count() - 1; i >= 0; --i)
                values << set->at(i);
            set->remove(0, set->count());
            set->append(values);
        }
    }
    // Long stage names ("نیازسنجی و شناخت مرکز خرید") break onto a second
    // line instead of being cut with an ellipsis.
    for (QString &label : shown)
        label = wrapped(label);
    auto *x = new QBarCategoryAxis;
    x->append(shown);
    x->setTruncateLabels(false);
    x->setLabelsFont(chartFont(-1));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = new QCategoryAxis;
    y->setLabelsFont(chartFont(-1));
    y->setTruncateLabels(false);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    double top = 0, step = 0;
    Scale scale;
    if (values == Values::Percent) {
        top = 1;
        step = 0.2;
    } else {
        if (values == Values::Money)
            scale = moneyScale(max);
        const double scaledMax = std::max(max / scale.divisor, values == Values::Count ? 4.0 : 1.0);
        step = niceStep(scaledMax / 5);
        if (values == Values::Count)
            step = std::max(1.0, std::ceil(step));
        top = std::ceil(scaledMax / step - 1e-9) * step * scale.divisor;
        step *= scale.divisor;
    }
    y->setStartValue(-top * 1e-6); // so that the 0 label has a category ending on it
    for (int i = 0; i * step <= top + step * 1e-6; ++i) {
        const double v = i * step;
        QString text;
        if (values == Values::Percent)
            text = ReportCellText::percent(v);
        else
            text = ReportCellText::decimal(v / scale.divisor, 2);
        y->append(text, i == 0 ? 0 : v);
    }
    y->setRange(0, top);
    if (!scale.unit.isEmpty()) {
        y->setTitleText(scale.unit);
        y->setTitleFont(chartFont(-1));
    }
    chart->addAxis(y, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(y);
}

QBarSet *barSet(const QString &label, int colour)
{
    static const QColor palette[] = { QColor(0x2E, 0x6F, 0xB5), QColor(0xF0, 0x9A, 0x3E), QColor(0x4C, 0xA8, 0x6B),
                                      QColor(0xC8, 0x4B, 0x4B), QColor(0x8A, 0x6C, 0xC0), QColor(0x6B, 0x7B, 0x8C) };
    auto *set = new QBarSet(label);
    set->setColor(palette[colour % 6]);
    set->setBorderColor(palette[colour % 6].darker(115));
    return set;
}

QChartView *view(QChart *chart)
{
    auto *v = new QChartView(chart);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumSize(360, 280);
    return v;
}

double largest(const QAbstractBarSeries *series, bool stacked)
{
    double max = 0;
    const auto sets = series->barSets();
    int n = 0;
    for (const QBarSet *set : sets)
        n = std::max(n, int(set->count()));
    for (int i = 0; i < n; ++i) {
        double sum = 0;
        for (const QBarSet *set : sets) {
            const double v = i < set->count() ? set->at(i) : 0;
            sum = stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

QString sectionName(bool legal)
{
    return legal ? QObject::tr("Companies (B2B)") : QObject::tr("Individuals (B2C)");
}

QString monthName(int jalaliYear, int jalaliMonth)
{
    if (jalaliMonth < 1)
        return {};
    const QLocale locale = Display::persian() ? QLocale(QLocale::Persian, QLocale::Iran) : QLocale(QLocale::English);
    return Display::digits(
        QStringLiteral("%1 %2").arg(JalaliDate::calendar().monthName(locale, jalaliMonth, jalaliYear)).arg(jalaliYear));
}

} // namespace peyvand::ReportChartStyle
