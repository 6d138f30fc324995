#include "SqliteMetaRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

std::optional<QString> SqliteMetaRepository::value(const QString &key) const
{
    auto q = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    q->bind(1, key);
    if (!q->step())
        return std::nullopt;
    return q->text(0);
}

void SqliteMetaRepository::setValue(const QString &key, const QString &value)
{
    auto q = m_db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q->bind(1, key).bind(2, value);
    q->run();
}

void SqliteMetaRepository::remove(const QString &key)
{
    auto q = m_db.prepare("DELETE FROM meta WHERE key = ?");
    q->bind(1, key);
    q->run();
}

} // namespace peyvand
