#pragma once
// The desktop app's main window: navigation between Today, the two customer
// lists, the two pipeline boards, orders, the support desk, reports and
// settings; the customer
// page; Ctrl+K search and Ctrl+L log-activity from anywhere; the signed-in
// user and the database in the status bar, "Sign out / switch user" in File; geometry and last view remembered.
// Each view is built the first time it is shown or asked for.
#include "Permission.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QShortcut;
class QStackedWidget;

namespace peyvand {

class AuditView;
class BackupScheduler;
class CalendarExportDialog;
class CustomerPage;
class ImportWizard;
class ReminderNotifier;
class SupportActions;
class VcardImportDialog;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Starts on startView, or else on the view shown last (Today the first time).
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr, const QString &startView = {});

    // Views: "today", "legal", "individual", "b2b", "b2c", "orders", "support", "reports", "settings",
    // "audit". Only the views the signed-in user's role uses are listed and shown (RoleGate).
    void showView(const QString &key);
    bool mayShow(const QString &key) const; // whether the signed-in user's role may see the view
    QString currentView() const;
    // Built on first use; nullptr for an unknown key or a view the role does not use.
    QWidget *view(const QString &key) const;
    bool isViewBuilt(const QString &key) const { return m_views.contains(key); }
    CustomerPage *customerPage() const { return m_page; }
    SupportActions *supportActions() const { return m_support; }
    // Automatic backups and the backup jobs of this window; not started until start() (main.cpp).
    BackupScheduler *backupScheduler() const { return m_backups; }

    void openCustomer(qint64 customerId);
    // The audit trail filtered to one record (entity code, id); nullptr when the role may not see it.
    AuditView *showAudit(const QString &entity, qint64 id);
    void openGlobalSearch();
    void openLogActivity(qint64 customerId = 0);
    void newCustomer(int kind); // a CustomerKind
    // Opens the CSV import wizard (window-modal, deleted when closed), with the
    // kind preselected (an ImportKind; -1: legal entities on the legal list,
    // else individuals).
    ImportWizard *openImportWizard(int kind = -1);
    // Opens "Import vCard…" (window-modal, deleted when closed) for the contact
    // persons of companyId; -1: of the legal entity whose page is shown, else
    // as individuals.
    VcardImportDialog *openVcardImport(qint64 companyId = -1);
    // Opens "Export calendar (iCalendar)…" (window-modal, deleted when closed).
    CalendarExportDialog *openCalendarExport();
    // On an empty database, asks once whether to create demo data.
    void offerDemoData();
    void createDemoData();

signals:
    void languageChangeRequested();
    // "Sign out / switch user": the app hides this window and asks who signs in next.
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(const QString &key, const QString &title, const QString &shortcut,
                 const std::function<QWidget *()> &build);
    QWidget *ensureView(const QString &key);
    void buildMenus();
    // Lists, menus and shortcuts for what the signed-in user's role may do.
    void applyRole();
    // Another user signed in: gate again and rebuild the views on next show.
    void userChanged();
    void updateStatus();
    void editCustomer(qint64 customerId);
    void editContact(qint64 customerId, qint64 contactId);
    void newDeal(qint64 customerId);

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    CustomerPage *m_page;
    ReminderNotifier *m_reminders;
    SupportActions *m_support;
    BackupScheduler *m_backups;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
    QHash<QString, std::function<QWidget *()>> m_builders;
    QHash<QString, QWidget *> m_views; // built so far
    QStringList m_keys;
    QHash<QString, QShortcut *> m_viewShortcuts;
    QHash<QString, QAction *> m_viewActions;
    QAction *m_newLegal = nullptr;
    QAction *m_newIndividual = nullptr;
    QAction *m_importCustomers = nullptr;
    QAction *m_importVcard = nullptr;
    QAction *m_exportCalendar = nullptr;
    QAction *m_logActivity = nullptr;
    QAction *m_backupNow = nullptr;
    QString m_previousView = QStringLiteral("today");
};

} // namespace peyvand
