#include "PgLoginRole.h"

namespace peyvand::PgLoginRole {

QString of(const PgUrl &, const QString &userName)
{
    return userName;
}

} // namespace peyvand::PgLoginRole
