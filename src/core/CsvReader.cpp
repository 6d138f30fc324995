#include "CsvReader.h"

#include "EncodingDetector.h"

#include <QIODevice>

namespace peyvand {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

bool isSpecial(char16_t c, char16_t separator)
{
    return c == separator || c == u'"' || c < 0x20 || c == TextDecoder::kReplacement;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, const CsvFormat &format, const CsvLimits &limits)
    : m_device(device)
    , m_format(format)
    , m_limits(limits)
    , m_decoder(format.encoding)
{
}

bool CsvReader::fill()
{
    m_buffer.resize(0);
    m_pos = 0;
    while (m_buffer.isEmpty() && !m_eof) {
        m_chunk.resize(kChunkBytes);
        const qint64 got = m_device.read(m_chunk.data(), kChunkBytes);
        if (got < 0)
            return fail(QStringLiteral("read_error"),
                        QStringLiteral("cannot read the file: %1").arg(m_device.errorString()),
                        QStringLiteral("خواندن فایل ممکن نیست: %1").arg(m_device.errorString()));
        m_chunk.resize(got);
        m_bytesRead += got;
        qsizetype skip = 0;
        if (!m_bomChecked && got > 0) {
            // A BOM is at most three bytes; the first chunk always holds it whole.
            skip = EncodingDetector::bomLength(m_chunk, m_format.encoding);
            m_bomChecked = true;
        }
        m_decoder.decode(m_chunk.constData() + skip, got - skip, m_buffer);
        // A pipe may be momentarily empty: only a read of nothing ends it.
        if (got == 0 || (!m_device.isSequential() && m_device.atEnd())) {
            m_eof = true;
            m_decoder.finish(m_buffer);
        }
    }
    return !m_buffer.isEmpty();
}

bool CsvReader::fail(const QString &code, const QString &message, const QString &persianMessage)
{
    if (!m_error)
        m_error = ImportProblem::atRow(m_records, code, message, persianMessage);
    return false;
}

bool CsvReader::append(const QChar *text, qsizetype size)
{
    m_field.append(text, size);
    if (m_field.size() <= m_limits.maxFieldChars)
        return true;
    const bool quoted = m_state == State::Quoted;
    return fail(QStringLiteral("field_too_long"),
                QStringLiteral("a field on line %1 is longer than %2 characters%3")
                    .arg(m_line)
                    .arg(m_limits.maxFieldChars)
                    .arg(quoted ? QStringLiteral(" (a quote may have been left open)") : QString()),
                QStringLiteral("یک خانه در سطر %1 بیش از %2 نویسه دارد%3")
                    .arg(m_line)
                    .arg(m_limits.maxFieldChars)
                    .arg(quoted ? QStringLiteral(" (شاید علامت نقل‌قولی بسته نشده باشد)")
                                : QString()));
}

bool CsvReader::endField(CsvRecord &record)
{
    if (record.fields.size() >= m_limits.maxColumns)
        return fail(QStringLiteral("too_many_columns"),
                    QStringLiteral("line %1 has more than %2 columns").arg(m_line).arg(m_limits.maxColumns),
                    QStringLiteral("سطر %1 بیش از %2 ستون دارد").arg(m_line).arg(m_limits.maxColumns));
    record.fields << m_field;
    m_field.resize(0);
    m_state = State::FieldStart;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error)
        return false;
    record.fields.clear();
    record.invalidTextColumns.clear();
    record.line = m_line;
    m_field.resize(0);
    m_state = State::FieldStart;
    const char16_t separator = m_format.separator.unicode();
    bool started = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return false;
            if (m_state == State::Quoted)
                return fail(QStringLiteral("unterminated_quote"),
                            QStringLiteral("the quoted field that starts on line %1 is never closed").arg(record.line),
                            QStringLiteral("علامت نقل‌قولی (\") که در سطر %1 باز شده هرگز بسته نشده "
                                           "است")
                                .arg(record.line));
            if (!started)
                return false;
            if (!endField(record))
                return false;
            ++m_records;
            return true;
        }
        const QChar *text = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype i = m_pos;
        while (i < n) {
            const char16_t c = text[i].unicode();
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == u'\n') {
                    ++i;
                    continue;
                }
            }
            started = true;
            if (!isSpecial(c, separator)) {
                qsizetype j = i + 1;
                while (j < n && !isSpecial(text[j].unicode(), separator))
                    ++j;
                if (m_state != State::Quoted)
                    m_state = State::Unquoted; // text after a closing quote is kept, as Excel does
                if (!append(text + i, j - i))
                    return false;
                i = j;
                continue;
            }
            ++i;
            if (c == u'"') {
                if (m_state == State::FieldStart)
                    m_state = State::Quoted;
                else if (m_state == State::Quoted)
                    m_state = State::QuoteInQuoted;
                else if (m_state == State::QuoteInQuoted) {
                    m_state = State::Quoted; // "" inside quotes is one quote
                    if (!append(text + i - 1, 1))
                        return false;
                } else if (!append(text + i - 1, 1)) {
                    return false;
                }
            } else if (c == separator && m_state != State::Quoted) {
                if (!endField(record))
                    return false;
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_skipLineFeed = c == u'\r';
                if (m_state == State::Quoted) {
                    const QChar lineFeed(u'\n');
                    if (!append(&lineFeed, 1))
                        return false;
                    continue;
                }
                m_pos = i;
                if (!endField(record))
                    return false;
                ++m_records;
                return true;
            } else if (c == separator || c == u'\t' || c == u'\v' || c == u'\f' || c == TextDecoder::kReplacement) {
                if (c == TextDecoder::kReplacement
                    && (record.invalidTextColumns.isEmpty()
                        || record.invalidTextColumns.back() != int(record.fields.size())))
                    record.invalidTextColumns << int(record.fields.size());
                if (m_state == State::FieldStart || m_state == State::QuoteInQuoted)
                    m_state = State::Unquoted;
                if (!append(text + i - 1, 1))
                    return false;
            } else {
                m_pos = i;
                return fail(
                    QStringLiteral("binary_data"),
                    QStringLiteral("line %1 holds the control character U+%2: this is not a text (CSV) file")
                        .arg(m_line)
                        .arg(int(c), 4, 16, QLatin1Char('0')),
                    QStringLiteral(
                        "سطر %1 نویسه‌ی کنترلی دارد: این فایل متنی (CSV) نیست")
                        .arg(m_line));
            }
        }
        m_pos = i;
    }
}

} // namespace peyvand
