#include "ContactImportWriter.h"

#include "AuditTrail.h"
#include "AuditValues.h"
#include "PersianText.h"

namespace peyvand {

namespace {

QString mobileKey(qint64 companyId, const QString &mobile)
{
    return QString::number(companyId) + QLatin1Char('/') + mobile;
}

QString nameKey(qint64 companyId, const ContactPerson &c)
{
    return QString::number(companyId) + QStringLiteral("/n:") + PersianText::searchKey(c.firstName + c.lastName);
}

} // namespace

ContactImportWriter::ContactImportWriter(DataStore &store, const ImportOptions &options, ImportResult &result)
    : ContactImportWriter(store, options, QDateTime::currentDateTimeUtc(), result)
{
}

ContactImportWriter::ContactImportWriter(DataStore &store, const ImportOptions &options, const QDateTime &now,
                                         ImportResult &result)
    : ImportWriter(result)
    , m_store(store)
    , m_options(options)
    , m_auditClock(now)
    , m_builder(result.mapping, result.format.encoding)
{
}

void ContactImportWriter::write(const QList<ImportRow> &rows)
{
    QList<Built> built;
    built.reserve(rows.size());
    for (const ImportRow &r : rows) {
        ImportProblems problems;
        const QString companyId
            = m_options.companyId ? QString() : m_builder.companyNationalId(r.record, r.row, problems);
        ContactPerson c;
        problems << m_builder.apply(r.record, r.row, c);
        if (!problems.isEmpty()) {
            reject(problems);
            continue;
        }
        built << Built { &r, companyId, std::move(c) };
    }
    if (!m_options.companyId)
        lookUpCompanies(built);
    for (Built &b : built)
        if (const auto companyId = m_options.companyId ? m_options.companyId : company(b))
            resolve(b, *companyId);
}

void ContactImportWriter::lookUpCompanies(const QList<Built> &built)
{
    QStringList ids;
    for (const Built &b : built)
        if (!m_companies.contains(b.companyNationalId) && !m_unknownCompanies.contains(b.companyNationalId)
            && !ids.contains(b.companyNationalId))
            ids << b.companyNationalId;
    if (ids.isEmpty())
        return;
    for (const CustomerKeyMatch &m : m_store.customers().matchNationalIdentifiers(ids))
        m_companies.insert(m.key, m);
    for (const QString &id : ids)
        if (!m_companies.contains(id))
            m_unknownCompanies.insert(id);
}

std::optional<qint64> ContactImportWriter::company(const Built &b)
{
    const QString column = m_result.mapping.columnName(ImportField::CompanyNationalId);
    const auto it = m_companies.constFind(b.companyNationalId);
    if (it == m_companies.constEnd()) {
        reject({ ImportProblem {
            b.source->row, column, b.companyNationalId, QStringLiteral("company_not_found"),
            QStringLiteral("no company with national ID %1; import the companies first").arg(b.companyNationalId),
            QStringLiteral(
                "شرکتی با شناسه ملی %1 ثبت نشده است؛ ابتدا شرکت‌ها را "
                "وارد "
                "کنید")
                .arg(b.companyNationalId) } });
        return std::nullopt;
    }
    if (it->kind != CustomerKind::Legal) {
        reject({ ImportProblem {
            b.source->row, column, b.companyNationalId, QStringLiteral("not_legal"),
            QStringLiteral("contacts belong to legal-entity customers only"),
            QStringLiteral("افراد رابط فقط برای مشتریان حقوقی ثبت می‌شوند") } });
        return std::nullopt;
    }
    return it->id;
}

void ContactImportWriter::loadContacts(qint64 companyId)
{
    if (m_loaded.contains(companyId))
        return;
    m_loaded.insert(companyId);
    for (const ContactPerson &c : m_store.contacts().forCustomer(companyId))
        remember(c, 0);
}

void ContactImportWriter::remember(const ContactPerson &c, qint64 row)
{
    const Known known { c.id, c.mobile, row };
    if (!c.mobile.isEmpty() && !m_byKey.contains(mobileKey(c.customerId, c.mobile)))
        m_byKey.insert(mobileKey(c.customerId, c.mobile), known);
    const QString name = nameKey(c.customerId, c);
    auto it = m_byKey.find(name);
    if (it == m_byKey.end())
        m_byKey.insert(name, known);
    else if (it->id == c.id)
        it->mobile = c.mobile;
}

void ContactImportWriter::resolve(Built &b, qint64 companyId)
{
    loadContacts(companyId);
    ContactPerson &c = b.contact;
    c.customerId = companyId;
    const qint64 row = b.source->row;
    std::optional<Known> target;
    QString matchedOn;
    if (!c.mobile.isEmpty()) {
        if (const auto it = m_byKey.constFind(mobileKey(companyId, c.mobile)); it != m_byKey.constEnd()) {
            target = *it;
            matchedOn = QStringLiteral("mobile");
        }
    }
    if (!target) {
        // The same name is the same person unless both have different mobiles.
        const auto it = m_byKey.constFind(nameKey(companyId, c));
        if (it != m_byKey.constEnd() && (c.mobile.isEmpty() || it->mobile.isEmpty())) {
            target = *it;
            matchedOn = QStringLiteral("name");
        }
    }
    if (!target) {
        c.id = m_store.contacts().add(c);
        AuditTrail::record(m_store, m_auditClock, QStringLiteral("import"), QStringLiteral("contact"), c.id, nullptr,
                           AuditValues::contact(c));
        remember(c, row);
        ++m_result.counts.imported;
        return;
    }
    if (m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_result.counts.skippedDuplicates;
        m_result.duplicates << ImportDuplicate { row, target->id, target->row, matchedOn, false };
        return;
    }
    std::optional<ContactPerson> stored = m_store.contacts().get(target->id);
    if (!stored)
        return;
    ContactPerson merged = *stored;
    const ImportProblems problems = m_builder.apply(b.source->record, row, merged);
    if (!problems.isEmpty()) {
        reject(problems);
        return;
    }
    m_store.contacts().update(merged);
    AuditTrail::record(m_store, m_auditClock, QStringLiteral("import"), QStringLiteral("contact"), merged.id,
                       AuditValues::contact(*stored), AuditValues::contact(merged));
    remember(merged, target->row);
    ++m_result.counts.updated;
    m_result.duplicates << ImportDuplicate { row, target->id, target->row, matchedOn, true };
}

} // namespace peyvand
