#include "CliRunner.h"

#include "DataStoreFactory.h"
#include "PasswordHash.h"
#include "PgConnection.h"
#include "PgTestQueries.h"
#include "SqliteDataStore.h"
#include "TestBackend.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

namespace peyvand::test {

nlohmann::json CliResult::json() const
{
    try {
        return nlohmann::json::parse(out.toStdString());
    } catch (const nlohmann::json::exception &e) {
        ADD_FAILURE() << "standard output is not JSON (" << e.what() << "): " << describe();
        return nullptr;
    }
}

std::string CliResult::describe() const
{
    std::string s = "exit " + std::to_string(exitCode) + (finished ? "" : " (did not finish)");
    s += "\n--- stdout ---\n" + out.left(4000).toStdString();
    s += "\n--- stderr ---\n" + err.left(4000).toStdString();
    return s;
}

CliRunner::CliRunner()
{
    m_tmp.setAutoRemove(true);
    m_db = otherDb(QStringLiteral("peyvand.db"));
}

CliRunner::~CliRunner() = default;

bool CliRunner::dbExists() const
{
    if (!testing::onPostgresql())
        return QFile::exists(m_db);
    PgConnection connection(m_db);
    return testing::pgScalar(connection,
                             QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                            "WHERE table_schema = 'public'"))
        > 0;
}

QString CliRunner::dbShown() const
{
    return DataStoreFactory::displayName(m_db);
}

void CliRunner::copyDatabaseFrom(const CliRunner &source)
{
    if (testing::onPostgresql()) {
        m_pgDatabases.front() = std::make_unique<testing::PgTestDatabase>(source.m_pgDatabases.front()->name());
        m_db = m_pgDatabases.front()->urlText();
        return;
    }
    for (const char *suffix : { "", "-wal" }) {
        QFile::remove(m_db + QLatin1String(suffix));
        if (QFile::exists(source.db() + QLatin1String(suffix)))
            ASSERT_TRUE(QFile::copy(source.db() + QLatin1String(suffix), m_db + QLatin1String(suffix)));
    }
}

QString CliRunner::otherDb(const QString &name)
{
    if (!testing::onPostgresql())
        return m_tmp.filePath(name);
    m_pgDatabases.push_back(std::make_unique<testing::PgTestDatabase>());
    return m_pgDatabases.back()->urlText();
}

QString CliRunner::program()
{
    return QStringLiteral(PEYVAND_CLI_PATH);
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir());
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PEYVAND_PASSWORD"));
    env.remove(QStringLiteral("PEYVAND_NEW_PASSWORD"));
    if (!m_user.isEmpty())
        env.insert(QStringLiteral("PEYVAND_PASSWORD"), m_password);
    return env;
}

void CliRunner::prepare(QProcess &process, const QStringList &args) const
{
    process.setProgram(program());
    process.setArguments(args);
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(dir());
    process.setStandardInputFile(QProcess::nullDevice());
}

CliResult CliRunner::finish(QProcess &process, int timeoutMs)
{
    CliResult r;
    const bool done = process.waitForFinished(timeoutMs);
    if (!done) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.finished = done && process.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList CliRunner::withDb(const QString &path, const QStringList &args) const
{
    QStringList words { QStringLiteral("--db"), path };
    if (!m_user.isEmpty())
        words << QStringLiteral("--user") << m_user;
    return words + args;
}

void CliRunner::signInAs(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

CliResult CliRunner::runWith(const QStringList &args, const QByteArray &input, const QStringList &extraEnv,
                             int timeoutMs) const
{
    QProcess process;
    prepare(process, args);
    QProcessEnvironment env = process.processEnvironment();
    for (const QString &pair : extraEnv) {
        const qsizetype eq = pair.indexOf(u'=');
        if (pair.startsWith(u'-'))
            env.remove(pair.mid(1));
        else
            env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QString()); // a pipe
    process.start();
    if (!process.waitForStarted(30000)) {
        CliResult r;
        r.err = QStringLiteral("could not start ") + program() + QStringLiteral(": ") + process.errorString();
        return r;
    }
    process.write(input);
    process.closeWriteChannel();
    return finish(process, timeoutMs);
}

CliResult CliRunner::run(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    prepare(process, args);
    process.start();
    if (!process.waitForStarted(30000)) {
        CliResult r;
        r.err = QStringLiteral("could not start ") + program() + QStringLiteral(": ") + process.errorString();
        return r;
    }
    return finish(process, timeoutMs);
}

void CliRunner::seed(int customers, int seed)
{
    const CliResult r = runDb({ QStringLiteral("seed"), QStringLiteral("--customers"), QString::number(customers),
                                QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--as-of"),
                                QStringLiteral("1405/09/01"), QStringLiteral("--quiet") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    if (m_user.isEmpty())
        signInAs(QStringLiteral("manager"), QString::fromLatin1(kDemoPassword));
}

void CliRunner::initWithAdmin()
{
    signOut();
    const CliResult init = runDb({ QStringLiteral("init") });
    ASSERT_EQ(init.exitCode, 0) << init.describe();
    const CliResult admin
        = addUser(QStringLiteral("admin"), QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
    ASSERT_EQ(admin.exitCode, 0) << admin.describe();
    signInAs(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
}

CliResult CliRunner::addUser(const QString &name, const QString &role, const QString &password) const
{
    return runWith(withDb({ QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role }), {},
                   { QStringLiteral("PEYVAND_NEW_PASSWORD=") + password });
}

void CliRunner::setPassword(const QString &location, const QString &username, const QString &password)
{
    const auto store = DataStoreFactory::open(location, StoreOpenMode::MigrateExisting);
    const auto user = store->users().byUsername(username);
    ASSERT_TRUE(user.has_value()) << username.toStdString();
    const QString hash = PasswordHash::hash(password);
    store->transaction([&] { store->users().setPasswordHash(user->id, hash); });
}

void CliRunner::execSql(const QString &location, const QString &sql)
{
    if (DataStoreFactory::isServerUrl(location)) {
        PgConnection(location).exec(sql);
        return;
    }
    SqliteDataStore store(location, SqliteDatabase::OpenMode::MigrateExisting);
    store.database().exec(sql.toUtf8().constData());
}

QByteArray CliRunner::fileHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (testing::onPostgresql()) {
        PgConnection connection(m_db);
        for (const QString &row : testing::pgEverything(connection))
            hash.addData(row.toUtf8() + '\n');
        return hash.result().toHex();
    }
    for (const QString &name : { m_db, m_db + QStringLiteral("-wal") }) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hash.addData(QByteArrayView("|"));
    }
    return hash.result().toHex();
}

nlohmann::json CliRunner::check() const
{
    const CliResult r = runDb({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    return r.json();
}

qint64 CliRunner::count(const char *table) const
{
    if (testing::onPostgresql()) { // `check` is SQLite's: a server database is checked on the server
        PgConnection connection(m_db);
        return testing::pgScalar(connection, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    const nlohmann::json j = check();
    if (!j.is_object() || !j.contains("counts") || !j["counts"].contains(table)) {
        ADD_FAILURE() << "check --format json has no count for " << table;
        return -1;
    }
    return j["counts"][table].get<qint64>();
}

namespace {

QString mapDigits(const QString &latin, char16_t zero)
{
    QString s = latin;
    for (QChar &c : s)
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(zero + (c.unicode() - u'0')));
    return s;
}

} // namespace

QString toPersianDigits(const QString &latin)
{
    return mapDigits(latin, u'\u06F0');
}

QString toArabicIndicDigits(const QString &latin)
{
    return mapDigits(latin, u'\u0660');
}

QString internationalSpaced(const QString &national)
{
    // 09121234567 → +98 912 123 4567
    return QStringLiteral("+98 %1 %2 %3").arg(national.mid(1, 3), national.mid(4, 3), national.mid(7));
}

} // namespace peyvand::test
