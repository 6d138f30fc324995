#pragma once
// The raw side of the customer list cases: the columns the list shows (the
// owner's name joined from users), in the order of each sort, on the same
// indexes Peyvand's queries use — so the ratio shows what our code adds.
#include "Customer.h"

#include <QByteArray>

namespace peyvand::bench {

// SELECT … FROM customers c LEFT JOIN users u … WHERE c.kind = '<kind>'
// (without ORDER BY), column 0 the id, `extra` appended to the columns.
QByteArray listSelect(CustomerKind kind, const char *extra = "");

// Drops the file (and its WAL) from the OS page cache, where the kernel
// allows (pages mapped by this process stay): for cold open cases.
void dropFromPageCache(const QString &dbPath);

} // namespace peyvand::bench
