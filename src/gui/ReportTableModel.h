#pragma once
// A read-only table model over one ReportTable (a few hundred rows at most):
// cells formatted by column type through ReportCellText, the raw value under
// Qt::UserRole, numbers aligned to the trailing edge.
#include "ReportTable.h"

#include <QAbstractTableModel>

namespace peyvand {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace peyvand
