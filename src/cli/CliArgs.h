#pragma once
// The words after a command: positional arguments and --options. Options named
// in `flags` take no value; every other option takes exactly one (--opt VALUE or
// --opt=VALUE). An option not in `known` is a usage error.
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace peyvand::cli {

class CliArgs
{
public:
    CliArgs(const QStringList &words, const QSet<QString> &known, const QSet<QString> &flags);

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_options.contains(name); }
    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &fallback) const;
    QStringList values(const QString &name) const { return m_options.values(name); }
    // The value as a whole number (digits of any script); UsageError otherwise.
    std::optional<qint64> integer(const QString &name) const;

private:
    QStringList m_positional;
    QMultiMap<QString, QString> m_options;
};

} // namespace peyvand::cli
