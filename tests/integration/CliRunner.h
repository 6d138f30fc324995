#pragma once
// Runs the real peyvand-cli binary (PEYVAND_CLI_PATH) with QProcess against
// databases in a temporary directory. HOME and the XDG directories point into
// that directory too, so the CLI's log file never lands in the real home, and
// TZ is UTC so that tables and JSON agree on the clock. Once a user is signed
// in (signInAs, or seed() / initWithAdmin()), runDb() adds `--user NAME` and the
// environment carries PEYVAND_PASSWORD; PEYVAND_PASSWORD and PEYVAND_NEW_PASSWORD
// from the test's own environment never leak in. On PostgreSQL
// (TestBackend.h) db() is the URL of a fresh database on the test server,
// dropped with the runner; path() files stay files.
#include "PgTestServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace peyvand::test {

struct CliResult
{
    int exitCode = -1;
    bool finished = false; // false: timed out or crashed
    QString out;
    QString err;

    // The standard output parsed as JSON; records a test failure (and returns
    // null) when it is not JSON.
    nlohmann::json json() const;
    // For assertion messages: exit code, stdout and stderr.
    std::string describe() const;
};

class CliRunner
{
public:
    // The demo users' password (docs/cli.md) and the one initWithAdmin() gives.
    static constexpr const char *kDemoPassword = "peyvand-demo";
    static constexpr const char *kAdminPassword = "admin-pass-1405";

    CliRunner();
    ~CliRunner();

    static QString program();

    bool isValid() const { return m_tmp.isValid(); }
    QString dir() const { return m_tmp.path(); }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    // The database under test: a file in dir(), or a PostgreSQL URL.
    const QString &db() const { return m_db; }
    // Whether db() holds a database: the file exists; on PostgreSQL (where the
    // runner's empty database stands for "no file") Peyvand's schema is there.
    bool dbExists() const;
    // db() as the program names it in messages (a URL without its password).
    QString dbShown() const;
    // Another empty database of the backend under test (`name` is the file's
    // name in dir() on SQLite; on PostgreSQL a fresh database's URL).
    QString otherDb(const QString &name);
    // Makes db() a copy of `source`'s db() (its file and WAL; on PostgreSQL a
    // database made from it as a template), which nothing may hold open.
    void copyDatabaseFrom(const CliRunner &source);
    QProcessEnvironment environment() const;

    // Runs peyvand-cli with exactly these arguments (PEYVAND_PASSWORD set when signed in).
    CliResult run(const QStringList &args, int timeoutMs = 120000) const;
    // The same with `input` on standard input and `extraEnv` ("NAME=VALUE" sets, "-NAME" removes).
    CliResult runWith(const QStringList &args, const QByteArray &input, const QStringList &extraEnv = {},
                      int timeoutMs = 120000) const;
    // Runs peyvand-cli --db <db()> [--user USER] ARGS.
    CliResult runDb(const QStringList &args, int timeoutMs = 120000) const { return run(withDb(args), timeoutMs); }
    QStringList withDb(const QStringList &args) const { return withDb(m_db, args); }
    // --db PATH [--user USER] ARGS, for another database file.
    QStringList withDb(const QString &path, const QStringList &args) const;

    // Who runDb() signs in as from now on (an empty user: nobody).
    void signInAs(const QString &user, const QString &password);
    void signOut() { signInAs({}, {}); }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }

    // A process set up like run() would, not yet started.
    void prepare(QProcess &process, const QStringList &args) const;
    // Waits for a started process and collects its result.
    static CliResult finish(QProcess &process, int timeoutMs = 120000);

    // `seed --customers N --as-of 1405/09/01 --quiet` on db(); fails the test when it does not exit 0.
    // Then signs in as the demo manager (unless someone is signed in already).
    void seed(int customers = 300, int seed = 1405);
    // `init` on db() and the first administrator `admin` (kAdminPassword), signed in.
    void initWithAdmin();
    // `user add NAME --role ROLE` as the signed-in user, the password in PEYVAND_NEW_PASSWORD.
    CliResult addUser(const QString &name, const QString &role, const QString &password) const;
    // Gives `username` in the database at `location` this password, straight through the store.
    static void setPassword(const QString &location, const QString &username, const QString &password);
    // Runs SQL (both backends' dialect) straight on the database at `location`, behind the program's back.
    static void execSql(const QString &location, const QString &sql);
    // To show that a command wrote nothing: the SHA-256 of db() and its -wal
    // file; on PostgreSQL of every row of every table.
    QByteArray fileHash() const;
    // `check --format json` on db().
    nlohmann::json check() const;
    // One row count from `check --format json` (on PostgreSQL, where `check`
    // refuses a server database, straight with SQL).
    qint64 count(const char *table) const;

private:
    QTemporaryDir m_tmp;
    std::vector<std::unique_ptr<testing::PgTestDatabase>> m_pgDatabases; // PostgreSQL: db() first
    QString m_db;
    QString m_user;
    QString m_password;
};

// The national (0-prefixed) mobile 09121234567 written in other forms.
QString toPersianDigits(const QString &latin);
QString toArabicIndicDigits(const QString &latin);
QString internationalSpaced(const QString &national); // +98 912 123 4567

} // namespace peyvand::test
