#pragma once
// Writes a customer list, as filtered and sorted on screen, to a CSV file that
// Excel and LibreOffice open as Persian text: UTF-8 with a byte order mark,
// CRLF, RFC 4180 quoting, Persian (or English) column titles, Jalali dates
// (yyyy/MM/dd, Latin digits), phones grouped like "0912 123 4567" so no
// spreadsheet takes them for numbers, and every cell that a spreadsheet
// would run as a formula escaped (SpreadsheetSafe).
//
// Rows are streamed page by page through CustomerRepository::list with a key
// cursor, never all in memory, so a million rows cost a few megabytes; the
// caller runs it off the UI thread with the progress and cancel hooks.
#include "CustomerQuery.h"
#include "DataStore.h"

#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;

namespace peyvand {

class CustomerCsvExport
{
public:
    struct Options
    {
        bool persianHeaders = true;
        bool byteOrderMark = true;
        int pageRows = 2000; // rows per list() call, progress report and cancel check
        // Called after each page, on the exporting thread.
        std::function<void(qint64 written, qint64 total)> progress;
        // Checked after each page: once true the export stops (run() returns false).
        const std::atomic_bool *cancel = nullptr;
    };

    explicit CustomerCsvExport(DataStore &store);

    // The column titles of a kind's export, in order: the list's columns after
    // the customer number. Without a kind (both kinds in one file) a kind
    // column comes second, and industry and e-mail both have a column.
    static QStringList headers(std::optional<CustomerKind> kind, bool persian);

    // Writes the rows `query` matches (its kind, filters and sort; limit and
    // cursor ignored) to `out`. Returns false when cancelled; `written` is the
    // number of rows written. Database errors are thrown; PermissionError
    // without export_data, before anything is written.
    bool run(const CustomerQuery &query, QIODevice &out, const Options &options, qint64 *written = nullptr);

private:
    QStringList cells(const CustomerRow &row, std::optional<CustomerKind> kind);
    QString ownerName(qint64 id);

    DataStore &m_store;
    QHash<qint64, QString> m_owners;
    bool m_ownersLoaded = false;
    bool m_persian = true;
};

} // namespace peyvand
