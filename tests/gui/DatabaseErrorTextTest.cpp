// A database that cannot be opened is explained in words a user can act on.
#include "DatabaseErrorText.h"

#include "GuiFixture.h"

#include <QFile>

using namespace peyvand;

namespace {

QString explainOpening(const QString &path)
{
    try {
        SqliteDataStore store(path);
    } catch (const DatabaseError &e) {
        return DatabaseErrorText::explain(e, path);
    }
    return {};
}

} // namespace

TEST(DatabaseErrorText, names_the_file_and_the_reason_for_each_kind_of_unopenable_database)
{
    peyvand::testing::GuiFixture f;
    const QString notSqlite = f.dir.filePath(QStringLiteral("notes.sqlite"));
    QFile text(notSqlite);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    const QString a = explainOpening(notSqlite);
    EXPECT_TRUE(a.contains(notSqlite)) << a.toStdString();
    EXPECT_TRUE(a.contains(QStringLiteral("not a database"))) << a.toStdString();

    const QString newer = f.dir.filePath(QStringLiteral("newer.sqlite"));
    {
        SqliteDatabase db(newer, SqliteDatabase::OpenMode::CreateAndMigrate);
        db.exec("PRAGMA user_version = 999");
    }
    const QString b = explainOpening(newer);
    EXPECT_TRUE(b.contains(QStringLiteral("newer version of Peyvand"))) << b.toStdString();

    const QString foreign = f.dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        SqliteDatabase db(foreign, SqliteDatabase::OpenMode::Unmigrated);
        db.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY)");
    }
    const QString c = explainOpening(foreign);
    EXPECT_TRUE(c.contains(QStringLiteral("another program"))) << c.toStdString();

    const QString missingDir = f.dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
    const QString d = explainOpening(missingDir);
    EXPECT_FALSE(d.isEmpty());
}
