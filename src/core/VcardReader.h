#pragma once
// Reads the vCards of a file one at a time, in 64 KiB chunks: UTF-8 with or
// without a byte order mark, CRLF or LF line ends, folded lines (a line
// starting with a space or tab continues the previous one), quoted-printable
// soft line breaks, several cards per file, versions 2.1, 3.0 and 4.0.
//
// A broken file stops the reading with error() set: binary data, UTF-16, a
// line longer than the limit (a 10 MB property is refused without reading all
// of it), text outside BEGIN:VCARD … END:VCARD, a card inside a card, an END
// that ends nothing, a card without its END. A line of a card that is not a
// content line only makes that card invalid (VcardCard::problems).
#include "VcardCard.h"

#include <QByteArray>
#include <optional>

class QIODevice;

namespace peyvand {

struct VcardLimits
{
    qsizetype maxLineBytes = 4 * 1024 * 1024; // one unfolded property (a photo of a few MB fits)
    int maxProperties = 5000; // per card
    // "3.0" or "4.0": the importer refuses cards of another version (empty: any).
    std::optional<QString> requiredVersion;
};

class VcardReader
{
public:
    explicit VcardReader(QIODevice &device, const VcardLimits &limits = {});

    // The next card; false at the end of the file or when error() is set.
    bool next(VcardCard &card);
    const std::optional<ImportProblem> &error() const { return m_error; }
    qint64 cards() const { return m_cards; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    bool fill();
    bool physicalLine(QByteArray &line);
    bool logicalLine(QByteArray &line, qint64 &lineNumber);
    void fail(qint64 card, const QString &column, const QString &value, const QString &code, const QString &message,
              const QString &persianMessage);

    QIODevice &m_device;
    VcardLimits m_limits;
    QByteArray m_chunk; // what the last read got
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    std::optional<QByteArray> m_peeked;
    qint64 m_line = 0; // physical lines read
    qint64 m_cards = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    std::optional<ImportProblem> m_error;
};

} // namespace peyvand
