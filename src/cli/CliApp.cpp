#include "CliApp.h"

#include "AppPaths.h"
#include "Command.h"
#include "DatabaseError.h"
#include "Logging.h"
#include "PasswordInput.h"
#include "PermissionError.h"
#include "SignInError.h"
#include "SqliteDatabase.h"
#include "UsageError.h"
#include "ValidationError.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace peyvand::cli {

namespace {

const char *const kGlobalUsage
    = "Usage: peyvand-cli [--db PATH|URL] [--user NAME] [--verbose] [--wait SEC] COMMAND [ARGS…]\n"
      "\n"
      "Peyvand's administration and integration tool.\n"
      "\n"
      "Global options:\n"
      "  --db PATH    database file (default: the embedded database in the data directory)\n"
      "  --db URL     a PostgreSQL server instead (team mode):\n"
      "               postgresql://user@host:5432/database; docs/team-mode.md\n"
      "  --user NAME  sign in as NAME; the password comes from PEYVAND_PASSWORD, else\n"
      "               the first line of standard input (every command but init,\n"
      "               seed and check needs it)\n"
      "  --verbose    also log to standard error\n"
      "  --wait SEC   wait up to SEC seconds for another program's write to end\n"
      "               before giving up as locked (default 300)\n"
      "  --help       show help (after a command: that command's help)\n"
      "\n"
      "Commands:\n";

void printGlobalHelp(QTextStream &out)
{
    out << kGlobalUsage;
    for (const Command &c : allCommands())
        out << "  " << c.name.leftJustified(17) << c.summary << '\n'; // "order set-status" and a space
    out << "\nExit codes: 0 done, 1 input rejected (nothing written), 2 usage error,\n"
           "3 sign-in or permission refused (nothing written).\n";
}

} // namespace

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Peyvand"));
    QCoreApplication::setApplicationName(QStringLiteral("peyvand"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList words = app.arguments().mid(1);
    QString dbPath;
    QString userName;
    bool verbose = false;
    bool help = false;
    // Scripts and a telephone exchange would rather wait for a big import than lose a write.
    qint64 waitSeconds = 300;
    QString waitText;
    QStringList rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        if (w == QLatin1String("--db")) {
            if (i + 1 >= words.size()) {
                err << "peyvand-cli: --db needs a path\n";
                return 2;
            }
            dbPath = words[++i];
        } else if (w.startsWith(QLatin1String("--db="))) {
            dbPath = w.mid(5);
        } else if (w == QLatin1String("--wait")) {
            if (i + 1 >= words.size()) {
                err << "peyvand-cli: --wait needs a number of seconds\n";
                return 2;
            }
            waitText = words[++i];
        } else if (w.startsWith(QLatin1String("--wait="))) {
            waitText = w.mid(7);
        } else if (w == QLatin1String("--user")) {
            if (i + 1 >= words.size()) {
                err << "peyvand-cli: --user needs a username\n";
                return 2;
            }
            userName = words[++i];
        } else if (w.startsWith(QLatin1String("--user="))) {
            userName = w.mid(7);
        } else if (w == QLatin1String("--verbose")) {
            verbose = true;
        } else if (w == QLatin1String("--help") || w == QLatin1String("-h")) {
            help = true;
        } else {
            rest << w;
        }
    }

    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    int consumed = 0;
    for (const Command &c : commands) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (rest.size() >= name.size() && rest.mid(0, name.size()) == name && name.size() > consumed) {
            command = &c;
            consumed = int(name.size());
        }
    }
    if (!command) {
        if (help || rest.isEmpty()) {
            printGlobalHelp(help ? out : err);
            return help ? 0 : 2;
        }
        err << "peyvand-cli: unknown command '" << rest.join(QLatin1Char(' ')) << "'\n\n";
        printGlobalHelp(err);
        return 2;
    }
    if (help) {
        out << command->usage;
        return 0;
    }

    if (!waitText.isNull()) {
        bool ok = false;
        waitSeconds = waitText.toLongLong(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 86400) {
            err << "peyvand-cli: --wait must be a number of seconds from 0 to 86400\n";
            return 2;
        }
    }
    SqliteDatabase::setBusyTimeout(int(waitSeconds * 1000));

    Logging::init(QStringLiteral("peyvand-cli"), verbose);
    if (dbPath.isEmpty())
        dbPath = AppPaths::defaultDatabase();
    SystemClock clock;
    PasswordInput passwords;
    CliContext context { out, err, dbPath, verbose, clock, userName, !command->open, &passwords };
    const QStringList args = rest.mid(consumed);
    try {
        const int code = command->run(context, args);
        out.flush();
        return code;
    } catch (const UsageError &e) {
        out.flush();
        err << "peyvand-cli " << command->name << ": " << e.what() << "\n\n" << command->usage;
        return 2;
    } catch (const SignInError &e) {
        out.flush();
        spdlog::warn("{}: sign-in refused: {}: {}", command->name.toStdString(), e.code().toStdString(),
                     e.message().toStdString());
        err << "error: sign-in refused: " << e.field() << ": " << e.message() << '\n';
        return 3;
    } catch (const PermissionError &e) {
        out.flush();
        spdlog::warn("{}: {}", command->name.toStdString(), e.message().toStdString());
        err << "error: " << e.field() << ": " << e.message() << '\n';
        return 3;
    } catch (const ValidationError &e) {
        out.flush();
        spdlog::warn("{}: rejected: {}: {}", command->name.toStdString(), e.field().toStdString(),
                     e.message().toStdString());
        err << "error: " << e.field() << ": " << e.message() << '\n';
        return 1;
    } catch (const DatabaseError &e) {
        out.flush();
        spdlog::error("{}: {}", command->name.toStdString(), e.what());
        err << "error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception &e) {
        out.flush();
        spdlog::error("{}: {}", command->name.toStdString(), e.what());
        err << "error: " << e.what() << '\n';
        return 1;
    }
}

} // namespace peyvand::cli
