#pragma once
// Writes imported contact persons. Each row names its company by national ID;
// the company must be a legal entity already stored (import companies first).
// A row is a duplicate of a contact of the same company with the same mobile,
// or, when the row has no mobile, the same name (written before the import or
// by an earlier row); it is then skipped or updates that contact. Every
// contact written is recorded in the audit trail (action "import") at `now`.
#include "Clock.h"
#include "ContactRowBuilder.h"
#include "DataStore.h"
#include "ImportOptions.h"
#include "ImportWriter.h"

#include <QHash>
#include <QSet>

namespace peyvand {

class ContactImportWriter final : public ImportWriter
{
public:
    ContactImportWriter(DataStore &store, const ImportOptions &options, ImportResult &result);
    ContactImportWriter(DataStore &store, const ImportOptions &options, const QDateTime &now, ImportResult &result);
    void write(const QList<ImportRow> &rows) override;

private:
    struct Known
    {
        qint64 id = 0;
        QString mobile;
        qint64 row = 0;
    };
    struct Built
    {
        const ImportRow *source;
        QString companyNationalId;
        ContactPerson contact;
    };

    void lookUpCompanies(const QList<Built> &built);
    std::optional<qint64> company(const Built &b);
    void loadContacts(qint64 companyId);
    void remember(const ContactPerson &c, qint64 row);
    void resolve(Built &b, qint64 companyId);

    DataStore &m_store;
    const ImportOptions &m_options;
    FixedClock m_auditClock;
    ContactRowBuilder m_builder;
    QHash<QString, CustomerKeyMatch> m_companies; // by national ID
    QSet<QString> m_unknownCompanies;
    QSet<qint64> m_loaded; // companies whose stored contacts are remembered
    QHash<QString, Known> m_byKey; // "company/mobile" and "company/n:name key"
};

} // namespace peyvand
