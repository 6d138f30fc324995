#include "AuditListModel.h"

#include "AuditChanges.h"
#include "AuditLabels.h"
#include "AuditService.h"
#include "AuditValueText.h"
#include "DatabaseError.h"
#include "Display.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <algorithm>

namespace peyvand {

namespace {

nlohmann::ordered_json parsed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return nullptr;
    auto value = nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return value.is_discarded() ? nlohmann::ordered_json() : value;
}

} // namespace

AuditListModel::AuditListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    resetWith([] {});
}

const AuditListModel::Row *AuditListModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

void AuditListModel::setQuery(const AuditQuery &query)
{
    resetWith([&] {
        m_query = query;
        m_query.beforeId = 0;
    });
}

void AuditListModel::reload()
{
    resetWith([] {});
}

void AuditListModel::setPageSize(int rows)
{
    resetWith([&] { m_pageSize = std::max(1, rows); });
}

bool AuditListModel::guard(const std::function<void()> &read)
{
    try {
        read();
        return true;
    } catch (const ValidationError &e) { // PermissionError: not a manager or admin
        m_error = Display::error(e);
    } catch (const DatabaseError &e) {
        m_error = QString::fromUtf8(e.what());
    }
    m_atEnd = true;
    emit failed(m_error);
    return false;
}

void AuditListModel::resetWith(const std::function<void()> &change)
{
    m_busy = true;
    beginResetModel();
    change();
    m_rows.clear();
    m_error.clear();
    const qint64 before = m_count;
    const AuditService audit(m_workspace.store());
    if (!guard([&] {
            m_count = audit.countAtMost(m_query, CountLimit + 1);
            m_atEnd = m_count == 0;
            if (!m_atEnd) {
                m_rows = fetch();
                m_atEnd = m_rows.size() < m_pageSize;
            }
        }))
        m_count = 0;
    endResetModel();
    m_busy = false;
    if (m_count != before)
        emit countChanged(totalCount());
}

QList<AuditListModel::Row> AuditListModel::fetch() const
{
    AuditQuery q = m_query;
    q.limit = m_pageSize;
    q.beforeId = m_rows.isEmpty() ? 0 : m_rows.back().entry.id;
    ++m_pageLoads;
    QList<Row> rows;
    for (const AuditEntry &e : AuditService(m_workspace.store()).list(q))
        rows << makeRow(e);
    return rows;
}

AuditListModel::Row AuditListModel::makeRow(const AuditEntry &e) const
{
    Row r { e, AuditChanges::of(e), {}, {} };
    QString name = AuditValueText::recordName(e.entity, parsed(e.oldValues), parsed(e.newValues));
    if (name.isEmpty() && e.entity == QLatin1String("user") && e.entityId) // a password change or a failed sign-in
        name = m_workspace.userName(e.entityId);
    const QString kind = AuditLabels::entity(e.entity);
    const QString id = e.entityId ? Display::digits(QString::number(e.entityId)) : QString();
    r.record = id.isEmpty() ? kind : tr("%1 %2").arg(kind, id);
    if (!name.isEmpty())
        r.record = tr("%1: %2").arg(r.record, name);
    // The summary names what a person changed: the id and the times and
    // version every save updates are left to the detail pane (unless nothing else changed).
    static const QStringList bookkeeping { QStringLiteral("id"), QStringLiteral("created_at"),
                                           QStringLiteral("updated_at"), QStringLiteral("version") };
    QStringList fields;
    for (const AuditChange &c : r.changes)
        if (!bookkeeping.contains(c.field))
            fields << AuditLabels::field(c.field);
    if (fields.isEmpty())
        for (const AuditChange &c : r.changes)
            fields << AuditLabels::field(c.field);
    const qsizetype more = fields.size() - SummaryFields;
    r.summary = fields.mid(0, SummaryFields).join(Display::persian() ? QStringLiteral("، ") : QStringLiteral(", "));
    if (more > 0)
        r.summary = tr("%1 and %2 more").arg(r.summary, Display::number(more));
    return r;
}

bool AuditListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void AuditListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    QList<Row> more;
    if (!guard([&] { more = fetch(); }))
        return;
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows += more;
    endInsertRows();
    m_busy = false;
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditListModel::text(const Row &r, int column) const
{
    switch (column) {
    case TimeColumn:
        return Display::dateTime(r.entry.at);
    case UserColumn: {
        if (r.entry.userId == 0)
            return tr("System");
        const QString name = m_workspace.userName(r.entry.userId);
        return name.isEmpty() ? Display::digits(QString::number(r.entry.userId)) : name;
    }
    case ActionColumn:
        return AuditLabels::action(r.entry.action);
    case RecordColumn:
        return r.record;
    case ChangesColumn:
        return r.summary;
    default:
        return {};
    }
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(r, index.column());
    case IdRole:
        return r.entry.id;
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? int(Qt::AlignCenter) : int(Qt::AlignLeading | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changed fields");
    default:
        return {};
    }
}

} // namespace peyvand
