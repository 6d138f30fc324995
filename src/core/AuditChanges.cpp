#include "AuditChanges.h"

#include <QStringList>

namespace peyvand::AuditChanges {

namespace {

using json = nlohmann::ordered_json;

// Empty bytes: no record. Text that is not JSON is kept as a string so it is
// still shown rather than dropped.
json parse(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return nullptr;
    json value = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (value.is_discarded())
        return json(bytes.toStdString());
    return value;
}

bool isEmptyValue(const json &value)
{
    return value.is_null() || (value.is_string() && value.get_ref<const std::string &>().empty())
        || ((value.is_array() || value.is_object()) && value.empty());
}

// Changed by every save: not a change anyone made.
bool isBookkeeping(const std::string &name)
{
    return name == "version" || name == "updated_at";
}

QString key(const std::string &name)
{
    return QString::fromStdString(name);
}

} // namespace

QList<AuditChange> between(const QByteArray &oldValues, const QByteArray &newValues)
{
    const json before = parse(oldValues);
    const json after = parse(newValues);
    QList<AuditChange> out;
    const bool objects = (before.is_object() || before.is_null()) && (after.is_object() || after.is_null());
    if (!objects) {
        if (before != after)
            out << AuditChange { QString(), before, after };
        return out;
    }
    static const json empty = json::object();
    const json &oldObject = before.is_null() ? empty : before;
    const json &newObject = after.is_null() ? empty : after;
    // A create or a delete: the record's non-empty fields; an update: what differs.
    const bool whole = before.is_null() || after.is_null();
    for (const auto &[name, value] : newObject.items()) {
        if (!whole && isBookkeeping(name))
            continue;
        const auto old = oldObject.find(name);
        const json &was = old == oldObject.end() ? json() : *old;
        if (whole ? !isEmptyValue(value) : was != value)
            out << AuditChange { key(name), was, value };
    }
    for (const auto &[name, value] : oldObject.items()) {
        if (newObject.contains(name) || (!whole && isBookkeeping(name)))
            continue;
        if (whole ? !isEmptyValue(value) : !value.is_null())
            out << AuditChange { key(name), value, nullptr };
    }
    return out;
}

QStringList fields(const QList<AuditChange> &changes)
{
    QStringList out;
    out.reserve(changes.size());
    for (const AuditChange &c : changes)
        out << c.field;
    return out;
}

} // namespace peyvand::AuditChanges
