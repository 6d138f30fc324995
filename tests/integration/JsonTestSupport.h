#pragma once
// Helpers of the JSON export/import tests: export a store to a file, import a
// file into a store, and every row of every table (FTS indexes as their
// (term, row) pairs) for comparing two SQLite files exactly.
#include "JsonExporter.h"
#include "JsonImporter.h"
#include "SqliteDataStore.h"

#include <QFile>
#include <QStringList>
#include <fstream>

namespace peyvand::testing {

inline QDateTime exportTime()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

inline SnapshotCounts exportTo(DataStore &store, const QString &path)
{
    std::ofstream out(QFile::encodeName(path).constData(), std::ios::binary | std::ios::trunc);
    const auto reader = store.snapshotReader();
    return JsonExporter(*reader, exportTime()).write(out);
}

inline JsonImporter::Result importFrom(DataStore &store, const QString &path)
{
    return JsonImporter(store).run(path);
}

inline QStringList rowsOf(SqliteDatabase &db, const QString &sql)
{
    auto q = db.prepare(sql.toUtf8().constData());
    QStringList rows;
    while (q->step()) {
        QString row;
        for (int i = 0; i < q->columnCount(); ++i)
            row += (q->isNull(i) ? QStringLiteral("NULL") : q->text(i)) + QLatin1Char('|');
        rows << row;
    }
    return rows;
}

// Every table's rows (in primary key order), the FTS5 indexes' contents, and the schema
// (not meta, which records the file's own housekeeping, nor audit_log: the audit
// trail is the file's own history, not part of a snapshot — docs/security.md).
inline QStringList everything(SqliteDatabase &db)
{
    QStringList out;
    const QStringList tables = rowsOf(db,
                                      QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                                     "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search%' "
                                                     "AND name NOT IN ('meta', 'audit_log') ORDER BY name"));
    for (QString table : tables) {
        table.chop(1);
        out << QStringLiteral("== ") + table;
        int columns = 0;
        {
            auto q = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table).toUtf8().constData());
            columns = q->columnCount();
        }
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        // A summary row whose count went back to 0 (a status changed) means nothing: an import has none.
        const QString where = table.endsWith(QLatin1String("_daily")) ? QStringLiteral(" WHERE n <> 0") : QString();
        out << rowsOf(db,
                      QStringLiteral("SELECT * FROM %1%3 ORDER BY %2").arg(table, order.join(QLatin1Char(',')), where));
    }
    for (const char *index : { "customer_search", "contact_search" }) {
        const QString vocab = QStringLiteral("temp.vocab_%1").arg(QLatin1String(index));
        db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5vocab(main, %2, instance)")
                    .arg(vocab, QLatin1String(index))
                    .toUtf8()
                    .constData());
        out << QStringLiteral("== ") + QLatin1String(index);
        out << rowsOf(db, QStringLiteral("SELECT term, doc FROM %1 ORDER BY term, doc").arg(vocab));
    }
    out << QStringLiteral("== schema");
    out << rowsOf(db,
                  QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' "
                                 "ORDER BY type, name"));
    return out;
}

inline std::string firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return "line " + std::to_string(i) + ":\n  " + a[i].toStdString() + "\n  " + b[i].toStdString();
    return "sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size());
}

} // namespace peyvand::testing
