#include "DemoContext.h"

namespace peyvand {

DemoContext::DemoContext(quint64 seed, const QDate &asOf)
    : m_rng(seed)
    , m_seed(seed)
    , m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
    , m_now(QDateTime(m_asOf, QTime(13, 30), Qt::UTC).toSecsSinceEpoch())
{
}

} // namespace peyvand
