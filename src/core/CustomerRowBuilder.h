#pragma once
// Turns one CSV row into a customer through the domain's own validation: each
// cell through its normaliser (check digits, phones, Jalali or ISO dates) so
// that every bad cell is reported with its column, then the whole customer
// through CustomerValidator. Used for new customers and, overlaying only the
// row's non-empty cells, for updating a customer already stored.
#include "CsvReader.h"
#include "Customer.h"
#include "ImportMapping.h"

namespace peyvand {

class CustomerRowBuilder
{
public:
    CustomerRowBuilder(const ImportMapping &mapping, const QDate &today, TextEncoding encoding);

    // A new customer of the mapping's kind, before any cell is applied.
    Customer blank() const;
    // Applies the row's non-empty cells to `customer` and normalises it.
    // Returns the row's problems; `customer` is only meaningful without any.
    ImportProblems apply(const CsvRecord &record, qint64 row, Customer &customer) const;

private:
    void applyIndividual(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const;
    void applyLegal(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const;
    void applyPhones(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const;
    void applyAddress(const CsvRecord &record, qint64 row, Customer &c, ImportProblems &problems) const;

    const ImportMapping &m_mapping;
    QDate m_today;
    TextEncoding m_encoding;
    CustomerKind m_kind;
};

} // namespace peyvand
