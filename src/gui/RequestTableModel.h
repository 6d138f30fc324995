#pragma once
// Service requests as a table: priority, subject, customer, order, status,
// assignee, when opened and when last touched. The support desk shows one
// customer's open requests with it, the queue every open request.
#include "ServiceRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace peyvand {

class Workspace;

class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        SubjectColumn,
        CustomerColumn,
        OrderColumn,
        StatusColumn,
        AssigneeColumn,
        OpenedColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the request's id (qint64)
    static constexpr int CustomerIdRole = Qt::UserRole + 2;

    explicit RequestTableModel(Workspace &workspace, QObject *parent = nullptr);

    // Looks up the customers' names and the orders' numbers once per call.
    void setRequests(QList<ServiceRequest> requests);
    const QList<ServiceRequest> &requests() const { return m_requests; }
    qint64 requestId(int row) const; // 0 when out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ServiceRequest &r, int column) const;

    Workspace &m_workspace;
    QList<ServiceRequest> m_requests;
    QHash<qint64, QString> m_customerNames;
    QHash<qint64, QString> m_orderNumbers;
    QHash<qint64, QString> m_userNames;
};

} // namespace peyvand
