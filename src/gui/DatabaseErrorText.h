#pragma once
// Turns a database failure into a sentence a user can act on, in the UI
// language: locked by another program, read-only, not a SQLite file, made by
// a newer Peyvand, not a Peyvand database, or the underlying message.
#include <QString>
#include <exception>

namespace peyvand {
class DatabaseError;
}

namespace peyvand::DatabaseErrorText {

QString explain(const DatabaseError &error, const QString &path);

// A save that failed in the database, for a message box over the screen that
// saved: a database other users or programs kept busy past the wait (10 s,
// SqliteDatabase's busy timeout; nothing was saved, try again), read-only,
// full, or the underlying message.
QString whileSaving(const DatabaseError &error);
// The same for any exception: a DatabaseError as above, else its message.
QString whileSaving(const std::exception &error);

} // namespace peyvand::DatabaseErrorText
