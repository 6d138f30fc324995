#pragma once
// The rows of one customer list (legal entities or individuals) over any number
// of customers: the full count from SQL, rows loaded by key in fixed pages kept
// in a small LRU cache, sorting and filtering done by the repository.
#include "CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace peyvand {

class Workspace;

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int CustomerIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultMaxPages = 50;

    CustomerListModel(Workspace &workspace, CustomerKind kind, QObject *parent = nullptr);

    CustomerKind kind() const { return m_query.kind.value_or(CustomerKind::Individual); }
    const CustomerQuery &query() const { return m_query; } // filters and sort, no cursor
    qint64 totalCount() const { return m_count; }
    CustomerSort sortOf(int column) const;
    qint64 customerId(int row) const; // 0 when out of range
    int rowOf(qint64 customerId) const; // among cached rows only; -1 when not loaded

    // Filters: each change re-counts and resets the model; unchanged values do nothing.
    void setText(const QString &text);
    void setOwner(std::optional<qint64> ownerId);
    void setLifecycle(std::optional<Lifecycle> lifecycle);
    void setTag(const QString &tag);
    void setCity(const QString &city);
    // Re-counts and drops every cached row (after edits elsewhere).
    void reload();

    // Paging knobs (tests use small pages); resets the model.
    void setPaging(int pageSize, int maxPages);
    int pageSize() const { return m_pageSize; }
    int cachedPages() const { return int(m_pages.size()); }
    int pageLoads() const { return m_pageLoads; } // list() calls so far

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(qint64 count);
    // A query failed (locked, corrupt file…): the rows stay empty until the next
    // reset. Connect queued: it can be emitted while the view paints.
    void databaseFailed(const QString &message);

private:
    struct Page
    {
        QList<CustomerRow> rows;
        quint64 lastUse = 0;
    };

    const CustomerRow *row(int row) const;
    const Page &page(int number) const;
    QList<CustomerRow> loadPage(int number) const;
    QList<CustomerRow> fetch(const std::optional<CustomerCursor> &after, int limit, bool reverse) const;
    QString display(const CustomerRow &row, CustomerSort column) const;
    void resetWith(const std::function<void()> &change, bool recount);
    void fail(const std::exception &error) const;

    Workspace &m_workspace;
    CustomerQuery m_query;
    QList<CustomerSort> m_columns;
    qint64 m_count = 0;
    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable int m_pageLoads = 0;
};

} // namespace peyvand
