#include "TimelineModel.h"

#include "Display.h"
#include "SymbolIcon.h"
#include "Workspace.h"

namespace peyvand {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QIcon iconFor(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Activity: {
        const QColor blue(0x15, 0x65, 0xc0);
        switch (e.activity.type) {
        case ActivityType::Call:
            return SymbolIcon::disc(blue, QString(QChar(0x260E))); // ☎
        case ActivityType::Meeting:
            return SymbolIcon::disc(blue, QString(QChar(0x263A))); // ☺
        case ActivityType::Email:
            return SymbolIcon::disc(blue, QString(QChar(0x2709))); // ✉
        case ActivityType::Sms:
            return SymbolIcon::disc(blue, QString(QChar(0x2706))); // ✆
        case ActivityType::Note:
            return SymbolIcon::disc(blue, QString(QChar(0x270E))); // ✎
        case ActivityType::Task:
            return SymbolIcon::disc(blue, QString(QChar(0x2714))); // ✔
        }
        return SymbolIcon::disc(blue);
    }
    case TimelineEntry::Kind::StageChange:
        return SymbolIcon::disc(QColor(0x6a, 0x1b, 0x9a), QString(QChar(0x25B2))); // ▲
    case TimelineEntry::Kind::OrderStatus:
        return SymbolIcon::disc(QColor(0xef, 0x6c, 0x00), QStringLiteral("#"));
    case TimelineEntry::Kind::RequestOpened:
        return SymbolIcon::disc(QColor(0xc6, 0x28, 0x28), QStringLiteral("!"));
    case TimelineEntry::Kind::RequestResolved:
        return SymbolIcon::disc(QColor(0x2e, 0x7d, 0x32), QString(QChar(0x2714)));
    }
    return {};
}

QString describeActivity(const Activity &a)
{
    QString text = Display::label(a.type);
    if (a.direction != Direction::None)
        text = TimelineModel::tr("%1 (%2)").arg(text, Display::label(a.direction));
    if (!a.outcome.isEmpty())
        text = TimelineModel::tr("%1: %2").arg(text, oneLine(a.outcome));
    if (!a.notes.isEmpty())
        text = TimelineModel::tr("%1 — %2").arg(text, oneLine(a.notes));
    if (a.followUpAt.isValid()) {
        const QString when = Display::dateTime(a.followUpAt);
        text = a.followUpDone ? TimelineModel::tr("%1 (follow-up %2, done)").arg(text, when)
                              : TimelineModel::tr("%1 (follow-up %2)").arg(text, when);
    }
    return text;
}

} // namespace

TimelineModel::TimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    QList<QString> who;
    who.reserve(entries.size());
    for (const TimelineEntry &e : entries)
        who << (e.userId ? m_workspace.userName(e.userId) : QString());
    beginResetModel();
    m_entries = std::move(entries);
    m_who = std::move(who);
    endResetModel();
}

QString TimelineModel::describe(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Activity:
        return describeActivity(e.activity);
    case TimelineEntry::Kind::StageChange:
        return tr("Deal «%1» moved to %2").arg(e.dealTitle, e.stageName);
    case TimelineEntry::Kind::OrderStatus: {
        const QString number = Display::isolate(Display::digits(e.orderNumber));
        //: In a right-to-left translation use ← so the arrow points from the old status to the new one.
        QString text = e.fromStatus
            ? tr("Order %1: %2 → %3").arg(number, Display::label(*e.fromStatus), Display::label(e.toStatus))
            : tr("Order %1: %2").arg(number, Display::label(e.toStatus));
        if (!e.note.isEmpty())
            text = tr("%1 — %2").arg(text, oneLine(e.note));
        return text;
    }
    case TimelineEntry::Kind::RequestOpened:
        return tr("Service request opened: %1").arg(e.requestSubject);
    case TimelineEntry::Kind::RequestResolved:
        return tr("Service request resolved: %1").arg(e.requestSubject);
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    switch (index.column()) {
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return Display::dateTime(e.at);
        if (role == Qt::DecorationRole)
            return iconFor(e);
        if (role == Qt::ToolTipRole)
            return Display::longDate(e.at.toLocalTime().date());
        break;
    case WhoColumn:
        if (role == Qt::DisplayRole)
            return m_who.value(index.row());
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return describe(e);
        if (role == Qt::ToolTipRole && e.kind == TimelineEntry::Kind::Activity && !e.activity.notes.isEmpty())
            return e.activity.notes;
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace peyvand
