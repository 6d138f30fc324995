#pragma once
// peyvand-cli: global options (--db, --user, --verbose, --help), command
// dispatch and the mapping of errors to exit codes (0 done, 1 input rejected,
// 2 usage, 3 sign-in or permission refused).
#include <QStringList>

namespace peyvand::cli {

int run(int argc, char **argv);

} // namespace peyvand::cli
