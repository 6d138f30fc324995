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
Command makeOrderSetStatusCommand();
Command makeLookupCommand();
Command makeRequestListCommand();
Command makeRequestOpenCommand();
Command makeRequestResolveCommand();
Command makeRequestNoteCommand();
Command makeReportCommand();
Command makeImportCommand();
Command makeExportCommand();
Command makeBackupCommand();
Command makeRestoreCommand();
Command makeUserAddCommand();
Command makeUserListCommand();
Command makeUserPasswdCommand();
Command makeUserDisableCommand();
Command makeUserEnableCommand();
Command makeUserRoleCommand();
Command makeWhoamiCommand();
Command makeAuditCommand();
Command makeMigrateToCommand();

QList<Command> allCommands()
{
    return { makeInitCommand(),         makeSeedCommand(),        makeCheckCommand(),       makeSearchCommand(),
             makeCustomerShowCommand(), makeActivityAddCommand(), makeOrderStatusCommand(), makeOrderSetStatusCommand(),
             makeLookupCommand(),       makeRequestListCommand(), makeRequestOpenCommand(), makeRequestResolveCommand(),
             makeRequestNoteCommand(),  makeReportCommand(),      makeImportCommand(),      makeExportCommand(),
             makeBackupCommand(),       makeRestoreCommand(),     makeUserAddCommand(),     makeUserListCommand(),
             makeUserPasswdCommand(),   makeUserDisableCommand(), makeUserEnableCommand(),  makeUserRoleCommand(),
             makeWhoamiCommand(),       makeAuditCommand(),       makeMigrateToCommand() };
}

} // namespace peyvand::cli
