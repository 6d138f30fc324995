#pragma once
// COPY … FROM STDIN in text format: one statement that streams rows encoded
// by PgStatement::appendCopyLine, far faster than one INSERT per row. The
// table's triggers and constraints run as for INSERTs (foreign keys at the
// end of the statement).
#include <QByteArray>

namespace peyvand {

class PgConnection;

namespace PgCopyIn {

// Runs `copySql` (COPY table(columns) FROM STDIN) with `lines` as its data;
// throws PgError (with the server's message, e.g. a constraint) on failure.
void run(PgConnection &connection, const QByteArray &copySql, const QByteArray &lines);

} // namespace PgCopyIn
} // namespace peyvand
