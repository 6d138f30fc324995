#include "SupportActions.h"

#include "AccessPolicy.h"
#include "Display.h"
#include "NewOrderDialog.h"
#include "OpenRequestDialog.h"
#include "OrderDialog.h"
#include "RequestDialog.h"
#include "Workspace.h"

#include <QApplication>

namespace peyvand {

namespace {

// Over the dialog that asked (an order page opening a request), else over the window.
QWidget *over(QWidget *window)
{
    QWidget *modal = QApplication::activeModalWidget();
    return modal ? modal : window;
}

} // namespace

SupportActions::SupportActions(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

void SupportActions::openOrder(qint64 orderId)
{
    OrderDialog dialog(m_workspace, orderId, over(m_window));
    qint64 goTo = 0;
    connect(&dialog, &OrderDialog::openCustomer, &dialog, [&](qint64 id) {
        goTo = id;
        dialog.accept();
    });
    connect(&dialog, &OrderDialog::newRequestRequested, &dialog,
            [this](qint64 customerId, qint64 order) { newRequest(customerId, order); });
    dialog.exec();
    if (goTo)
        emit openCustomer(goTo);
}

qint64 SupportActions::newOrder(qint64 customerId, std::optional<qint64> dealId)
{
    if (!AccessPolicy::allows(m_workspace.user(), Permission::EditOrders))
        return 0; // the buttons that lead here are hidden for such a role (RoleGate)
    NewOrderDialog dialog(m_workspace, customerId, dealId, over(m_window));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.orderId();
    if (const auto order = m_workspace.store().orders().get(id))
        emit statusMessage(tr("Order %1 saved.").arg(Display::isolate(Display::digits(order->number))));
    return id;
}

void SupportActions::openRequest(qint64 requestId)
{
    RequestDialog dialog(m_workspace, requestId, over(m_window));
    qint64 goTo = 0;
    connect(&dialog, &RequestDialog::openCustomer, &dialog, [&](qint64 id) {
        goTo = id;
        dialog.accept();
    });
    connect(&dialog, &RequestDialog::openOrder, &dialog, [this](qint64 id) { openOrder(id); });
    dialog.exec();
    if (goTo)
        emit openCustomer(goTo);
}

qint64 SupportActions::newRequest(qint64 customerId, qint64 orderId)
{
    if (!AccessPolicy::allows(m_workspace.user(), Permission::HandleRequests))
        return 0; // the buttons that lead here are hidden for such a role (RoleGate)
    OpenRequestDialog dialog(m_workspace, customerId, orderId, over(m_window));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    emit statusMessage(tr("Service request opened."));
    return dialog.requestId();
}

} // namespace peyvand
