#pragma once
// Writes customers, or the contact persons of a company, as vCards (3.0 or
// 4.0): names, phones (+98…), e-mail, address, birthday, note, the national
// code as X-PEYVAND-NATIONAL-CODE, a UID stable per record; a company's
// contacts carry its name as ORG and their job title as TITLE; a legal entity
// itself is an organisation card (KIND:org in 4.0). Callable from a worker
// thread: progress after every card, a cancel flag checked as often.
#include "CustomerQuery.h"
#include "DataStore.h"
#include "VcardContact.h"

#include <atomic>
#include <functional>

class QIODevice;

namespace peyvand {

struct VcardExportOptions
{
    VcardVersion version = VcardVersion::V3;
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr; // once true, export() stops and returns what it wrote
};

class VcardExporter
{
public:
    explicit VcardExporter(DataStore &store);

    // Both need export_data (PermissionError before anything is written).
    // The customers the query matches (its sort; limit and cursor ignored).
    // Returns the number of cards written.
    qint64 exportCustomers(QIODevice &out, const CustomerQuery &query, const VcardExportOptions &options);
    // The contact persons of a legal entity; NotFoundError when there is none
    // with this id, ValidationError when it is an individual.
    qint64 exportContacts(QIODevice &out, qint64 companyId, const VcardExportOptions &options);

    // The card of one record (exposed for tests and the desktop app).
    static VcardContact contact(const Customer &customer);
    static VcardContact contact(const ContactPerson &person, const Customer &company);

private:
    DataStore &m_store;
};

} // namespace peyvand
