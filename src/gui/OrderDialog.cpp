#include "OrderDialog.h"

#include "ChangeStatusDialog.h"
#include "ConcurrentChangeBox.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "OrderStatusAction.h"
#include "OrderStatusFlow.h"
#include "PaymentDialog.h"
#include "RoleGate.h"
#include "StatusStyle.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QTableWidget *makeTable(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

OrderDialog::OrderDialog(Workspace &workspace, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(orderId)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_statusError(errorLabel("statusError", this))
    , m_totals(new QLabel(this))
    , m_tracking(new QLineEdit(this))
    , m_trackingMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("orderDialog"));
    resize(880, 720);

    m_title->setObjectName(QStringLiteral("orderTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setObjectName(QStringLiteral("orderStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    auto *customer = new QPushButton(tr("Open customer"), this);
    customer->setObjectName(QStringLiteral("openCustomerButton"));
    customer->setAutoDefault(false);
    m_changeStatus = new QPushButton(tr("Change status…"), this);
    m_changeStatus->setObjectName(QStringLiteral("changeStatusButton"));
    m_changeStatus->setAutoDefault(false);
    m_newRequest = new QPushButton(tr("New service request…"), this);
    m_newRequest->setObjectName(QStringLiteral("newRequestButton"));
    m_newRequest->setAutoDefault(false);
    actions->addWidget(m_changeStatus);
    actions->addWidget(m_newRequest);
    actions->addWidget(customer);
    actions->addStretch(1);

    m_lines = makeTable("orderLines", { tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total") }, this);
    m_payments = makeTable("orderPayments", { tr("Paid on"), tr("Amount"), tr("Method"), tr("Reference") }, this);
    m_history = makeTable("statusHistory", { tr("When"), tr("From"), tr("To"), tr("By"), tr("Note") }, this);

    m_totals->setObjectName(QStringLiteral("orderTotals"));
    m_totals->setTextFormat(Qt::PlainText);

    m_tracking->setObjectName(QStringLiteral("trackingCodeEdit"));
    m_tracking->setLayoutDirection(Qt::LeftToRight); // a code reads left to right
    m_tracking->setPlaceholderText(tr("Post or courier tracking code"));
    m_saveTracking = new QPushButton(tr("Save code"), this);
    m_saveTracking->setObjectName(QStringLiteral("saveTrackingButton"));
    m_saveTracking->setAutoDefault(false);
    m_trackingMessage->setObjectName(QStringLiteral("trackingMessage"));
    auto *trackingRow = new QHBoxLayout;
    trackingRow->addWidget(new QLabel(tr("Tracking code:"), this));
    trackingRow->addWidget(m_tracking, 1);
    trackingRow->addWidget(m_saveTracking);
    trackingRow->addWidget(m_trackingMessage);

    const auto section = [this](const QString &title) {
        auto *label = new QLabel(title, this);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    for (QTableWidget *t : { m_lines, m_payments, m_history })
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    m_payments->setMaximumHeight(m_payments->fontMetrics().height() * 5 + 16);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_statusError);
    layout->addWidget(section(tr("Lines")));
    layout->addWidget(m_lines, 2);
    layout->addWidget(m_totals);
    m_addPayment = new QPushButton(tr("Record a payment…"), this);
    m_addPayment->setObjectName(QStringLiteral("addPaymentButton"));
    m_addPayment->setAutoDefault(false);
    auto *paymentsHead = new QHBoxLayout;
    paymentsHead->addWidget(section(tr("Payments")));
    paymentsHead->addStretch(1);
    paymentsHead->addWidget(m_addPayment);
    layout->addLayout(paymentsHead);
    layout->addWidget(m_payments, 1);
    layout->addLayout(trackingRow);
    layout->addWidget(section(tr("Status history")));
    layout->addWidget(m_history, 2);
    layout->addWidget(buttons);

    connect(customer, &QPushButton::clicked, this, [this] {
        if (m_found)
            emit openCustomer(m_order.customerId);
    });
    connect(m_newRequest, &QPushButton::clicked, this, [this] {
        if (m_found)
            emit newRequestRequested(m_order.customerId, m_order.id);
    });
    connect(m_changeStatus, &QPushButton::clicked, this, &OrderDialog::requestStatusChange);
    connect(m_saveTracking, &QPushButton::clicked, this, &OrderDialog::saveTrackingCode);
    connect(m_addPayment, &QPushButton::clicked, this, &OrderDialog::requestPayment);
    connect(m_tracking, &QLineEdit::returnPressed, this, [this] {
        if (m_saveTracking->isEnabled())
            saveTrackingCode();
    });
    connect(m_tracking, &QLineEdit::textEdited, m_trackingMessage, &QLabel::clear);
    connect(&m_workspace, &Workspace::orderChanged, this, [this](qint64 id, qint64) {
        if (id == m_id)
            reload();
    });
    reload();
}

void OrderDialog::reload(bool discardEdits)
{
    if (discardEdits)
        m_tracking->setModified(false);
    std::optional<Order> order;
    try {
        order = m_workspace.store().orders().get(m_id);
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Database error"),
                             tr("The order could not be read:\n%1").arg(QString::fromUtf8(e.what())));
    }
    m_found = order.has_value();
    m_order = order.value_or(Order {});
    if (!m_found) {
        setWindowTitle(tr("Order"));
        m_title->setText(tr("There is no order number %1.").arg(Display::digits(QString::number(m_id))));
        m_status->clear();
        applyRole(0);
        m_changeStatus->setEnabled(false);
        m_saveTracking->setEnabled(false);
        m_addPayment->setEnabled(false);
        m_newRequest->setEnabled(false);
        return;
    }
    const auto customer = m_workspace.store().customers().get(m_order.customerId);
    m_customerName = customer ? customer->displayName() : QString();
    const QString number = Display::isolate(Display::digits(m_order.number));
    setWindowTitle(tr("Order %1").arg(number));
    m_title->setText(tr("Order %1 — %2").arg(number, m_customerName));
    m_status->setText(tr("%1 (since %2)").arg(Display::label(m_order.status), Display::dateTime(m_order.updatedAt)));
    const QVariant color = StatusStyle::orderColor(m_order.status);
    m_status->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.value<QColor>().name())
                                            : QString());
    // An order is its deal's owner's, else its customer's owner's.
    qint64 owner = customer ? customer->ownerId : 0;
    if (m_order.dealId)
        if (const auto deal = m_workspace.store().deals().get(*m_order.dealId))
            owner = deal->ownerId;
    applyRole(owner);
    if (m_changeStatus->isEnabled())
        m_changeStatus->setEnabled(!OrderStatusFlow::nextStatuses(m_order.status).isEmpty());
    if (!m_tracking->isModified())
        m_tracking->setText(m_order.trackingCode);
    fillLines();
    fillPayments();
    fillHistory();
}

void OrderDialog::applyRole(qint64 orderOwnerId)
{
    const User &user = m_workspace.user();
    RoleGate::gate(m_changeStatus, user, Permission::ChangeOrderStatus);
    RoleGate::gate(m_saveTracking, user, Permission::ChangeOrderStatus);
    m_tracking->setReadOnly(!m_saveTracking->isEnabled()); // the code stays readable
    RoleGate::gateOn(m_addPayment, user, Permission::EditOrders, orderOwnerId);
    RoleGate::gate(m_newRequest, user, Permission::HandleRequests);
}

void OrderDialog::fillLines()
{
    m_lines->setRowCount(int(m_order.lines.size()));
    const auto number = Qt::AlignTrailing | Qt::AlignVCenter;
    for (int i = 0; i < m_order.lines.size(); ++i) {
        const OrderLine &l = m_order.lines[i];
        m_lines->setItem(i, 0, cell(l.product));
        m_lines->setItem(i, 1, cell(Display::number(l.quantity), number));
        m_lines->setItem(i, 2, cell(Display::money(l.unitPrice), number));
        m_lines->setItem(i, 3, cell(Display::money(l.total()), number));
    }
    m_lines->setColumnWidth(0, 300);
    m_lines->setColumnWidth(1, 80);
    m_lines->setColumnWidth(2, 180);
    const qint64 total = m_order.linesTotal();
    const qint64 paid = m_order.paidTotal();
    m_totals->setText(
        tr("Total: %1    Paid: %2    Remaining: %3")
            .arg(Display::money(total), Display::money(paid), Display::money(std::max<qint64>(0, total - paid))));
}

void OrderDialog::fillPayments()
{
    m_payments->setRowCount(int(m_order.payments.size()));
    for (int i = 0; i < m_order.payments.size(); ++i) {
        const Payment &p = m_order.payments[i];
        m_payments->setItem(i, 0, cell(Display::dateTime(p.paidAt)));
        m_payments->setItem(i, 1, cell(Display::money(p.amount), Qt::AlignTrailing | Qt::AlignVCenter));
        m_payments->setItem(i, 2, cell(Display::label(p.method)));
        m_payments->setItem(i, 3, cell(Display::isolate(Display::digits(p.reference))));
    }
    m_payments->setColumnWidth(0, 150);
    m_payments->setColumnWidth(1, 180);
    m_payments->setColumnWidth(2, 130);
}

void OrderDialog::fillHistory()
{
    // Newest first: the question is usually "what happened last?".
    const QList<OrderStatusChange> &h = m_order.history;
    m_history->setRowCount(int(h.size()));
    for (int i = 0; i < h.size(); ++i) {
        const OrderStatusChange &c = h[h.size() - 1 - i];
        m_history->setItem(i, 0, cell(Display::dateTime(c.at)));
        m_history->setItem(i, 1, cell(c.from ? Display::label(*c.from) : QString()));
        auto *to = cell(Display::label(c.to));
        to->setForeground(StatusStyle::orderColor(c.to).value<QColor>());
        m_history->setItem(i, 2, to);
        m_history->setItem(i, 3, cell(c.changedBy ? m_workspace.userName(c.changedBy) : QString()));
        m_history->setItem(i, 4, cell(c.note));
    }
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 110);
    m_history->setColumnWidth(2, 110);
    m_history->setColumnWidth(3, 150);
}

QString OrderDialog::statusError() const
{
    return m_statusError->isHidden() ? QString() : m_statusError->text();
}

void OrderDialog::showStatusError(const QString &text)
{
    m_statusError->setText(text);
    m_statusError->setVisible(!text.isEmpty());
}

bool OrderDialog::changeStatusTo(OrderStatus to, const QString &note)
{
    if (!m_found)
        return false;
    showStatusError({});
    const OrderStatusAction::Result result = OrderStatusAction::apply(m_workspace, m_id, to, note, m_order.version);
    if (result.conflict)
        resolveConflict(*result.conflict);
    else
        reload(); // what is stored now, changed or not
    showStatusError(result.refusal);
    return result.moved();
}

bool OrderDialog::resolveConflict(const ConcurrentChangeError &error)
{
    if (ConcurrentChangeBox::ask(error, this) != ConcurrentChangeBox::Choice::Reload)
        return false;
    reload(true);
    return true;
}

void OrderDialog::requestStatusChange()
{
    if (!m_found)
        return;
    ChangeStatusDialog ask(m_order.number, m_order.status, this);
    if (ask.exec() == QDialog::Accepted)
        changeStatusTo(ask.status(), ask.note());
}

void OrderDialog::requestPayment()
{
    if (!m_found)
        return;
    PaymentDialog ask(m_workspace, m_id, m_order.linesTotal() - m_order.paidTotal(), this, m_order.version);
    const bool paid = ask.exec() == QDialog::Accepted;
    if (!paid && !ask.reloaded())
        return;
    reload();
    if (paid)
        emit m_workspace.orderChanged(m_id, m_order.customerId);
}

bool OrderDialog::saveTrackingCode()
{
    if (!m_found)
        return false;
    try {
        m_order.version = m_workspace.orders().setTrackingCode(m_id, m_tracking->text(), m_order.version);
    } catch (const ConcurrentChangeError &e) {
        m_trackingMessage->setText(Display::error(e));
        if (resolveConflict(e))
            m_trackingMessage->setText(tr("Reloaded: the order shows what is saved now."));
        return false;
    } catch (const ValidationError &e) {
        m_trackingMessage->setText(Display::error(e));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return false;
    }
    m_tracking->setModified(false);
    m_trackingMessage->setText(tr("Saved."));
    reload();
    emit m_workspace.orderChanged(m_id, m_order.customerId);
    return true;
}

} // namespace peyvand
