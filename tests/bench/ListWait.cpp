#include "ListWait.h"

#include "BenchHarness.h"
#include "CustomerListModel.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <stdexcept>

namespace peyvand::bench {

namespace {

bool isReady(const CustomerListModel &model, ListReady ready)
{
    if (model.isLoading())
        return false;
    return ready == ListReady::FirstRows || !model.isCounting();
}

} // namespace

void waitForList(CustomerListModel &model, ListReady ready)
{
    const QDeadlineTimer deadline(5 * 60 * 1000);
    QString failure;
    const auto failed = QObject::connect(&model, &CustomerListModel::databaseFailed,
                                         [&failure](const QString &message) { failure = message; });
    while (!isReady(model, ready) && failure.isEmpty()) {
        if (deadline.hasExpired()) {
            QObject::disconnect(failed);
            throw std::runtime_error("the customer list did not load within 5 minutes");
        }
        QEventLoop loop;
        QObject::connect(&model, &CustomerListModel::loaded, &loop, &QEventLoop::quit);
        QObject::connect(&model, &CustomerListModel::databaseFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // a signal sent before exec() is not missed for long
        loop.exec();
    }
    QObject::disconnect(failed);
    if (!failure.isEmpty())
        throw std::runtime_error("the customer list failed: " + failure.toStdString());
}

std::shared_ptr<CustomerListModel> makeListModel(Context &ctx, Workspace &workspace, CustomerKind kind)
{
    auto model = std::make_shared<CustomerListModel>(workspace, kind);
    if (ctx.smoke)
        model->setSyncLimit(0);
    return model;
}

} // namespace peyvand::bench
