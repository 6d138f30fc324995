#include "MainWindow.h"

#include "AccessPolicy.h"
#include "AuditView.h"
#include "BackupScheduler.h"
#include "CalendarExportDialog.h"
#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "CustomerListView.h"
#include "CustomerPage.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "DealDialog.h"
#include "DemoDataRunner.h"
#include "Display.h"
#include "GlobalSearchDialog.h"
#include "ImportWizard.h"
#include "LogActivityDialog.h"
#include "OrdersView.h"
#include "PipelineBoard.h"
#include "ReminderNotifier.h"
#include "ReportsView.h"
#include "RoleGate.h"
#include "SettingsView.h"
#include "SupportActions.h"
#include "SupportDeskView.h"
#include "TodayView.h"
#include "UiSettings.h"
#include "VcardImportDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

constexpr qint64 kDemoCustomers = 5000;

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent, const QString &startView)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_page(new CustomerPage(workspace, this))
    , m_reminders(new ReminderNotifier(workspace, this))
    , m_support(new SupportActions(workspace, this))
    , m_backups(new BackupScheduler(workspace, this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Peyvand — customer relations"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // Views are built the first time they are shown (or asked for): a view
    // loads its rows when built, and at a million customers the boards, the
    // support queue and the reports would otherwise cost seconds and hundreds
    // of megabytes before the first list is painted.
    addView(QStringLiteral("today"), tr("Today"), QStringLiteral("Ctrl+1"), [this] {
        auto *today = new TodayView(m_workspace, this);
        connect(today, &TodayView::openCustomer, this, &MainWindow::openCustomer);
        connect(today, &TodayView::logActivityRequested, this, [this] { openLogActivity(); });
        return today;
    });
    for (const CustomerKind kind : { CustomerKind::Legal, CustomerKind::Individual }) {
        const bool legal = kind == CustomerKind::Legal;
        addView(legal ? QStringLiteral("legal") : QStringLiteral("individual"),
                legal ? tr("Legal customers") : tr("Individual customers"),
                legal ? QStringLiteral("Ctrl+2") : QStringLiteral("Ctrl+3"), [this, kind, legal] {
                    auto *list = new CustomerListView(m_workspace, kind, this);
                    list->setObjectName(legal ? QStringLiteral("legalList") : QStringLiteral("individualList"));
                    connect(list, &CustomerListView::openCustomer, this, &MainWindow::openCustomer);
                    connect(list, &CustomerListView::createRequested, this,
                            [this](CustomerKind k) { newCustomer(int(k)); });
                    connect(list, &CustomerListView::importRequested, this, [this](CustomerKind k) {
                        openImportWizard(int(k == CustomerKind::Legal ? ImportKind::Legal : ImportKind::Individual));
                    });
                    return list;
                });
    }
    for (const CustomerKind kind : { CustomerKind::Legal, CustomerKind::Individual }) {
        const bool legal = kind == CustomerKind::Legal;
        addView(legal ? QStringLiteral("b2b") : QStringLiteral("b2c"), legal ? tr("B2B pipeline") : tr("B2C pipeline"),
                legal ? QStringLiteral("Ctrl+4") : QStringLiteral("Ctrl+5"), [this, kind, legal] {
                    auto *board = new PipelineBoard(m_workspace, kind, this);
                    board->setObjectName(legal ? QStringLiteral("b2bBoard") : QStringLiteral("b2cBoard"));
                    connect(board, &PipelineBoard::openCustomer, this, &MainWindow::openCustomer);
                    return board;
                });
    }
    addView(QStringLiteral("orders"), tr("Orders"), QStringLiteral("Ctrl+6"), [this] {
        auto *orders = new OrdersView(m_workspace, this);
        connect(orders, &OrdersView::openOrder, m_support, &SupportActions::openOrder);
        connect(orders, &OrdersView::newOrderRequested, this, [this] { m_support->newOrder(0); });
        return orders;
    });
    addView(QStringLiteral("support"), tr("Support desk"), QStringLiteral("Ctrl+9"), [this] {
        auto *support = new SupportDeskView(m_workspace, this);
        connect(support, &SupportDeskView::openCustomer, this, &MainWindow::openCustomer);
        connect(support, &SupportDeskView::openOrder, m_support, &SupportActions::openOrder);
        connect(support, &SupportDeskView::openRequest, m_support, &SupportActions::openRequest);
        connect(support, &SupportDeskView::newRequestRequested, m_support, &SupportActions::newRequest);
        connect(support, &SupportDeskView::newOrderRequested, this, [this](qint64 id) { m_support->newOrder(id); });
        return support;
    });
    addView(QStringLiteral("reports"), tr("Reports"), QStringLiteral("Ctrl+7"), [this] {
        auto *reports = new ReportsView(m_workspace, this);
        connect(reports, &ReportsView::openCustomer, this, &MainWindow::openCustomer);
        return reports;
    });
    addView(QStringLiteral("settings"), tr("Settings"), QStringLiteral("Ctrl+8"), [this] {
        auto *settings = new SettingsView(m_workspace, this, m_backups);
        connect(settings, &SettingsView::languageChanged, this, [this] { emit languageChangeRequested(); });
        connect(settings, &SettingsView::moneyUnitChanged, &m_workspace, &Workspace::dataReset);
        connect(settings, &SettingsView::switchUserRequested, this, &MainWindow::switchUserRequested);
        connect(settings, &SettingsView::demoDataRequested, this, &MainWindow::createDemoData);
        return settings;
    });
    addView(QStringLiteral("audit"), tr("Audit trail"), QStringLiteral("Ctrl+0"),
            [this] { return new AuditView(m_workspace, this); });
    m_stack->addWidget(m_page);
    const auto go = [this](int row) {
        if (row >= 0 && row < m_keys.size())
            showView(m_keys[row]);
    };
    connect(m_navigation, &QListWidget::currentRowChanged, this, go);
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this, go](QListWidgetItem *item) { go(m_navigation->row(item)); });

    // Where the shared pieces lead.
    connect(m_support, &SupportActions::openCustomer, this, &MainWindow::openCustomer);
    connect(m_support, &SupportActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_page, &CustomerPage::newOrderRequested, this, [this](qint64 id) { m_support->newOrder(id); });
    connect(m_page, &CustomerPage::newOrderFromDealRequested, this,
            [this](qint64 dealId) { m_support->newOrder(0, dealId); });
    connect(m_page, &CustomerPage::openOrderRequested, m_support, &SupportActions::openOrder);
    connect(m_page, &CustomerPage::newRequestRequested, this, [this](qint64 id) { m_support->newRequest(id); });
    connect(m_page, &CustomerPage::historyRequested, this,
            [this](qint64 id) { showAudit(QStringLiteral("customer"), id); });
    connect(m_page, &CustomerPage::backRequested, this, [this] {
        const User &user = m_workspace.user();
        showView(RoleGate::showsView(user, m_previousView) ? m_previousView : RoleGate::homeView(user));
    });
    connect(m_page, &CustomerPage::editRequested, this, &MainWindow::editCustomer);
    connect(m_page, &CustomerPage::logActivityRequested, this, &MainWindow::openLogActivity);
    connect(m_page, &CustomerPage::newDealRequested, this, &MainWindow::newDeal);
    connect(m_page, &CustomerPage::addContactRequested, this, [this](qint64 id) { editContact(id, 0); });
    connect(m_page, &CustomerPage::importContactsRequested, this, [this](qint64 id) { openVcardImport(id); });
    connect(m_page, &CustomerPage::contactsExported, this,
            [this](bool, qint64, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_page, &CustomerPage::editContactRequested, this,
            [this](qint64 contactId) { editContact(m_page->customerId(), contactId); });
    connect(m_reminders, &ReminderNotifier::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_backups, &BackupScheduler::statusMessage, this, [this](const QString &text, int timeoutMs) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeoutMs);
    });
    connect(m_backups, &BackupScheduler::attention, this,
            [this](const QString &title, const QString &text, bool failed) {
                // Not modal to the app: the window stays usable while the message waits.
                auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("backupMessageBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::WindowModal);
                box->open();
            });
    connect(m_backups, &BackupScheduler::jobFinished, this, [this](const BackupRunOutcome &outcome) {
        if (outcome.job == BackupJob::Restore && outcome.ok)
            updateStatus(); // the signed-in user may have changed with the data
    });
    connect(m_reminders, &ReminderNotifier::notificationClicked, this, [this] {
        showView(QStringLiteral("today"));
        raise();
        activateWindow();
    });

    buildMenus();
    applyRole();
    connect(&m_workspace, &Workspace::userChanged, this, &MainWindow::userChanged);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    updateStatus();

    resize(1200, 760);
    const QByteArray geometry = UiSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const User &user = m_workspace.user();
    QString first = startView;
    if (!m_builders.contains(first) || !RoleGate::showsView(user, first))
        first = UiSettings::lastView();
    showView(m_builders.contains(first) && RoleGate::showsView(user, first) ? first : RoleGate::homeView(user));
}

void MainWindow::addView(const QString &key, const QString &title, const QString &shortcut,
                         const std::function<QWidget *()> &build)
{
    m_keys << key;
    m_builders.insert(key, build);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(QKeySequence(shortcut).toString(QKeySequence::NativeText));
    auto *sc = new QShortcut(QKeySequence(shortcut), this);
    connect(sc, &QShortcut::activated, this, [this, key] { showView(key); });
    m_viewShortcuts.insert(key, sc);
}

bool MainWindow::mayShow(const QString &key) const
{
    return RoleGate::showsView(m_workspace.user(), key);
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_newLegal = file->addAction(tr("New legal customer…"));
    m_newLegal->setObjectName(QStringLiteral("newLegalCustomerAction"));
    connect(m_newLegal, &QAction::triggered, this, [this] { newCustomer(int(CustomerKind::Legal)); });
    m_newIndividual = file->addAction(tr("New individual customer…"));
    m_newIndividual->setObjectName(QStringLiteral("newIndividualCustomerAction"));
    connect(m_newIndividual, &QAction::triggered, this, [this] { newCustomer(int(CustomerKind::Individual)); });
    file->addSeparator();
    m_importCustomers = file->addAction(tr("Import customers…"));
    m_importCustomers->setObjectName(QStringLiteral("importCustomersAction"));
    connect(m_importCustomers, &QAction::triggered, this, [this] { openImportWizard(); });
    m_importVcard = file->addAction(tr("Import vCard…"));
    m_importVcard->setObjectName(QStringLiteral("importVcardAction"));
    connect(m_importVcard, &QAction::triggered, this, [this] { openVcardImport(); });
    m_exportCalendar = file->addAction(tr("Export calendar (iCalendar)…"));
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    connect(m_exportCalendar, &QAction::triggered, this, &MainWindow::openCalendarExport);
    file->addSeparator();
    m_backupNow = file->addAction(tr("Back up now"));
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    connect(m_backupNow, &QAction::triggered, this, [this] { m_backups->backupNow(); });
    file->addSeparator();
    QAction *switchUser = file->addAction(tr("Sign out / switch user…"));
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_backups, &BackupScheduler::signInNeeded, this, &MainWindow::switchUserRequested);
    QAction *quit = file->addAction(tr("Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *work = menuBar()->addMenu(tr("&Work"));
    work->setObjectName(QStringLiteral("workMenu"));
    QAction *search = work->addAction(tr("Search everything…"));
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    search->setShortcutContext(Qt::ApplicationShortcut);
    connect(search, &QAction::triggered, this, &MainWindow::openGlobalSearch);
    m_logActivity = work->addAction(tr("Log an activity…"));
    m_logActivity->setObjectName(QStringLiteral("logActivityAction"));
    m_logActivity->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_logActivity->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_logActivity, &QAction::triggered, this,
            [this] { openLogActivity(m_stack->currentWidget() == m_page ? m_page->customerId() : 0); });

    auto *go = menuBar()->addMenu(tr("&View"));
    go->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < m_keys.size(); ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text());
        action->setObjectName(QStringLiteral("viewAction_") + m_keys[i]);
        action->setShortcut(QKeySequence(m_navigation->item(i)->toolTip()));
        action->setShortcutContext(Qt::WidgetShortcut); // the QShortcut above does the work
        const QString key = m_keys[i];
        connect(action, &QAction::triggered, this, [this, key] { showView(key); });
        m_viewActions.insert(key, action);
    }
}

void MainWindow::applyRole()
{
    const User &user = m_workspace.user();
    for (int i = 0; i < m_keys.size(); ++i) {
        const bool shown = RoleGate::showsView(user, m_keys[i]);
        m_navigation->item(i)->setHidden(!shown);
        m_viewShortcuts.value(m_keys[i])->setEnabled(shown);
        m_viewActions.value(m_keys[i])->setVisible(shown);
        m_viewActions.value(m_keys[i])->setEnabled(shown);
    }
    RoleGate::gate(m_newLegal, user, Permission::EditCustomers);
    RoleGate::gate(m_newIndividual, user, Permission::EditCustomers);
    RoleGate::gate(m_importCustomers, user, Permission::ImportData);
    RoleGate::gate(m_importVcard, user, Permission::ImportData);
    RoleGate::gate(m_exportCalendar, user, Permission::ExportData);
    RoleGate::gate(m_logActivity, user, Permission::LogActivities);
    RoleGate::gate(m_backupNow, user, Permission::ManageBackups);
}

void MainWindow::userChanged()
{
    applyRole();
    updateStatus();
    // Every view was built for the previous role: build them again when shown.
    const QString current = currentView();
    for (QWidget *built : std::as_const(m_views)) {
        m_stack->removeWidget(built);
        built->deleteLater();
    }
    m_views.clear();
    const User &user = m_workspace.user();
    if (current == QLatin1String("customer"))
        return; // the customer page reloads itself (dataReset) and gates its actions
    showView(RoleGate::showsView(user, current) ? current : RoleGate::homeView(user));
}

ImportWizard *MainWindow::openImportWizard(int kind)
{
    if (kind < 0 && currentView() == QLatin1String("legal"))
        kind = int(ImportKind::Legal); // the list on screen says what is likely to come in
    auto *wizard
        = new ImportWizard(m_workspace, kind >= 0 ? std::optional(static_cast<ImportKind>(kind)) : std::nullopt, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

VcardImportDialog *MainWindow::openVcardImport(qint64 companyId)
{
    if (companyId < 0) // from the menu: a company's page on screen says whose people are likely to come in
        companyId = m_stack->currentWidget() == m_page && m_page->hasCustomer() ? m_page->customerId() : 0;
    auto *dialog = new VcardImportDialog(m_workspace, companyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

CalendarExportDialog *MainWindow::openCalendarExport()
{
    auto *dialog = new CalendarExportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CalendarExportDialog::exportFinished, this,
            [this](bool, qint64, qint64, const QString &message) { statusBar()->showMessage(message, 8000); });
    dialog->show();
    return dialog;
}

QWidget *MainWindow::ensureView(const QString &key)
{
    if (!RoleGate::showsView(m_workspace.user(), key))
        return nullptr; // never built for a role that does not use it
    if (QWidget *built = m_views.value(key))
        return built;
    const auto build = m_builders.constFind(key);
    if (build == m_builders.cend())
        return nullptr;
    QWidget *widget = (*build)();
    m_views.insert(key, widget);
    m_stack->addWidget(widget);
    return widget;
}

void MainWindow::showView(const QString &key)
{
    if (!mayShow(key))
        return;
    QWidget *widget = ensureView(key);
    if (!widget)
        return;
    m_previousView = key;
    m_stack->setCurrentWidget(widget);
    const int row = int(m_keys.indexOf(key));
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(row);
    UiSettings::setLastView(key);
}

QString MainWindow::currentView() const
{
    if (m_stack->currentWidget() == m_page)
        return QStringLiteral("customer");
    return m_views.key(m_stack->currentWidget());
}

QWidget *MainWindow::view(const QString &key) const
{
    // Building a view on first use changes nothing the caller can observe.
    return const_cast<MainWindow *>(this)->ensureView(key);
}

void MainWindow::openCustomer(qint64 customerId)
{
    if (customerId <= 0)
        return;
    m_page->showCustomer(customerId);
    m_stack->setCurrentWidget(m_page);
    // The navigation keeps its current row (a list view with focus would
    // otherwise pick one itself); clicking it again returns to that view.
    m_navigation->clearSelection();
}

AuditView *MainWindow::showAudit(const QString &entity, qint64 id)
{
    if (!mayShow(QStringLiteral("audit")))
        return nullptr;
    auto *audit = qobject_cast<AuditView *>(ensureView(QStringLiteral("audit")));
    audit->showRecord(entity, id);
    showView(QStringLiteral("audit"));
    return audit;
}

void MainWindow::openGlobalSearch()
{
    GlobalSearchDialog dialog(m_workspace, this);
    connect(&dialog, &GlobalSearchDialog::openCustomer, this, &MainWindow::openCustomer);
    dialog.exec();
}

void MainWindow::openLogActivity(qint64 customerId)
{
    LogActivityDialog dialog(m_workspace, customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Activity saved."), 5000);
}

void MainWindow::newCustomer(int kind)
{
    CustomerDialog dialog(m_workspace, CustomerKind(kind), 0, this);
    connect(&dialog, &CustomerDialog::openExistingRequested, this, &MainWindow::openCustomer);
    if (dialog.exec() == QDialog::Accepted)
        openCustomer(dialog.customerId());
}

void MainWindow::editCustomer(qint64 customerId)
{
    const auto kind = m_workspace.store().customers().kindOf(customerId);
    if (!kind)
        return;
    CustomerDialog dialog(m_workspace, *kind, customerId, this);
    connect(&dialog, &CustomerDialog::openExistingRequested, this, &MainWindow::openCustomer);
    dialog.exec();
}

void MainWindow::editContact(qint64 customerId, qint64 contactId)
{
    ContactDialog dialog(m_workspace, customerId, contactId, this);
    dialog.exec();
}

void MainWindow::newDeal(qint64 customerId)
{
    const auto kind = m_workspace.store().customers().kindOf(customerId);
    if (!kind)
        return;
    DealDialog dialog(m_workspace, *kind, customerId, this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    const User &user = m_workspace.user();
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(user.fullName, Display::label(user.role)));
    // A file path reads left to right even inside a right-to-left sentence.
    m_databaseLabel->setText(tr("Database: %1").arg(Display::isolate(m_workspace.store().location())));
}

void MainWindow::offerDemoData()
{
    const QString location = m_workspace.store().location();
    if (!RoleGate::decide(m_workspace.user(), Permission::ImportData).enabled) // as Settings ▸ Add demo data
        return;
    if (UiSettings::demoDeclined(location) || m_workspace.store().customers().count(CustomerQuery {}) > 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("An empty database"),
        tr("This database has no customers yet. Create demo data (%1 customers with their deals, activities and "
           "orders) to try Peyvand?")
            .arg(Display::number(kDemoCustomers)));
    if (answer == QMessageBox::Yes)
        createDemoData();
    else
        UiSettings::setDemoDeclined(location);
}

void MainWindow::createDemoData()
{
    auto *runner = new DemoDataRunner(m_workspace.store().openLocation(), kDemoCustomers,
                                      m_workspace.clock().now().toLocalTime().date(), this);
    auto *progress = new QProgressDialog(tr("Creating demo data…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, runner, &DemoDataRunner::cancel);
    connect(runner, &DemoDataRunner::progress, progress,
            [progress](qint64 done, qint64 total) { progress->setValue(total > 0 ? int(done * 100 / total) : 0); });
    connect(runner, &DemoDataRunner::finished, this, [this, runner, progress](bool ok, const QString &message) {
        progress->deleteLater();
        runner->deleteLater();
        m_workspace.reloadUsers();
        emit m_workspace.dataReset();
        if (ok)
            statusBar()->showMessage(tr("Demo data created."), 8000);
        else if (message != QLatin1String("cancelled"))
            QMessageBox::warning(this, tr("Demo data"), tr("Demo data could not be created:\n%1").arg(message));
    });
    runner->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace peyvand
