#include "BackupSettingsBox.h"

#include "BackupPhaseText.h"
#include "BackupScheduler.h"
#include "BackupService.h"
#include "Display.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

QString sizeText(qint64 bytes)
{
    constexpr qint64 mib = 1024 * 1024;
    if (bytes < mib)
        return BackupSettingsBox::tr("%1 KB").arg(Display::number(std::max<qint64>(1, (bytes + 512) / 1024)));
    return BackupSettingsBox::tr("%1 MB").arg(Display::number((bytes + mib / 2) / mib));
}

} // namespace

BackupSettingsBox::BackupSettingsBox(Workspace &workspace, BackupScheduler &scheduler, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("Choose…"), this))
    , m_interval(new QSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_last(new QLabel(this))
    , m_next(new QLabel(this))
    , m_error(new QLabel(this))
    , m_backupNow(new QPushButton(tr("Back up now"), this))
    , m_restore(new QPushButton(tr("Restore from backup…"), this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("backupBox"));
    auto *form = new QFormLayout(this);

    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setLayoutDirection(Qt::LeftToRight); // a path reads left to right
    m_folder->setPlaceholderText(BackupSettings::defaultFolder(workspace.store().location()));
    m_folder->setClearButtonEnabled(true);
    m_chooseFolder->setObjectName(QStringLiteral("backupFolderButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    form->addRow(tr("Folder:"), folderRow);

    m_interval->setObjectName(QStringLiteral("backupIntervalSpin"));
    m_interval->setRange(0, BackupSettings::kMaxIntervalDays);
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setKeyboardTracking(false);
    form->addRow(tr("Back up automatically every:"), m_interval);

    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(1, BackupSettings::kMaxKeep);
    m_keep->setKeyboardTracking(false);
    form->addRow(tr("Keep the newest:"), m_keep);

    m_last->setObjectName(QStringLiteral("lastBackupLabel"));
    m_next->setObjectName(QStringLiteral("nextBackupLabel"));
    form->addRow(tr("Last backup:"), m_last);
    form->addRow(tr("Next automatic backup:"), m_next);

    m_error->setObjectName(QStringLiteral("backupErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);

    m_backupNow->setObjectName(QStringLiteral("backupNowButton"));
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    form->addRow(buttons);

    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    form->addRow(m_progress);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Taken"), tr("Size"), tr("Note") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 170);
    m_list->setColumnWidth(1, 90);
    m_list->setMinimumHeight(150);
    m_list->setToolTip(tr("Double-click a backup to restore it."));
    form->addRow(m_list);

    connect(m_folder, &QLineEdit::editingFinished, this, &BackupSettingsBox::save);
    // Units follow the number (plural forms per language).
    const auto suffixes = [this] {
        m_interval->setSuffix(tr(" day(s)", nullptr, m_interval->value()));
        m_keep->setSuffix(tr(" backup(s)", nullptr, m_keep->value()));
    };
    connect(m_interval, &QSpinBox::valueChanged, this, suffixes);
    connect(m_keep, &QSpinBox::valueChanged, this, suffixes);
    connect(m_interval, &QSpinBox::valueChanged, this, &BackupSettingsBox::save);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupSettingsBox::save);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupSettingsBox::chooseFolder);
    connect(m_backupNow, &QPushButton::clicked, this, [this] { m_scheduler.backupNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupSettingsBox::chooseRestoreFile);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { confirmRestore(item->data(0, Qt::UserRole).toString()); });

    connect(&m_scheduler, &BackupScheduler::jobStarted, this, [this] { setBusy(true); });
    connect(&m_scheduler, &BackupScheduler::progress, this, [this](BackupJob, int phase, qint64 done, qint64 total) {
        m_progress->setRange(0, total > 1 ? 100 : 0); // busy indicator for a step without a measure
        if (total > 1)
            m_progress->setValue(int(done * 100 / total));
        m_progress->setFormat(BackupPhaseText::of(BackupPhase(phase)) + QStringLiteral(" %p%"));
        if (m_restoreProgress) {
            m_restoreProgress->setLabelText(BackupPhaseText::of(BackupPhase(phase)));
            m_restoreProgress->setRange(0, total > 1 ? 100 : 0);
            if (total > 1)
                m_restoreProgress->setValue(int(done * 100 / total));
        }
    });
    connect(&m_scheduler, &BackupScheduler::jobFinished, this, &BackupSettingsBox::onFinished);
    connect(&m_scheduler, &BackupScheduler::backupsChanged, this, &BackupSettingsBox::reload);

    reload();
    suffixes();
    setBusy(m_scheduler.isRunning());
}

void BackupSettingsBox::reload()
{
    m_loading = true;
    try {
        const BackupSettings s = BackupService(m_workspace.store(), m_workspace.clock()).settings();
        if (!m_folder->hasFocus())
            m_folder->setText(s.folder);
        m_interval->setValue(s.intervalDays);
        m_keep->setValue(s.keep);
    } catch (const std::exception &e) {
        spdlog::warn("backup settings: {}", e.what());
    }
    m_loading = false;
    fillList();
}

void BackupSettingsBox::save()
{
    if (m_loading)
        return;
    BackupSettings s;
    s.folder = m_folder->text().trimmed();
    s.intervalDays = m_interval->value();
    s.keep = m_keep->value();
    try {
        BackupService service(m_workspace.store(), m_workspace.clock());
        if (service.settings() == s)
            return;
        service.saveSettings(s);
        m_error->hide();
    } catch (const ValidationError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        return;
    }
    fillList();
}

void BackupSettingsBox::chooseFolder()
{
    const QString start = BackupService(m_workspace.store(), m_workspace.clock()).folder();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (dir.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(dir));
    save();
}

void BackupSettingsBox::chooseRestoreFile()
{
    const QString start = BackupService(m_workspace.store(), m_workspace.clock()).folder();
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from backup"), start,
                                                      tr("Peyvand backups (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        confirmRestore(file);
}

void BackupSettingsBox::confirmRestore(const QString &file)
{
    if (file.isEmpty() || m_scheduler.isRunning())
        return;
    const QString folder = BackupService(m_workspace.store(), m_workspace.clock()).folder();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Restore from backup"),
        tr("Replace all the data in this database with the backup %1?\n\nEveryone using this database will see "
           "the backup's data. The current data is first kept as a backup in %2, so you can go back to it.")
            .arg(Display::isolate(QFileInfo(file).fileName()), Display::isolate(folder)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("restoreConfirmBox"));
    box->button(QMessageBox::Yes)->setText(tr("Restore"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, file] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (!m_scheduler.restore(file))
            return;
        m_restoreProgress = new QProgressDialog(tr("Checking the backup file…"), tr("Cancel"), 0, 0, this);
        m_restoreProgress->setObjectName(QStringLiteral("restoreProgressDialog"));
        m_restoreProgress->setWindowTitle(tr("Restore from backup"));
        m_restoreProgress->setWindowModality(Qt::WindowModal);
        m_restoreProgress->setMinimumDuration(0);
        m_restoreProgress->setAutoClose(false);
        m_restoreProgress->setAutoReset(false);
        connect(m_restoreProgress, &QProgressDialog::canceled, &m_scheduler, &BackupScheduler::cancel);
        m_restoreProgress->show();
    });
    box->open();
}

void BackupSettingsBox::onFinished(const BackupRunOutcome &)
{
    setBusy(false);
    if (m_restoreProgress) {
        m_restoreProgress->deleteLater();
        m_restoreProgress = nullptr;
    }
}

void BackupSettingsBox::setBusy(bool busy)
{
    m_backupNow->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

void BackupSettingsBox::fillList()
{
    m_list->clear();
    QList<BackupFile> files;
    try {
        files = BackupService(m_workspace.store(), m_workspace.clock()).backups();
    } catch (const std::exception &e) {
        spdlog::warn("backup list: {}", e.what());
    }
    for (const BackupFile &f : files) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, Display::dateTime(f.takenAt));
        item->setText(1, sizeText(f.bytes));
        item->setText(2, f.beforeRestore ? tr("Data replaced by a restore") : QString());
        item->setData(0, Qt::UserRole, f.path);
        item->setToolTip(0, QDir::toNativeSeparators(f.path));
    }
    updateTimes();
}

void BackupSettingsBox::updateTimes()
{
    try {
        BackupService service(m_workspace.store(), m_workspace.clock());
        const auto last = service.lastBackupAt();
        m_last->setText(last ? Display::dateTime(*last) : tr("None yet"));
        const QDateTime next = service.nextDueAt();
        if (!next.isValid())
            m_next->setText(tr("Off"));
        else if (next <= m_workspace.clock().now())
            m_next->setText(tr("Now"));
        else
            m_next->setText(Display::dateTime(next));
    } catch (const std::exception &e) {
        spdlog::warn("backup times: {}", e.what());
    }
}

} // namespace peyvand
