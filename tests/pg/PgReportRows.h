#pragma once
// The report aggregates as text, one line per row with every field, so that
// two backends' answers compare (and print) as lists of strings.
#include "ReportRepository.h"

#include <QStringList>

namespace peyvand::testing {

inline QString of(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toSecsSinceEpoch()) : QStringLiteral("-");
}
inline QString of(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}
inline QString of(const std::optional<CustomerKind> &kind)
{
    return kind ? toCode(*kind) : QStringLiteral("any");
}

inline QStringList rowsOf(const QList<StageAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2 %3 %4").arg(a.stageId).arg(a.count).arg(a.amount).arg(a.weighted);
    return out;
}
inline QStringList rowsOf(const QList<ReachedAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2").arg(a.position).arg(a.count);
    return out;
}
inline QStringList rowsOf(const QList<ClosedAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(toCode(a.status), a.lostReason ? toCode(*a.lostReason) : QStringLiteral("-"))
                   .arg(a.count)
                   .arg(a.amount)
                   .arg(a.cycleSeconds);
    return out;
}
inline QStringList rowsOf(const QList<ExpectedCloseAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2 %3 %4").arg(of(a.expectedClose)).arg(a.count).arg(a.amount).arg(a.weighted);
    return out;
}
inline QStringList rowsOf(const QList<ActivityDayAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2 %3 %4").arg(of(a.day)).arg(a.ownerId).arg(toCode(a.type)).arg(a.count);
    return out;
}
inline QStringList rowsOf(const QList<OwnerCount> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2").arg(a.ownerId).arg(a.count);
    return out;
}
inline QStringList rowsOf(const QList<OrderStatusAggregate> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QStringLiteral("%1 %2 %3").arg(toCode(a.status)).arg(a.count).arg(a.amount);
    return out;
}
inline QStringList rowsOf(const QList<StuckOrder> &list)
{
    QStringList out;
    for (const auto &s : list)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(s.orderId)
                   .arg(s.number)
                   .arg(s.customerId)
                   .arg(s.customerName, toCode(s.status), of(s.since))
                   .arg(s.days)
                   .arg(s.total);
    return out;
}
inline QStringList rowsOf(qint64 count)
{
    return { QString::number(count) };
}

} // namespace peyvand::testing
