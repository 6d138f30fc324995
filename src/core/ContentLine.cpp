#include "ContentLine.h"

namespace peyvand::ContentLine {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString unescape(const QString &value)
{
    if (!value.contains(u'\\'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value[++i];
        switch (next.unicode()) {
        case u'n':
        case u'N':
            out += u'\n';
            break;
        case u'\\':
        case u',':
        case u';':
        case u':':
        case u'"':
            out += next;
            break;
        default:
            out += c;
            out += next;
        }
    }
    return out;
}

QStringList components(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value[++i];
        } else if (c == u';') {
            parts << unescape(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts << unescape(current);
    return parts;
}

QString structured(const QStringList &components)
{
    QStringList escaped;
    escaped.reserve(components.size());
    for (const QString &c : components)
        escaped << escape(c);
    return escaped.join(u';');
}

QByteArray fold(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    constexpr qsizetype kMax = 75;
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The whole UTF-8 sequence starting at i goes on one line.
        qsizetype n = 1;
        while (i + n < utf8.size() && (static_cast<unsigned char>(utf8[i + n]) & 0xC0) == 0x80)
            ++n;
        if (lineLength + n > kMax) {
            out += "\r\n ";
            lineLength = 1;
        }
        out.append(utf8.constData() + i, n);
        lineLength += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

} // namespace peyvand::ContentLine
