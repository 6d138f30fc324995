// The list of peyvand-cli commands.
#include "Command.h"

namespace peyvand::cli {

Command makeInitCommand();
Command makeSeedCommand();
Command makeCheckCommand();
Command makeSearchCommand();
Command makeCustomerShowCommand();
Command makeActivityAddCommand();
Command makeOrderStatusCommand();
Command makeReportCommand();

QList<Command> allCommands()
{
    return { makeInitCommand(),         makeSeedCommand(),        makeCheckCommand(),       makeSearchCommand(),
             makeCustomerShowCommand(), makeActivityAddCommand(), makeOrderStatusCommand(), makeReportCommand() };
}

} // namespace peyvand::cli
