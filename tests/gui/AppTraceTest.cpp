// The real desktop app with --trace: the start-up milestones that
// tests/bench/app/measure-app.sh reads, in order, and --quit-after-first-paint.
#include "GuiFixture.h"
#include "PasswordHash.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct AppRun
{
    int exitCode = -1;
    QStringList milestones; // in the order printed
    QList<double> ms;
    QString stderrText;
};

// The fixture's rep gets a password and the app signs in as them without a dialog.
const char *const kPassword = "rep-password";

void givePassword(GuiFixture &f)
{
    f.store->users().setPasswordHash(f.rep.id, PasswordHash::hash(QString::fromLatin1(kPassword)));
}

AppRun runApp(const QString &db, const QString &home, const QStringList &extra, const QString &password = kPassword)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.remove(QStringLiteral("PEYVAND_TRACE"));
    env.insert(QStringLiteral("PEYVAND_PASSWORD"), password);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PEYVAND_APP_PATH),
              QStringList { QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rep1"),
                            QStringLiteral("--no-demo-offer"), QStringLiteral("--language"), QStringLiteral("en") }
                  + extra);
    AppRun run;
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return run;
    }
    run.exitCode = app.exitCode();
    run.stderrText = QString::fromUtf8(app.readAllStandardError());
    static const QRegularExpression line(QStringLiteral("^peyvand-trace: ([0-9.]+) ms (.*)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(run.stderrText); it.hasNext();) {
        const auto m = it.next();
        run.ms << m.captured(1).toDouble();
        run.milestones << m.captured(2);
    }
    return run;
}

} // namespace

TEST(AppTrace, prints_start_up_milestones_in_order_and_quits_after_the_first_list_paint)
{
    GuiFixture f;
    f.addLegal(QStringLiteral("شرکت فولاد پارس"));
    givePassword(f);
    const QString db = f.store->location();
    const QString home = f.dir.filePath(QStringLiteral("home"));

    const AppRun run = runApp(db, home,
                              { QStringLiteral("--view"), QStringLiteral("legal"), QStringLiteral("--trace"),
                                QStringLiteral("--quit-after-first-paint") });
    ASSERT_EQ(run.exitCode, 0) << run.stderrText.toStdString();
    const QStringList expected { "main entered", "application ready", "store opened",
                                 "signed in",    "main window shown", "first customer list page painted (legal)" };
    ASSERT_GE(run.milestones.size(), expected.size() + 1) << run.stderrText.toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_EQ(run.milestones[i], expected[i]);
    EXPECT_TRUE(run.milestones[expected.size()].startsWith(QStringLiteral("memory VmRSS=")))
        << run.milestones[expected.size()].toStdString();
    for (qsizetype i = 1; i < run.ms.size(); ++i)
        EXPECT_LE(run.ms[i - 1], run.ms[i]) << run.milestones[i].toStdString();
    EXPECT_GT(run.ms.first(), 0.0);
}

TEST(AppTrace, prints_nothing_without_the_option)
{
    GuiFixture f;
    f.addLegal(QStringLiteral("شرکت فولاد پارس"));
    givePassword(f);
    const AppRun run
        = runApp(f.store->location(), f.dir.filePath(QStringLiteral("home")),
                 { QStringLiteral("--view"), QStringLiteral("legal"), QStringLiteral("--quit-after-first-paint") });
    ASSERT_EQ(run.exitCode, 0) << run.stderrText.toStdString();
    EXPECT_TRUE(run.milestones.isEmpty()) << run.stderrText.toStdString();
}

TEST(AppTrace, a_refused_sign_in_exits_3_without_a_window)
{
    GuiFixture f;
    givePassword(f);
    const AppRun run = runApp(f.store->location(), f.dir.filePath(QStringLiteral("home")),
                              { QStringLiteral("--trace"), QStringLiteral("--quit-after-first-paint") },
                              QStringLiteral("wrong-password"));
    EXPECT_EQ(run.exitCode, 3) << run.stderrText.toStdString();
    EXPECT_TRUE(run.stderrText.contains(QStringLiteral("sign-in refused: password: wrong password")))
        << run.stderrText.toStdString();
    EXPECT_FALSE(run.milestones.contains(QStringLiteral("main window shown"))) << run.stderrText.toStdString();
    EXPECT_FALSE(run.stderrText.contains(QStringLiteral("wrong-password"))) << run.stderrText.toStdString();
}

TEST(AppTrace, a_screenshot_without_a_user_to_sign_in_is_refused_with_exit_2)
{
    GuiFixture f;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), f.dir.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), f.dir.filePath(QStringLiteral("home/data")));
    env.remove(QStringLiteral("PEYVAND_PASSWORD"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PEYVAND_APP_PATH),
              { QStringLiteral("--db"), f.store->location(), QStringLiteral("--screenshot"),
                f.dir.filePath(QStringLiteral("x.png")) });
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_EQ(app.exitCode(), 2);
    EXPECT_TRUE(app.readAllStandardError().contains("--screenshot needs --user NAME and PEYVAND_PASSWORD"));
    EXPECT_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("x.png"))));
}
