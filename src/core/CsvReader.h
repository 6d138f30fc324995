#pragma once
// Reads CSV records (RFC 4180) from a file a chunk at a time: quoted fields
// with doubled quotes, separators and line breaks inside quotes, CRLF, LF or CR
// line ends. Lenient where Excel is (a stray quote inside an unquoted field is
// text), strict where a file is broken: an unterminated quote, a field longer
// than the limit, too many columns or a binary control character end the
// reading with an error naming the line. Bytes invalid in the encoding are
// kept as U+FFFD and the record says in which column.
#include "CsvFormat.h"
#include "ImportProblem.h"
#include "TextDecoder.h"

#include <QStringList>
#include <optional>

class QIODevice;

namespace peyvand {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // the line of the file it starts on, from 1
    QList<int> invalidTextColumns; // columns (0-based) with bytes invalid in the encoding
};

class CsvReader
{
public:
    // Reads `device` from its current position, the start of the file; a byte
    // order mark of the format's encoding is skipped.
    CsvReader(QIODevice &device, const CsvFormat &format, const CsvLimits &limits = {});

    // The next record; false at the end of the file or on an error.
    bool next(CsvRecord &record);
    // Set when reading stopped on a broken file. Its row is the data row the
    // record would have been (the first record is the header, row 0).
    const std::optional<ImportProblem> &error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 recordsRead() const { return m_records; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    bool fail(const QString &code, const QString &message, const QString &persianMessage);
    bool endField(CsvRecord &record);
    bool append(const QChar *text, qsizetype size);

    QIODevice &m_device;
    CsvFormat m_format;
    CsvLimits m_limits;
    TextDecoder m_decoder;
    QByteArray m_chunk;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_bomChecked = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_records = 0;
    bool m_skipLineFeed = false;
    State m_state = State::FieldStart;
    QString m_field;
    std::optional<ImportProblem> m_error;
};

} // namespace peyvand
