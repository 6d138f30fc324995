#include "AuditValueText.h"

#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Display.h"
#include "Order.h"
#include "Pipeline.h"
#include "ServiceRequest.h"
#include "User.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace peyvand::AuditValueText {

namespace {

using json = nlohmann::ordered_json;

QString str(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

template<typename E> QString enumLabel(const QString &code)
{
    const auto value = fromCode<E>(code);
    return value ? Display::label(*value) : code;
}

// An enum code's label, by what the field means in this kind of record; the
// code itself when the field holds no enum.
QString codeLabel(const QString &entity, const QString &field, const QString &code)
{
    if (field == QLatin1String("kind"))
        return enumLabel<CustomerKind>(code);
    if (field == QLatin1String("lifecycle"))
        return enumLabel<Lifecycle>(code);
    if (field == QLatin1String("source"))
        return enumLabel<SourceChannel>(code);
    if (field == QLatin1String("lost_reason"))
        return enumLabel<LostReason>(code);
    if (field == QLatin1String("attitude"))
        return enumLabel<Attitude>(code);
    if (field == QLatin1String("direction"))
        return enumLabel<Direction>(code);
    if (field == QLatin1String("priority"))
        return enumLabel<Priority>(code);
    if (field == QLatin1String("method"))
        return enumLabel<PaymentMethod>(code);
    if (field == QLatin1String("type") && entity == QLatin1String("activity"))
        return enumLabel<ActivityType>(code);
    if (field == QLatin1String("role"))
        return entity == QLatin1String("user") ? enumLabel<UserRole>(code) : enumLabel<BuyingRole>(code);
    if (field == QLatin1String("status") || field == QLatin1String("from") || field == QLatin1String("to")) {
        if (entity == QLatin1String("deal"))
            return enumLabel<DealStatus>(code);
        if (entity == QLatin1String("order"))
            return enumLabel<OrderStatus>(code);
        if (entity == QLatin1String("request"))
            return enumLabel<RequestStatus>(code);
    }
    if (field == QLatin1String("outcome") && entity == QLatin1String("pipeline"))
        return enumLabel<StageOutcome>(code);
    return {};
}

bool isReference(const QString &field)
{
    return field.endsWith(QLatin1String("_id")) || field == QLatin1String("changed_by");
}

bool isMoneyField(const QString &field)
{
    return field == QLatin1String("amount") || field == QLatin1String("total") || field == QLatin1String("unit_price");
}

QString text(const QString &entity, const QString &field, const QString &s)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    if (isoDate.match(s).hasMatch()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return Display::date(d);
    }
    if (isoTime.match(s).hasMatch()) {
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (t.isValid())
            return Display::dateTime(t);
    }
    if (const QString label = codeLabel(entity, field, s); !label.isEmpty())
        return label;
    static const QStringList codes { QStringLiteral("national_id"),   QStringLiteral("national_code"),
                                     QStringLiteral("economic_code"), QStringLiteral("registration_no"),
                                     QStringLiteral("loyalty_card"),  QStringLiteral("tracking_code"),
                                     QStringLiteral("postal_code") };
    if (codes.contains(field))
        return Display::isolate(Display::digits(s));
    if (field == QLatin1String("number") || field == QLatin1String("mobile") || field == QLatin1String("phone"))
        return field == QLatin1String("number") && entity == QLatin1String("order")
            ? Display::isolate(Display::digits(s))
            : Display::phone(s);
    return s;
}

QString number(const QString &field, const json &v, const NameOf &nameOf)
{
    if (v.is_number_float())
        return Display::digits(QString::number(v.get<double>()));
    const qint64 n = v.get<qint64>();
    if (isReference(field)) {
        const QString name = nameOf ? nameOf(field, n) : QString();
        return name.isEmpty() ? Display::digits(QString::number(n)) : name;
    }
    if (isMoneyField(field))
        return Display::money(n);
    if (field == QLatin1String("id") || field.endsWith(QLatin1String("_ids")))
        return Display::digits(QString::number(n));
    return Display::number(n);
}

// One element of a nested array: a phone, an address, an order line, a payment…
QString item(const QString &entity, const QString &field, const json &v, const NameOf &nameOf)
{
    if (!v.is_object())
        return value(entity, field, v, nameOf);
    const auto at = [&](const char *key) { return v.contains(key) ? v.at(key) : json(); };
    if (field == QLatin1String("phones")) {
        const QString label = str(at("label"));
        const QString shown = Display::phone(str(at("number")));
        return label.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, label);
    }
    if (field == QLatin1String("lines"))
        return QStringLiteral("%1 × %2 (%3)")
            .arg(str(at("product")), value(entity, QStringLiteral("quantity"), at("quantity"), nameOf),
                 value(entity, QStringLiteral("unit_price"), at("unit_price"), nameOf));
    // Anything else: its non-empty parts, ids left out, each shown by its own field's rules.
    QStringList parts;
    for (const auto &[key, part] : v.items()) {
        const QString name = QString::fromStdString(key);
        if (name == QLatin1String("id") || part.is_null() || (part.is_string() && part.get<std::string>().empty()))
            continue;
        parts << value(entity, name, part, nameOf);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString value(const QString &entity, const QString &field, const json &v, const NameOf &nameOf)
{
    switch (v.type()) {
    case json::value_t::null:
        return QStringLiteral("—");
    case json::value_t::boolean:
        return v.get<bool>() ? QCoreApplication::translate("peyvand::AuditValueText", "Yes")
                             : QCoreApplication::translate("peyvand::AuditValueText", "No");
    case json::value_t::string:
        return text(entity, field, str(v));
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return number(field, v, nameOf);
    case json::value_t::array: {
        if (v.empty())
            return QStringLiteral("—");
        QStringList items;
        for (const json &element : v)
            items << item(entity, field, element, nameOf);
        return items.join(Display::persian() ? QStringLiteral("؛ ") : QStringLiteral("; "));
    }
    case json::value_t::object:
        return item(entity, field, v, nameOf);
    default:
        return QString::fromStdString(v.dump());
    }
}

QString recordName(const QString &entity, const json &oldValues, const json &newValues)
{
    const json &v = newValues.is_object() ? newValues : oldValues;
    if (!v.is_object())
        return {};
    const auto get = [&](const char *key) { return v.contains(key) ? str(v.at(key)).trimmed() : QString(); };
    if (entity == QLatin1String("customer") && !get("company_name").isEmpty())
        return get("company_name");
    if (entity == QLatin1String("customer") || entity == QLatin1String("contact"))
        return (get("first_name") + QLatin1Char(' ') + get("last_name")).trimmed();
    if (entity == QLatin1String("deal"))
        return get("title");
    if (entity == QLatin1String("order"))
        return Display::isolate(Display::digits(get("number")));
    if (entity == QLatin1String("request"))
        return get("subject");
    if (entity == QLatin1String("user"))
        return get("full_name").isEmpty() ? get("username") : get("full_name");
    if (entity == QLatin1String("activity"))
        return codeLabel(entity, QStringLiteral("type"), get("type"));
    return get("name");
}

} // namespace peyvand::AuditValueText
