#pragma once
// The allowed service request status transitions: open → in progress →
// resolved; open → resolved (solved on the call); in progress → open (back to
// the queue); resolved → open (reopened). Nothing else, not even "no change".
#include "ServiceRequest.h"

#include <QList>

namespace peyvand::RequestStatusFlow {

bool canMove(RequestStatus from, RequestStatus to);
QList<RequestStatus> nextStatuses(RequestStatus from);
// Throws ValidationError (field "status", code "transition") naming the current
// status, the refused one and the allowed next ones, in English and Persian.
void ensureCanMove(RequestStatus from, RequestStatus to);

} // namespace peyvand::RequestStatusFlow
