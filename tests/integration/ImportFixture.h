#pragma once
// Shared by the import tests: a real database file (TestStore), CSV files
// written into its directory, the importer run on them, and table dumps that
// compare what an import wrote with what the services write.
#include "CsvImporter.h"
#include "CustomerService.h"
#include "TestStore.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace peyvand::testing {

inline QString nationalCodeOf(int n)
{
    return validNationalCode(QStringLiteral("%1").arg(100000000 + n * 7919 % 800000000, 9, 10, QLatin1Char('0')));
}

inline QString legalIdOf(int n)
{
    return validLegalId(QStringLiteral("1%1").arg(n, 9, 10, QLatin1Char('0')));
}

inline QString mobileOf(int n)
{
    return QStringLiteral("0912%1").arg(n, 7, 10, QLatin1Char('0'));
}

class ImportFixture : public ::testing::Test
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = store.dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    ImportResult import(const QByteArray &csv, ImportOptions options = {})
    {
        return importFile(writeFile(QStringLiteral("in.csv"), csv), options);
    }

    ImportResult importFile(const QString &path, const ImportOptions &options)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return CsvImporter(*store, store.clock).run(f, options);
    }

    static ImportOptions kind(ImportKind k)
    {
        ImportOptions o;
        o.kind = k;
        return o;
    }

    static QString describe(const ImportResult &r)
    {
        QString out = QStringLiteral("outcome %1, rows %2, imported %3, updated %4, skipped %5, invalid %6")
                          .arg(int(r.outcome))
                          .arg(r.counts.rows)
                          .arg(r.counts.imported)
                          .arg(r.counts.updated)
                          .arg(r.counts.skippedDuplicates)
                          .arg(r.counts.invalid);
        for (const ImportProblem &p : r.problems)
            out += QStringLiteral("\n  row %1 [%2] '%3' %4: %5").arg(p.row).arg(p.column, p.value, p.code, p.message);
        return out;
    }

    TestStore store;
};

// Every row of a query as text, for comparing two databases.
inline QStringList dump(TestStore &s, const char *sql)
{
    QStringList rows;
    if (onPostgresql())
        return pgRows(s.pg(), QString::fromUtf8(sql), QStringLiteral("<null>"));
    SqliteDatabase &db = s.sqlite().database();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sqlite3_errmsg(db.handle()) << " in " << sql;
        return rows;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            cells << (text ? QString::fromUtf8(text) : QStringLiteral("<null>"));
        }
        rows << cells.join(QLatin1Char('|'));
    }
    sqlite3_finalize(stmt);
    return rows;
}

// The search index: SQLite, the terms of a contentless FTS5 gram index with
// the number of rows holding each; PostgreSQL (trigram indexes over the
// rows' search_text), each row's search text.
inline QStringList searchIndex(TestStore &s, const char *table)
{
    if (onPostgresql()) {
        const QString rows = QLatin1String(table) == QLatin1String("customer_search") ? QStringLiteral("customers")
                                                                                      : QStringLiteral("contacts");
        return pgRows(s.pg(), QStringLiteral("SELECT search_text FROM %1 ORDER BY search_text").arg(rows));
    }
    const QByteArray create = QByteArray("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_") + table
        + " USING fts5vocab(main, " + table + ", row)";
    s.sqlite().database().exec(create.constData());
    const QByteArray select = QByteArray("SELECT term, doc FROM temp.vocab_") + table + " ORDER BY term";
    return dump(s, select.constData());
}

} // namespace peyvand::testing
