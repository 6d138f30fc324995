#include "VcardWriter.h"

#include "ContentLine.h"

namespace peyvand::VcardWriter {

namespace {

// RFC 6868 escapes; a CR (alone or before LF) is a newline too, never written raw.
QString paramValue(const QString &value)
{
    if (value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r') || value.contains(u'^')) {
        QString escaped = value;
        escaped.replace(u'^', QStringLiteral("^^")).replace(u'"', QStringLiteral("^'"));
        escaped.replace(QStringLiteral("\r\n"), QStringLiteral("^n")).replace(u'\r', QStringLiteral("^n"));
        escaped.replace(u'\n', QStringLiteral("^n"));
        return u'"' + escaped + u'"';
    }
    if (value.contains(u':') || value.contains(u';') || value.contains(u','))
        return u'"' + value + u'"';
    return value;
}

} // namespace

QByteArray line(const VcardProperty &p)
{
    QString text = p.group.isEmpty() ? p.name : p.group + u'.' + p.name;
    for (const VcardParam &param : p.params) {
        QStringList values;
        for (const QString &v : param.values)
            values << paramValue(v);
        text += u';' + param.name + u'=' + values.join(u',');
    }
    // The value comes escaped; a raw line break left in it would end the
    // content line early and leave the rest as a broken line.
    QString value = p.value;
    if (value.contains(u'\r') || value.contains(u'\n'))
        value.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
            .replace(u'\r', QStringLiteral("\\n"))
            .replace(u'\n', QStringLiteral("\\n"));
    text += u':' + value;
    return ContentLine::fold(text);
}

QByteArray card(const VcardCard &c)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:";
    out += c.version.isEmpty() ? QByteArray("3.0") : c.version.toUtf8();
    out += "\r\n";
    for (const VcardProperty &p : c.properties)
        out += line(p);
    out += "END:VCARD\r\n";
    return out;
}

} // namespace peyvand::VcardWriter
