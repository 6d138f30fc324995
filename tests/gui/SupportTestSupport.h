#pragma once
// Orders and service requests for the support desk GUI tests, made through
// the services as the app makes them.
#include "GuiFixture.h"
#include "OrderStatusFlow.h"

#include <QDialog>
#include <QTimer>
#include <functional>

namespace peyvand::testing {

inline qint64 addOrder(GuiFixture &f, qint64 customerId, const QString &product, qint64 quantity, qint64 unitPrice)
{
    Order o;
    o.customerId = customerId;
    o.lines << OrderLine { 0, product, quantity, unitPrice };
    return f.workspace->orders().create(o, f.rep.id);
}

inline qint64 addRequest(GuiFixture &f, qint64 customerId, const QString &subject, Priority priority,
                         std::optional<qint64> orderId = std::nullopt, qint64 assigneeId = 0)
{
    ServiceRequest r;
    r.customerId = customerId;
    r.orderId = orderId;
    r.subject = subject;
    r.priority = priority;
    r.assigneeId = assigneeId;
    return f.workspace->requests().open(r);
}

// Runs `act` on the next modal dialog of type T as soon as it is shown
// (dialogs opened with exec()).
template<typename T> void onNextDialog(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace peyvand::testing
