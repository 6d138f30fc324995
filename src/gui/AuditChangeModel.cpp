#include "AuditChangeModel.h"

#include "AuditLabels.h"
#include "AuditValueText.h"
#include "DatabaseError.h"
#include "Display.h"
#include "Workspace.h"

namespace peyvand {

AuditChangeModel::AuditChangeModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

QString AuditChangeModel::nameOf(const QString &field, qint64 id) const
{
    try {
        DataStore &store = m_workspace.store();
        if (field == QLatin1String("owner_id") || field == QLatin1String("assignee_id")
            || field == QLatin1String("author_id") || field == QLatin1String("changed_by"))
            return m_workspace.userName(id);
        if (field == QLatin1String("customer_id") || field == QLatin1String("parent_id")) {
            const QList<CustomerRow> rows = store.customers().rows({ id });
            return rows.isEmpty() ? QString() : rows.front().name;
        }
        if (field == QLatin1String("stage_id")) {
            const auto stage = store.pipelines().stage(id);
            return stage ? stage->name : QString();
        }
        if (field == QLatin1String("deal_id")) {
            const auto deal = store.deals().get(id);
            return deal ? deal->title : QString();
        }
        if (field == QLatin1String("order_id")) {
            const auto order = store.orders().get(id);
            return order ? Display::isolate(Display::digits(order->number)) : QString();
        }
        if (field == QLatin1String("contact_id")) {
            const auto contact = store.contacts().get(id);
            return contact ? contact->displayName() : QString();
        }
        if (field == QLatin1String("pipeline_id")) {
            const auto pipeline = store.pipelines().get(id);
            return pipeline ? pipeline->name : QString();
        }
    } catch (const DatabaseError &) {
        // The id is shown instead.
    }
    return {};
}

void AuditChangeModel::setChanges(const QString &entity, const QList<AuditChange> &changes)
{
    const auto names = [this](const QString &field, qint64 id) { return nameOf(field, id); };
    beginResetModel();
    m_rows.clear();
    for (const AuditChange &c : changes)
        m_rows << Row { AuditLabels::field(c.field), AuditValueText::value(entity, c.field, c.oldValue, names),
                        AuditValueText::value(entity, c.field, c.newValue, names) };
    endResetModel();
}

int AuditChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case FieldColumn:
        return r.field;
    case OldColumn:
        return r.before;
    case NewColumn:
        return r.after;
    default:
        return {};
    }
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace peyvand
