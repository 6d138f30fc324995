#include "FollowUpModel.h"

#include "Display.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace peyvand {

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpModel::setRows(const QList<FollowUpRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int FollowUpModel::daysLate(int row) const
{
    const QDate due = m_rows.at(row).activity.followUpAt.toLocalTime().date();
    return std::max<qint64>(0, due.daysTo(m_today));
}

int FollowUpModel::overdueCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += daysLate(i) > 0 ? 1 : 0;
    return n;
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpModel::describe(const Activity &a)
{
    QString what = Display::label(a.type);
    if (a.direction != Direction::None)
        what += QLatin1Char(' ') + Display::label(a.direction);
    what = tr("%1 on %2").arg(what, Display::date(a.at.toLocalTime().date()));
    const QString about = a.outcome.isEmpty() ? a.notes.section(QLatin1Char('\n'), 0, 0) : a.outcome;
    if (!about.isEmpty())
        what += QStringLiteral(" — ") + about;
    return what;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow &r = m_rows.at(index.row());
    const int late = daysLate(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return Display::dateTime(r.activity.followUpAt);
        case CustomerColumn:
            return r.customerName;
        case ActivityColumn:
            return describe(r.activity);
        case StatusColumn:
            return late > 0 ? Display::digits(tr("%n day(s) late", nullptr, late)) : tr("Due today");
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ActivityColumn && !r.activity.notes.isEmpty() ? QVariant(r.activity.notes)
                                                                               : QVariant();
    case Qt::ForegroundRole:
        return late > 0 ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case Qt::FontRole:
        if (late > 0 && index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ActivityIdRole:
        return r.activity.id;
    case CustomerIdRole:
        return r.activity.customerId;
    case DaysLateRole:
        return late;
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case ActivityColumn:
        return tr("Follows up on");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace peyvand
