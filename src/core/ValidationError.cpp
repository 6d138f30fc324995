#include "ValidationError.h"

namespace peyvand {

ValidationError::ValidationError(QString field, QString code, QString message, QString persianMessage)
    : std::runtime_error((field + QStringLiteral(": ") + message).toStdString())
    , m_field(std::move(field))
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_persianMessage(std::move(persianMessage))
{
}

NotFoundError::NotFoundError(const QString &field, const QString &what, const QString &value)
    : ValidationError(field, QStringLiteral("not_found"), QStringLiteral("no %1 with %2 '%3'").arg(what, field, value),
                      QStringLiteral("%1 با این مشخصات پیدا نشد: %2").arg(what, value))
{
}

} // namespace peyvand
