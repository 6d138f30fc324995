#include "DeferredIndexes.h"

#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <spdlog/spdlog.h>

namespace peyvand::DeferredIndexes {

namespace {

const char *const kKey = "deferred_indexes";

// The tables a bulk load writes.
const char *const kTables[]
    = { "customers",   "customer_phones", "customer_addresses",   "customer_tags",    "contacts",
        "deals",       "deal_contacts",   "deal_stage_history",   "activities",       "orders",
        "order_lines", "payments",        "order_status_history", "service_requests", "request_notes" };

QStringList recorded(SqliteDatabase &db)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = ?");
    q->bind(1, kKey);
    QStringList out;
    if (q->step())
        for (const QJsonValue &v : QJsonDocument::fromJson(q->text(0).toUtf8()).array())
            out << v.toString();
    return out;
}

QString indexSql(SqliteDatabase &db, const QString &name)
{
    auto q = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?");
    q->bind(1, name);
    return q->step() ? q->text(0) : QString();
}

// "CREATE INDEX name ON …" → name
QString nameOf(const QString &sql)
{
    const QStringList words = sql.simplified().split(QLatin1Char(' '));
    return words.size() > 2 ? words[2] : QString();
}

} // namespace

QStringList candidates(SqliteDatabase &db)
{
    QStringList out;
    auto q = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                        "ORDER BY name");
    for (const char *table : kTables) {
        q->bind(1, table);
        while (q->step())
            if (!q->text(1).startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
                out << q->text(0);
        q->reset();
    }
    return out;
}

void drop(SqliteDatabase &db, const QStringList &names)
{
    SqliteTransaction tx(db);
    QStringList sql = recorded(db);
    for (const QString &name : names) {
        const QString create = indexSql(db, name);
        if (create.isEmpty())
            continue;
        if (!sql.contains(create))
            sql << create;
    }
    auto record = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    record->bind(1, kKey).bind(
        2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sql)).toJson(QJsonDocument::Compact)));
    record->run();
    for (const QString &name : names)
        db.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name).toUtf8().constData());
    tx.commit();
}

bool pending(SqliteDatabase &db)
{
    auto q = db.prepare("SELECT 1 FROM meta WHERE key = ?");
    q->bind(1, kKey);
    return q->step();
}

void rebuild(SqliteDatabase &db, const std::function<void(int, int)> &progress)
{
    const QStringList sql = recorded(db);
    int done = 0;
    for (const QString &create : sql) {
        if (progress)
            progress(done, int(sql.size()));
        // Another connection may have built it meanwhile: look again under the write lock.
        QElapsedTimer timer;
        timer.start();
        SqliteTransaction tx(db);
        const QString name = nameOf(create);
        if (indexSql(db, name).isEmpty())
            db.exec(create.toUtf8().constData());
        tx.commit();
        spdlog::info("{}: index {} built in {} ms", db.path().toStdString(), name.toStdString(), timer.elapsed());
        ++done;
    }
    // Forget what was built; a load that started meanwhile may have recorded more.
    SqliteTransaction tx(db);
    QStringList left = recorded(db);
    for (const QString &create : sql)
        left.removeAll(create);
    if (left.isEmpty()) {
        auto forget = db.prepare("DELETE FROM meta WHERE key = ?");
        forget->bind(1, kKey);
        forget->run();
    } else {
        auto keep = db.prepare("UPDATE meta SET value = ? WHERE key = ?");
        keep->bind(1,
                   QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(left)).toJson(QJsonDocument::Compact)));
        keep->bind(2, kKey);
        keep->run();
    }
    tx.commit();
    if (progress)
        progress(done, int(sql.size()));
}

} // namespace peyvand::DeferredIndexes
