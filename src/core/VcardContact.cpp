#include "VcardContact.h"

#include "ContentLine.h"
#include "PersianText.h"

#include <QRegularExpression>

namespace peyvand {

namespace {

using namespace VcardProperties;

QString withoutScheme(QString value, const QString &scheme)
{
    value = value.trimmed();
    if (value.startsWith(scheme, Qt::CaseInsensitive))
        value = value.mid(scheme.size());
    return value;
}

// BDAY as an ISO date when it is one in any of vCard's forms (19900517,
// 1990-05-17, 1990-05-17T00:00:00Z); empty for a birthday without a year
// (--0517, Apple's X-APPLE-OMIT-YEAR), which the domain cannot store; the
// text as written otherwise, for the domain's date parser to accept (a Jalali
// date) or reject.
QString birthdayText(const VcardProperty &p)
{
    const QString text = PersianText::toLatinDigits(p.text().trimmed());
    if (text.isEmpty() || text.startsWith(QStringLiteral("--")))
        return {};
    static const QRegularExpression basic(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(T.*)?$"));
    static const QRegularExpression extended(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$"));
    QRegularExpressionMatch m = basic.match(text);
    if (!m.hasMatch())
        m = extended.match(text);
    if (!m.hasMatch())
        return text;
    const QString omitYear = p.param(QStringLiteral("X-APPLE-OMIT-YEAR")).value(0);
    if (!omitYear.isEmpty() && omitYear == m.captured(1))
        return {};
    return QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

VcardProperty property(const QString &name, const QString &escapedValue, const QList<VcardParam> &params = {})
{
    VcardProperty p;
    p.name = name;
    p.value = escapedValue;
    p.params = params;
    return p;
}

QString international(const QString &number)
{
    // Canonical national numbers (09121234567) are written as +989121234567.
    static const QRegularExpression national(QStringLiteral("^0[1-9]\\d{9}$"));
    return national.match(number).hasMatch() ? QStringLiteral("+98") + number.mid(1) : number;
}

// A number a tel: URI (RFC 3966) can carry as written: digits, a leading +
// and visual separators. Anything else (a line break, a letter, an escape) is
// written as text, so that it can never break the content line.
bool isTelUri(const QString &number)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()\\-.]*[0-9][0-9 ()\\-.]*$"));
    return phone.match(number).hasMatch();
}

QStringList typesFor(const QStringList &types, VcardVersion version)
{
    QStringList out;
    for (const QString &t : types)
        out << (version == VcardVersion::V4 ? t.toLower() : t.toUpper());
    return out;
}

} // namespace

VcardContact VcardContact::fromCard(const VcardCard &card)
{
    VcardContact c;
    if (const VcardProperty *fn = card.first(kFn))
        c.formattedName = fn->text().trimmed();
    if (const VcardProperty *n = card.first(kN)) {
        const QStringList parts = n->components();
        c.familyName = parts.value(0).trimmed();
        c.givenName = parts.value(1).trimmed();
        c.additionalNames = parts.value(2).trimmed();
    }
    for (const VcardProperty *p : card.all(kTel)) {
        const QString number = withoutScheme(p->text(), QStringLiteral("tel:"));
        if (!number.isEmpty())
            c.phones << Phone { number, p->types() };
    }
    for (const VcardProperty *p : card.all(kEmail)) {
        const QString address = withoutScheme(p->text(), QStringLiteral("mailto:"));
        if (!address.isEmpty())
            c.emails << Email { address, p->types() };
    }
    if (const VcardProperty *org = card.first(kOrg))
        c.organization = org->components().value(0).trimmed();
    if (const VcardProperty *title = card.first(kTitle))
        c.title = title->text().trimmed();
    for (const VcardProperty *p : card.all(kAdr)) {
        const QStringList parts = p->components();
        Address a;
        a.types = p->types();
        QStringList street;
        for (int i : { 0, 1, 2 })
            if (!parts.value(i).trimmed().isEmpty())
                street << parts.value(i).trimmed();
        a.street = street.join(QStringLiteral("، "));
        a.locality = parts.value(3).trimmed();
        a.region = parts.value(4).trimmed();
        a.postalCode = parts.value(5).trimmed();
        a.country = parts.value(6).trimmed();
        if (!a.street.isEmpty() || !a.locality.isEmpty() || !a.region.isEmpty() || !a.postalCode.isEmpty())
            c.addresses << a;
    }
    if (const VcardProperty *bday = card.first(kBday))
        c.birthday = birthdayText(*bday);
    if (const VcardProperty *note = card.first(kNote))
        c.note = note->text().trimmed();
    if (const VcardProperty *code = card.first(kNationalCode))
        c.nationalCode = code->text().trimmed();
    if (const VcardProperty *uid = card.first(kUid))
        c.uid = uid->text().trimmed();
    return c;
}

VcardCard VcardContact::toCard(VcardVersion version) const
{
    const bool v4 = version == VcardVersion::V4;
    VcardCard card;
    card.version = v4 ? QStringLiteral("4.0") : QStringLiteral("3.0");
    QString fn = formattedName;
    if (fn.isEmpty())
        fn = QStringList { givenName, familyName }.join(u' ').trimmed();
    if (fn.isEmpty())
        fn = organization;
    card.properties << property(kFn, ContentLine::escape(fn));
    card.properties << property(kN, ContentLine::structured({ familyName, givenName, additionalNames, {}, {} }));
    for (const Phone &p : phones) {
        const QString number = international(p.number);
        const bool uri = v4 && isTelUri(number);
        QList<VcardParam> params;
        if (uri)
            params << VcardParam { QStringLiteral("VALUE"), { QStringLiteral("uri") } };
        if (!p.types.isEmpty())
            params << VcardParam { QStringLiteral("TYPE"), typesFor(p.types, version) };
        card.properties << property(kTel, uri ? QStringLiteral("tel:") + number : ContentLine::escape(number), params);
    }
    for (const Email &e : emails) {
        QStringList types = e.types;
        if (!v4 && !types.contains(QStringLiteral("internet")))
            types.prepend(QStringLiteral("internet"));
        QList<VcardParam> params;
        if (!types.isEmpty())
            params << VcardParam { QStringLiteral("TYPE"), typesFor(types, version) };
        card.properties << property(kEmail, ContentLine::escape(e.address), params);
    }
    if (!organization.isEmpty())
        card.properties << property(kOrg, ContentLine::structured({ organization }));
    if (!title.isEmpty())
        card.properties << property(kTitle, ContentLine::escape(title));
    for (const Address &a : addresses) {
        QList<VcardParam> params;
        if (!a.types.isEmpty())
            params << VcardParam { QStringLiteral("TYPE"), typesFor(a.types, version) };
        card.properties << property(
            kAdr, ContentLine::structured({ {}, {}, a.street, a.locality, a.region, a.postalCode, a.country }), params);
    }
    if (birthDate.isValid())
        card.properties << property(kBday,
                                    birthDate.toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    if (!note.isEmpty())
        card.properties << property(kNote, ContentLine::escape(note));
    if (!nationalCode.isEmpty())
        card.properties << property(kNationalCode, ContentLine::escape(nationalCode));
    if (!uid.isEmpty())
        card.properties << property(kUid, ContentLine::escape(uid));
    return card;
}

} // namespace peyvand
