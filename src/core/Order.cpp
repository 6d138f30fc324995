#include "Order.h"

namespace peyvand {

qint64 Order::linesTotal() const
{
    qint64 sum = 0;
    for (const OrderLine &line : lines)
        sum += line.total();
    return sum;
}

qint64 Order::paidTotal() const
{
    qint64 sum = 0;
    for (const Payment &p : payments)
        sum += p.amount;
    return sum;
}

} // namespace peyvand
