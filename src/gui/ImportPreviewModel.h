#pragma once
// The wizard's live preview: the first rows of the file, one column per file
// column, the header naming the field each column fills, and every cell the
// import would refuse marked (red background, the reason as tooltip) with the
// problems ImportRowCheck finds.
#include "CsvInput.h"
#include "ImportMapping.h"

#include <QAbstractTableModel>

namespace peyvand {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ProblemRole = Qt::UserRole + 1; // the cell's problem code, empty if none

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Shows `preview`'s rows; with `mapping` (and `checked`) the mapped fields
    // in the header and the problems of each row.
    void setPreview(const CsvPreview &preview);
    void setMapping(const ImportMapping &mapping, const QList<ImportProblems> &problems);
    void clearMapping();

    // The problems of a row of the preview (0-based), and of one of its cells.
    ImportProblems rowProblems(int row) const { return m_problems.value(row); }
    ImportProblems cellProblems(int row, int column) const;
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isRowProblem(const ImportProblem &p) const;

    CsvPreview m_preview;
    ImportMapping m_mapping;
    bool m_mapped = false;
    QList<ImportProblems> m_problems;
};

} // namespace peyvand
