#pragma once
// One order on one screen: its customer, lines and totals, payments with what
// is paid and what remains, the tracking code (editable) and the status
// history with who changed it and when. "Change status…" offers only the
// allowed next statuses. Every change carries the order's version as shown:
// when someone else changed the order meanwhile nothing is written and
// ConcurrentChangeBox offers to reload; another refusal shows the service's
// message and changes nothing.
#include "Order.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace peyvand {

class ConcurrentChangeError;
class Workspace;

class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDialog(Workspace &workspace, qint64 orderId, QWidget *parent = nullptr);

    const Order &order() const { return m_order; }
    bool found() const { return m_found; }
    // Reads the order again (after a change elsewhere). A tracking code being
    // typed stays unless `discardEdits`.
    void reload(bool discardEdits = false);
    // Moves the order to `to` through the service; on a refusal shows why in
    // the "statusError" label, reloads what is stored and returns false (for
    // someone else's change since the order was shown: asks first).
    bool changeStatusTo(OrderStatus to, const QString &note = {});
    // Asks for the next status (ChangeStatusDialog) and applies it.
    void requestStatusChange();
    bool saveTrackingCode();
    // Asks for a payment (PaymentDialog) and records it.
    void requestPayment();
    QString statusError() const; // the refusal shown, empty when none

signals:
    void openCustomer(qint64 customerId);
    void newRequestRequested(qint64 customerId, qint64 orderId);

private:
    void fillLines();
    void fillPayments();
    void fillHistory();
    void showStatusError(const QString &text);
    // What the signed-in user may do to this order (RoleGate): status and
    // tracking code (change_order_status), payments (edit_orders on the
    // order's owner: its deal's, else its customer's), service requests
    // (handle_requests).
    void applyRole(qint64 orderOwnerId);
    // Someone else changed the order: asks, and reloads (discarding the typed
    // tracking code) when the user chooses to. True when it reloaded.
    bool resolveConflict(const ConcurrentChangeError &error);

    Workspace &m_workspace;
    qint64 m_id;
    Order m_order;
    bool m_found = false;
    QString m_customerName;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_statusError;
    QLabel *m_totals;
    QLineEdit *m_tracking;
    QLabel *m_trackingMessage;
    QPushButton *m_changeStatus;
    QPushButton *m_saveTracking;
    QPushButton *m_addPayment;
    QPushButton *m_newRequest;
    QTableWidget *m_lines;
    QTableWidget *m_payments;
    QTableWidget *m_history;
};

} // namespace peyvand
