#include "CsvWriter.h"

#include "JalaliDate.h"
#include "SpreadsheetSafe.h"

#include <cmath>

namespace peyvand {

namespace {

// A number with at most `decimals` decimals, no trailing zeros, Latin digits.
QString decimal(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << CsvWriter::field(f);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString body(const ReportTable &table, const CsvWriter::Options &options)
{
    QStringList headers;
    for (const ReportColumn &c : table.columns)
        headers << (options.persianHeaders ? c.persian : c.english);
    QString out = record(headers);
    for (const QList<QVariant> &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells << CsvWriter::cell(i < row.size() ? row[i] : QVariant(), table.columns[i].type);
        out += record(cells);
    }
    return out;
}

QByteArray encode(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

} // namespace

QString CsvWriter::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : text)
        if (special.contains(c)) {
            quote = true;
            break;
        }
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString CsvWriter::cell(const QVariant &value, ReportColumn::Type type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Money:
        return QString::number(value.toLongLong());
    case ReportColumn::Type::Percent: {
        const double v = value.toDouble();
        return std::isfinite(v) ? decimal(v * 100.0, 2) : QString();
    }
    case ReportColumn::Type::Days: {
        const double v = value.toDouble();
        return std::isfinite(v) ? decimal(v, 1) : QString();
    }
    case ReportColumn::Type::Date:
        return value.toDate().isValid() ? JalaliDate::format(value.toDate()) : QString();
    case ReportColumn::Type::Text:
        return SpreadsheetSafe::text(value.toString()); // a customer named "=cmd|…" stays text
    }
    return value.toString();
}

QByteArray CsvWriter::table(const ReportTable &table, const Options &options)
{
    return encode(body(table, options), options.byteOrderMark);
}

QByteArray CsvWriter::tables(const QList<ReportTable> &tables, const Options &options)
{
    QString out;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (i)
            out += QStringLiteral("\r\n");
        out += record({ options.persianHeaders ? tables[i].persian : tables[i].english });
        out += body(tables[i], options);
    }
    return encode(out, options.byteOrderMark);
}

} // namespace peyvand
