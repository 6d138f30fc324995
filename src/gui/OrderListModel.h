#pragma once
// The orders list over any number of orders, newest first: the full count
// from SQL (OrderRepository::count) and rows read by key in pages
// (OrderRepository::list with the last row's (created, id) as the cursor) as
// the view scrolls (canFetchMore/fetchMore). Search and filters are SQL.
#include "OrderQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace peyvand {

class Workspace;

class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        StatusColumn,
        TotalColumn,
        CreatedColumn,
        ChangedColumn,
        TrackingColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the order's id (qint64)
    static constexpr int CustomerIdRole = Qt::UserRole + 2;
    static constexpr int DefaultPageSize = 200;

    explicit OrderListModel(Workspace &workspace, QObject *parent = nullptr);

    const OrderQuery &query() const { return m_query; } // filters, no cursor
    qint64 totalCount() const { return m_count; } // every matching order, loaded or not
    qint64 orderId(int row) const; // 0 when out of range
    qint64 customerId(int row) const;
    const OrderRow *row(int row) const;

    // Filters: each change re-counts and resets; unchanged values do nothing.
    void setText(const QString &text);
    void setStatus(std::optional<OrderStatus> status);
    void setDateRange(const QDate &from, const QDate &to); // invalid: no bound
    void setCustomer(std::optional<qint64> customerId);
    void reload();
    // One order changed (here or on another desktop): its row is re-read and
    // updated in place, removed when it no longer matches the filters, or
    // inserted where it belongs among the loaded rows (a new order); the rest
    // of the list stays as it is (no reset).
    void refreshOrder(qint64 orderId);

    void setPageSize(int rows); // resets
    int pageSize() const { return m_pageSize; }
    int pageLoads() const { return m_pageLoads; } // list() calls so far

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countChanged(qint64 count);
    // A query failed (locked, corrupt file…). Connect queued.
    void databaseFailed(const QString &message);

private:
    void resetWith(const std::function<void()> &change);
    QList<OrderRow> fetch() const;
    // The order's row if it matches the filters (read at its own key).
    std::optional<OrderRow> matchingRow(qint64 orderId, const QDateTime &createdAt) const;
    QString text(const OrderRow &row, int column) const;

    Workspace &m_workspace;
    OrderQuery m_query;
    QList<OrderRow> m_rows;
    qint64 m_count = 0;
    bool m_atEnd = false;
    bool m_busy = false; // no fetchMore from inside a reset or an insertion (re-entrant calls)
    int m_pageSize = DefaultPageSize;
    mutable int m_pageLoads = 0;
};

} // namespace peyvand
