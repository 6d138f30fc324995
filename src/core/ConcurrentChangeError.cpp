#include "ConcurrentChangeError.h"

namespace peyvand {

ConcurrentChangeError::ConcurrentChangeError(const QString &entity, qint64 id)
    : ValidationError(QStringLiteral("version"), QStringLiteral("changed"),
                      QStringLiteral("%1 %2 was changed by someone else since it was opened; reload it and try again")
                          .arg(entity)
                          .arg(id),
                      QStringLiteral("این رکورد پس از باز شدن، توسط کاربر دیگری تغییر کرده است. "
                                     "آن را دوباره بارگذاری کنید و تغییرات را دوباره ثبت کنید."))
    , m_entity(entity)
    , m_id(id)
{
}

} // namespace peyvand
