#pragma once
// RFC 4180 CSV of report tables: CRLF line ends, fields with a comma, a quote,
// CR or LF quoted (quotes doubled), UTF-8 with an optional byte order mark so
// Excel reads Persian text. Numbers have Latin digits and a '.' decimal point;
// money is whole Rials; percentages are written as percent (62.5 for 0.625,
// two decimals at most); days with one decimal; dates Jalali yyyy/MM/dd with
// Latin digits; undefined values are empty fields; text that a spreadsheet
// would run as a formula gets a leading apostrophe (SpreadsheetSafe).
#include "ReportTable.h"

#include <QByteArray>

namespace peyvand {

class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = true;
        bool persianHeaders = false; // column titles in Persian (else English)
    };

    // One table: a header record of column titles, then one record per row.
    static QByteArray table(const ReportTable &table, const Options &options);
    // Several tables: each one's title as a record of one field, its header
    // and rows, and an empty line between tables.
    static QByteArray tables(const QList<ReportTable> &tables, const Options &options);

    // One field, quoted when it needs to be.
    static QString field(const QString &text);
    // A value of a column as CSV text (before quoting).
    static QString cell(const QVariant &value, ReportColumn::Type type);
};

} // namespace peyvand
