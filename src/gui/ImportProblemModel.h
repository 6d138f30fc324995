#pragma once
// The problems an import found, one per line: row, column, value and reason
// in the UI language (the file's own problems, row 0, first). For a vCard
// file the row is the card's number and the column its property.
#include "ImportProblem.h"

#include <QAbstractTableModel>

namespace peyvand {

class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);
    void setProblems(const ImportProblems &problems);
    void setVcard(bool vcard); // headers "Card" and "Property" instead of "Row" and "Column"
    const ImportProblems &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportProblems m_problems;
    bool m_vcard = false;
};

} // namespace peyvand
