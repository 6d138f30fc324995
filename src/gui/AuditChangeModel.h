#pragma once
// The detail of one audit entry: a row per changed field with its value
// before and after, formatted for people (AuditLabels, AuditValueText);
// references are shown by name (a user, a customer, a deal's title, an
// order's number, a contact person, a stage, a pipeline).
#include "AuditChange.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand {

class Workspace;

class AuditChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, OldColumn, NewColumn, ColumnCount };

    explicit AuditChangeModel(Workspace &workspace, QObject *parent = nullptr);

    // The changes of an entry about a record of kind `entity`; empty: none shown.
    void setChanges(const QString &entity, const QList<AuditChange> &changes);
    void clear() { setChanges({}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const QString &field, qint64 id) const; // "" when unknown or gone
    struct Row
    {
        QString field, before, after;
    };
    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace peyvand
