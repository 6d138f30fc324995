#pragma once
// The order and service request dialogs every screen opens the same way:
// open an order, create one (for a customer or from a won deal), open or
// create a service request. Dialogs that lead elsewhere (the customer's page)
// close and report it through openCustomer.
#include <QObject>
#include <optional>

class QWidget;

namespace peyvand {

class Workspace;

class SupportActions : public QObject
{
    Q_OBJECT
public:
    SupportActions(Workspace &workspace, QWidget *window);

    void openOrder(qint64 orderId);
    // customerId 0: pick one in the dialog. Returns the new order's id, 0 when cancelled.
    qint64 newOrder(qint64 customerId, std::optional<qint64> dealId = std::nullopt);
    void openRequest(qint64 requestId);
    // customerId 0: pick one. Returns the new request's id, 0 when cancelled.
    qint64 newRequest(qint64 customerId, qint64 orderId = 0);

signals:
    void openCustomer(qint64 customerId);
    void statusMessage(const QString &text);

private:
    Workspace &m_workspace;
    QWidget *m_window;
};

} // namespace peyvand
