#include "CustomerListSql.h"

#include <fcntl.h>
#include <unistd.h>

namespace peyvand::bench {

QByteArray listSelect(CustomerKind kind, const char *extra)
{
    const bool legal = kind == CustomerKind::Legal;
    return QByteArray("SELECT c.id, c.name, c.national_id, c.phone, ") + (legal ? "c.industry" : "c.email")
        + ", c.city, c.lifecycle, u.full_name, c.created_at" + extra
        + " FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.kind = '" + (legal ? "legal" : "individual")
        + "'";
}

void dropFromPageCache(const QString &dbPath)
{
    for (const QString &path : { dbPath, dbPath + QStringLiteral("-wal") }) {
        const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

} // namespace peyvand::bench
