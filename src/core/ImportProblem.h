#pragma once
// One thing wrong with an imported file or one of its rows: where (row counted
// from 1 for the first data row, 0 for the file as a whole; the column's header
// text), the value found, a stable code, and the reason in English (CLI, the
// --report file) and in Persian (the desktop app).
#include <QList>
#include <QString>

namespace peyvand {

class ValidationError;

struct ImportProblem
{
    qint64 row = 0; // 0: the file, not one row
    QString column; // the header text of the column; empty when no single column
    QString value;
    QString code;
    QString message;
    QString persianMessage;

    static ImportProblem fromError(qint64 row, const QString &column, const QString &value,
                                   const ValidationError &error);
    static ImportProblem file(const QString &code, const QString &message, const QString &persianMessage);
    static ImportProblem atRow(qint64 row, const QString &code, const QString &message, const QString &persianMessage);
};

using ImportProblems = QList<ImportProblem>;

} // namespace peyvand
