#include "PgRepoFixture.h"

#include "CustomerSearchText.h"
#include "IranianIds.h"
#include "PersianText.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand::testing {

PgRepoFixture::PgRepoFixture()
    : connection(db.url())
{
    PgMigrations::migrate(connection);
}

qint64 PgRepoFixture::addUser(const QString &username, const QString &role)
{
    auto q = connection.prepare(QStringLiteral("INSERT INTO users(username, full_name, role, created_at) "
                                               "VALUES ($1, $2, $3, 0) RETURNING id"));
    q.bind(1, username).bind(2, QStringLiteral("کاربر ") + username).bind(3, role);
    return q.exec().int64(0, 0);
}

qint64 PgRepoFixture::addCustomer(const Customer &c)
{
    const QString name = c.displayName();
    auto q = connection.prepare(
        QStringLiteral("INSERT INTO customers(kind, owner_id, lifecycle, source, name, sort_name, national_id, phone, "
                       "search_text, company_name, first_name, last_name, created_at, updated_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, 0) RETURNING id"));
    const bool legal = c.kind == CustomerKind::Legal;
    q.bind(1, toCode(c.kind));
    c.ownerId ? q.bind(2, c.ownerId) : q.bindNull(2);
    q.bind(3, toCode(c.lifecycle)).bind(4, toCode(c.source)).bind(5, name).bind(6, PersianText::sortKey(name));
    c.nationalIdentifier().isEmpty() ? q.bindNull(7) : q.bind(7, c.nationalIdentifier());
    c.primaryPhone().isEmpty() ? q.bindNull(8) : q.bind(8, c.primaryPhone());
    q.bind(9, CustomerSearchText::of(c));
    legal ? q.bind(10, c.legal.companyName) : q.bindNull(10);
    legal ? q.bindNull(11) : q.bind(11, c.individual.firstName);
    legal ? q.bindNull(12) : q.bind(12, c.individual.lastName);
    const qint64 id = q.exec().int64(0, 0);
    auto phone = connection.prepare(
        QStringLiteral("INSERT INTO customer_phones(customer_id, position, number) VALUES ($1, $2, $3)"));
    int position = 0;
    for (const PhoneEntry &p : c.phones) {
        phone.bind(1, id).bind(2, ++position).bind(3, p.number);
        phone.run();
    }
    return id;
}

qint64 PgRepoFixture::addIndividual(const QString &first, const QString &last, const QString &nationalCode,
                                    const QString &mobile)
{
    Customer c;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = first;
    c.individual.lastName = last;
    c.individual.nationalCode = nationalCode;
    if (!mobile.isEmpty())
        c.phones << PhoneEntry { mobile, {} };
    return addCustomer(c);
}

qint64 PgRepoFixture::addLegal(const QString &name, const QString &legalId, const QString &phone)
{
    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = name;
    c.legal.nationalId = legalId;
    if (!phone.isEmpty())
        c.phones << PhoneEntry { phone, {} };
    return addCustomer(c);
}

qint64 PgRepoFixture::addContact(qint64 customerId, const QString &first, const QString &last, const QString &mobile)
{
    auto q = connection.prepare(QStringLiteral("INSERT INTO contacts(customer_id, first_name, last_name, role, "
                                               "attitude, mobile) VALUES ($1, $2, $3, 'decider', 'neutral', $4) "
                                               "RETURNING id"));
    q.bind(1, customerId).bind(2, first).bind(3, last);
    mobile.isEmpty() ? q.bindNull(4) : q.bind(4, mobile);
    return q.exec().int64(0, 0);
}

qint64 PgRepoFixture::pipelineOf(CustomerKind kind)
{
    auto q = connection.prepare(QStringLiteral("SELECT min(id) FROM pipelines WHERE kind = $1"));
    q.bind(1, toCode(kind));
    return q.exec().int64(0, 0);
}

QList<qint64> PgRepoFixture::stagesOf(qint64 pipelineId)
{
    auto q = connection.prepare(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = $1 ORDER BY position"));
    q.bind(1, pipelineId);
    const PgResult r = q.exec();
    QList<qint64> out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.int64(i, 0);
    return out;
}

qint64 PgRepoFixture::scalar(const QString &sql)
{
    return connection.prepare(sql).exec().int64(0, 0);
}

QString validNationalCode(const QString &nineDigits)
{
    return nineDigits + IranianIds::nationalCodeCheckDigit(nineDigits);
}

QString validLegalId(const QString &tenDigits)
{
    return tenDigits + IranianIds::legalNationalIdCheckDigit(tenDigits);
}

} // namespace peyvand::testing
