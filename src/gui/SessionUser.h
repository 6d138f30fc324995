#pragma once
// Who the desktop app acts as on a database until sign-in exists: the user
// last chosen on this file, else the first active manager, rep or admin; a
// brand-new database gets an administrator account.
#include "DataStore.h"

namespace peyvand::SessionUser {

User choose(DataStore &store);

} // namespace peyvand::SessionUser
