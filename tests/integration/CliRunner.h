#pragma once
// Runs the real peyvand-cli binary (PEYVAND_CLI_PATH) with QProcess against
// databases in a temporary directory. HOME and the XDG directories point into
// that directory too, so the CLI's log file never lands in the real home, and
// TZ is UTC so that tables and JSON agree on the clock.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <string>

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
    CliRunner();

    static QString program();

    bool isValid() const { return m_tmp.isValid(); }
    QString dir() const { return m_tmp.path(); }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    const QString &db() const { return m_db; }
    QProcessEnvironment environment() const;

    // Runs peyvand-cli with exactly these arguments.
    CliResult run(const QStringList &args, int timeoutMs = 120000) const;
    // Runs peyvand-cli --db <db()> ARGS.
    CliResult runDb(const QStringList &args, int timeoutMs = 120000) const { return run(withDb(args), timeoutMs); }
    QStringList withDb(const QStringList &args) const { return QStringList { QStringLiteral("--db"), m_db } + args; }

    // A process set up like run() would, not yet started.
    void prepare(QProcess &process, const QStringList &args) const;
    // Waits for a started process and collects its result.
    static CliResult finish(QProcess &process, int timeoutMs = 120000);

    // `seed --customers N --as-of 1405/09/01 --quiet` on db(); fails the test when it does not exit 0.
    void seed(int customers = 300, int seed = 1405) const;
    // `check --format json` on db().
    nlohmann::json check() const;
    // One row count from `check --format json`.
    qint64 count(const char *table) const;

private:
    QTemporaryDir m_tmp;
    QString m_db;
};

// The national (0-prefixed) mobile 09121234567 written in other forms.
QString toPersianDigits(const QString &latin);
QString toArabicIndicDigits(const QString &latin);
QString internationalSpaced(const QString &national); // +98 912 123 4567

} // namespace peyvand::test
