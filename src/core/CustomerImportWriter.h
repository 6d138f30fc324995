#pragma once
// Writes imported customers. A row is a duplicate when its national code (or
// legal national ID) or one of its mobile numbers belongs to a customer of the
// same kind already stored or written by an earlier row of the file; it is then
// skipped, or its non-empty cells update that customer. A mobile shared with a
// customer whose national identifier differs is a conflict, not a duplicate:
// the row is reported and never merged into another person. Every customer
// written is recorded in the audit trail (action "import"; an update keeps
// the old values too), in the importer's transaction.
#include "Clock.h"
#include "CustomerRowBuilder.h"
#include "DataStore.h"
#include "ImportOptions.h"
#include "ImportWriter.h"

#include <QHash>
#include <QSet>

namespace peyvand {

class CustomerImportWriter final : public ImportWriter
{
public:
    CustomerImportWriter(DataStore &store, const ImportOptions &options, const QDateTime &now, ImportResult &result);
    void write(const QList<ImportRow> &rows) override;

private:
    struct Known
    {
        qint64 id = 0;
        QString nationalId;
        qint64 row = 0; // the row that wrote it; 0: stored before the import
    };
    struct Built
    {
        const ImportRow *source;
        Customer customer;
        QString nationalId;
        QStringList mobiles;
    };

    void lookUp(const QList<Built> &built);
    void resolve(Built &b);
    void remember(const Customer &c, qint64 id, qint64 row);

    DataStore &m_store;
    const ImportOptions &m_options;
    QDateTime m_now;
    FixedClock m_auditClock;
    CustomerRowBuilder m_builder;
    CustomerKind m_kind;
    QHash<QString, Known> m_byNationalId;
    QHash<QString, Known> m_byMobile;
};

} // namespace peyvand
