#pragma once
// BEGIN … COMMIT as a scope guard: a transaction not committed when the scope
// ends (an exception) is rolled back, so nothing of it stays. Inside another
// transaction it becomes a SAVEPOINT, rolled back to on its own.
//
// run() is the way to write: it runs the work in a transaction and, when the
// server aborts it as a serialization failure (40001) or a deadlock victim
// (40P01), rolls back and runs the whole work again, at most maxAttempts times
// with a short random pause; any other error, or the last attempt's, is
// thrown. The work must therefore be safe to repeat (no effects outside the
// database). Nested in another transaction there is nothing to retry: the
// outer run() does it.
#include "PgError.h"

#include <QString>
#include <type_traits>

namespace peyvand {

class PgConnection;

class PgTransaction
{
public:
    enum class Isolation { ReadCommitted, RepeatableRead, Serializable };
    static constexpr int kDefaultAttempts = 5;

    explicit PgTransaction(PgConnection &connection, Isolation isolation = Isolation::ReadCommitted);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    void commit();
    void rollback();
    bool isNested() const { return !m_savepoint.isEmpty(); }

    // Runs work(), retrying on 40001/40P01; `attempts`, if given, receives how
    // many attempts were made.
    template<typename Work>
    static auto run(PgConnection &connection, Work &&work, Isolation isolation = Isolation::ReadCommitted,
                    int maxAttempts = kDefaultAttempts, int *attempts = nullptr);

private:
    static bool shouldRetry(const PgError &error, bool nested, int attempt, int maxAttempts);

    PgConnection &m_connection;
    QString m_savepoint;
    bool m_open = true;
};

template<typename Work>
auto PgTransaction::run(PgConnection &connection, Work &&work, Isolation isolation, int maxAttempts, int *attempts)
{
    for (int attempt = 1;; ++attempt) {
        if (attempts)
            *attempts = attempt;
        PgTransaction tx(connection, isolation);
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                tx.commit();
                return;
            } else {
                auto value = work();
                tx.commit();
                return value;
            }
        } catch (const PgError &e) {
            const bool nested = tx.isNested();
            tx.rollback();
            if (!shouldRetry(e, nested, attempt, maxAttempts))
                throw;
        }
    }
}

} // namespace peyvand
