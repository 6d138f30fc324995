#include "ReportCellText.h"

#include "Display.h"

#include <QDate>
#include <cmath>

namespace peyvand::ReportCellText {

QString decimal(double value, int decimals)
{
    if (std::abs(value - std::round(value)) < 1e-9 || decimals == 0)
        return Display::number(qint64(std::llround(value)));
    QString text = QString::number(value, 'f', decimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    QString out = Display::number(whole.toLongLong());
    if (whole.startsWith(QLatin1Char('-')) && !out.startsWith(QLatin1Char('-')))
        out.prepend(QLatin1Char('-'));
    if (point >= 0)
        out += (Display::persian() ? QString(QChar(0x066B)) : QStringLiteral("."))
            + Display::digits(text.mid(point + 1));
    return out;
}

QString percent(double fraction)
{
    return decimal(fraction * 100.0, 1) + (Display::persian() ? QString(QChar(0x066A)) : QStringLiteral("%"));
}

QString cell(const QVariant &value, ReportColumn::Type type)
{
    using Type = ReportColumn::Type;
    if (value.isNull() || !value.isValid())
        return type == Type::Text || type == Type::Date ? QString() : QStringLiteral("—");
    switch (type) {
    case Type::Text:
        return Display::digits(value.toString());
    case Type::Integer:
        return Display::number(value.toLongLong());
    case Type::Money: // the unit is in the column title
        return Display::number(Display::moneyUnit() == UiSettings::MoneyUnit::Toman ? value.toLongLong() / 10
                                                                                    : value.toLongLong());
    case Type::Percent:
        return percent(value.toDouble());
    case Type::Date:
        return Display::date(value.toDate());
    case Type::Days:
        return decimal(value.toDouble(), 1);
    }
    return value.toString();
}

QString title(const ReportTable &table)
{
    return Display::digits(Display::persian() ? table.persian : table.english);
}

QString title(const ReportColumn &column)
{
    const QString text = Display::persian() ? column.persian : column.english;
    if (column.type != ReportColumn::Type::Money)
        return text;
    const bool toman = Display::moneyUnit() == UiSettings::MoneyUnit::Toman;
    const QString unit = Display::persian() ? (toman ? QStringLiteral("تومان") : QStringLiteral("ریال"))
                                            : (toman ? QStringLiteral("Toman") : QStringLiteral("Rial"));
    return QStringLiteral("%1 (%2)").arg(text, unit);
}

bool isNumeric(ReportColumn::Type type)
{
    return type != ReportColumn::Type::Text && type != ReportColumn::Type::Date;
}

} // namespace peyvand::ReportCellText
