#pragma once
// Where Peyvand keeps its files by default: the embedded database and the logs
// live in the user's data directory (QStandardPaths::AppDataLocation).
#include <QString>

namespace peyvand::AppPaths {

QString dataDirectory(); // created when missing
QString defaultDatabase(); // <data>/peyvand.sqlite
QString logDirectory(); // <data>/logs

} // namespace peyvand::AppPaths
