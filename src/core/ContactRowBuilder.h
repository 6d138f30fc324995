#pragma once
// Turns one CSV row of a contacts file into a contact person of a company (named
// by its national ID) through ContactService's validation, cell by cell first so
// that every bad cell is reported with its column.
#include "ContactPerson.h"
#include "CsvReader.h"
#include "ImportMapping.h"

namespace peyvand {

class ContactRowBuilder
{
public:
    ContactRowBuilder(const ImportMapping &mapping, TextEncoding encoding);

    // The canonical national ID of the row's company (empty with a problem when
    // the cell is empty or invalid).
    QString companyNationalId(const CsvRecord &record, qint64 row, ImportProblems &problems) const;
    // Applies the row's non-empty cells to `contact` (a new one or the stored
    // one) and normalises it. Returns the row's problems.
    ImportProblems apply(const CsvRecord &record, qint64 row, ContactPerson &contact) const;

private:
    const ImportMapping &m_mapping;
    TextEncoding m_encoding;
};

} // namespace peyvand
