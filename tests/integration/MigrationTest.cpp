// Opening databases written by earlier versions migrates them to the latest
// schema and keeps their rows; files that are not ours, or are newer than this
// program, are refused without being touched.
#include "CustomerService.h"
#include "Migrations.h"
#include "ServiceRequestService.h"
#include "TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

using namespace peyvand;
using peyvand::testing::actAsNewManager;
using peyvand::testing::fileBytes;

namespace {

QString fixturePath(int version)
{
    return QDir(QStringLiteral(PEYVAND_TEST_DATA_DIR)).filePath(QStringLiteral("schema_v%1.sqlite").arg(version));
}

// user_version read with plain SQLite, read-only, so the file is not touched.
int rawUserVersion(const QString &path)
{
    sqlite3 *db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

// Writes a small SQLite file with plain SQLite (default rollback journal).
void writeSqliteFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
              SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

// What opening `path` must refuse: a DatabaseError naming the file and saying `why`.
void expectRefusedUntouched(const QString &path, const QString &why,
                            SqliteDatabase::OpenMode mode = SqliteDatabase::OpenMode::CreateAndMigrate)
{
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());
    try {
        SqliteDataStore store(path, mode);
        ADD_FAILURE() << "opened " << path.toStdString();
    } catch (const DatabaseError &e) {
        const QString message = QString::fromUtf8(e.what());
        EXPECT_TRUE(message.contains(path)) << e.what();
        EXPECT_TRUE(message.contains(why)) << e.what();
    }
    const QByteArray after = fileBytes(path);
    EXPECT_TRUE(after == before) << "the refused file was modified (" << before.size() << " bytes before, "
                                 << after.size() << " after; header bytes 18/19 (journal mode) "
                                 << int(before.size() > 19 ? before[18] : -1) << '/'
                                 << int(before.size() > 19 ? before[19] : -1) << " -> "
                                 << int(after.size() > 19 ? after[18] : -1) << '/'
                                 << int(after.size() > 19 ? after[19] : -1) << ')';
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

class MigrationsUpgrade : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST(Migrations, there_is_a_fixture_for_every_earlier_schema_version)
{
    for (int version = 1; version < peyvand::Migrations::latestVersion(); ++version) {
        SCOPED_TRACE(version);
        ASSERT_TRUE(QFileInfo::exists(fixturePath(version)))
            << fixturePath(version).toStdString() << " is missing; run peyvand-make-fixtures tests/data";
        EXPECT_EQ(rawUserVersion(fixturePath(version)), version);
    }
}

TEST_P(MigrationsUpgrade, an_old_database_is_migrated_to_the_latest_version_keeping_its_rows)
{
    const int version = GetParam();
    const QString fixture = fixturePath(version);
    ASSERT_TRUE(QFileInfo::exists(fixture)) << fixture.toStdString();
    const QByteArray original = fileBytes(fixture);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(rawUserVersion(path), version);

    {
        SqliteDataStore store(path);
        EXPECT_EQ(store.database().userVersion(), peyvand::Migrations::latestVersion());

        // The old rows, through the repositories.
        const auto company = store.customers().get(1);
        ASSERT_TRUE(company);
        EXPECT_EQ(company->kind, CustomerKind::Legal);
        EXPECT_EQ(company->legal.companyName, QStringLiteral("شرکت فولاد پارس"));
        EXPECT_EQ(company->legal.nationalId, QStringLiteral("10380284790"));
        EXPECT_EQ(company->legal.employees, 120);
        EXPECT_EQ(company->ownerId, 1);
        EXPECT_EQ(company->primaryPhone(), QStringLiteral("02188776655"));
        const auto person = store.customers().get(2);
        ASSERT_TRUE(person);
        EXPECT_EQ(person->displayName(), QStringLiteral("مریم کریمی"));
        EXPECT_EQ(person->individual.nationalCode, QStringLiteral("0084575948"));
        EXPECT_EQ(person->lifecycle, Lifecycle::Lead);
        EXPECT_EQ(person->source, SourceChannel::Internet);
        EXPECT_EQ(store.customers().findByPhone(QStringLiteral("09121234567")), QList<qint64> { 2 });
        EXPECT_EQ(store.users().byUsername(QStringLiteral("rep1"))->fullName, QStringLiteral("علی احمدی"));
        const auto contacts = store.contacts().forCustomer(1);
        ASSERT_EQ(contacts.size(), 1);
        EXPECT_EQ(contacts[0].role, BuyingRole::Decider);
        // Contacts migrated before version 4 are found by the contact search
        // (the fixtures' rows are raw SQL, so a version 4 file has no index text).
        if (version < 4) {
            const auto found = store.contacts().search(QStringLiteral("صادقي"), 10);
            ASSERT_EQ(found.size(), 1);
            EXPECT_EQ(found[0].id, 1);
        }
        if (version >= 3)
            EXPECT_EQ(store.serviceRequests().forCustomer(2, true).size(), 1);
        const auto deal = store.deals().get(1);
        ASSERT_TRUE(deal);
        EXPECT_EQ(deal->amount, 5'000'000'000LL);
        EXPECT_EQ(store.deals().history(1).size(), 2);
        EXPECT_EQ(store.activities().forCustomer(2, 10).size(), 1);
        const auto order = store.orders().get(1);
        ASSERT_TRUE(order);
        EXPECT_EQ(order->number, QStringLiteral("100001"));
        ASSERT_EQ(order->lines.size(), 1);
        EXPECT_EQ(order->lines[0].product, QStringLiteral("یخچال"));
        EXPECT_EQ(order->history.size(), 1);
        EXPECT_EQ(store.pipelines().all().size(), 2);

        // The old customers are searchable.
        auto find = [&](const QString &text) {
            CustomerQuery q;
            q.text = text;
            q.sort = CustomerSort::Id;
            QList<qint64> ids;
            for (const CustomerRow &r : store.customers().list(q))
                ids << r.id;
            return ids;
        };
        EXPECT_EQ(find(QStringLiteral("فولاد")), QList<qint64> { 1 });
        EXPECT_EQ(find(QStringLiteral("مریم")), QList<qint64> { 2 });
        EXPECT_EQ(find(QStringLiteral("کر")), QList<qint64> { 2 });
        EXPECT_EQ(find(QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷")), QList<qint64> { 2 });
        EXPECT_EQ(find(QStringLiteral("10380284790")), QList<qint64> { 1 });

        // Tables added by later versions work on the old rows.
        actAsNewManager(store);
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC));
        peyvand::ServiceRequestService requests(store, clock);
        ServiceRequest r;
        r.customerId = 2;
        r.orderId = 1;
        r.subject = QStringLiteral("خرابی یخچال");
        const qint64 id = requests.open(r);
        EXPECT_EQ(requests.get(id).orderId, 1);

        // And the index of an old row can be maintained.
        CustomerService service(store, clock);
        Customer renamed = service.get(2);
        renamed.individual.lastName = QStringLiteral("نوری");
        service.update(renamed);
        EXPECT_TRUE(find(QStringLiteral("کریمی")).isEmpty());
        EXPECT_EQ(find(QStringLiteral("نوری")), QList<qint64> { 2 });
    }

    // Opening again is a no-op at the latest version.
    {
        SqliteDataStore again(path, SqliteDatabase::OpenMode::MigrateExisting);
        EXPECT_EQ(again.database().userVersion(), peyvand::Migrations::latestVersion());
        // The one opened above, plus the fixture's own from version 3 on.
        EXPECT_EQ(again.serviceRequests().forCustomer(2, false).size(), version >= 3 ? 2 : 1);
    }
    EXPECT_TRUE(fileBytes(fixture) == original) << "the fixture in tests/data was modified";
}

INSTANTIATE_TEST_SUITE_P(MigrationFixtures, MigrationsUpgrade,
                         ::testing::Range(1, peyvand::Migrations::latestVersion()),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return "schema_v" + std::to_string(info.param);
                         });

TEST(Migrations, a_read_only_connection_refuses_an_old_database_until_it_is_migrated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(fixturePath(1), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_THROW(SqliteDataStore(path, SqliteDatabase::OpenMode::ReadOnly), DatabaseError);
    EXPECT_EQ(rawUserVersion(path), 1);
    {
        SqliteDataStore migrate(path);
    }
    SqliteDataStore readOnly(path, SqliteDatabase::OpenMode::ReadOnly);
    EXPECT_TRUE(readOnly.customers().get(2));
}

TEST(Migrations, a_new_file_is_created_at_the_latest_version)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        SqliteDataStore store(path);
        EXPECT_EQ(store.database().userVersion(), peyvand::Migrations::latestVersion());
    }
    EXPECT_EQ(rawUserVersion(path), peyvand::Migrations::latestVersion());
    EXPECT_THROW(
        SqliteDataStore(dir.filePath(QStringLiteral("missing.sqlite")), SqliteDatabase::OpenMode::MigrateExisting),
        DatabaseError);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST(Migrations, a_file_that_is_not_sqlite_is_refused_and_left_alone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "This is a plain text file, line " + QByteArray::number(i) + ", not a database at all.\n";
        f.write(text);
    }
    expectRefusedUntouched(path, QStringLiteral("not a Peyvand database"));
    expectRefusedUntouched(path, QStringLiteral("not a Peyvand database"), SqliteDatabase::OpenMode::MigrateExisting);
}

TEST(Migrations, a_database_from_a_newer_version_is_refused_and_left_alone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    writeSqliteFile(path,
                    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                    "INSERT INTO customers VALUES (1, 'x');"
                    "PRAGMA user_version = 99;");
    expectRefusedUntouched(path, QStringLiteral("newer"));
    EXPECT_EQ(rawUserVersion(path), 99);
}

TEST(Migrations, a_sqlite_file_of_another_program_is_refused_and_left_alone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeSqliteFile(path,
                    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                    "INSERT INTO notes VALUES (1, 'hello');");
    expectRefusedUntouched(path, QStringLiteral("not a Peyvand database"));
    EXPECT_EQ(rawUserVersion(path), 0);
}
