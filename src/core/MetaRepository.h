#pragma once
// Settings that belong to the database rather than to one PC: text values under
// dotted keys ("backup.keep"), kept with the data (the `meta` table in SQLite),
// so every PC that opens the same file agrees on them.
#include <QString>
#include <optional>

namespace peyvand {

class MetaRepository
{
public:
    virtual ~MetaRepository() = default;

    virtual std::optional<QString> value(const QString &key) const = 0;
    virtual void setValue(const QString &key, const QString &value) = 0; // inserts or replaces
    virtual void remove(const QString &key) = 0; // nothing when absent
};

} // namespace peyvand
