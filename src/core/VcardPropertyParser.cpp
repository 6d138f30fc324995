#include "VcardPropertyParser.h"

#include "TextDecoder.h"

namespace peyvand::VcardPropertyParser {

namespace {

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '/';
}

// RFC 6868: ^^ is ^, ^n a newline, ^' a double quote.
QString paramValue(const QByteArray &bytes)
{
    QString v = QString::fromUtf8(bytes);
    if (!v.contains(u'^'))
        return v;
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == u'^' && i + 1 < v.size()) {
            const QChar n = v[i + 1];
            if (n == u'^' || n == u'n' || n == u'N' || n == u'\'') {
                out += n == u'^' ? QChar(u'^') : n == u'\'' ? QChar(u'"') : QChar(u'\n');
                ++i;
                continue;
            }
        }
        out += v[i];
    }
    return out;
}

QString decode(const QByteArray &bytes, TextEncoding encoding, qint64 &invalid)
{
    TextDecoder decoder(encoding);
    QString out;
    decoder.decode(bytes, out);
    decoder.finish(out);
    invalid = decoder.invalidSequences();
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray decodeQuotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < bytes.size()) {
            const int hi = hexValue(bytes[i + 1]);
            const int lo = hexValue(bytes[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        if (i + 1 == bytes.size())
            continue; // a soft line break left at the very end
        out += c;
    }
    return out;
}

bool isQuotedPrintable(const QByteArray &line)
{
    // A parameter that is the encoding (2.1's bare QUOTED-PRINTABLE or
    // ENCODING=QUOTED-PRINTABLE), not any text that contains the word: a
    // TYPE=HOMEQUOTED-PRINTABLE would otherwise turn a folded line's "=" at
    // its end into a soft line break (found by fuzzing).
    // Parameters end at the first ':' outside double quotes, as parse() reads them.
    const auto isEncoding = [](const QByteArray &param) {
        const QByteArray p = param.trimmed().toUpper();
        return p == "QUOTED-PRINTABLE" || p == "ENCODING=QUOTED-PRINTABLE";
    };
    qsizetype start = -1; // the current parameter's first byte (after a ';')
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == ';' || c == ':')) {
            if (start >= 0 && isEncoding(line.mid(start, i - start)))
                return true;
            if (c == ':')
                return false;
            start = i + 1;
        }
    }
    return start >= 0 && isEncoding(line.mid(start));
}

bool parse(const QByteArray &line, qint64 lineNumber, VcardProperty &p)
{
    p = VcardProperty();
    p.line = lineNumber;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isNameChar(line[i]))
        ++i;
    if (i == 0 || i == n || (line[i] != ';' && line[i] != ':'))
        return false;
    QString name = QString::fromLatin1(line.constData(), i).toUpper();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0) {
        p.group = name.left(dot).toLower();
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return false;
    p.name = name;

    while (i < n && line[i] == ';') {
        ++i;
        const qsizetype start = i;
        while (i < n && line[i] != '=' && line[i] != ';' && line[i] != ':')
            ++i;
        const QString paramName = QString::fromUtf8(line.mid(start, i - start)).trimmed().toUpper();
        // A parameter name is a token: a control character (a stray CR) makes
        // the line no content line, rather than a name no writer can write back.
        for (const QChar c : paramName)
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return false;
        if (i < n && line[i] == '=') {
            ++i;
            VcardParam param { paramName, {} };
            while (true) {
                QByteArray value;
                if (i < n && line[i] == '"') {
                    const qsizetype close = line.indexOf('"', i + 1);
                    if (close < 0)
                        return false;
                    value = line.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    const qsizetype s = i;
                    while (i < n && line[i] != ',' && line[i] != ';' && line[i] != ':')
                        ++i;
                    value = line.mid(s, i - s);
                }
                param.values << paramValue(value);
                if (i < n && line[i] == ',') {
                    ++i;
                    continue;
                }
                break;
            }
            p.params << param;
        } else if (!paramName.isEmpty()) {
            // vCard 2.1: TEL;CELL;VOICE, NOTE;QUOTED-PRINTABLE
            static const QStringList encodings { QStringLiteral("QUOTED-PRINTABLE"), QStringLiteral("BASE64"),
                                                 QStringLiteral("8BIT"), QStringLiteral("7BIT") };
            if (encodings.contains(paramName))
                p.params << VcardParam { QStringLiteral("ENCODING"), { paramName } };
            else
                p.params << VcardParam { QStringLiteral("TYPE"), { paramName } };
        }
    }
    if (i >= n || line[i] != ':')
        return false;
    QByteArray value = line.mid(i + 1);

    const QString encoding = p.param(QStringLiteral("ENCODING")).value(0).toUpper();
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        value = decodeQuotedPrintable(value);

    const QString charset = p.param(QStringLiteral("CHARSET")).value(0).toLower().remove(u'-').remove(u'_');
    qint64 invalid = 0;
    if (charset == QLatin1String("windows1256") || charset == QLatin1String("cp1256")) {
        p.value = decode(value, TextEncoding::Windows1256, invalid);
    } else if (charset == QLatin1String("iso88591") || charset == QLatin1String("latin1")) {
        p.value = QString::fromLatin1(value);
    } else {
        p.value = decode(value, TextEncoding::Utf8, invalid);
        if (invalid > 0 && charset.isEmpty())
            p.value = decode(value, TextEncoding::Windows1256, invalid);
    }
    // Quoted-printable can spell any byte: a control character a text file
    // never holds (=00 and the like, as CsvReader and EncodingDetector count
    // them) is damage, shown as U+FFFD like bytes invalid in the charset.
    for (qsizetype k = 0; k < p.value.size(); ++k) {
        const char16_t c = p.value[k].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r') {
            p.value[k] = QChar(TextDecoder::kReplacement);
            ++invalid;
        }
    }
    p.invalidText = invalid > 0;
    return true;
}

} // namespace peyvand::VcardPropertyParser
