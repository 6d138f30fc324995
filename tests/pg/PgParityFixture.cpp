#include "PgParityFixture.h"

#include "SqliteDatabase.h"

namespace peyvand::testing {

PgParityFixture::PgParityFixture()
    : sqlite(dir.filePath(QStringLiteral("parity.sqlite")))
    , pgCustomers(connection)
{
}

qint64 PgParityFixture::addUserOnBoth(const QString &username, UserRole role)
{
    const qint64 id = sqlite.users().add(User { 0, username, username, role, true });
    EXPECT_EQ(addUser(username, toCode(role)), id) << username.toStdString();
    return id;
}

qint64 PgParityFixture::addCustomerOnBoth(const Customer &customer)
{
    const qint64 id = sqlite.customers().add(customer);
    EXPECT_EQ(pgCustomers.add(customer), id) << customer.displayName().toStdString();
    return id;
}

void PgParityFixture::execOnBoth(const QString &sql)
{
    sqlite.database().exec(sql.toUtf8().constData());
    connection.exec(sql);
}

} // namespace peyvand::testing
