#include "SupportDeskView.h"

#include "ChangeStatusDialog.h"
#include "ConcurrentChangeBox.h"
#include "DatabaseError.h"
#include "Display.h"
#include "LookupOrderModel.h"
#include "OrderStatusAction.h"
#include "RequestQueueView.h"
#include "RequestTableModel.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

SupportDeskView::SupportDeskView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_lookup(workspace.store())
    , m_timer(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_orders(new LookupOrderModel(this))
    , m_requests(new RequestTableModel(workspace, this))
{
    setObjectName(QStringLiteral("supportDeskView"));
    m_tabs->setObjectName(QStringLiteral("supportTabs"));
    m_tabs->addTab(buildLookupTab(), tr("Find a customer"));
    m_queue = new RequestQueueView(workspace, m_tabs);
    m_tabs->addTab(m_queue, tr("Service request queue"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, [this] { runLookup(0); });
    connect(m_edit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SupportDeskView::lookUpNow);
    connect(m_queue, &RequestQueueView::openRequest, this, &SupportDeskView::openRequest);
    connect(m_queue, &RequestQueueView::newRequestRequested, this, [this] { emit newRequestRequested(0, 0); });
    connect(&m_workspace, &Workspace::orderChanged, this,
            [this](qint64, qint64 customerId) { refreshFor(customerId); });
    connect(&m_workspace, &Workspace::requestChanged, this,
            [this](qint64, qint64 customerId) { refreshFor(customerId); });
    connect(&m_workspace, &Workspace::customerChanged, this, [this](qint64 customerId) { refreshFor(customerId); });
    connect(&m_workspace, &Workspace::dataReset, this, [this] { runLookup(currentCustomerId()); });
    showMatch(-1);
    showMessage(tr("Type what the caller gives: an order number, a mobile or landline, a national code or "
                   "part of a name."),
                false);
}

QTableView *SupportDeskView::makeTable(const char *name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return view;
}

QWidget *SupportDeskView::buildLookupTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);

    m_edit = new QLineEdit(tab);
    m_edit->setObjectName(QStringLiteral("supportLookup"));
    m_edit->setPlaceholderText(tr("Order number, phone, national code or name…"));
    m_edit->setClearButtonEnabled(true);
    QFont large = m_edit->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_edit->setFont(large);
    m_edit->setMinimumHeight(36);
    layout->addWidget(m_edit);

    m_message = new QLabel(tab);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_matches = new QListWidget(tab);
    m_matches->setObjectName(QStringLiteral("lookupMatches"));
    m_matches->setMaximumHeight(110);
    layout->addWidget(m_matches);

    m_detail = new QWidget(tab);
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_customer = new QLabel(m_detail);
    m_customer->setObjectName(QStringLiteral("matchCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    QFont big = m_customer->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_customer->setFont(big);
    m_openCustomer = button(tr("Open customer page"), "openCustomerButton", m_detail);
    m_newOrder = button(tr("New order…"), "newOrderButton", m_detail);
    m_newRequest = button(tr("New service request…"), "newRequestButton", m_detail);
    head->addWidget(m_customer, 1);
    head->addWidget(m_newRequest);
    head->addWidget(m_newOrder);
    head->addWidget(m_openCustomer);
    detail->addLayout(head);

    auto *split = new QSplitter(Qt::Vertical, m_detail);
    auto *ordersBox = new QWidget(split);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    auto *ordersHead = new QHBoxLayout;
    m_ordersTitle = sectionTitle(ordersBox);
    m_openOrder = button(tr("Open order"), "openOrderButton", ordersBox);
    m_changeStatus = button(tr("Change status…"), "changeStatusButton", ordersBox);
    ordersHead->addWidget(m_ordersTitle, 1);
    ordersHead->addWidget(m_changeStatus);
    ordersHead->addWidget(m_openOrder);
    ordersLayout->addLayout(ordersHead);
    m_ordersView = makeTable("lookupOrders", ordersBox);
    m_ordersView->setModel(m_orders);
    m_ordersView->setToolTip(tr("Double-click an order to open it"));
    m_ordersView->setColumnWidth(LookupOrderModel::NumberColumn, 100);
    m_ordersView->setColumnWidth(LookupOrderModel::StatusColumn, 110);
    m_ordersView->setColumnWidth(LookupOrderModel::ChangedColumn, 140);
    m_ordersView->setColumnWidth(LookupOrderModel::TrackingColumn, 170);
    m_ordersView->setColumnWidth(LookupOrderModel::TotalColumn, 170);
    ordersLayout->addWidget(m_ordersView, 1);

    auto *requestsBox = new QWidget(split);
    auto *requestsLayout = new QVBoxLayout(requestsBox);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    m_requestsTitle = sectionTitle(requestsBox);
    requestsLayout->addWidget(m_requestsTitle);
    m_requestsView = makeTable("lookupRequests", requestsBox);
    m_requestsView->setModel(m_requests);
    m_requestsView->setColumnHidden(RequestTableModel::CustomerColumn, true);
    m_requestsView->setToolTip(tr("Double-click a request to open it"));
    m_requestsView->setColumnWidth(RequestTableModel::PriorityColumn, 70);
    m_requestsView->horizontalHeader()->setStretchLastSection(false);
    m_requestsView->horizontalHeader()->setSectionResizeMode(RequestTableModel::SubjectColumn, QHeaderView::Stretch);
    m_requestsView->setColumnWidth(RequestTableModel::OrderColumn, 90);
    m_requestsView->setColumnWidth(RequestTableModel::StatusColumn, 100);
    m_requestsView->setColumnWidth(RequestTableModel::AssigneeColumn, 130);
    m_requestsView->setColumnWidth(RequestTableModel::OpenedColumn, 130);
    m_requestsView->setColumnWidth(RequestTableModel::UpdatedColumn, 130);
    requestsLayout->addWidget(m_requestsView, 1);
    split->addWidget(ordersBox);
    split->addWidget(requestsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    detail->addWidget(split, 1);
    layout->addWidget(m_detail, 1);
    layout->addStretch(0); // keeps the message at the top when nothing is shown under it

    connect(m_matches, &QListWidget::currentRowChanged, this, &SupportDeskView::showMatch);
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCustomerId())
            emit openCustomer(id);
    });
    connect(m_newOrder, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCustomerId())
            emit newOrderRequested(id);
    });
    connect(m_newRequest, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCustomerId())
            emit newRequestRequested(id, currentOrderId());
    });
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOrderId())
            emit openOrder(id);
    });
    connect(m_changeStatus, &QPushButton::clicked, this, &SupportDeskView::changeSelectedOrderStatus);
    connect(m_ordersView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_orders->orderId(index.row()))
            emit openOrder(id);
    });
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportDeskView::updateButtons);
    connect(m_requestsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_requests->requestId(index.row()))
            emit openRequest(id);
    });
    return tab;
}

void SupportDeskView::lookUpNow()
{
    m_timer->stop();
    runLookup(0);
}

void SupportDeskView::runLookup(qint64 keepCustomerId)
{
    const QString text = m_edit->text().trimmed();
    try {
        m_result = m_lookup.find(text);
    } catch (const DatabaseError &e) {
        m_result = LookupResult {};
        showMessage(tr("The database could not be read: %1").arg(QString::fromUtf8(e.what())), true);
        m_matches->clear();
        showMatch(-1);
        return;
    }
    const QSignalBlocker block(m_matches);
    m_matches->clear();
    int keep = 0;
    for (int i = 0; i < m_result.matches.size(); ++i) {
        const LookupMatch &m = m_result.matches[i];
        QStringList parts { m.customer.name };
        if (!m.customer.phone.isEmpty())
            parts << Display::phone(m.customer.phone);
        if (!m.customer.nationalId.isEmpty())
            parts << Display::isolate(Display::digits(m.customer.nationalId));
        if (!m.customer.city.isEmpty())
            parts << m.customer.city;
        if (!m.matchedOrderNumber.isEmpty())
            parts << tr("order %1").arg(Display::isolate(Display::digits(m.matchedOrderNumber)));
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_matches);
        item->setData(Qt::UserRole, m.customer.id);
        if (m.customer.id == keepCustomerId)
            keep = i;
    }
    if (text.isEmpty()) {
        showMessage(tr("Type what the caller gives: an order number, a mobile or landline, a national code or "
                       "part of a name."),
                    false);
    } else if (m_result.matches.isEmpty()) {
        showMessage(tr("Nothing found for “%1”. Check the number, or try another phone or part of the name.")
                        .arg(Display::digits(text)),
                    true);
    } else if (m_result.matches.size() == 1) {
        showMessage({}, false);
    } else {
        showMessage(m_result.more
                        ? tr("More than %1 customers match; the first %1 are shown. Type more to narrow it down.")
                              .arg(Display::number(m_result.matches.size()))
                        : tr("%1 customers match; pick one.").arg(Display::number(m_result.matches.size())),
                    false);
    }
    m_matches->setVisible(m_result.matches.size() > 1);
    if (m_result.matches.isEmpty()) {
        showMatch(-1);
        return;
    }
    m_matches->setCurrentRow(keep);
    showMatch(keep);
}

void SupportDeskView::showMatch(int index)
{
    const bool valid = index >= 0 && index < m_result.matches.size();
    m_detail->setVisible(valid);
    if (!valid) {
        m_orders->setOrders({});
        m_requests->setRequests({});
        updateButtons();
        return;
    }
    const LookupMatch &m = m_result.matches[index];
    QStringList head { m.customer.name };
    if (!m.customer.phone.isEmpty())
        head << Display::phone(m.customer.phone);
    if (!m.customer.nationalId.isEmpty())
        head << Display::isolate(Display::digits(m.customer.nationalId));
    m_customer->setText(head.join(QStringLiteral("  —  ")));
    m_orders->setOrders(m.orders);
    m_ordersTitle->setText(m.orders.isEmpty() ? tr("No orders yet.")
                                              : tr("Orders (%1)").arg(Display::number(m.orders.size())));
    m_requests->setRequests(m.openRequests);
    m_requestsTitle->setText(m.openRequests.isEmpty()
                                 ? tr("No open service requests.")
                                 : tr("Open service requests (%1)").arg(Display::number(m.openRequests.size())));
    // Found by an order number: that order is the one the caller asks about.
    const qint64 wanted = [&]() -> qint64 {
        if (m.matchedOrderNumber.isEmpty())
            return m.orders.isEmpty() ? 0 : m.orders.first().id;
        for (const LookupOrder &o : m.orders)
            if (o.number == m.matchedOrderNumber)
                return o.id;
        return 0;
    }();
    selectOrder(wanted);
    updateButtons();
}

void SupportDeskView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: palette(dark);"));
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("problem", problem);
}

QString SupportDeskView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

int SupportDeskView::currentMatch() const
{
    if (m_result.matches.isEmpty())
        return -1;
    return m_result.matches.size() == 1 ? 0 : m_matches->currentRow();
}

void SupportDeskView::selectMatch(int index)
{
    m_matches->setCurrentRow(index);
}

qint64 SupportDeskView::currentCustomerId() const
{
    const int i = currentMatch();
    return i >= 0 && i < m_result.matches.size() ? m_result.matches[i].customer.id : 0;
}

qint64 SupportDeskView::currentOrderId() const
{
    const QModelIndex index = m_ordersView->selectionModel()->currentIndex();
    return index.isValid() ? m_orders->orderId(index.row()) : 0;
}

void SupportDeskView::selectOrder(qint64 orderId)
{
    const int row = m_orders->rowOf(orderId);
    if (row < 0) {
        m_ordersView->selectionModel()->clear();
        return;
    }
    // selectRow selects nothing in right-to-left; go through the selection model.
    const QModelIndex index = m_orders->index(row, 0);
    m_ordersView->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ordersView->scrollTo(index);
}

void SupportDeskView::updateButtons()
{
    const User &user = m_workspace.user();
    const int match = currentMatch();
    const bool customer = currentCustomerId() != 0;
    const qint64 owner = customer ? m_result.matches[match].customer.ownerId : 0;
    m_openCustomer->setEnabled(customer);
    // Orders belong to the customer's owner; support changes statuses, never orders.
    RoleGate::gateOn(m_newOrder, user, Permission::EditOrders, owner);
    RoleGate::gate(m_newRequest, user, Permission::HandleRequests);
    RoleGate::gate(m_changeStatus, user, Permission::ChangeOrderStatus);
    const int row = m_orders->rowOf(currentOrderId());
    m_openOrder->setEnabled(row >= 0);
    for (QPushButton *button : { m_newOrder, m_newRequest })
        if (button->isEnabled())
            button->setEnabled(customer);
    if (m_changeStatus->isEnabled())
        m_changeStatus->setEnabled(row >= 0);
}

void SupportDeskView::changeSelectedOrderStatus()
{
    const int row = m_orders->rowOf(currentOrderId());
    if (row < 0)
        return;
    const LookupOrder order = m_orders->orders().at(row);
    ChangeStatusDialog ask(order.number, order.status, this);
    if (ask.exec() == QDialog::Accepted)
        changeOrderStatus(order.id, ask.status(), ask.note());
}

bool SupportDeskView::changeOrderStatus(qint64 orderId, OrderStatus to, const QString &note)
{
    // The version of the row on screen: a change someone else made since is not overwritten.
    const int row = m_orders->rowOf(orderId);
    const qint64 shown = row >= 0 ? m_orders->orders().at(row).version : 0;
    const OrderStatusAction::Result result = OrderStatusAction::apply(m_workspace, orderId, to, note, shown);
    if (result.moved())
        return true; // orderChanged refreshed the rows
    if (!result.conflict
        || ConcurrentChangeBox::ask(*result.conflict, this,
                                    tr("Reload: show the customer's orders as they are saved now.\nKeep editing: "
                                       "the list stays as it is; changing the status again is refused until you "
                                       "reload."))
            == ConcurrentChangeBox::Choice::Reload) {
        runLookup(currentCustomerId()); // show what is stored now
        selectOrder(orderId);
    }
    showMessage(result.refusal, true);
    return false;
}

void SupportDeskView::refreshFor(qint64 customerId)
{
    if (customerId == 0 || customerId != currentCustomerId())
        return;
    const qint64 order = currentOrderId();
    runLookup(customerId);
    if (order)
        selectOrder(order);
}

void SupportDeskView::showQueue()
{
    m_tabs->setCurrentWidget(m_queue);
}

} // namespace peyvand
