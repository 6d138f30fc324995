#include "ContactTableModel.h"

#include "Display.h"
#include "PersianText.h"
#include "SymbolIcon.h"

#include <QFont>
#include <algorithm>

namespace peyvand {

namespace {

QColor attitudeColor(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Supporter:
        return QColor(0x2e, 0x7d, 0x32);
    case Attitude::Opponent:
        return QColor(0xc6, 0x28, 0x28);
    case Attitude::Neutral:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString attitudeGlyph(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Supporter:
        return QStringLiteral("+");
    case Attitude::Opponent:
        return QString(QChar(0x2212)); // minus sign
    case Attitude::Neutral:
        break;
    }
    return QStringLiteral("=");
}

} // namespace

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactTableModel::setContacts(QList<ContactPerson> contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(), [](const ContactPerson &a, const ContactPerson &b) {
        const bool aDecides = a.role == BuyingRole::Decider;
        const bool bDecides = b.role == BuyingRole::Decider;
        if (aDecides != bDecides)
            return aDecides;
        if (a.influence != b.influence)
            return a.influence > b.influence;
        return PersianText::sortKey(a.displayName()) < PersianText::sortKey(b.displayName());
    });
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

qint64 ContactTableModel::contactId(int row) const
{
    return row >= 0 && row < m_contacts.size() ? m_contacts.at(row).id : 0;
}

QString ContactTableModel::summary() const
{
    if (m_contacts.isEmpty())
        return {};
    QStringList deciders;
    QStringList against;
    for (const ContactPerson &c : m_contacts) {
        if (c.role == BuyingRole::Decider)
            deciders << c.displayName();
        if (c.attitude == Attitude::Opponent)
            against << c.displayName();
    }
    const QString separator = Display::persian() ? QStringLiteral("، ") : QStringLiteral(", ");
    const QString none = tr("nobody");
    return tr("Decider: %1; against: %2")
        .arg(deciders.isEmpty() ? tr("not known yet") : deciders.join(separator),
             against.isEmpty() ? none : against.join(separator));
}

QString ContactTableModel::influenceDots(int influence)
{
    const int filled = std::clamp(influence, 0, 5);
    return QString(filled, QChar(0x25CF)) + QString(5 - filled, QChar(0x25CB));
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactPerson &c = m_contacts.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.displayName();
        case JobTitleColumn:
            return c.jobTitle;
        case RoleColumn:
            return Display::label(c.role);
        case InfluenceColumn:
            return influenceDots(c.influence);
        case AttitudeColumn:
            return Display::label(c.attitude);
        case PhoneColumn:
            return Display::phone(c.mobile.isEmpty() ? c.phone : c.mobile);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == InfluenceColumn)
            return tr("Influence %1 of 5").arg(Display::number(c.influence));
        if (index.column() == NameColumn && !c.notes.isEmpty())
            return c.notes;
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == AttitudeColumn)
        return SymbolIcon::disc(attitudeColor(c.attitude), attitudeGlyph(c.attitude));
    if (role == Qt::ForegroundRole && (index.column() == AttitudeColumn || index.column() == InfluenceColumn))
        return index.column() == AttitudeColumn ? attitudeColor(c.attitude) : QColor(0xef, 0x6c, 0x00);
    if (role == Qt::FontRole && c.role == BuyingRole::Decider && index.column() <= RoleColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case JobTitleColumn:
        return tr("Job title");
    case RoleColumn:
        return tr("Role");
    case InfluenceColumn:
        return tr("Influence");
    case AttitudeColumn:
        return tr("Attitude");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace peyvand
