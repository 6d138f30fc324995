#pragma once
// The support desk: one lookup box that takes whatever a caller gives (order
// number, mobile or landline in any form and digits, national code or legal
// national ID, part of a name) and shows the matching customer with every
// order's current status, when it changed and its tracking code, and the open
// service requests; from there open the customer, an order, change an
// order's status or open a service request. A second tab holds the queue of
// open requests. Nothing found is said inline, never in a dialog.
#include "SupportLookup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace peyvand {

class LookupOrderModel;
class RequestQueueView;
class RequestTableModel;
class Workspace;

class SupportDeskView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 250;

    explicit SupportDeskView(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *lookupEdit() const { return m_edit; }
    // Runs the pending lookup now instead of after the typing pause (tests, Enter).
    void lookUpNow();
    const LookupResult &result() const { return m_result; }
    int currentMatch() const; // -1: none
    void selectMatch(int index);
    qint64 currentCustomerId() const;
    qint64 currentOrderId() const; // the selected order row, 0: none
    void selectOrder(qint64 orderId);
    LookupOrderModel *ordersModel() const { return m_orders; }
    RequestTableModel *requestsModel() const { return m_requests; }
    RequestQueueView *queue() const { return m_queue; }
    QString message() const; // the inline message shown ("not found", a refusal), empty when none
    void showQueue();
    // Asks for the selected order's next status and applies it; a refusal is shown inline.
    void changeSelectedOrderStatus();
    bool changeOrderStatus(qint64 orderId, OrderStatus to, const QString &note = {});

signals:
    void openCustomer(qint64 customerId);
    void openOrder(qint64 orderId);
    void openRequest(qint64 requestId);
    void newRequestRequested(qint64 customerId, qint64 orderId);
    void newOrderRequested(qint64 customerId);

private:
    QWidget *buildLookupTab();
    QTableView *makeTable(const char *name, QWidget *parent);
    void runLookup(qint64 keepCustomerId);
    void showMatch(int index);
    void showMessage(const QString &text, bool problem);
    void refreshFor(qint64 customerId);
    void updateButtons();

    Workspace &m_workspace;
    SupportLookup m_lookup;
    LookupResult m_result;
    QTimer *m_timer;
    QTabWidget *m_tabs;
    QLineEdit *m_edit;
    QLabel *m_message;
    QListWidget *m_matches;
    QWidget *m_detail;
    QLabel *m_customer;
    QPushButton *m_openCustomer;
    QPushButton *m_newOrder;
    QPushButton *m_newRequest;
    QPushButton *m_openOrder;
    QPushButton *m_changeStatus;
    QLabel *m_ordersTitle;
    QLabel *m_requestsTitle;
    QTableView *m_ordersView;
    QTableView *m_requestsView;
    LookupOrderModel *m_orders;
    RequestTableModel *m_requests;
    RequestQueueView *m_queue;
};

} // namespace peyvand
