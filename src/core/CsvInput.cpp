#include "CsvInput.h"

#include "CsvSniffer.h"
#include "EncodingDetector.h"

#include <QIODevice>

namespace peyvand {

namespace {

constexpr qint64 kSampleBytes = 64 * 1024;

bool isBlank(const CsvRecord &record)
{
    for (const QString &f : record.fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

ImportProblem verdictProblem(const EncodingDetector::Result &r)
{
    using EncodingDetector::Verdict;
    switch (r.verdict) {
    case Verdict::Workbook:
        return ImportProblem::file(
            QStringLiteral("workbook_file"),
            QStringLiteral("this is an Excel workbook (.%1), not a CSV file; in Excel choose File > Save As > "
                           "\"CSV UTF-8 (Comma delimited)\"")
                .arg(r.workbookFormat),
            QStringLiteral("این فایل کارپوشه‌ی اکسل (%1) است، نه CSV؛ در اکسل آن را با «ذخیره به نام» "
                           "و "
                           "قالب «CSV UTF-8» ذخیره کنید")
                .arg(r.workbookFormat));
    case Verdict::Binary:
        return ImportProblem::file(
            QStringLiteral("binary_file"),
            QStringLiteral("byte %1 of the file is a control character: this is not a text (CSV) file "
                           "(UTF-16 text needs its byte order mark)")
                .arg(r.offset + 1),
            QStringLiteral("این فایل متنی (CSV) نیست؛ داده‌ی دودویی دارد"));
    case Verdict::Empty:
    case Verdict::Text:
        break;
    }
    return ImportProblem::file(QStringLiteral("empty_file"), QStringLiteral("the file is empty"),
                               QStringLiteral("فایل خالی است"));
}

} // namespace

qint64 CsvInput::totalBytes() const
{
    return m_device.isSequential() ? 0 : m_device.size();
}

std::optional<ImportProblem> CsvInput::open(std::optional<TextEncoding> encoding, std::optional<QChar> separator,
                                            const CsvLimits &limits)
{
    const QByteArray head = m_device.peek(kSampleBytes);
    const bool complete = m_device.isSequential() ? head.size() < kSampleBytes : head.size() >= m_device.size();
    const EncodingDetector::Result detected = EncodingDetector::detect(head, complete);
    if (detected.verdict != EncodingDetector::Verdict::Text
        && !(encoding && detected.verdict == EncodingDetector::Verdict::Binary))
        return verdictProblem(detected);
    m_format.encoding = encoding.value_or(detected.encoding);
    const int bom = EncodingDetector::bomLength(head, m_format.encoding);
    m_format.hasBom = bom > 0;

    if (separator) {
        m_format.separator = *separator;
    } else {
        TextDecoder decoder(m_format.encoding);
        QString sample;
        decoder.decode(head.constData() + bom, head.size() - bom, sample);
        if (complete)
            decoder.finish(sample);
        m_format.separator = CsvSniffer::separator(sample, complete);
    }

    m_reader = std::make_unique<CsvReader>(m_device, m_format, limits);
    CsvRecord record;
    while (m_reader->next(record)) {
        if (isBlank(record))
            continue;
        for (QString &h : record.fields)
            h = h.trimmed().remove(QChar(0xFEFF));
        m_header = record.fields;
        return std::nullopt;
    }
    if (const auto &e = m_reader->error()) {
        ImportProblem p = *e;
        p.row = 0; // the header is not a row
        return p;
    }
    return ImportProblem::file(QStringLiteral("empty_file"), QStringLiteral("the file has no header line"),
                               QStringLiteral("فایل خالی است و سطر عنوان ندارد"));
}

bool CsvInput::next(CsvRecord &record, qint64 &row)
{
    while (m_reader && m_reader->next(record)) {
        row = ++m_row;
        if (!isBlank(record))
            return true;
    }
    return false;
}

std::optional<ImportProblem> CsvInput::error() const
{
    if (!m_reader || !m_reader->error())
        return std::nullopt;
    ImportProblem p = *m_reader->error();
    p.row = m_row + 1; // the row being read when the file broke
    return p;
}

CsvPreview CsvPreview::read(QIODevice &device, std::optional<TextEncoding> encoding, std::optional<QChar> separator,
                            int maxRows)
{
    CsvPreview preview;
    preview.fileSize = device.isSequential() ? 0 : device.size();
    CsvInput input(device);
    preview.problem = input.open(encoding, separator);
    preview.format = input.format();
    preview.header = input.header();
    if (preview.problem)
        return preview;
    CsvRecord record;
    qint64 row = 0;
    while (preview.rows.size() < maxRows && input.next(record, row)) {
        preview.rows << record;
        preview.rowNumbers << row;
    }
    if (preview.rows.isEmpty())
        preview.problem = input.error();
    return preview;
}

} // namespace peyvand
