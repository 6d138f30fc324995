#include "CliArgs.h"

#include "PersianText.h"
#include "UsageError.h"

namespace peyvand::cli {

CliArgs::CliArgs(const QStringList &words, const QSet<QString> &known, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (!known.contains(name) && !flags.contains(name))
            throw UsageError("unknown option --" + name.toStdString());
        if (flags.contains(name)) {
            if (inlineValue)
                throw UsageError("option --" + name.toStdString() + " takes no value");
            m_options.insert(name, QString());
            continue;
        }
        if (inlineValue) {
            m_options.insert(name, *inlineValue);
        } else {
            if (i + 1 >= words.size())
                throw UsageError("option --" + name.toStdString() + " needs a value");
            m_options.insert(name, words[++i]);
        }
    }
}

std::optional<QString> CliArgs::value(const QString &name) const
{
    if (!m_options.contains(name))
        return std::nullopt;
    return m_options.value(name);
}

QString CliArgs::value(const QString &name, const QString &fallback) const
{
    return m_options.contains(name) ? m_options.value(name) : fallback;
}

std::optional<qint64> CliArgs::integer(const QString &name) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = PersianText::toLatinDigits(text->trimmed()).toLongLong(&ok);
    if (!ok)
        throw UsageError("option --" + name.toStdString() + " needs a whole number, not '" + text->toStdString() + "'");
    return v;
}

} // namespace peyvand::cli
