#include "Customer.h"

namespace peyvand {

QString Customer::displayName() const
{
    if (kind == CustomerKind::Legal)
        return legal.companyName;
    return (individual.firstName + QLatin1Char(' ') + individual.lastName).trimmed();
}

QString Customer::nationalIdentifier() const
{
    return kind == CustomerKind::Legal ? legal.nationalId : individual.nationalCode;
}

} // namespace peyvand
