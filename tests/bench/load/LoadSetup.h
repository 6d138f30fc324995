#pragma once
// The parent's set-up of the run's database, through the real services as an
// administrator: users rep1..repN, manager1..M, desk1..D (support), and for
// every rep customers (one in four a company), open deals and registered
// orders owned by that rep. Returns the plan the workers follow.
#include "LoadOptions.h"
#include "LoadPlan.h"

namespace peyvand {
class DataStore;
}

namespace peyvand::load {

class LoadSetup
{
public:
    static LoadPlan create(DataStore &store, const LoadOptions &options);
};

} // namespace peyvand::load
