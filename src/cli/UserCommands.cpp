// peyvand-cli user list / passwd / disable / enable / role, and whoami: the
// signed-in user manages users (manage_users), or changes their own password.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "PasswordInput.h"
#include "UserOutput.h"
#include "UserService.h"

namespace peyvand::cli {

namespace {

int runList(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 0, "");
    const auto store = ctx.openStore();
    UserOutput::printList(ctx, format, UserService(*store, ctx.clock).list());
    return 0;
}

int runPasswd(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 1, "NAME");
    const auto store = ctx.openStore();
    UserService users(*store, ctx.clock);
    const User target = users.byUsername(args.positional().front());
    // Someone changing their own password signed in with it: that is the old password.
    users.setPassword(target.id, ctx.passwords->newPassword(target.username), ctx.password());
    UserOutput::printOne(ctx, format, target, "password set for");
    return 0;
}

int runSetActive(CliContext &ctx, const QStringList &words, bool active)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 1, "NAME");
    const auto store = ctx.openStore();
    UserService users(*store, ctx.clock);
    const User target = users.byUsername(args.positional().front());
    users.setActive(target.id, active);
    UserOutput::printOne(ctx, format, *store->users().get(target.id), active ? "enabled" : "disabled");
    return 0;
}

int runRole(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 2, "NAME and ROLE");
    const UserRole role = UserOutput::role(args.positional().at(1));
    const auto store = ctx.openStore();
    UserService users(*store, ctx.clock);
    const User target = users.byUsername(args.positional().front());
    users.setRole(target.id, role);
    UserOutput::printOne(ctx, format, *store->users().get(target.id), "changed");
    return 0;
}

int runWhoami(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 0, "");
    const auto store = ctx.openStore();
    UserOutput::printOne(ctx, format, store->actor(), "signed in as");
    return 0;
}

const char *const kManaged = "Needs an administrator (manage_users); exit 3 when sign-in or the permission\n"
                             "is refused, 1 for an unknown NAME; nothing is written then.\n";

} // namespace

Command makeUserListCommand()
{
    return Command { QStringLiteral("user list"), QStringLiteral("list users (administrators)"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] --user ADMIN user list [--format table|json]\n\n"
                                    "Every user with role, whether active, whether a password is set and\n"
                                    "the failed sign-ins since the last successful one. ")
                         + QString::fromUtf8(kManaged),
                     runList };
}

Command makeUserPasswdCommand()
{
    return Command { QStringLiteral("user passwd"), QStringLiteral("set a user's password"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] --user NAME user passwd TARGET [--format table|json]\n\n"
                         "Sets TARGET's password: an administrator for anyone, anyone else only their\n"
                         "own (TARGET = NAME; signing in with the current password is the check).\n"
                         "The new password comes from PEYVAND_NEW_PASSWORD, else the line of standard\n"
                         "input after the signing-in password. It also clears failed sign-ins.\n"
                         "Exit 3 when sign-in or the permission is refused, 1 for an unknown TARGET\n"
                         "or a password that breaks the rules; nothing is written then.\n"),
                     runPasswd };
}

Command makeUserDisableCommand()
{
    return Command { QStringLiteral("user disable"), QStringLiteral("disable a user (administrators)"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] --user ADMIN user disable NAME [--format table|json]\n\n"
                         "A disabled user cannot sign in; their records stay theirs. The last\n"
                         "active administrator with a password, and your own account, cannot be\n"
                         "disabled (exit 1). ")
                         + QString::fromUtf8(kManaged),
                     [](CliContext &ctx, const QStringList &words) { return runSetActive(ctx, words, false); } };
}

Command makeUserEnableCommand()
{
    return Command { QStringLiteral("user enable"), QStringLiteral("enable a disabled user (administrators)"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] --user ADMIN user enable NAME [--format table|json]\n\n")
                         + QString::fromUtf8(kManaged),
                     [](CliContext &ctx, const QStringList &words) { return runSetActive(ctx, words, true); } };
}

Command makeUserRoleCommand()
{
    return Command { QStringLiteral("user role"), QStringLiteral("give a user another role (administrators)"),
                     QStringLiteral(
                         "Usage: peyvand-cli [--db PATH] --user ADMIN user role NAME sales_rep|manager|support|admin\n"
                         "                   [--format table|json]\n\n"
                         "The last active administrator with a password, and your own account, keep\n"
                         "their role (exit 1). ")
                         + QString::fromUtf8(kManaged),
                     runRole };
}

Command makeWhoamiCommand()
{
    return Command { QStringLiteral("whoami"), QStringLiteral("sign in and print who you are"),
                     QStringLiteral("Usage: peyvand-cli [--db PATH] --user NAME whoami [--format table|json]\n\n"
                                    "Signs in and prints the user: a script's check that its user and\n"
                                    "password work. Exit 3 when the sign-in is refused.\n"),
                     runWhoami };
}

} // namespace peyvand::cli
