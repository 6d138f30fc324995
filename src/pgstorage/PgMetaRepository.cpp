#include "PgMetaRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand {

std::optional<QString> PgMetaRepository::value(const QString &key) const
{
    auto q = m_connection.prepare(QStringLiteral("SELECT value FROM meta WHERE key = $1"));
    q.bind(1, key);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

void PgMetaRepository::setValue(const QString &key, const QString &value)
{
    auto q = m_connection.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ($1, $2) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(1, key).bind(2, value);
    q.run();
}

void PgMetaRepository::remove(const QString &key)
{
    auto q = m_connection.prepare(QStringLiteral("DELETE FROM meta WHERE key = $1"));
    q.bind(1, key);
    q.run();
}

} // namespace peyvand
