#pragma once
// Opens a CSV file: refuses what is not CSV text (an empty file, binary data, an
// Excel workbook), detects the encoding and separator unless given, reads the
// header, then hands out the data rows with their numbers (1 = the first row
// after the header; blank rows keep their number but are not handed out).
#include "CsvReader.h"

#include <QStringList>
#include <memory>
#include <optional>

class QIODevice;

namespace peyvand {

class CsvInput
{
public:
    explicit CsvInput(QIODevice &device)
        : m_device(device)
    {
    }

    // Reads up to the header; a file-level problem when the file cannot be read
    // as CSV text (empty, binary, a workbook, no header line).
    std::optional<ImportProblem> open(std::optional<TextEncoding> encoding, std::optional<QChar> separator,
                                      const CsvLimits &limits = {});

    const CsvFormat &format() const { return m_format; }
    const QStringList &header() const { return m_header; }
    // The next non-blank data row and its number; false at the end or when the
    // reader stopped on a broken file (then error() says why, at which row).
    bool next(CsvRecord &record, qint64 &row);
    std::optional<ImportProblem> error() const;
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }
    qint64 totalBytes() const;

private:
    QIODevice &m_device;
    CsvFormat m_format;
    QStringList m_header;
    std::unique_ptr<CsvReader> m_reader;
    qint64 m_row = 0;
};

// What the wizard shows before importing: the detected format, the header and
// the first rows, or why the file cannot be read.
struct CsvPreview
{
    std::optional<ImportProblem> problem;
    CsvFormat format;
    QStringList header;
    QList<CsvRecord> rows;
    QList<qint64> rowNumbers;
    qint64 fileSize = 0;

    static CsvPreview read(QIODevice &device, std::optional<TextEncoding> encoding, std::optional<QChar> separator,
                           int maxRows = 20);
};

} // namespace peyvand
