#include "PgTransaction.h"

#include "PgConnection.h"

#include <QRandomGenerator>
#include <atomic>
#include <chrono>
#include <spdlog/spdlog.h>
#include <thread>

namespace peyvand {

PgTransaction::PgTransaction(PgConnection &connection, Isolation isolation)
    : m_connection(connection)
{
    if (connection.inTransaction()) {
        static std::atomic_int counter { 0 }; // connections live on several threads
        m_savepoint = QStringLiteral("peyvand_sp_%1").arg(++counter);
        connection.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
        return;
    }
    switch (isolation) {
    case Isolation::ReadCommitted:
        connection.exec(QStringLiteral("BEGIN"));
        break;
    case Isolation::RepeatableRead:
        connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        break;
    case Isolation::Serializable:
        connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"));
        break;
    }
}

PgTransaction::~PgTransaction()
{
    if (!m_open)
        return;
    try {
        rollback();
    } catch (const std::exception &e) {
        spdlog::warn("postgresql: rollback failed: {}", e.what());
    }
}

void PgTransaction::commit()
{
    m_open = false;
    if (isNested())
        m_connection.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    else
        m_connection.exec(QStringLiteral("COMMIT"));
}

void PgTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (isNested())
        m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1").arg(m_savepoint));
    else
        m_connection.exec(QStringLiteral("ROLLBACK"));
}

bool PgTransaction::shouldRetry(const PgError &error, bool nested, int attempt, int maxAttempts)
{
    if (nested || !error.isRetryable() || attempt >= maxAttempts)
        return false;
    // A random pause so the two sides of a conflict do not collide again in step.
    const int ms = QRandomGenerator::global()->bounded(5, 20 + 30 * attempt);
    spdlog::info("postgresql: {} (attempt {} of {}), retrying in {} ms", error.what(), attempt, maxAttempts, ms);
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    return true;
}

} // namespace peyvand
