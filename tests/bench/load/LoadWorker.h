#pragma once
// One simulated person (a separate process): signs in as its own user (the
// store's actor, so the services check its permissions), then until the end
// time picks an operation by its role's mix, pausing a think time between
// operations and between reading a record and saving it (what a person does
// on the screen), and records each call's latency and outcome:
//   rep:     search 40 %, log an activity on an own customer 30 %, move an own deal 30 %
//   manager: search 20 %, move one of the shared deals 40 %, change an order's status 40 %
//   desk:    search 30 %, change an order's status 70 % (support may not log or move deals)
// A save passes the version it read (expectedVersion), as the desktop does,
// so a change made meanwhile is refused (ConcurrentChangeError) and counted.
#include "LoadOptions.h"

namespace peyvand::load {

class LoadWorker
{
public:
    // Returns the process's exit code (0 unless the worker could not start or write its record).
    static int run(const LoadOptions &options);
};

} // namespace peyvand::load
