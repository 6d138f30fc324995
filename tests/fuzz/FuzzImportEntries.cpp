// The fuzz target of the whole import, CSV or vCard, into a SQLite database.
#include "Clock.h"
#include "CsvImporter.h"
#include "FuzzEntries.h"
#include "FuzzSupport.h"
#include "IranianIds.h"
#include "SqliteDataStore.h"
#include "ValidationError.h"
#include "VcardImporter.h"

#include <QBuffer>

namespace peyvand::fuzz {

namespace {

// The database in memory, made once, already holding what imports collide
// with: a user, a company (kCompanyNationalId) with a contact person, an
// individual (kPersonNationalCode, mobile 09121234567). Every import runs in a
// transaction that is rolled back at its end, so no run changes what the next
// one sees and nothing grows.
class RollingBackStore final : public DataStore
{
public:
    RollingBackStore()
        : m_store(QStringLiteral(":memory:"))
    {
        User u;
        u.username = QStringLiteral("rep");
        u.fullName = QStringLiteral("Rep");
        m_userId = m_store.users().add(u);
        // Who imports: a manager (import_data; the audit trail names them).
        User manager;
        manager.username = QStringLiteral("manager");
        manager.role = UserRole::Manager;
        manager.id = m_store.users().add(manager);
        setActor(manager);

        Customer company;
        company.kind = CustomerKind::Legal;
        company.legal.companyName = QStringLiteral("پیوند نوین");
        company.legal.nationalId = kCompanyNationalId;
        company.phones << PhoneEntry { QStringLiteral("02188776655"), QStringLiteral("office") };
        company.createdAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC);
        company.updatedAt = company.createdAt;
        m_companyId = m_store.customers().add(company);

        Customer person;
        person.kind = CustomerKind::Individual;
        person.individual.firstName = QStringLiteral("علی");
        person.individual.lastName = QStringLiteral("کریمی");
        person.individual.nationalCode = kPersonNationalCode;
        person.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("mobile") };
        person.createdAt = company.createdAt;
        person.updatedAt = company.createdAt;
        m_store.customers().add(person);

        ContactPerson contact;
        contact.customerId = m_companyId;
        contact.firstName = QStringLiteral("مریم");
        contact.lastName = QStringLiteral("احمدی");
        contact.mobile = QStringLiteral("09351234567");
        m_store.contacts().add(contact);
    }

    // Values the seed files of tests/data/fuzz/import use to hit the duplicates.
    static inline const QString kCompanyNationalId = QStringLiteral("10101234565");
    static inline const QString kPersonNationalCode = QStringLiteral("0013542419");

    qint64 userId() const { return m_userId; }
    qint64 companyId() const { return m_companyId; }

    CustomerRepository &customers() override { return m_store.customers(); }
    ContactRepository &contacts() override { return m_store.contacts(); }
    PipelineRepository &pipelines() override { return m_store.pipelines(); }
    DealRepository &deals() override { return m_store.deals(); }
    ActivityRepository &activities() override { return m_store.activities(); }
    OrderRepository &orders() override { return m_store.orders(); }
    ServiceRequestRepository &serviceRequests() override { return m_store.serviceRequests(); }
    UserRepository &users() override { return m_store.users(); }
    ReportRepository &reports() override { return m_store.reports(); }
    AuditRepository &audit() override { return m_store.audit(); }
    MetaRepository &meta() override { return m_store.meta(); }
    std::unique_ptr<DatabaseBackup> backup() override { return m_store.backup(); }
    std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &plan) override { return m_store.bulkLoader(plan); }
    std::unique_ptr<SnapshotReader> snapshotReader() override { return m_store.snapshotReader(); }
    std::unique_ptr<SnapshotWriter> snapshotWriter() override { return m_store.snapshotWriter(); }
    QString location() const override { return m_store.location(); }
    int schemaVersion() override { return m_store.schemaVersion(); }

    // The outermost transaction does its work, then is rolled back as if it had
    // thrown; the caller sees it commit.
    void transaction(const std::function<void()> &work) override
    {
        if (m_depth > 0)
            return m_store.transaction(work);
        struct Discard
        {
        };
        ++m_depth;
        try {
            m_store.transaction([&] {
                work();
                throw Discard {};
            });
        } catch (const Discard &) {
        } catch (...) {
            --m_depth;
            throw;
        }
        --m_depth;
    }

private:
    SqliteDataStore m_store;
    qint64 m_userId = 0;
    qint64 m_companyId = 0;
    int m_depth = 0;
};

RollingBackStore &store()
{
    static RollingBackStore s;
    return s;
}

void checkResult(const ImportResult &r, const ImportOptions &options)
{
    expectClear(r.problems);
    const ImportCounts &c = r.counts;
    expect(c.imported >= 0 && c.updated >= 0 && c.skippedDuplicates >= 0 && c.invalid >= 0,
           "an import counted a negative number");
    expect(c.imported + c.updated + c.skippedDuplicates + c.invalid <= c.rows,
           "an import counted more outcomes than rows");
    expect(r.duplicates.size() == c.updated + c.skippedDuplicates, "an import lists other duplicates than it counts");
    if (r.outcome == ImportResult::Outcome::Committed)
        expect(options.skipInvalid || c.invalid == 0, "an import with invalid rows was committed");
    if (r.outcome == ImportResult::Outcome::FileRejected || r.outcome == ImportResult::Outcome::Refused)
        expect(!r.problems.isEmpty(), "an import was refused without a problem");
}

} // namespace

void import(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    // The first byte: bit 0 vCard, bits 1-2 the kind, bit 3 update duplicates,
    // bit 4 skip invalid rows, bit 5 dry run, bit 6 an owner, bit 7 tight limits.
    const std::uint8_t how = data[0];
    const bool vcard = how & 1;
    ImportOptions options;
    options.kind = std::array { ImportKind::Individual, ImportKind::Legal, ImportKind::Contact,
                                ImportKind::Contact }[(how >> 1) & 3];
    options.onDuplicate = (how & 8) ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    options.skipInvalid = how & 16;
    options.dryRun = how & 32;
    options.ownerId = (how & 64) ? store().userId() : 0;
    options.chunkRows = 3; // several chunks: duplicates across them
    if (how & 128)
        options.limits = CsvLimits { 40, 12 };
    if (vcard && options.kind == ImportKind::Contact)
        options.companyId = store().companyId();

    QBuffer buffer;
    buffer.setData(bytes(data + 1, size - 1));
    buffer.open(QIODevice::ReadOnly);
    const FixedClock clock(QDateTime(QDate(2025, 3, 21), QTime(9, 0), Qt::UTC));
    try {
        const ImportResult result = vcard ? VcardImporter(store(), clock).run(buffer, options)
                                          : CsvImporter(store(), clock).run(buffer, options);
        checkResult(result, options);
    } catch (const ValidationError &e) {
        // Only a vCard import of legal entities is refused as a whole.
        expect(vcard && options.kind == ImportKind::Legal, "an import threw instead of reporting a problem");
        expectClear(e);
    }
}

} // namespace peyvand::fuzz
