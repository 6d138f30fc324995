#include "PgTypes.h"

namespace peyvand::PgTypes {

QString nameOf(unsigned int oid)
{
    switch (oid) {
    case kBool:
        return QStringLiteral("boolean");
    case kBytea:
        return QStringLiteral("bytea");
    case kName:
        return QStringLiteral("name");
    case kInt8:
        return QStringLiteral("bigint");
    case kInt2:
        return QStringLiteral("smallint");
    case kInt4:
        return QStringLiteral("integer");
    case kText:
        return QStringLiteral("text");
    case kJson:
        return QStringLiteral("json");
    case kNumeric:
        return QStringLiteral("numeric");
    case kVarchar:
        return QStringLiteral("varchar");
    case kJsonb:
        return QStringLiteral("jsonb");
    default:
        return QStringLiteral("type %1").arg(oid);
    }
}

} // namespace peyvand::PgTypes
