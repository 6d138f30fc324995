#pragma once
// The rows of one customer list (legal entities or individuals) over any number
// of customers: rows in fixed pages kept in a small LRU cache, sorting and
// filtering done by the repository. Two ways to find a page:
// - a small database (up to syncLimit() customers): everything on the spot,
//   the count from SQL and pages read by key;
// - a large one: each query (filter, sort, reload) is loaded off the UI thread
//   by a CustomerListLoader — its first page, then every matching id in order —
//   while the rows of the previous query stay on screen; pages are then read
//   by id, so a far jump or a page of search results costs the same as the
//   first page, and the UI thread never runs a count or a search.
#include "CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace peyvand {

class CustomerListLoader;
class Workspace;

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int CustomerIdRole = Qt::UserRole + 1;
    // About a screenful: a page (and the first rows of a new query) costs what
    // the screen shows, not five screens.
    static constexpr int DefaultPageSize = 50;
    static constexpr int DefaultMaxPages = 80; // 4,000 rows: many screens of scrolling back
    // Past this many customers in the database (any kind: the search index
    // covers both), queries are loaded in the background.
    static constexpr qint64 DefaultSyncLimit = 20000;

    CustomerListModel(Workspace &workspace, CustomerKind kind, QObject *parent = nullptr);

    CustomerKind kind() const { return m_query.kind.value_or(CustomerKind::Individual); }
    const CustomerQuery &query() const { return m_query; } // filters and sort, no cursor
    qint64 totalCount() const { return m_count; } // the rows so far while isCounting()
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
    int pageLoads() const { return m_pageLoads; } // list() and rows() calls so far

    // Large databases (tests lower the limit to reach that path); re-decided now.
    void setSyncLimit(qint64 customers);
    qint64 syncLimit() const { return m_syncLimit; }
    bool isLarge() const { return m_large; }
    bool isLoading() const { return m_loading; } // a newer query's rows are not shown yet
    bool isCounting() const { return m_counting; } // rowCount() is the rows shown so far, not the total

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
    // A large list's rows or count arrived from the background (isLoading()
    // and isCounting() say what is still to come).
    void loaded();

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
    bool databaseIsLarge() const;
    void startLoad(bool firstPage);
    bool firstPageIsAWalk() const;
    void showFirstPage(quint64 generation, const QList<CustomerRow> &rows);
    void showIds(quint64 generation, const QList<qint64> &ids);
    void loadFailed(quint64 generation, const QString &message);
    QList<CustomerRow> rowsAt(qint64 first, int size) const; // large lists: by id

    Workspace &m_workspace;
    CustomerQuery m_query;
    QList<CustomerSort> m_columns;
    qint64 m_count = 0;
    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable int m_pageLoads = 0;

    qint64 m_syncLimit = DefaultSyncLimit;
    bool m_large = false;
    CustomerListLoader *m_loader = nullptr; // large lists only
    quint64 m_generation = 0; // the load whose results are wanted
    bool m_loading = false;
    bool m_counting = false;
    bool m_replaceAll = false; // the ids replace every row (a reload), not only add to the first page
    QList<qint64> m_ids; // large lists: the ids of the rows, in order
};

} // namespace peyvand
