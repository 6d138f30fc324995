#include "PgChangeNotices.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"

#include <QList>
#include <spdlog/spdlog.h>

namespace peyvand::PgChangeNotices {

namespace {

// Bump when the SQL below changes: install() replaces what an older program put there.
constexpr char kVersion[] = "peyvand change notices 1";

// pg_advisory_xact_lock key shared with PgMigrations ("PEYVAND\0").
constexpr qint64 kMigrationLock = 0x5045595641'4e4400LL;

struct Watched
{
    const char *table;
    const char *customerColumn;
};

constexpr Watched kWatched[] = {
    { "customers", "id" },           { "contacts", "customer_id" }, { "deals", "customer_id" },
    { "activities", "customer_id" }, { "orders", "customer_id" },   { "service_requests", "customer_id" },
};

// One function per customer column; the statement's rows are the transition
// table `changed_rows` (new rows for INSERT and UPDATE, old ones for DELETE).
QString functionSql(const QString &name, const QString &customerColumn)
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  writer text := pg_backend_pid()::text;
  many boolean;
BEGIN
  IF coalesce(current_setting('peyvand.quiet', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  SELECT count(*) > %3 INTO many FROM (SELECT 1 FROM changed_rows LIMIT %3 + 1) AS probe;
  IF many THEN
    PERFORM pg_notify('%4', 'reset:0:0:' || writer);
  ELSE
    PERFORM pg_notify('%4', TG_TABLE_NAME || ':' || id || ':' || coalesce(%2, 0) || ':' || writer)
      FROM changed_rows;
  END IF;
  RETURN NULL;
END
$fn$)")
        .arg(name, customerColumn)
        .arg(kMaxRowNotices)
        .arg(QLatin1String(kChannel));
}

QString functionName(const Watched &w)
{
    return QStringLiteral("peyvand_notice_by_%1").arg(QLatin1String(w.customerColumn));
}

bool installed(PgConnection &db)
{
    const PgResult r = db.prepare(QStringLiteral("SELECT obj_description(to_regproc('peyvand_notice_by_id'), "
                                                 "'pg_proc') = $1, "
                                                 "(SELECT count(*) FROM pg_trigger WHERE tgname LIKE "
                                                 "'peyvand\\_notice\\_%' AND NOT tgisinternal)"))
                           .bind(1, QString::fromLatin1(kVersion))
                           .exec();
    const qint64 expected = static_cast<qint64>(std::size(kWatched)) * 3;
    return !r.isNull(0, 0) && r.boolean(0, 0) && r.int64(0, 1) == expected;
}

void create(PgConnection &db)
{
    QList<QString> made;
    for (const Watched &w : kWatched) {
        const QString fn = functionName(w);
        if (!made.contains(fn)) {
            db.exec(functionSql(fn, QLatin1String(w.customerColumn)));
            db.exec(QStringLiteral("COMMENT ON FUNCTION %1() IS '%2'").arg(fn, QLatin1String(kVersion)));
            made << fn;
        }
        const QString table = QLatin1String(w.table);
        const struct
        {
            const char *event;
            const char *rows;
        } events[] = { { "insert", "NEW" }, { "update", "NEW" }, { "delete", "OLD" } };
        for (const auto &e : events) {
            const QString trigger = QStringLiteral("peyvand_notice_%1_%2").arg(table, QLatin1String(e.event));
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, table));
            db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 TABLE AS changed_rows "
                                   "FOR EACH STATEMENT EXECUTE FUNCTION %5()")
                        .arg(trigger, QString::fromLatin1(e.event).toUpper(), table, QLatin1String(e.rows), fn));
        }
    }
}

} // namespace

void install(PgConnection &db)
{
    if (installed(db))
        return; // no DDL, no table locks: the usual case
    const bool made = PgTransaction::run(db, [&] {
        db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock($1)")).bind(1, kMigrationLock).exec();
        if (installed(db))
            return false; // another program did it while we waited
        create(db);
        return true;
    });
    if (made)
        spdlog::info("{}: change notices installed ({})", db.url().redacted().toStdString(), kVersion);
}

void quietTransaction(PgConnection &db)
{
    db.exec(QStringLiteral("SET LOCAL peyvand.quiet = on"));
    db.prepare(QStringLiteral("SELECT pg_notify($1, 'reset:0:0:' || pg_backend_pid())"))
        .bind(1, QString::fromLatin1(kChannel))
        .exec();
}

std::optional<Notice> parse(const QByteArray &payload)
{
    const QList<QByteArray> parts = payload.split(':');
    if (parts.size() != 4 || parts[0].isEmpty())
        return std::nullopt;
    bool ok[3] = {};
    Notice n;
    n.entity = QString::fromLatin1(parts[0]);
    n.id = parts[1].toLongLong(&ok[0]);
    n.customerId = parts[2].toLongLong(&ok[1]);
    n.writerPid = parts[3].toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return n;
}

} // namespace peyvand::PgChangeNotices
