#pragma once
// Shared helpers for the storage, service and migration integration tests: a
// real SQLite file in a temporary directory, a fixed clock, valid Iranian
// identifiers and row counts read straight from the file.
#include "../unit/TestPrinters.h"
#include "Clock.h"
#include "Customer.h"
#include "DatabaseError.h"
#include "IranianIds.h"
#include "SqliteDataStore.h"
#include "SqliteDatabase.h"
#include "ValidationError.h"

#include <QByteArray>
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

// A fresh database file in its own temporary directory, with a fixed clock,
// acting as a manager ("tester", the first user) unless a test chooses
// otherwise (actAs) — the services check the acting user's permissions.
class TestStore
{
public:
    enum class Actor { Manager, Nobody };

    explicit TestStore(Actor actor = Actor::Manager)
        : clock(QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC))
    {
        if (!dir.isValid())
            throw std::runtime_error("cannot create a temporary directory");
        path = dir.filePath(QStringLiteral("peyvand.sqlite"));
        store = std::make_unique<SqliteDataStore>(path);
        if (actor == Actor::Manager)
            manager = actAsNewManager(*store);
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

    SqliteDataStore &operator*() { return *store; }
    SqliteDataStore *operator->() { return store.get(); }

    // Rows in a table, straight from SQLite.
    qint64 rows(const char *table)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        auto q = store->database().prepare(sql.constData());
        return q->step() ? q->int64(0) : -1;
    }

    // One integer read with SQL (for checks the repositories do not expose).
    qint64 scalar(const char *sql)
    {
        auto q = store->database().prepare(sql);
        return q->step() ? q->int64(0) : -1;
    }

    // Reopens the file (drops the connection and its caches).
    void reopen()
    {
        const User actor = store->actor();
        store.reset();
        store = std::make_unique<SqliteDataStore>(path);
        store->setActor(actor);
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock;
    std::unique_ptr<SqliteDataStore> store;
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

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace peyvand::testing
