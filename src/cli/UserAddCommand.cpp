// peyvand-cli user add: a new user with a password. An administrator signs in
// with --user; on a database with no active administrator who has a password,
// the first `user add NAME --role admin` needs no --user.
#include "CliArgs.h"
#include "Command.h"
#include "CommandSupport.h"
#include "PasswordInput.h"
#include "SignInError.h"
#include "UsageError.h"
#include "UserOutput.h"
#include "UserService.h"

namespace peyvand::cli {

namespace {

int runAdd(CliContext &ctx, const QStringList &words)
{
    const CliArgs args(words, { QStringLiteral("role"), QStringLiteral("full-name"), QStringLiteral("format") }, {});
    const auto format = CommandSupport::format(args);
    CommandSupport::expectPositional(args, 1, "NAME");
    const auto roleCode = args.value(QStringLiteral("role"));
    if (!roleCode)
        throw UsageError("--role is required (sales_rep, manager, support or admin)");
    User user;
    user.username = args.positional().front();
    user.role = UserOutput::role(*roleCode);
    user.fullName = args.value(QStringLiteral("full-name"), QString());

    const auto store = ctx.openStoreWithoutSignIn();
    UserService users(*store, ctx.clock);
    if (!ctx.userName.isEmpty())
        ctx.signIn(*store);
    else if (!(user.role == UserRole::Admin && users.needsFirstAdmin()))
        throw SignInError::userRequired();
    const User added = users.add(user, ctx.passwords->newPassword(user.username));
    UserOutput::printOne(ctx, format, added, "added user");
    return 0;
}

} // namespace

Command makeUserAddCommand()
{
    return Command {
        QStringLiteral("user add"), QStringLiteral("add a user with a password (administrators)"),
        QStringLiteral(
            "Usage: peyvand-cli [--db PATH] --user ADMIN user add NAME --role sales_rep|manager|support|admin\n"
            "                   [--full-name TEXT] [--format table|json]\n\n"
            "Adds a user. The new password is read from PEYVAND_NEW_PASSWORD, else from\n"
            "standard input: the line after the administrator's own password (which comes\n"
            "from PEYVAND_PASSWORD or the first line). Passwords have 8 to 128 characters\n"
            "and differ from the username; usernames have 2 to 32 letters, digits, '.',\n"
            "'_' or '-' and start with a letter.\n\n"
            "On a database with no active administrator who has a password (a new one,\n"
            "or one from before sign-in existed), `user add NAME --role admin` needs no\n"
            "--user; if NAME is an administrator account without a password, it gets\n"
            "the password. Exit 3 when sign-in or the permission is refused, 1 for a\n"
            "taken username or a password that breaks the rules; nothing is written.\n"),
        runAdd
    };
}

} // namespace peyvand::cli
