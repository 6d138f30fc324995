// The server refuses on its own, whatever the client: Debian's real `psql`
// connected with a Peyvand user's own credentials cannot read deal amounts as
// support, change a colleague's deal as a rep, or change the audit trail as
// anyone. psql is found as scripts/pg-server.sh finds the server's programs:
// PG_BINDIR, else the newest /usr/lib/postgresql/*/bin, else the PATH.
#include "PgServerRolesFixture.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QVersionNumber>
#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

QString psqlProgram()
{
    const QString bindir = qEnvironmentVariable("PG_BINDIR");
    if (!bindir.isEmpty() && QFileInfo::exists(bindir + QStringLiteral("/psql")))
        return bindir + QStringLiteral("/psql");
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(v + QStringLiteral("/bin/psql"));
        if (QFileInfo::exists(candidate) && QVersionNumber::fromString(v) > bestVersion) {
            best = candidate;
            bestVersion = QVersionNumber::fromString(v);
        }
    }
    return best.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("psql")) : best;
}

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class PgServerRolesPsqlTest : public PgServerRolesFixture
{
protected:
    // Runs `sql` in psql as `username` (their login role and password), stopping at the first error.
    PsqlRun psql(const QString &username, const QString &sql)
    {
        const QString program = psqlProgram();
        EXPECT_FALSE(program.isEmpty()) << "no psql: install Debian's postgresql-client";
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), db.url().host());
        env.insert(QStringLiteral("PGPORT"), QString::number(db.url().port()));
        env.insert(QStringLiteral("PGDATABASE"), db.name());
        env.insert(QStringLiteral("PGUSER"), loginOf(username));
        env.insert(QStringLiteral("PGPASSWORD"), passwordOf(username));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        env.remove(QStringLiteral("PGSERVICE"));
        p.setProcessEnvironment(env);
        p.start(program,
                { QStringLiteral("-X"), QStringLiteral("--no-password"), QStringLiteral("-v"),
                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"), QStringLiteral("-c"), sql });
        EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
        return PsqlRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                         QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                         QString::fromUtf8(p.readAllStandardError()).trimmed() };
    }
};

TEST_F(PgServerRolesPsqlTest, support_cannot_read_deal_amounts)
{
    const PsqlRun seen = psql(QStringLiteral("support1"), QStringLiteral("SELECT count(title) FROM deals"));
    EXPECT_EQ(seen.exitCode, 0) << seen.err.toStdString();
    EXPECT_EQ(seen.out, QStringLiteral("2"));

    for (const QString &sql : { QStringLiteral("SELECT amount FROM deals"), QStringLiteral("SELECT * FROM deals"),
                                QStringLiteral("SELECT sum(amount) FROM deals") }) {
        const PsqlRun refused = psql(QStringLiteral("support1"), sql);
        EXPECT_NE(refused.exitCode, 0) << sql.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("permission denied for table deals")))
            << refused.err.toStdString();
        EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
    }
    // The rep sees them.
    const PsqlRun rep = psql(QStringLiteral("rep1"), QStringLiteral("SELECT sum(amount) FROM deals"));
    EXPECT_EQ(rep.exitCode, 0) << rep.err.toStdString();
    EXPECT_EQ(rep.out, QStringLiteral("12000000"));
}

TEST_F(PgServerRolesPsqlTest, a_rep_cannot_change_a_colleagues_deal)
{
    // Row-level security hides the colleague's deal from the rep's UPDATE and DELETE.
    const PsqlRun update = psql(QStringLiteral("rep1"),
                                QStringLiteral("UPDATE deals SET amount = 1, owner_id = %1 WHERE id = %2 RETURNING id")
                                    .arg(rep)
                                    .arg(theirDeal));
    EXPECT_EQ(update.exitCode, 0) << update.err.toStdString();
    EXPECT_EQ(update.out, QStringLiteral("UPDATE 0")); // no row back, none changed
    const PsqlRun remove
        = psql(QStringLiteral("rep1"), QStringLiteral("DELETE FROM deals WHERE id = %1 RETURNING id").arg(theirDeal));
    EXPECT_EQ(remove.exitCode, 0) << remove.err.toStdString();
    EXPECT_EQ(remove.out, QStringLiteral("DELETE 0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM deals WHERE id = %1").arg(theirDeal)), 7'000'000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM deals WHERE id = %1").arg(theirDeal)), colleague);

    // Giving the colleague a deal, or one's own away, is refused outright.
    const PsqlRun giveAway
        = psql(QStringLiteral("rep1"),
               QStringLiteral("UPDATE deals SET owner_id = %1 WHERE id = %2").arg(colleague).arg(ownDeal));
    EXPECT_NE(giveAway.exitCode, 0);
    EXPECT_TRUE(giveAway.err.contains(QStringLiteral("row-level security"))) << giveAway.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM deals WHERE id = %1").arg(ownDeal)), rep);

    // The rep's own deal is theirs to change.
    const PsqlRun mine
        = psql(QStringLiteral("rep1"),
               QStringLiteral("UPDATE deals SET amount = 6000000 WHERE id = %1 RETURNING amount").arg(ownDeal));
    EXPECT_EQ(mine.exitCode, 0) << mine.err.toStdString();
    EXPECT_EQ(mine.out, QStringLiteral("6000000\nUPDATE 1"));
}

TEST_F(PgServerRolesPsqlTest, nobody_changes_the_audit_trail)
{
    connection
        .prepare(QStringLiteral("INSERT INTO audit_log(at, user_id, action, entity) VALUES (0, %1, 'create', "
                                "'deal')")
                     .arg(rep))
        .run();
    for (const char *name : { "rep1", "manager1", "support1", "admin1" }) {
        for (const QString &sql : { QStringLiteral("UPDATE audit_log SET action = 'x'"),
                                    QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log") }) {
            const PsqlRun run = psql(QString::fromLatin1(name), sql);
            EXPECT_NE(run.exitCode, 0) << name << ": " << sql.toStdString();
            EXPECT_TRUE(run.err.contains(QStringLiteral("permission denied"))) << name << ": " << run.err.toStdString();
        }
    }
    const PsqlRun read = psql(QStringLiteral("manager1"), QStringLiteral("SELECT action FROM audit_log"));
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_EQ(read.out, QStringLiteral("create"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")), 1);
}

} // namespace
