#include "JsonFieldReader.h"

#include "IsoTime.h"

#include <cstring>
#include <limits>

namespace peyvand {

JsonFieldReader::JsonFieldReader(const nlohmann::json &object, std::string path)
    : m_object(object)
    , m_path(std::move(path))
{
    if (!m_object.is_object())
        fail(m_path, "wrong_type", std::string("expected an object, got ") + typeName(m_object));
    m_used.reserve(16);
}

void JsonFieldReader::fail(const std::string &path, const char *code, const std::string &message)
{
    const QString p = QString::fromStdString(path);
    throw ValidationError(p, QString::fromLatin1(code), QString::fromStdString(message),
                          QStringLiteral("مقدار نامعتبر در فایل JSON: ") + p);
}

std::string JsonFieldReader::excerpt(const std::string &text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

std::string JsonFieldReader::member(const std::string &path, const std::string &key)
{
    const std::string k = excerpt(key, 60);
    bool plain = !k.empty();
    for (const char c : k)
        plain = plain
            && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
    if (plain)
        return path.empty() ? k : path + '.' + k;
    return path + '[' + nlohmann::json(k).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + ']';
}

const char *JsonFieldReader::typeName(const nlohmann::json &v)
{
    if (v.is_number_float())
        return "a fractional number";
    if (v.is_number())
        return "an integer";
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "something else";
    }
}

const nlohmann::json *JsonFieldReader::find(const char *key)
{
    const auto it = m_object.find(key);
    if (it == m_object.end())
        return nullptr;
    m_used.push_back(key);
    return &*it;
}

namespace {

bool fitsInt64(const nlohmann::json &v)
{
    if (v.is_number_unsigned())
        return v.get<nlohmann::json::number_unsigned_t>() <= quint64(std::numeric_limits<qint64>::max());
    return v.is_number_integer();
}

} // namespace

qint64 JsonFieldReader::integer(const char *key, qint64 min, qint64 max)
{
    const nlohmann::json *v = find(key);
    if (!v)
        fail(path(key), "missing", "required field is missing");
    if (!v->is_number_integer() || !fitsInt64(*v))
        fail(path(key), "wrong_type", std::string("expected an integer, got ") + typeName(*v));
    const qint64 n = v->get<qint64>();
    if (n < min || n > max)
        fail(path(key), "out_of_range",
             std::to_string(n) + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return n;
}

qint64 JsonFieldReader::integerOr(const char *key, qint64 min, qint64 max, qint64 fallback)
{
    const auto it = m_object.find(key);
    if (it == m_object.end())
        return fallback;
    if (it->is_null()) {
        m_used.push_back(key);
        return fallback;
    }
    return integer(key, min, max);
}

qint64 JsonFieldReader::id(const char *key)
{
    return integer(key, 1, std::numeric_limits<qint64>::max());
}

qint64 JsonFieldReader::optionalId(const char *key)
{
    return integerOr(key, 1, std::numeric_limits<qint64>::max(), 0);
}

std::optional<qint64> JsonFieldReader::maybeId(const char *key)
{
    const qint64 v = optionalId(key);
    return v ? std::optional<qint64>(v) : std::nullopt;
}

bool JsonFieldReader::boolean(const char *key)
{
    const nlohmann::json *v = find(key);
    if (!v)
        return false;
    if (!v->is_boolean())
        fail(path(key), "wrong_type", std::string("expected true or false, got ") + typeName(*v));
    return v->get<bool>();
}

QString JsonFieldReader::text(const char *key)
{
    const nlohmann::json *v = find(key);
    if (!v)
        return {};
    if (!v->is_string())
        fail(path(key), "wrong_type", std::string("expected a string, got ") + typeName(*v));
    const std::string &s = v->get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString JsonFieldReader::requiredText(const char *key)
{
    if (m_object.find(key) == m_object.end())
        fail(path(key), "missing", "required field is missing");
    const QString s = text(key);
    if (s.trimmed().isEmpty())
        fail(path(key), "empty", "must not be empty");
    return s;
}

QDate JsonFieldReader::date(const char *key)
{
    const nlohmann::json *v = find(key);
    if (!v || v->is_null())
        return {};
    if (!v->is_string())
        fail(path(key), "wrong_type", std::string("expected a date \"YYYY-MM-DD\", got ") + typeName(*v));
    const auto d = IsoTime::parseDate(v->get_ref<const std::string &>());
    if (!d)
        fail(path(key), "bad_date", "'" + excerpt(v->get<std::string>(), 40) + "' is not a date YYYY-MM-DD");
    return *d;
}

QDateTime JsonFieldReader::optionalTime(const char *key)
{
    const nlohmann::json *v = find(key);
    if (!v || v->is_null())
        return {};
    if (!v->is_string())
        fail(path(key), "wrong_type", std::string("expected a time \"YYYY-MM-DDTHH:MM:SSZ\", got ") + typeName(*v));
    const auto t = IsoTime::parseTime(v->get_ref<const std::string &>());
    if (!t)
        fail(path(key), "bad_time",
             "'" + excerpt(v->get<std::string>(), 40) + "' is not an ISO-8601 time with a zone (YYYY-MM-DDTHH:MM:SSZ)");
    return *t;
}

QDateTime JsonFieldReader::time(const char *key)
{
    const auto it = m_object.find(key);
    if (it == m_object.end() || it->is_null())
        fail(path(key), "missing", "required time is missing");
    return optionalTime(key);
}

std::string JsonFieldReader::codeText(const char *key, bool required)
{
    const nlohmann::json *v = find(key);
    if (!v || v->is_null()) {
        if (required)
            fail(path(key), "missing", "required field is missing");
        return {};
    }
    if (!v->is_string())
        fail(path(key), "wrong_type", std::string("expected a code (a string), got ") + typeName(*v));
    std::string c = v->get<std::string>();
    if (c.empty())
        fail(path(key), "bad_code", "empty code");
    return excerpt(c, 60);
}

const nlohmann::json &JsonFieldReader::array(const char *key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const nlohmann::json *v = find(key);
    if (!v || v->is_null())
        return empty;
    if (!v->is_array())
        fail(path(key), "wrong_type", std::string("expected an array, got ") + typeName(*v));
    return *v;
}

JsonFieldReader JsonFieldReader::item(const char *key, std::size_t i)
{
    // array(key) was called first (and counted the key as read).
    return JsonFieldReader(m_object.find(key)->at(i), path(key) + '[' + std::to_string(i) + ']');
}

void JsonFieldReader::finish() const
{
    if (m_used.size() == m_object.size())
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool known = false;
        for (const char *k : m_used)
            known = known || it.key() == k;
        if (!known)
            fail(member(m_path, it.key()), "unknown_field", "unknown field");
    }
}

} // namespace peyvand
