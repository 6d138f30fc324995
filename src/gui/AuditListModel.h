#pragma once
// The audit trail as a list, newest first, over any number of entries: the
// count from SQL (AuditService::count) and entries read by key a page at a
// time (AuditService::list with beforeId = the last id loaded) as the view
// scrolls (canFetchMore/fetchMore). Filters are the AuditQuery's, in SQL.
// Each row's record name and changed-field summary are worked out once, when
// its page is read. A refusal (not a manager or admin) or a database failure
// leaves the list empty and is reported by `failed`.
#include "AuditChange.h"
#include "AuditEntry.h"
#include "AuditQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <functional>

namespace peyvand {

class Workspace;

class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, ChangesColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // the entry's id (qint64)
    static constexpr int DefaultPageSize = 100;
    static constexpr int SummaryFields = 4; // changed fields named in the list; the rest counted
    static constexpr qint64 CountLimit = 100000; // counting stops here: "more than 100,000 entries"

    struct Row
    {
        AuditEntry entry;
        QList<AuditChange> changes;
        QString record; // "Customer 12: Maryam Karimi"
        QString summary; // "Last name, Phones": what a person changed
    };

    explicit AuditListModel(Workspace &workspace, QObject *parent = nullptr);

    const AuditQuery &query() const { return m_query; } // the filters (no cursor)
    // New filters (beforeId and limit are the model's own); resets.
    void setQuery(const AuditQuery &query);
    void reload();
    // Every matching entry, loaded or not, up to CountLimit; countIsExact() false past it.
    qint64 totalCount() const { return std::min(m_count, CountLimit); }
    bool countIsExact() const { return m_count <= CountLimit; }
    const Row *row(int row) const; // nullptr when out of range
    QString errorText() const { return m_error; } // why the last read failed; empty when it did not

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
    // The trail could not be read: refused or a database failure, in the UI language. Connect queued.
    void failed(const QString &message);

private:
    void resetWith(const std::function<void()> &change);
    QList<Row> fetch() const;
    Row makeRow(const AuditEntry &entry) const;
    QString text(const Row &row, int column) const;
    bool guard(const std::function<void()> &read);

    Workspace &m_workspace;
    AuditQuery m_query;
    QList<Row> m_rows;
    qint64 m_count = 0;
    bool m_atEnd = true;
    bool m_busy = false; // no fetchMore from inside a reset or an insertion
    int m_pageSize = DefaultPageSize;
    QString m_error;
    mutable int m_pageLoads = 0;
};

} // namespace peyvand
