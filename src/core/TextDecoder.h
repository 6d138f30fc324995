#pragma once
// Turns bytes of one encoding into text, a chunk at a time (a character cut
// between two chunks is completed by the next). Never fails: every byte
// sequence that is not valid in the encoding becomes U+FFFD and is counted,
// so the reader can report the row it is in.
#include "TextEncoding.h"

#include <QByteArray>
#include <QString>

namespace peyvand {

class TextDecoder
{
public:
    static constexpr char16_t kReplacement = 0xFFFD;

    explicit TextDecoder(TextEncoding encoding)
        : m_encoding(encoding)
    {
    }

    // Appends the text of `bytes` to `out`.
    void decode(const char *bytes, qsizetype size, QString &out);
    void decode(const QByteArray &bytes, QString &out) { decode(bytes.constData(), bytes.size(), out); }
    // Ends the input: an incomplete character left over becomes U+FFFD.
    void finish(QString &out);
    // Byte sequences replaced by U+FFFD so far.
    qint64 invalidSequences() const { return m_invalid; }
    TextEncoding encoding() const { return m_encoding; }

private:
    qsizetype decodeUtf8(const unsigned char *d, qsizetype n, char16_t *out, bool final, qsizetype &used);
    qsizetype decodeUtf16(const unsigned char *d, qsizetype n, char16_t *out, bool final, qsizetype &used);
    void run(const char *bytes, qsizetype size, QString &out, bool final);

    TextEncoding m_encoding;
    QByteArray m_carry; // the start of a character cut by the end of the last chunk
    qint64 m_invalid = 0;
};

} // namespace peyvand
