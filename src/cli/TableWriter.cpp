#include "TableWriter.h"

namespace peyvand::cli {

namespace {

// Width on a terminal: combining marks and zero-width characters take no cell.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

} // namespace

void TableWriter::write(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths << displayWidth(h);
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            text += cell;
            if (i + 1 < widths.size())
                text += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out << text.trimmed() << '\n';
    };
    line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &row : m_rows)
        line(row);
}

} // namespace peyvand::cli
