#include "CustomerImportWriter.h"

#include "AuditTrail.h"
#include "AuditValues.h"
#include "PhoneNumber.h"

namespace peyvand {

namespace {

QStringList mobilesOf(const Customer &c)
{
    QStringList mobiles;
    for (const PhoneEntry &p : c.phones)
        if (PhoneNumber::kindOf(p.number) == PhoneNumber::Kind::Mobile)
            mobiles << p.number;
    return mobiles;
}

} // namespace

CustomerImportWriter::CustomerImportWriter(DataStore &store, const ImportOptions &options, const QDateTime &now,
                                           ImportResult &result)
    : ImportWriter(result)
    , m_store(store)
    , m_options(options)
    , m_now(now)
    , m_auditClock(now)
    , m_builder(result.mapping, now.toLocalTime().date(), result.format.encoding)
    , m_kind(options.kind == ImportKind::Legal ? CustomerKind::Legal : CustomerKind::Individual)
{
}

void CustomerImportWriter::write(const QList<ImportRow> &rows)
{
    QList<Built> built;
    built.reserve(rows.size());
    for (const ImportRow &r : rows) {
        Customer c = m_builder.blank();
        c.ownerId = m_options.ownerId;
        const ImportProblems problems = m_builder.apply(r.record, r.row, c);
        if (!problems.isEmpty()) {
            reject(problems);
            continue;
        }
        const QString nationalId = c.nationalIdentifier();
        const QStringList mobiles = mobilesOf(c);
        built << Built { &r, std::move(c), nationalId, mobiles };
    }
    lookUp(built);
    for (Built &b : built)
        resolve(b);
}

void CustomerImportWriter::lookUp(const QList<Built> &built)
{
    QStringList ids;
    QStringList mobiles;
    for (const Built &b : built) {
        if (!b.nationalId.isEmpty() && !m_byNationalId.contains(b.nationalId))
            ids << b.nationalId;
        for (const QString &m : b.mobiles)
            if (!m_byMobile.contains(m))
                mobiles << m;
    }
    if (!ids.isEmpty())
        for (const CustomerKeyMatch &m : m_store.customers().matchNationalIdentifiers(ids))
            m_byNationalId.insert(m.key, Known { m.id, m.nationalId, 0 });
    if (!mobiles.isEmpty())
        for (const CustomerKeyMatch &m : m_store.customers().matchPhones(m_kind, mobiles))
            m_byMobile.insert(m.key, Known { m.id, m.nationalId, 0 });
}

void CustomerImportWriter::remember(const Customer &c, qint64 id, qint64 row)
{
    const QString nationalId = c.nationalIdentifier();
    const Known known { id, nationalId, row };
    if (!nationalId.isEmpty() && !m_byNationalId.contains(nationalId))
        m_byNationalId.insert(nationalId, known);
    for (const QString &m : mobilesOf(c)) {
        auto it = m_byMobile.find(m);
        if (it == m_byMobile.end())
            m_byMobile.insert(m, known);
        else if (it->id == id)
            it->nationalId = nationalId; // an update may have given it one
    }
}

void CustomerImportWriter::resolve(Built &b)
{
    const qint64 row = b.source->row;
    std::optional<Known> target;
    QString matchedOn;
    if (!b.nationalId.isEmpty()) {
        if (const auto it = m_byNationalId.constFind(b.nationalId); it != m_byNationalId.constEnd()) {
            target = *it;
            matchedOn = m_kind == CustomerKind::Legal ? QStringLiteral("national_id") : QStringLiteral("national_code");
        }
    }
    for (qsizetype i = 0; !target && i < b.mobiles.size(); ++i) {
        const auto it = m_byMobile.constFind(b.mobiles[i]);
        if (it == m_byMobile.constEnd())
            continue;
        if (!b.nationalId.isEmpty() && !it->nationalId.isEmpty() && it->nationalId != b.nationalId) {
            const bool legal = m_kind == CustomerKind::Legal;
            const ImportField field = legal ? ImportField::Phone : ImportField::Mobile;
            const QString column = m_result.mapping.columnName(field).isEmpty()
                ? m_result.mapping.columnName(legal ? ImportField::Mobile : ImportField::Phone)
                : m_result.mapping.columnName(field);
            const QString where
                = it->row ? QStringLiteral("row %1").arg(it->row) : QStringLiteral("customer %1").arg(it->id);
            const QString wherePersian
                = it->row ? QStringLiteral("ردیف %1").arg(it->row) : QStringLiteral("مشتری شماره %1").arg(it->id);
            reject({ ImportProblem {
                row, column, b.mobiles[i], QStringLiteral("duplicate_conflict"),
                QStringLiteral("mobile %1 belongs to %2, whose %3 is %4, not %5")
                    .arg(b.mobiles[i], where, legal ? QStringLiteral("national ID") : QStringLiteral("national code"),
                         it->nationalId, b.nationalId),
                QStringLiteral("موبایل %1 متعلق به %2 با %3 دیگری (%4) است")
                    .arg(b.mobiles[i], wherePersian, legal ? QStringLiteral("شناسه ملی") : QStringLiteral("کد ملی"),
                         it->nationalId) } });
            return;
        }
        target = *it;
        matchedOn = QStringLiteral("mobile");
    }

    if (!target) {
        b.customer.createdAt = m_now;
        b.customer.updatedAt = m_now;
        const qint64 id = m_store.customers().add(b.customer);
        b.customer.id = id;
        AuditTrail::record(m_store, m_auditClock, QStringLiteral("import"), QStringLiteral("customer"), id, nullptr,
                           AuditValues::customer(b.customer));
        remember(b.customer, id, row);
        ++m_result.counts.imported;
        return;
    }
    const bool update = m_options.onDuplicate == DuplicatePolicy::Update;
    if (!update) {
        ++m_result.counts.skippedDuplicates;
        m_result.duplicates << ImportDuplicate { row, target->id, target->row, matchedOn, false };
        return;
    }
    std::optional<Customer> stored = m_store.customers().get(target->id);
    if (!stored)
        return;
    Customer merged = *stored;
    const ImportProblems problems = m_builder.apply(b.source->record, row, merged);
    if (!problems.isEmpty()) {
        reject(problems);
        return;
    }
    merged.updatedAt = m_now;
    m_store.customers().update(merged);
    AuditTrail::record(m_store, m_auditClock, QStringLiteral("import"), QStringLiteral("customer"), merged.id,
                       AuditValues::customer(*stored), AuditValues::customer(merged));
    remember(merged, merged.id, target->row);
    ++m_result.counts.updated;
    m_result.duplicates << ImportDuplicate { row, target->id, target->row, matchedOn, true };
}

} // namespace peyvand
