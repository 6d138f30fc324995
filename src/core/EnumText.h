#pragma once
// Stable text codes (stored in the database and printed in JSON) and Persian
// labels for the domain's enums. Each enum specialises EnumInfo with one row per
// value; the codes are part of the CLI's documented interface.
#include <QString>
#include <array>
#include <optional>

namespace peyvand {

template<typename E> struct EnumRow
{
    E value;
    const char *code;
    const char *persian;
};

template<typename E> struct EnumInfo; // specialised next to each enum: static constexpr std::array rows

template<typename E> QString toCode(E value)
{
    for (const auto &row : EnumInfo<E>::rows)
        if (row.value == value)
            return QString::fromLatin1(row.code);
    return {};
}

template<typename E> QString toPersian(E value)
{
    for (const auto &row : EnumInfo<E>::rows)
        if (row.value == value)
            return QString::fromUtf8(row.persian);
    return {};
}

template<typename E> std::optional<E> fromCode(const QString &code)
{
    for (const auto &row : EnumInfo<E>::rows)
        if (code.compare(QLatin1String(row.code), Qt::CaseInsensitive) == 0)
            return row.value;
    return std::nullopt;
}

// All codes joined with '|', for usage and error messages.
template<typename E> QString allCodes()
{
    QString out;
    for (const auto &row : EnumInfo<E>::rows)
        out += (out.isEmpty() ? QString() : QStringLiteral("|")) + QString::fromLatin1(row.code);
    return out;
}

} // namespace peyvand
