// Backups in the desktop app: the scheduler runs the automatic backup when due
// and not otherwise (fixed clock), "Back up now" writes a file on a worker
// thread while the window keeps answering, the settings persist in the
// database's meta table, and a restore asks first, replaces the data, reloads
// the workspace, and refuses a damaged file with the data unchanged.
#include "BackupScheduler.h"
#include "BackupService.h"
#include "BackupSettingsBox.h"
#include "DemoDataGenerator.h"
#include "DialogTestSupport.h"
#include "GuiFixture.h"
#include "SettingsView.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>

using namespace peyvand;
using peyvand::testing::child;
using peyvand::testing::GuiFixture;

namespace {

// Backups are an administrator's (manage_backups).
void actAsAdmin(GuiFixture &f)
{
    User admin;
    admin.username = QStringLiteral("admin1");
    admin.role = UserRole::Admin;
    f.store->transaction([&] { admin.id = f.store->users().add(admin); });
    f.workspace->setUser(admin);
}

QString backupFolder(GuiFixture &f)
{
    return QDir(f.dir.path()).filePath(QStringLiteral("backups"));
}

QStringList backupFiles(GuiFixture &f)
{
    return QDir(backupFolder(f)).entryList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
}

void seed(GuiFixture &f, qint64 customers)
{
    DemoDataGenerator::Options options;
    options.customers = customers;
    options.asOf = QDate(2024, 11, 23);
    options.batchSize = 200;
    DemoDataGenerator(*f.store, options).run();
}

BackupRunOutcome waitForJob(BackupScheduler &scheduler)
{
    QSignalSpy finished(&scheduler, &BackupScheduler::jobFinished);
    if (!finished.wait(120000) || finished.isEmpty()) {
        ADD_FAILURE() << "the backup job did not finish";
        return {};
    }
    return finished.first().first().value<BackupRunOutcome>();
}

// The confirmation on screen (one closed before is deleted first).
QMessageBox *confirmBox(QWidget &parent)
{
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (int i = 0; i < 50; ++i) {
        QApplication::processEvents();
        for (QMessageBox *box : parent.findChildren<QMessageBox *>(QStringLiteral("restoreConfirmBox")))
            if (box->isVisible())
                return box;
    }
    return nullptr;
}

} // namespace

TEST(BackupScheduler, runs_the_automatic_backup_when_due_and_not_otherwise)
{
    GuiFixture f;
    actAsAdmin(f);
    BackupScheduler scheduler(*f.workspace);
    QSignalSpy started(&scheduler, &BackupScheduler::jobStarted);
    scheduler.start(); // the first check is at once: no backup yet, so one is due
    ASSERT_EQ(started.size(), 1);
    const BackupRunOutcome first = waitForJob(scheduler);
    EXPECT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_FALSE(first.skipped);
    EXPECT_EQ(first.job, BackupJob::Scheduled);
    EXPECT_EQ(backupFiles(f).size(), 1);

    // Not due again until a day has passed.
    EXPECT_FALSE(scheduler.checkNow());
    f.clock.advanceSeconds(23 * 3600);
    EXPECT_FALSE(scheduler.checkNow());
    EXPECT_FALSE(scheduler.isRunning());
    EXPECT_EQ(backupFiles(f).size(), 1);
    f.clock.advanceSeconds(3600);
    ASSERT_TRUE(scheduler.checkNow());
    EXPECT_TRUE(waitForJob(scheduler).ok);
    EXPECT_EQ(backupFiles(f).size(), 2);

    // Off in the settings: never due.
    BackupSettings off;
    off.intervalDays = 0;
    BackupService(*f.store, f.clock).saveSettings(off);
    f.clock.advanceSeconds(10 * 86400);
    EXPECT_FALSE(scheduler.checkNow());
    EXPECT_EQ(started.size(), 2);
}

TEST(BackupScheduler, an_automatic_backup_that_fails_only_tells_the_status_bar)
{
    GuiFixture f;
    actAsAdmin(f);
    // The folder is a file: it cannot be created.
    const QString blocker = QDir(f.dir.path()).filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    BackupSettings s;
    s.folder = blocker;
    BackupService(*f.store, f.clock).saveSettings(s);
    BackupScheduler scheduler(*f.workspace);
    QSignalSpy attention(&scheduler, &BackupScheduler::attention);
    QSignalSpy status(&scheduler, &BackupScheduler::statusMessage);
    ASSERT_TRUE(scheduler.checkNow());
    const BackupRunOutcome outcome = waitForJob(scheduler);
    EXPECT_FALSE(outcome.ok);
    EXPECT_FALSE(outcome.error.isEmpty());
    EXPECT_TRUE(attention.isEmpty());
    ASSERT_FALSE(status.isEmpty());
    EXPECT_FALSE(status.last().first().toString().isEmpty());
    // Asked by the user, the same failure is worth a message.
    ASSERT_TRUE(scheduler.backupNow());
    waitForJob(scheduler);
    ASSERT_EQ(attention.size(), 1);
    EXPECT_TRUE(attention.first().at(2).toBool());
}

TEST(BackupSettingsBox, back_up_now_writes_a_file_while_the_window_keeps_answering)
{
    GuiFixture f;
    actAsAdmin(f);
    seed(f, 600); // a copy of several steps
    BackupScheduler scheduler(*f.workspace);
    SettingsView view(*f.workspace, nullptr, &scheduler);
    view.resize(900, 800);
    view.show();
    auto *button = child<QPushButton>(view, QStringLiteral("backupNowButton"));
    auto *progress = child<QProgressBar>(view, QStringLiteral("backupProgress"));
    EXPECT_EQ(child<QLabel>(view, QStringLiteral("lastBackupLabel"))->text(), BackupSettingsBox::tr("None yet"));

    // The worker stops after its first step until the window has answered:
    // painted, read from its own connection and seen the button disabled.
    std::mutex mutex;
    std::condition_variable answered;
    bool windowAnswered = false;
    bool workerWaited = false;
    bool windowInTime = false;
    QObject::connect(
        &scheduler.runner(), &BackupRunner::progress, &scheduler.runner(),
        [&](int phase, qint64 done, qint64 total) {
            if (phase != int(BackupPhase::Copying) || done >= total || workerWaited)
                return;
            workerWaited = true;
            std::unique_lock lock(mutex);
            windowInTime = answered.wait_for(lock, std::chrono::seconds(60), [&] { return windowAnswered; });
        },
        Qt::DirectConnection);
    qint64 customersSeen = -1;
    bool disabledWhileRunning = false;
    bool progressShown = false;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &view, [&] {
        if (!workerWaited)
            return;
        view.repaint();
        customersSeen = f.store->customers().count(CustomerQuery {});
        disabledWhileRunning = !button->isEnabled();
        progressShown = progress->isVisible();
        probe.stop();
        std::lock_guard lock(mutex);
        windowAnswered = true;
        answered.notify_all();
    });
    probe.start();
    QSignalSpy finished(&scheduler, &BackupScheduler::jobFinished);
    button->click();
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_TRUE(workerWaited);
    EXPECT_TRUE(windowInTime) << "the window did not answer during the backup";
    EXPECT_EQ(customersSeen, 600);
    EXPECT_TRUE(disabledWhileRunning);
    EXPECT_TRUE(progressShown);

    const BackupRunOutcome outcome = finished.first().first().value<BackupRunOutcome>();
    EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.job, BackupJob::Now);
    ASSERT_EQ(backupFiles(f).size(), 1);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_FALSE(progress->isVisible());
    auto *list = child<QTreeWidget>(view, QStringLiteral("backupList"));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), Display::dateTime(f.clock.now()));
    EXPECT_EQ(child<QLabel>(view, QStringLiteral("lastBackupLabel"))->text(), Display::dateTime(f.clock.now()));
}

TEST(BackupSettingsBox, settings_persist_in_the_database_meta_table)
{
    GuiFixture f;
    actAsAdmin(f);
    BackupScheduler scheduler(*f.workspace);
    const QString elsewhere = QDir(f.dir.path()).filePath(QStringLiteral("nas"));
    {
        SettingsView view(*f.workspace, nullptr, &scheduler);
        auto *interval = child<QSpinBox>(view, QStringLiteral("backupIntervalSpin"));
        auto *keep = child<QSpinBox>(view, QStringLiteral("backupKeepSpin"));
        auto *folder = child<QLineEdit>(view, QStringLiteral("backupFolderEdit"));
        EXPECT_EQ(interval->value(), 1);
        EXPECT_EQ(keep->value(), 7);
        EXPECT_TRUE(folder->text().isEmpty());
        EXPECT_EQ(folder->placeholderText(), backupFolder(f));
        interval->setValue(3);
        keep->setValue(14);
        folder->setText(elsewhere);
        emit folder->editingFinished();
    }
    MetaRepository &meta = f.store->meta();
    EXPECT_EQ(meta.value(QStringLiteral("backup.interval_days")), QStringLiteral("3"));
    EXPECT_EQ(meta.value(QStringLiteral("backup.keep")), QStringLiteral("14"));
    EXPECT_EQ(meta.value(QStringLiteral("backup.folder")), QDir::cleanPath(elsewhere));

    // Another PC on the same file sees them.
    SqliteDataStore other(f.store->location(), SqliteDatabase::OpenMode::MigrateExisting);
    Workspace otherWorkspace(other, f.clock, f.workspace->user());
    BackupScheduler otherScheduler(otherWorkspace);
    SettingsView view(otherWorkspace, nullptr, &otherScheduler);
    EXPECT_EQ(child<QSpinBox>(view, QStringLiteral("backupIntervalSpin"))->value(), 3);
    EXPECT_EQ(child<QSpinBox>(view, QStringLiteral("backupKeepSpin"))->value(), 14);
    EXPECT_EQ(child<QLineEdit>(view, QStringLiteral("backupFolderEdit"))->text(), QDir::cleanPath(elsewhere));

    // "Off" is 0 days.
    child<QSpinBox>(view, QStringLiteral("backupIntervalSpin"))->setValue(0);
    EXPECT_EQ(meta.value(QStringLiteral("backup.interval_days")), QStringLiteral("0"));
    EXPECT_EQ(child<QLabel>(view, QStringLiteral("nextBackupLabel"))->text(), BackupSettingsBox::tr("Off"));
}

TEST(BackupSettingsBox, restore_asks_first_then_replaces_the_data_and_reloads)
{
    GuiFixture f;
    actAsAdmin(f);
    f.addLegal(QStringLiteral("شرکت پیش از پشتیبان"));
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("saved.sqlite"));
    BackupService(*f.store, f.clock).backupTo(file);
    const qint64 later = f.addLegal(QStringLiteral("شرکت پس از پشتیبان"));
    BackupScheduler scheduler(*f.workspace);
    SettingsView view(*f.workspace, nullptr, &scheduler);
    view.show();
    auto *box = child<BackupSettingsBox>(view, QStringLiteral("backupBox"));

    // Cancel: nothing happens.
    box->confirmRestore(file);
    QMessageBox *ask = confirmBox(view);
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(ask->text().contains(QStringLiteral("saved.sqlite")));
    QPointer<QMessageBox> asked = ask;
    ask->button(QMessageBox::Cancel)->click();
    QApplication::processEvents();
    EXPECT_TRUE(!asked || !asked->isVisible());
    EXPECT_FALSE(scheduler.isRunning());
    EXPECT_TRUE(f.store->customers().get(later).has_value());

    box->confirmRestore(file);
    ask = confirmBox(view);
    ASSERT_NE(ask, nullptr);
    QSignalSpy reset(f.workspace.get(), &Workspace::dataReset);
    QSignalSpy finished(&scheduler, &BackupScheduler::jobFinished);
    ask->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(scheduler.isRunning());
    EXPECT_NE(view.findChild<QProgressDialog *>(QStringLiteral("restoreProgressDialog")), nullptr);
    ASSERT_TRUE(finished.wait(120000));
    const BackupRunOutcome outcome = finished.first().first().value<BackupRunOutcome>();
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_FALSE(f.store->customers().get(later).has_value());
    EXPECT_EQ(f.store->customers().count(CustomerQuery {}), 1);
    EXPECT_GE(reset.size(), 1);
    EXPECT_EQ(f.workspace->user().username, QStringLiteral("admin1")); // the restored data has the same admin
    // The data it replaced is listed as kept.
    auto *list = child<QTreeWidget>(view, QStringLiteral("backupList"));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(2), BackupSettingsBox::tr("Data replaced by a restore"));
    EXPECT_EQ(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), outcome.restore.keptAs.path);
}

TEST(BackupSettingsBox, a_damaged_backup_is_refused_and_the_data_unchanged)
{
    GuiFixture f;
    actAsAdmin(f);
    const qint64 id = f.addLegal(QStringLiteral("شرکت ماندگار"));
    const QString file = QDir(f.dir.path()).filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("SQLite format 3").append(QByteArray(5000, 'x')));
    }
    BackupScheduler scheduler(*f.workspace);
    QSignalSpy attention(&scheduler, &BackupScheduler::attention);
    SettingsView view(*f.workspace, nullptr, &scheduler);
    auto *box = child<BackupSettingsBox>(view, QStringLiteral("backupBox"));
    box->confirmRestore(file);
    QMessageBox *ask = confirmBox(view);
    ASSERT_NE(ask, nullptr);
    ask->button(QMessageBox::Yes)->click();
    const BackupRunOutcome outcome = waitForJob(scheduler);
    EXPECT_FALSE(outcome.ok);
    EXPECT_FALSE(outcome.error.isEmpty());
    ASSERT_EQ(attention.size(), 1);
    EXPECT_TRUE(attention.first().at(2).toBool());
    EXPECT_TRUE(f.store->customers().get(id).has_value());
    EXPECT_TRUE(backupFiles(f).isEmpty()) << "no safety copy for a refused file";
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(view.findChild<QProgressDialog *>(QStringLiteral("restoreProgressDialog")), nullptr);
}
