#pragma once
// Everything about one customer on one screen: a header with who they are and
// the actions a rep takes next, then tabs for details, the buying center
// (legal entities), deals, orders and the merged timeline. Refreshes itself
// when the Workspace reports a change for this customer.
#include "VcardContact.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace peyvand {

class ContactTableModel;
class CustomerDetailsView;
class CustomerHeader;
class DealTableModel;
class OrderTableModel;
class TimelineModel;
class VcardExport;
class Workspace;

class CustomerPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TimelinePage = 50; // entries loaded at first and per "Show more"

    explicit CustomerPage(Workspace &workspace, QWidget *parent = nullptr);

    // Loads the customer; an unknown id shows a message instead of the tabs.
    void showCustomer(qint64 id);
    qint64 customerId() const { return m_id; } // the id last asked for (0: none)
    bool hasCustomer() const { return m_found; } // whether that customer exists
    // Reloads everything from the store.
    void reload();
    // A company's contact persons as vCards ("Export contact persons as
    // vCard…" asks for the file and the version first), off the UI thread;
    // contactsExported tells the end.
    void exportContactsTo(const QString &path, VcardVersion version = VcardVersion::V3);
    bool isExporting() const;

signals:
    void editRequested(qint64 customerId);
    void logActivityRequested(qint64 customerId);
    void newDealRequested(qint64 customerId);
    void addContactRequested(qint64 customerId);
    void importContactsRequested(qint64 customerId); // "Import contact persons from vCard…"
    void contactsExported(bool ok, qint64 cards, const QString &message);
    void editContactRequested(qint64 contactId);
    void newOrderRequested(qint64 customerId);
    void newOrderFromDealRequested(qint64 dealId); // a won deal
    void openOrderRequested(qint64 orderId);
    void newRequestRequested(qint64 customerId);
    void backRequested();
    void historyRequested(qint64 customerId); // "History…": the audit trail of this customer (managers, admins)

private:
    QWidget *buildActions();
    QWidget *buildContactsTab();
    QWidget *buildDealsTab();
    QWidget *buildOrdersTab();
    QWidget *buildTimelineTab();
    QTableView *makeTable(const char *objectName);
    void loadCustomer();
    void loadDeals();
    void loadOrders();
    void loadTimeline();
    void showMoreTimeline();
    void openContact(const QModelIndex &index);
    void openOrder(const QModelIndex &index);
    qint64 selectedWonDeal() const; // 0: none selected or not won
    // Shows, hides or disables the actions for the signed-in user's role and
    // this customer's owner (RoleGate).
    void applyRole();
    void updateOrderFromDeal();
    void updateExportContacts();
    void setTabTitle(QWidget *tab, const QString &title, qsizetype count);
    // Runs a load; a database failure is reported in a message box, never thrown.
    template<typename F> void guarded(F &&load);

    Workspace &m_workspace;
    qint64 m_id = 0;
    qint64 m_ownerId = 0; // the customer's owner, for per-record permissions
    bool m_legal = false;
    bool m_found = false;
    int m_timelineLimit = TimelinePage;

    CustomerHeader *m_header;
    QWidget *m_actions;
    QPushButton *m_edit;
    QPushButton *m_logActivity;
    QPushButton *m_newDeal;
    QPushButton *m_newRequest;
    QPushButton *m_addContact;
    QPushButton *m_importContacts;
    QPushButton *m_newOrder;
    QPushButton *m_history;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QLabel *m_message;
    CustomerDetailsView *m_details;
    QWidget *m_contactsTab;
    QWidget *m_dealsTab;
    QWidget *m_ordersTab;
    QLabel *m_contactSummary;
    QLabel *m_dealSummary;
    QTableView *m_contactsView;
    QTableView *m_dealsView;
    QTableView *m_ordersView;
    QTableView *m_timelineView;
    QPushButton *m_moreTimeline;
    QPushButton *m_orderFromDeal;
    QPushButton *m_exportContacts;
    VcardExport *m_vcardExport = nullptr;
    ContactTableModel *m_contacts;
    DealTableModel *m_deals;
    OrderTableModel *m_orders;
    TimelineModel *m_timeline;
};

} // namespace peyvand
