#include "LoadPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peyvand::load {

namespace {

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

QList<qint64> ids(const QJsonValue &value)
{
    QList<qint64> list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toInteger());
    return list;
}

} // namespace

bool LoadPlan::write(const QString &path) const
{
    QJsonArray ws;
    for (const WorkerPlan &w : workers)
        ws.append(QJsonObject { { "username", w.username },
                                { "role", w.role },
                                { "customers", ids(w.customers) },
                                { "deals", ids(w.deals) } });
    const QJsonObject root { { "workers", ws },
                             { "managerDeals", ids(managerDeals) },
                             { "orders", ids(orders) },
                             { "searchTerms", QJsonArray::fromStringList(searchTerms) } };
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) > 0 && file.flush();
}

bool LoadPlan::read(const QString &path, LoadPlan *plan)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value("workers").toArray()) {
        const QJsonObject o = v.toObject();
        plan->workers.append(WorkerPlan { o.value("username").toString(), o.value("role").toString(),
                                          ids(o.value("customers")), ids(o.value("deals")) });
    }
    plan->managerDeals = ids(root.value("managerDeals"));
    plan->orders = ids(root.value("orders"));
    for (const QJsonValue &v : root.value("searchTerms").toArray())
        plan->searchTerms.append(v.toString());
    return !plan->workers.isEmpty();
}

} // namespace peyvand::load
