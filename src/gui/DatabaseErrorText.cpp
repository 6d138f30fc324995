#include "DatabaseErrorText.h"

#include "DatabaseError.h"
#include "Display.h"

#include <QCoreApplication>

namespace peyvand::DatabaseErrorText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseErrorText", text);
}

} // namespace

QString explain(const DatabaseError &error, const QString &path)
{
    const QString message = QString::fromUtf8(error.what());
    const int code = error.sqliteCode() & 0xff; // primary result code
    QString reason;
    if (message.contains(QLatin1String("newer than this program")))
        reason = tr("It was written by a newer version of Peyvand. Install the newer version to open it.");
    else if (code == 26) // SQLITE_NOTADB
        reason = tr("The file is not a database (or it is damaged).");
    else if (message.contains(QLatin1String("not a Peyvand database")))
        reason = tr("It is a database of another program, not Peyvand's.");
    else if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        reason = tr("Another program is using the database right now. Close it and try again.");
    else if (code == 8) // SQLITE_READONLY
        reason = tr("The file is read-only: changes cannot be saved. Check its permissions.");
    else if (code == 14) // SQLITE_CANTOPEN
        reason = tr("The file cannot be opened or created here. Check the folder and its permissions.");
    else if (code == 13) // SQLITE_FULL
        reason = tr("The disk is full.");
    else
        reason = tr("The database reported an error.");
    return tr("Database: %1\n\n%2\n\nDetails: %3").arg(Display::isolate(path), reason, message);
}

QString whileSaving(const DatabaseError &error)
{
    const QString message = QString::fromUtf8(error.what());
    QString reason;
    switch (error.sqliteCode() & 0xff) {
    case 5: // SQLITE_BUSY: other writers held the file past the busy timeout
    case 6: // SQLITE_LOCKED
        reason = tr("Other users or programs kept the database busy for more than 10 seconds, so nothing was "
                    "saved. Try again in a moment.");
        break;
    case 8: // SQLITE_READONLY
        reason = tr("The file is read-only: changes cannot be saved. Check its permissions.");
        break;
    case 13: // SQLITE_FULL
        reason = tr("The disk is full.");
        break;
    default:
        reason = tr("The database refused the change; nothing was saved.");
    }
    return tr("%1\n\nDetails: %2").arg(reason, message);
}

QString whileSaving(const std::exception &error)
{
    if (const auto *database = dynamic_cast<const DatabaseError *>(&error))
        return whileSaving(*database);
    return QString::fromUtf8(error.what());
}

} // namespace peyvand::DatabaseErrorText
