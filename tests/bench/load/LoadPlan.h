#pragma once
// What the parent set up and each worker needs to know: the workers (user and
// role) with the records they work on, the deals the managers move, the orders
// the support desk and managers move along, and words to search for. Written
// by the parent as JSON, read by each worker.
#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::load {

struct WorkerPlan
{
    QString username;
    QString role; // "rep", "manager", "desk"
    QList<qint64> customers; // a rep's own
    QList<qint64> deals; // a rep's own
};

struct LoadPlan
{
    QList<WorkerPlan> workers;
    QList<qint64> managerDeals;
    QList<qint64> orders;
    QStringList searchTerms;

    bool write(const QString &path) const;
    static bool read(const QString &path, LoadPlan *plan);
};

} // namespace peyvand::load
