#pragma once
// spdlog with a rotating file in the data directory; optionally also stderr.
// Qt's own messages (qDebug, qWarning…) are routed into the same log.
#include <QString>

namespace peyvand::Logging {

void init(const QString &programName, bool verbose);

} // namespace peyvand::Logging
