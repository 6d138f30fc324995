#include "PgDataStore.h"

#include "PgBulkLoader.h"
#include "PgChangeListener.h"
#include "PgError.h"
#include "PgMigrations.h"
#include "PgSnapshotReader.h"
#include "PgSnapshotWriter.h"
#include "PgTransaction.h"
#include "ValidationError.h"

#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

std::unique_ptr<PgConnection> opened(const PgUrl &url, StoreOpenMode mode)
{
    auto connection = std::make_unique<PgConnection>(url);
    const int current = PgMigrations::currentVersion(*connection);
    const int latest = PgMigrations::latestVersion();
    if (current == 0 && mode != StoreOpenMode::CreateAndMigrate)
        throw ValidationError(
            QStringLiteral("database"), QStringLiteral("not_initialized"),
            QStringLiteral("%1: the database has no Peyvand data yet; set it up first with `peyvand-cli --db URL init`")
                .arg(url.redacted()),
            QStringLiteral("پایگاه دادهٔ «%1» هنوز برای پیوند آماده نشده است؛ نخست مدیر سامانه باید آن را "
                           "راه‌اندازی "
                           "کند")
                .arg(url.database()));
    if (mode == StoreOpenMode::ReadOnly) {
        if (current > latest)
            PgMigrations::migrate(*connection); // refuses with newer_schema
        if (current < latest)
            throw ValidationError(
                QStringLiteral("database"), QStringLiteral("older_schema"),
                QStringLiteral("%1: the database's schema %2 is older than this program's %3; "
                               "open it once for writing to bring it up to date")
                    .arg(url.redacted())
                    .arg(current)
                    .arg(latest),
                QStringLiteral("پایگاه داده از نسخهٔ قدیمی‌تری است و باید نخست "
                               "به‌روز "
                               "شود"));
        connection->exec(QStringLiteral("SET default_transaction_read_only = on"));
    } else {
        PgMigrations::migrate(*connection);
    }
    return connection;
}

bool lostConnection(const PgError &e, const PgConnection &connection)
{
    return e.isConnectionLost() || !connection.isConnected();
}

} // namespace

PgDataStore::PgDataStore(const QString &url, StoreOpenMode mode)
    : PgDataStore(PgUrl::parse(url), mode)
{
}

PgDataStore::PgDataStore(const PgUrl &url, StoreOpenMode mode)
    : PgDataStore(opened(url, mode), mode)
{
}

PgDataStore::PgDataStore(std::unique_ptr<PgConnection> connection, StoreOpenMode)
    : m_connection(std::move(connection))
    , m_customers(*m_connection)
    , m_contacts(*m_connection)
    , m_pipelines(*m_connection)
    , m_deals(*m_connection)
    , m_activities(*m_connection)
    , m_orders(*m_connection)
    , m_requests(*m_connection)
    , m_users(*m_connection)
    , m_reports(*m_connection)
    , m_audit(*m_connection)
    , m_meta(*m_connection)
    , m_accounts(*m_connection)
{
}

PgDataStore::~PgDataStore() = default;

QString PgDataStore::location() const
{
    return m_connection->url().redacted();
}

QString PgDataStore::openLocation() const
{
    return m_connection->url().toString();
}

int PgDataStore::schemaVersion()
{
    return PgMigrations::currentVersion(*m_connection);
}

std::unique_ptr<ChangeFeed> PgDataStore::changeFeed()
{
    PgConnection *own = m_connection.get();
    return std::make_unique<PgChangeListener>(m_connection->url(), [own] { return own->backendPid(); });
}

void PgDataStore::transaction(const std::function<void()> &work)
{
    if (m_connection->inTransaction()) { // nested: a savepoint; the outer transaction retries
        PgTransaction tx(*m_connection);
        work();
        tx.commit();
        return;
    }
    for (int attempt = 1;; ++attempt) {
        if (!m_connection->isConnected())
            m_connection->reconnectWithin(m_reconnectWait);
        bool committing = false;
        try {
            PgTransaction tx(*m_connection);
            work();
            committing = true;
            tx.commit();
            return;
        } catch (const PgError &e) {
            const bool lost = lostConnection(e, *m_connection);
            if (lost && committing) {
                ++m_counters.outcomeUnknown;
                throw PgError(QStringLiteral("%1: the connection was lost while committing; the change may or may "
                                             "not have been saved (%2)")
                                  .arg(location(), QString::fromUtf8(e.what())),
                              "08007");
            }
            const bool again = lost || e.isRetryable();
            if (!again || attempt >= PgTransaction::kDefaultAttempts)
                throw;
            ++(lost ? m_counters.retriedAfterLostSession : m_counters.retriedAfterConflict);
            spdlog::warn("{}: transaction attempt {} failed ({}); running it again", location().toStdString(), attempt,
                         e.what());
        }
    }
}

std::unique_ptr<BulkLoader> PgDataStore::bulkLoader(const BulkLoadPlan &plan)
{
    return std::make_unique<PgBulkLoader>(*m_connection, plan);
}

std::unique_ptr<SnapshotReader> PgDataStore::snapshotReader()
{
    return std::make_unique<PgSnapshotReader>(*m_connection);
}

std::unique_ptr<SnapshotWriter> PgDataStore::snapshotWriter()
{
    return std::make_unique<PgSnapshotWriter>(*m_connection);
}

std::unique_ptr<DatabaseBackup> PgDataStore::backup()
{
    throw ValidationError(
        QStringLiteral("backup"), QStringLiteral("server_managed"),
        QStringLiteral("%1: a server database is backed up on the server (pg_dump, WAL archiving; see "
                       "docs/team-mode.md), not from a desktop")
            .arg(location()),
        QStringLiteral("پشتیبان پایگاه دادهٔ سرور را مدیر سرور روی خود سرور می‌گیرد، "
                       "نه "
                       "این "
                       "برنامه"));
}

} // namespace peyvand
