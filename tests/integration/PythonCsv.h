#pragma once
// Reads a CSV file with Python's csv module (a third-party parser, not ours):
// its records, and whether it starts with a UTF-8 byte order mark. Records a
// test failure when python3 is missing or the file does not parse strictly.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <gtest/gtest.h>

namespace peyvand::testing {

struct PythonCsv
{
    bool bom = false;
    QList<QStringList> records;

    static PythonCsv read(const QString &path)
    {
        PythonCsv out;
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            ADD_FAILURE() << "python3 not found";
            return out;
        }
        QProcess p;
        p.start(python,
                { QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "raw = open(sys.argv[1], 'rb').read()\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                 "    rows = list(csv.reader(f, strict=True))\n"
                                 "sys.stdout.write(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), "
                                 "'rows': rows}))\n"),
                  path });
        p.waitForFinished(120000);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        out.bom = o[QStringLiteral("bom")].toBool();
        for (const QJsonValue &row : o[QStringLiteral("rows")].toArray()) {
            QStringList fields;
            for (const QJsonValue &v : row.toArray())
                fields << v.toString();
            out.records << fields;
        }
        return out;
    }
};

} // namespace peyvand::testing
