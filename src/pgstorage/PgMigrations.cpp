#include "PgMigrations.h"

#include "PgAccessSetup.h"
#include "PgChangeNotices.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "PgSchemaReports.h"
#include "PgSchemaTables.h"
#include "PgStatement.h"
#include "PgTransaction.h"
#include "ValidationError.h"

#include <QDateTime>
#include <functional>
#include <spdlog/spdlog.h>
#include <vector>

namespace peyvand::PgMigrations {

namespace {

// pg_advisory_xact_lock key: "PEYVAND\0" read as a big-endian 64-bit number.
constexpr qint64 kMigrationLock = 0x5045595641'4e4400LL;

[[noreturn]] void refuse(const QString &code, const QString &english, const QString &persian)
{
    throw ValidationError(QStringLiteral("database"), code, english, persian);
}

// pg_trgm splits text into words with the database's character classes
// (LC_CTYPE); under "C" a Persian letter is not a letter, so every Persian
// word would give no trigrams and search would find nothing.
void requirePersianTrigrams(PgConnection &db)
{
    const PgResult r = db.prepare(QStringLiteral("SELECT cardinality(show_trgm($1)), current_setting('lc_ctype')"))
                           .bind(1, QStringLiteral("علی"))
                           .exec();
    if (r.int64(0, 0) == 0)
        refuse(QStringLiteral("ctype_not_utf8"),
               QStringLiteral("%1: the database's LC_CTYPE is \"%2\", which does not know Persian letters, so "
                              "search (pg_trgm) could not index them; create the database with "
                              "LC_CTYPE 'C.UTF-8' (see docs/team-mode.md)")
                   .arg(db.url().redacted(), r.text(0, 1)),
               QStringLiteral("پایگاه داده‌ی %1 حروف فارسی را نمی‌شناسد "
                              "(LC_CTYPE = %2) و جست‌وجو کار نخواهد کرد؛ "
                              "پایگاه داده را با LC_CTYPE 'C.UTF-8' بسازید")
                   .arg(db.url().redacted(), r.text(0, 1)));
}

void schema8(PgConnection &db)
{
    db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
    requirePersianTrigrams(db);
    PgSchemaTables::apply(db);
    PgSchemaReports::apply(db);
}

struct Step
{
    int version;
    const char *what;
    std::function<void(PgConnection &)> apply;
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all {
        { 8, "SQLite schema 8: every table, pg_trgm search, report summaries", schema8 },
    };
    return all;
}

bool hasForeignTables(PgConnection &db)
{
    const PgResult r = db.prepare(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                                 "WHERE schemaname = current_schema()"))
                           .exec();
    return r.int64(0, 0) > 0;
}

void refuseIfNewer(PgConnection &db, int current)
{
    if (current > latestVersion())
        refuse(QStringLiteral("newer_schema"),
               QStringLiteral("%1: database schema version %2 is newer than this program (%3); use a newer Peyvand")
                   .arg(db.url().redacted())
                   .arg(current)
                   .arg(latestVersion()),
               QStringLiteral(
                   "این پایگاه داده را نسخه‌ی جدیدتری از پیوند ساخته است "
                   "(نسخه‌ی طرح %1، این برنامه %2)؛ "
                   "نسخه‌ی جدیدتر پیوند را نصب کنید")
                   .arg(current)
                   .arg(latestVersion()));
}

} // namespace

int latestVersion()
{
    return steps().back().version;
}

int currentVersion(PgConnection &db)
{
    const PgResult exists = db.prepare(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")).exec();
    if (!exists.boolean(0, 0))
        return 0;
    return static_cast<int>(
        db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).exec().int64(0, 0));
}

void migrate(PgConnection &db)
{
    // Refusals first, before anything is written or locked.
    const int current = currentVersion(db);
    refuseIfNewer(db, current);
    if (current == 0 && hasForeignTables(db))
        refuse(
            QStringLiteral("not_a_database"),
            QStringLiteral("%1: not a Peyvand database (it holds other tables)").arg(db.url().redacted()),
            QStringLiteral("%1 پایگاه داده‌ی پیوند نیست (جدول‌های دیگری دارد)")
                .arg(db.url().redacted()));
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        const bool applied = PgTransaction::run(db, [&] {
            db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock($1)")).bind(1, kMigrationLock).exec();
            // Another program may have migrated while we waited for the lock.
            const int now = currentVersion(db);
            refuseIfNewer(db, now);
            if (now >= step.version)
                return false;
            db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                   "applied_at BIGINT NOT NULL)"));
            step.apply(db);
            db.prepare(QStringLiteral("INSERT INTO schema_version(version, description, applied_at) "
                                      "VALUES ($1, $2, $3)"))
                .bind(1, step.version)
                .bind(2, QString::fromUtf8(step.what))
                .bind(3, QDateTime::currentSecsSinceEpoch())
                .run();
            return true;
        });
        if (applied)
            spdlog::info("{}: migrated to schema {} ({})", db.url().redacted().toStdString(), step.version, step.what);
    }
    // The server's own enforcement of Peyvand's roles (a no-op once set up).
    PgAccessSetup::ensure(db);
    PgChangeNotices::install(db); // live updates' triggers (not a schema version: idempotent, see PgChangeNotices.h)
}

} // namespace peyvand::PgMigrations
