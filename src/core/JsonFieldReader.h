#pragma once
// Reads the fields of one JSON object of an import, checking each one's type
// and range, and throws ValidationError naming the field's path
// (e.g. "customers[12].national_id") with an English message. finish()
// refuses fields it was not asked for (a misspelt name is not silently lost).
#include "EnumText.h"
#include "ValidationError.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace peyvand {

class JsonFieldReader
{
public:
    JsonFieldReader(const nlohmann::json &object, std::string path);

    [[noreturn]] static void fail(const std::string &path, const char *code, const std::string &message);
    static const char *typeName(const nlohmann::json &value);
    // The path of member `key` of the value at `path` (empty: the top level):
    // path.key for a plain key (letters, digits, _ and -), else path["key"]
    // with the key JSON-quoted, so an empty or odd key still names a place.
    // Long keys are cut to 60 bytes.
    static std::string member(const std::string &path, const std::string &key);
    // At most `maxBytes` of `text`, cut where a UTF-8 character starts.
    static std::string excerpt(const std::string &text, std::size_t maxBytes);

    const std::string &path() const { return m_path; }
    std::string path(const char *key) const { return m_path + '.' + key; }

    qint64 id(const char *key); // required, positive
    qint64 optionalId(const char *key); // null or absent: 0
    std::optional<qint64> maybeId(const char *key);
    qint64 integer(const char *key, qint64 min, qint64 max); // required
    qint64 integerOr(const char *key, qint64 min, qint64 max, qint64 fallback); // absent or null: fallback
    bool boolean(const char *key); // absent: false
    QString text(const char *key); // absent: ""
    QString requiredText(const char *key); // present and not empty
    QDate date(const char *key); // null or absent: invalid
    QDateTime time(const char *key); // required
    QDateTime optionalTime(const char *key); // null or absent: invalid
    template<class E> E code(const char *key)
    {
        const std::string c = codeText(key, true);
        if (const auto v = fromCode<E>(QString::fromStdString(c)))
            return *v;
        badCode<E>(key, c);
    }
    template<class E> std::optional<E> optionalCode(const char *key)
    {
        const std::string c = codeText(key, false);
        if (c.empty())
            return std::nullopt;
        if (const auto v = fromCode<E>(QString::fromStdString(c)))
            return v;
        badCode<E>(key, c);
    }
    // An array (absent or null: empty); items are read with at(key, i).
    const nlohmann::json &array(const char *key);
    // The `i`th item of array `key` as an object reader.
    JsonFieldReader item(const char *key, std::size_t i);

    // Throws when the object has a field none of the getters asked for.
    void finish() const;

private:
    const nlohmann::json *find(const char *key);
    std::string codeText(const char *key, bool required);
    template<class E> [[noreturn]] void badCode(const char *key, const std::string &c)
    {
        std::string known;
        for (const auto &row : EnumInfo<E>::rows)
            known += std::string(known.empty() ? "" : ", ") + row.code;
        fail(path(key), "bad_code", "'" + c + "' is not one of " + known);
    }

    const nlohmann::json &m_object;
    std::string m_path;
    std::vector<const char *> m_used; // keys found (each key once: the builder refuses repeated keys)
};

} // namespace peyvand
