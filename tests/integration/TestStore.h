#pragma once
// Shared helpers for the storage, service and migration integration tests: a
// real database of the backend under test (TestBackend.h: a SQLite file in a
// temporary directory, or a fresh database on the PostgreSQL test server), a
// fixed clock, valid Iranian identifiers and row counts read straight with SQL.
#include "../unit/TestPrinters.h"
#include "Clock.h"
#include "Customer.h"
#include "DataStoreFactory.h"
#include "DatabaseError.h"
#include "IranianIds.h"
#include "PgDataStore.h"
#include "PgTestQueries.h"
#include "PgTestServer.h"
#include "SqliteDataStore.h"
#include "SqliteDatabase.h"
#include "TestBackend.h"
#include "ValidationError.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace peyvand::testing {

// A valid national code (کد ملی) completing nine digits with their check digit.
inline QString validNationalCode(const QString &nineDigits)
{
    return nineDigits + IranianIds::nationalCodeCheckDigit(nineDigits);
}

// The same nine digits with a wrong check digit.
inline QString invalidNationalCode(const QString &nineDigits)
{
    const QChar right = IranianIds::nationalCodeCheckDigit(nineDigits);
    const QChar wrong = QChar(u'0' + ((right.unicode() - u'0' + 1) % 10));
    return nineDigits + wrong;
}

// A valid legal national ID (شناسه ملی) completing ten digits.
inline QString validLegalId(const QString &tenDigits)
{
    return tenDigits + IranianIds::legalNationalIdCheckDigit(tenDigits);
}

// An individual with a name, a mobile and (optionally) a national code and a city.
inline Customer individual(const QString &first, const QString &last, const QString &nationalCode = {},
                           const QString &mobile = {}, const QString &city = {})
{
    Customer c;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = first;
    c.individual.lastName = last;
    c.individual.nationalCode = nationalCode;
    if (!mobile.isEmpty())
        c.phones << PhoneEntry { mobile, QStringLiteral("موبایل") };
    if (!city.isEmpty())
        c.addresses << Address { QStringLiteral("اصلی"), QString(), city, QString(), QString() };
    c.createdAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    return c;
}

inline Customer legalEntity(const QString &companyName, const QString &nationalId = {}, const QString &phone = {},
                            const QString &city = {})
{
    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = companyName;
    c.legal.nationalId = nationalId;
    if (!phone.isEmpty())
        c.phones << PhoneEntry { phone, QStringLiteral("دفتر") };
    if (!city.isEmpty())
        c.addresses << Address { QStringLiteral("دفتر مرکزی"), QString(), city, QString(), QString() };
    c.createdAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    return c;
}

// Adds a manager ("tester") to `store` and makes the services act as them:
// for tests on files made elsewhere (migration fixtures), not about a role.
inline User actAsNewManager(DataStore &store)
{
    User u { 0, QStringLiteral("tester"), QStringLiteral("tester"), UserRole::Manager, true };
    store.transaction([&] { u.id = store.users().add(u); });
    store.setActor(u);
    return u;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A fresh database in its own temporary directory (SQLite: a file there;
// PostgreSQL: a new database on the test server, dropped afterwards), with a
// fixed clock, acting as a manager ("tester", the first user) unless a test
// chooses otherwise (actAs) — the services check the acting user's permissions.
class TestStore
{
public:
    enum class Actor { Manager, Nobody };

    explicit TestStore(Actor actor = Actor::Manager)
        : clock(QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC))
    {
        if (!dir.isValid())
            throw std::runtime_error("cannot create a temporary directory");
        if (onPostgresql()) {
            pgDatabase = std::make_unique<PgTestDatabase>(PgTestDatabase::Contents::Migrated);
            path = pgDatabase->urlText();
        } else {
            path = dir.filePath(QStringLiteral("peyvand.sqlite"));
        }
        store = open();
        if (actor == Actor::Manager)
            manager = actAsNewManager(*store);
    }

    // Another connection to this database (as a second PC or a worker thread would open it).
    std::unique_ptr<DataStore> open(StoreOpenMode mode = StoreOpenMode::CreateAndMigrate) const
    {
        return DataStoreFactory::open(path, mode);
    }

    // A user of this role, stored (active unless told otherwise).
    User addUser(const QString &username, UserRole role, bool active = true)
    {
        User u;
        u.username = username;
        u.fullName = username;
        u.role = role;
        u.active = active;
        store->transaction([&] { u.id = store->users().add(u); });
        return u;
    }

    // The services act as `user` from now on.
    void actAs(const User &user) { store->setActor(user); }

    DataStore &operator*() { return *store; }
    DataStore *operator->() { return store.get(); }

    // The SQLite store, for tests about SQLite itself (they skip on
    // PostgreSQL first: PEYVAND_SQLITE_ONLY); throws on PostgreSQL.
    SqliteDataStore &sqlite()
    {
        auto *s = dynamic_cast<SqliteDataStore *>(store.get());
        if (s == nullptr)
            throw std::logic_error("a SQLite-only test ran on PostgreSQL: add PEYVAND_SQLITE_ONLY");
        return *s;
    }
    // The PostgreSQL connection; throws on SQLite.
    PgConnection &pg()
    {
        auto *s = dynamic_cast<PgDataStore *>(store.get());
        if (s == nullptr)
            throw std::logic_error("not on PostgreSQL");
        return s->connection();
    }

    // Rows in a table, straight with SQL.
    qint64 rows(const char *table) { return scalar((QByteArray("SELECT count(*) FROM ") + table).constData()); }

    // One integer read with SQL (for checks the repositories do not expose):
    // SQL both backends understand.
    qint64 scalar(const char *sql)
    {
        if (onPostgresql())
            return pgScalar(pg(), QString::fromUtf8(sql));
        auto q = sqlite().database().prepare(sql);
        return q->step() ? q->int64(0) : -1;
    }

    // Runs SQL without results (both backends' dialect permitting).
    void exec(const char *sql)
    {
        if (onPostgresql())
            pg().exec(QString::fromUtf8(sql));
        else
            sqlite().database().exec(sql);
    }

    // Open transactions on this store's connection: SQLite counts nested ones
    // (savepoints); PostgreSQL only says whether one is open (0 or 1).
    int transactionDepth()
    {
        if (onPostgresql())
            return pg().inTransaction() ? 1 : 0;
        return sqlite().database().transactionDepth();
    }

    // Changes when anything is written: SQLite, the file's and its WAL's
    // bytes; PostgreSQL, every row of every table.
    QByteArray contentHash()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (onPostgresql()) {
            for (const QString &row : pgEverything(pg()))
                hash.addData(row.toUtf8() + '\n');
        } else {
            hash.addData(fileBytes(path));
            hash.addData(QByteArrayView("|"));
            hash.addData(fileBytes(path + QStringLiteral("-wal")));
        }
        return hash.result().toHex();
    }

    // Reopens the database (drops the connection and its caches).
    void reopen()
    {
        const User actor = store->actor();
        store.reset();
        store = open();
        store->setActor(actor);
    }

    QTemporaryDir dir; // for files the test writes (exports, imports), on both backends
    std::unique_ptr<PgTestDatabase> pgDatabase; // PostgreSQL: this store's database
    QString path; // the SQLite file, or the PostgreSQL URL
    FixedClock clock;
    std::unique_ptr<DataStore> store;
    User manager; // the acting manager (id 0 for Actor::Nobody)
};

// Counts of every table a refused change could have written to.
struct RowCounts
{
    qint64 customers, phones, deals, history, activities, orders, lines, orderHistory, payments, requests;

    static RowCounts of(TestStore &s)
    {
        return { s.rows("customers"),  s.rows("customer_phones"), s.rows("deals"),       s.rows("deal_stage_history"),
                 s.rows("activities"), s.rows("orders"),          s.rows("order_lines"), s.rows("order_status_history"),
                 s.rows("payments"),   s.rows("service_requests") };
    }
    bool operator==(const RowCounts &) const = default;
};

inline void PrintTo(const RowCounts &r, std::ostream *os)
{
    *os << "{customers " << r.customers << ", phones " << r.phones << ", deals " << r.deals << ", history " << r.history
        << ", activities " << r.activities << ", orders " << r.orders << ", lines " << r.lines << ", order history "
        << r.orderHistory << ", payments " << r.payments << ", requests " << r.requests << '}';
}

} // namespace peyvand::testing
