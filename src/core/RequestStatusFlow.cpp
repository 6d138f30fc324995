#include "RequestStatusFlow.h"

#include "ValidationError.h"

#include <QStringList>

namespace peyvand::RequestStatusFlow {

QList<RequestStatus> nextStatuses(RequestStatus from)
{
    switch (from) {
    case RequestStatus::Open:
        return { RequestStatus::InProgress, RequestStatus::Resolved };
    case RequestStatus::InProgress:
        return { RequestStatus::Resolved, RequestStatus::Open };
    case RequestStatus::Resolved:
        return { RequestStatus::Open };
    }
    return {};
}

bool canMove(RequestStatus from, RequestStatus to)
{
    return nextStatuses(from).contains(to);
}

void ensureCanMove(RequestStatus from, RequestStatus to)
{
    if (canMove(from, to))
        return;
    QStringList codes;
    QStringList labels;
    for (RequestStatus s : nextStatuses(from)) {
        codes << toCode(s);
        labels << QStringLiteral("«%1»").arg(toPersian(s));
    }
    throw ValidationError(QStringLiteral("status"), QStringLiteral("transition"),
                          QStringLiteral("a request that is %1 cannot become %2; allowed next: %3")
                              .arg(toCode(from), toCode(to), codes.join(QStringLiteral(", "))),
                          QStringLiteral("درخواست «%1» را نمی‌توان به وضعیت «%2» برد؛ وضعیت‌های مجاز بعدی: "
                                         "%3")
                              .arg(toPersian(from), toPersian(to), labels.join(QStringLiteral("، "))));
}

} // namespace peyvand::RequestStatusFlow
