#include "VcardCard.h"

#include "ContentLine.h"

namespace peyvand {

QStringList VcardProperty::param(const QString &wanted) const
{
    QStringList out;
    for (const VcardParam &p : params)
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            out << p.values;
    return out;
}

QStringList VcardProperty::types() const
{
    QStringList out;
    // TYPE="work,voice" (RFC 6350's own examples quote the list) is two types.
    for (const QString &value : param(QStringLiteral("TYPE")))
        for (const QString &t : value.split(u',', Qt::SkipEmptyParts))
            out << t.trimmed().toLower();
    return out;
}

QString VcardProperty::text() const
{
    return ContentLine::unescape(value);
}

QStringList VcardProperty::components() const
{
    return ContentLine::components(value);
}

QList<const VcardProperty *> VcardCard::all(const QString &name) const
{
    QList<const VcardProperty *> out;
    for (const VcardProperty &p : properties)
        if (p.name == name)
            out << &p;
    return out;
}

const VcardProperty *VcardCard::first(const QString &name) const
{
    const VcardProperty *best = nullptr;
    int bestPref = 101;
    for (const VcardProperty &p : properties) {
        if (p.name != name)
            continue;
        // PREF=1 (4.0) or TYPE=pref (3.0) wins; otherwise the first one.
        int pref = 100;
        bool ok = false;
        const int n = p.param(QStringLiteral("PREF")).value(0).toInt(&ok);
        if (ok)
            pref = n;
        else if (p.hasType(QStringLiteral("pref")))
            pref = 1;
        if (pref < bestPref) {
            best = &p;
            bestPref = pref;
        }
    }
    return best;
}

} // namespace peyvand
