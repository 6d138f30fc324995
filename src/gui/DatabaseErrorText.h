#pragma once
// Turns a database failure into a sentence a user can act on, in the UI
// language: locked by another program, read-only, not a SQLite file, made by
// a newer Peyvand, not a Peyvand database, or the underlying message.
#include <QString>

namespace peyvand {
class DatabaseError;
}

namespace peyvand::DatabaseErrorText {

QString explain(const DatabaseError &error, const QString &path);

} // namespace peyvand::DatabaseErrorText
