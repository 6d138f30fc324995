#pragma once
// The part of an import that depends on what the file holds: builds each row
// through the domain's validation, finds duplicates (in the database and among
// the earlier rows of the file) and writes, one chunk of rows at a time, inside
// the transaction the importer holds.
#include "CsvReader.h"
#include "ImportResult.h"

namespace peyvand {

struct ImportRow
{
    CsvRecord record;
    qint64 row = 0;
};

class ImportWriter
{
public:
    virtual ~ImportWriter() = default;
    virtual void write(const QList<ImportRow> &rows) = 0;

protected:
    explicit ImportWriter(ImportResult &result)
        : m_result(result)
    {
    }
    // Records a row's problems and counts the row invalid.
    void reject(const ImportProblems &problems)
    {
        m_result.problems << problems;
        ++m_result.counts.invalid;
    }

    ImportResult &m_result;
};

} // namespace peyvand
