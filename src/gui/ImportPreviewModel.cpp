#include "ImportPreviewModel.h"

#include "Display.h"
#include "ImportProblemText.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace peyvand {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_mapped = false;
    m_problems.clear();
    endResetModel();
}

void ImportPreviewModel::setMapping(const ImportMapping &mapping, const QList<ImportProblems> &problems)
{
    beginResetModel();
    m_mapping = mapping;
    m_mapped = true;
    m_problems = problems;
    endResetModel();
}

void ImportPreviewModel::clearMapping()
{
    beginResetModel();
    m_mapped = false;
    m_problems.clear();
    endResetModel();
}

bool ImportPreviewModel::isRowProblem(const ImportProblem &p) const
{
    return p.column.isEmpty() || !m_preview.header.contains(p.column);
}

ImportProblems ImportPreviewModel::cellProblems(int row, int column) const
{
    ImportProblems out;
    const QString name = m_preview.header.value(column);
    for (const ImportProblem &p : m_problems.value(row)) {
        if (isRowProblem(p))
            continue;
        // Problems name columns by header text; with repeated header texts the
        // mapped column is the one meant.
        const auto field = m_mapping.fieldAt(column);
        if (p.column == name && (field || m_preview.header.count(name) == 1))
            out << p;
    }
    return out;
}

int ImportPreviewModel::problemCount() const
{
    int n = 0;
    for (const ImportProblems &p : m_problems)
        n += int(p.size());
    return n;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_preview.rows.size())
        return {};
    const CsvRecord &record = m_preview.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = record.fields.value(index.column());
        if (text.size() > 200)
            text = text.left(200) + QStringLiteral("…");
        return text.replace(u'\n', u' ');
    }
    case Qt::ToolTipRole: {
        QStringList reasons;
        for (const ImportProblem &p : cellProblems(index.row(), index.column()))
            reasons << ImportProblemText::reason(p);
        for (const ImportProblem &p : m_problems.value(index.row()))
            if (isRowProblem(p))
                reasons << ImportProblemText::reason(p);
        return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(u'\n'));
    }
    case ProblemRole: {
        const ImportProblems problems = cellProblems(index.row(), index.column());
        return problems.isEmpty() ? QString() : problems.front().code;
    }
    case Qt::BackgroundRole:
        if (!cellProblems(index.row(), index.column()).isEmpty())
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        for (const ImportProblem &p : m_problems.value(index.row()))
            if (isRowProblem(p))
                return QBrush(QColor(0xFD, 0xED, 0xEE));
        if (m_mapped && !m_mapping.fieldAt(index.column()))
            return QBrush(QColor(0xF0, 0xF0, 0xF0)); // not imported
        return {};
    case Qt::ForegroundRole:
        if (m_mapped && !m_mapping.fieldAt(index.column()))
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_preview.rowNumbers.size())
            return {};
        return Display::number(m_preview.rowNumbers[section]);
    }
    if (section < 0 || section >= m_preview.header.size())
        return {};
    const QString name = m_preview.header[section];
    if (!m_mapped)
        return name;
    const auto field = m_mapping.fieldAt(section);
    // The arrow points from the column to its field in the reading direction.
    const QString arrow
        = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("←") : QStringLiteral("→");
    return field ? QStringLiteral("%1\n%2 %3").arg(name, arrow, Display::label(*field))
                 : tr("%1\n(not imported)").arg(name);
}

} // namespace peyvand
