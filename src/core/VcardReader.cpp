#include "VcardReader.h"

#include "VcardPropertyParser.h"

#include <QIODevice>

namespace peyvand {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString shortened(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.left(200));
    return bytes.size() > 200 ? text.left(197) + QStringLiteral("...") : text;
}

// The property name at the start of a (possibly cut) line, for problems.
QString nameOf(const QByteArray &line)
{
    qsizetype end = 0;
    while (end < line.size() && end < 64 && line[end] != ';' && line[end] != ':')
        ++end;
    QString name = QString::fromLatin1(line.left(end)).toUpper();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    return name;
}

} // namespace

VcardReader::VcardReader(QIODevice &device, const VcardLimits &limits)
    : m_device(device)
    , m_limits(limits)
{
    m_totalBytes = device.isSequential() ? 0 : device.size();
}

void VcardReader::fail(qint64 card, const QString &column, const QString &value, const QString &code,
                       const QString &message, const QString &persianMessage)
{
    if (!m_error)
        m_error = ImportProblem { card, column, value, code, message, persianMessage };
}

bool VcardReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Into a buffer kept between reads: QIODevice::read(qint64) would allocate
    // a whole chunk for every read, however few bytes a pipe hands over.
    m_chunk.resize(kChunk);
    const qint64 got = m_device.read(m_chunk.data(), kChunk);
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_bytesRead += got;
    const qsizetype start = m_buffer.size();
    m_buffer.append(m_chunk.constData(), got);
    if (!m_started && m_buffer.size() >= 3) {
        m_started = true;
        const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.constData());
        if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
            m_buffer.remove(0, 3);
        } else if ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
            fail(0, QString(), QString(), QStringLiteral("unsupported_encoding"),
                 QStringLiteral("the file is UTF-16; save the vCards as UTF-8"),
                 QStringLiteral("فایل با کدگذاری UTF-16 است؛ آن را با UTF-8 ذخیره کنید"));
            return false;
        }
    }
    if (m_buffer.indexOf('\0', start) >= 0) {
        fail(0, QString(), QString(), QStringLiteral("binary_file"),
             QStringLiteral("the file holds binary data, not vCards"),
             QStringLiteral("فایل داده‌ی دودویی دارد و کارت ویزیت (vCard) نیست"));
        return false;
    }
    return true;
}

bool VcardReader::physicalLine(QByteArray &line)
{
    if (m_peeked) {
        line = std::move(*m_peeked);
        m_peeked.reset();
        return true;
    }
    while (true) {
        if (m_error)
            return false;
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        // The limit holds wherever the chunks happen to end: a long line whose
        // end came in the same chunk is refused as one still without its end is.
        if (newline >= 0 && newline - m_pos <= m_limits.maxLineBytes) {
            qsizetype end = newline;
            if (end > m_pos && m_buffer[end - 1] == '\r')
                --end;
            line = m_buffer.mid(m_pos, end - m_pos);
            m_pos = newline + 1;
            ++m_line;
            return true;
        }
        if (m_buffer.size() - m_pos > m_limits.maxLineBytes) {
            const QString name = nameOf(m_buffer.mid(m_pos, 64));
            fail(m_cards, name, shortened(m_buffer.mid(m_pos, 200)), QStringLiteral("line_too_long"),
                 QStringLiteral("line %1 is longer than %2 bytes").arg(m_line + 1).arg(m_limits.maxLineBytes),
                 QStringLiteral("سطر %1 از %2 بایت بلندتر است").arg(m_line + 1).arg(m_limits.maxLineBytes));
            return false;
        }
        if (!fill()) {
            if (m_error || m_pos >= m_buffer.size())
                return false;
            line = m_buffer.mid(m_pos);
            if (line.endsWith('\r'))
                line.chop(1);
            m_pos = m_buffer.size();
            ++m_line;
            return true;
        }
    }
}

bool VcardReader::logicalLine(QByteArray &line, qint64 &lineNumber)
{
    if (!physicalLine(line))
        return false;
    lineNumber = m_line;
    const bool quotedPrintable = VcardPropertyParser::isQuotedPrintable(line);
    QByteArray next;
    while (physicalLine(next)) {
        const bool folded = !next.isEmpty() && (next[0] == ' ' || next[0] == '\t');
        const bool softBreak = quotedPrintable && line.endsWith('=');
        if (softBreak) {
            line.chop(1);
            line += folded ? next.mid(1) : next;
        } else if (folded) {
            line += next.mid(1);
        } else {
            m_peeked = std::move(next);
            break;
        }
        if (line.size() > m_limits.maxLineBytes) {
            fail(m_cards, nameOf(line), shortened(line), QStringLiteral("line_too_long"),
                 QStringLiteral("the property starting on line %1 is longer than %2 bytes")
                     .arg(lineNumber)
                     .arg(m_limits.maxLineBytes),
                 QStringLiteral("ویژگی آغازشده در سطر %1 از %2 بایت بلندتر است")
                     .arg(lineNumber)
                     .arg(m_limits.maxLineBytes));
            return false;
        }
    }
    return !m_error;
}

bool VcardReader::next(VcardCard &card)
{
    bool inCard = false;
    QByteArray line;
    qint64 lineNumber = 0;
    while (logicalLine(line, lineNumber)) {
        if (line.trimmed().isEmpty())
            continue;
        VcardProperty p;
        const bool ok = VcardPropertyParser::parse(line, lineNumber, p);
        const QString value = ok ? p.value.trimmed().toUpper() : QString();
        if (!inCard) {
            if (ok && p.name == QLatin1String("BEGIN") && value == QLatin1String("VCARD")) {
                inCard = true;
                card = VcardCard();
                card.number = ++m_cards;
                card.line = lineNumber;
                continue;
            }
            if (ok && p.name == QLatin1String("END")) {
                fail(m_cards, p.name, shortened(line), QStringLiteral("unmatched_end"),
                     QStringLiteral("line %1 ends a card that never began").arg(lineNumber),
                     QStringLiteral("سطر %1 پایان کارتی است که آغاز نشده است").arg(lineNumber));
                return false;
            }
            fail(m_cards, ok ? p.name : QString(), shortened(line), QStringLiteral("outside_card"),
                 QStringLiteral("line %1 is not inside BEGIN:VCARD … END:VCARD; is this a vCard file?").arg(lineNumber),
                 QStringLiteral("سطر %1 درون BEGIN:VCARD … END:VCARD نیست؛ آیا این فایل vCard است؟").arg(lineNumber));
            return false;
        }
        if (!ok) {
            card.problems << ImportProblem {
                card.number,
                nameOf(line),
                shortened(line),
                QStringLiteral("malformed_line"),
                QStringLiteral("line %1 is not a vCard property (NAME:value)").arg(lineNumber),
                QStringLiteral("سطر %1 یک ویژگی vCard (نام:مقدار) نیست").arg(lineNumber)
            };
            continue;
        }
        if (p.name == QLatin1String("BEGIN")) {
            fail(card.number, p.name, shortened(line), QStringLiteral("nested_begin"),
                 QStringLiteral("line %1 begins a %2 inside the card that began on line %3, which has no END")
                     .arg(lineNumber)
                     .arg(p.value.trimmed(), QString::number(card.line)),
                 QStringLiteral("سطر %1 درون کارتی که از سطر %2 آغاز شده و END ندارد، کارت "
                                "تازه‌ای "
                                "آغاز "
                                "می‌کند")
                     .arg(lineNumber)
                     .arg(card.line));
            return false;
        }
        if (p.name == QLatin1String("END")) {
            if (value != QLatin1String("VCARD")) {
                fail(card.number, p.name, shortened(line), QStringLiteral("mismatched_end"),
                     QStringLiteral("line %1 ends a %2, but the open card is a VCARD").arg(lineNumber).arg(p.value),
                     QStringLiteral("سطر %1 پایان %2 است ولی کارت باز VCARD است").arg(lineNumber).arg(p.value));
                return false;
            }
            return true;
        }
        if (p.name == QLatin1String("VERSION")) {
            card.version = p.value.trimmed();
            continue;
        }
        if (card.properties.size() >= m_limits.maxProperties) {
            fail(card.number, p.name, QString(), QStringLiteral("too_many_properties"),
                 QStringLiteral("the card that begins on line %1 has more than %2 properties")
                     .arg(card.line)
                     .arg(m_limits.maxProperties),
                 QStringLiteral(
                     "کارتی که از سطر %1 آغاز می‌شود بیش از %2 ویژگی دارد")
                     .arg(card.line)
                     .arg(m_limits.maxProperties));
            return false;
        }
        card.properties << std::move(p);
    }
    if (inCard && !m_error)
        fail(card.number, QStringLiteral("END"), QString(), QStringLiteral("unterminated_card"),
             QStringLiteral("the card that begins on line %1 has no END:VCARD").arg(card.line),
             QStringLiteral("کارتی که از سطر %1 آغاز می‌شود END:VCARD ندارد")
                 .arg(card.line));
    return false;
}

} // namespace peyvand
