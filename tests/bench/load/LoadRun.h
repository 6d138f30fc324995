#pragma once
// The parent of a load run: a fresh database on the server, the set-up
// (LoadSetup), the workers started as separate processes (this binary with
// --worker), the server restarted in the middle if asked (scripts/pg-server.sh
// restart), the records collected, the checks (LoadVerifier) and the report.
#include "LoadOptions.h"

namespace peyvand::load {

class LoadRun
{
public:
    // 0: every acknowledged write found and no unexpected error; 1 otherwise; 2: could not run.
    static int run(const LoadOptions &options, const QString &program, const QStringList &arguments);
};

} // namespace peyvand::load
