#pragma once
// One peyvand-cli command: its name (one or two words), a one-line summary, its
// usage text for --help, and what it does. Returns the exit code.
#include "CliContext.h"

#include <QStringList>
#include <functional>

namespace peyvand::cli {

struct Command
{
    QString name; // "search", "customer show"
    QString summary;
    QString usage; // full --help text
    std::function<int(CliContext &, const QStringList &)> run;
    // Open to whoever can open the file (init, seed, check): no sign-in, --user ignored.
    bool open = false;
};

// Every command, in the order --help lists them.
QList<Command> allCommands();

} // namespace peyvand::cli
