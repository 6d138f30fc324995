#include "OrdersView.h"

#include "Display.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kCustomerIdRole = Qt::UserRole + 1;
constexpr int kLimit = 200;

} // namespace

OrdersView::OrdersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_counts(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_lookupMessage(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_number->setObjectName(QStringLiteral("orderNumberEdit"));
    m_number->setPlaceholderText(tr("Order number"));
    m_number->setMaximumWidth(180);
    auto *find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("findOrderButton"));
    m_status->setObjectName(QStringLiteral("orderStatusFilter"));
    for (const auto &row : EnumInfo<OrderStatus>::rows)
        m_status->addItem(Display::label(row.value), toCode(row.value));
    bar->addWidget(new QLabel(tr("Order number:"), this));
    bar->addWidget(m_number);
    bar->addWidget(find);
    bar->addSpacing(24);
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_status);
    bar->addStretch();
    layout->addLayout(bar);
    m_lookupMessage->setObjectName(QStringLiteral("orderLookupMessage"));
    m_lookupMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    m_lookupMessage->hide();
    layout->addWidget(m_lookupMessage);
    m_counts->setObjectName(QStringLiteral("orderCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Number"), tr("Customer"), tr("Total"), tr("Status"), tr("Last change"), tr("Tracking code") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 260);
    m_table->setColumnWidth(2, 170);
    m_table->setColumnWidth(3, 110);
    m_table->setColumnWidth(4, 150);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersView::reload);
    connect(find, &QPushButton::clicked, this, &OrdersView::lookUp);
    connect(m_number, &QLineEdit::returnPressed, this, &OrdersView::lookUp);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { emit openCustomer(m_table->item(row, 0)->data(kCustomerIdRole).toLongLong()); });
    connect(&m_workspace, &Workspace::orderChanged, this, &OrdersView::reload);
    connect(&m_workspace, &Workspace::dataReset, this, &OrdersView::reload);
    reload();
}

void OrdersView::reload()
{
    QStringList counts;
    for (const auto &row : EnumInfo<OrderStatus>::rows)
        counts << QStringLiteral("%1: %2").arg(Display::label(row.value),
                                               Display::number(m_workspace.store().orders().countInStatus(row.value)));
    m_counts->setText(counts.join(QStringLiteral("   ")));

    const auto status = fromCode<OrderStatus>(m_status->currentData().toString()).value_or(OrderStatus::Registered);
    const QList<Order> orders = m_workspace.store().orders().inStatus(status, kLimit);
    m_table->setRowCount(int(orders.size()));
    for (int i = 0; i < orders.size(); ++i) {
        const Order &o = orders[i];
        const auto customer = m_workspace.store().customers().get(o.customerId);
        auto *number = new QTableWidgetItem(Display::digits(o.number));
        number->setData(kCustomerIdRole, o.customerId);
        m_table->setItem(i, 0, number);
        m_table->setItem(i, 1, new QTableWidgetItem(customer ? customer->displayName() : QString()));
        m_table->setItem(i, 2, new QTableWidgetItem(Display::money(o.total)));
        m_table->setItem(i, 3, new QTableWidgetItem(Display::label(o.status)));
        m_table->setItem(i, 4, new QTableWidgetItem(Display::dateTime(o.updatedAt)));
        m_table->setItem(i, 5, new QTableWidgetItem(Display::isolate(o.trackingCode)));
    }
}

void OrdersView::lookUp()
{
    const QString number = m_number->text().trimmed();
    if (number.isEmpty())
        return;
    try {
        const Order order = m_workspace.orders().getByNumber(number);
        m_lookupMessage->hide();
        emit openCustomer(order.customerId);
    } catch (const ValidationError &e) {
        m_lookupMessage->setText(tr("No order with number %1.").arg(Display::digits(number)));
        m_lookupMessage->show();
    }
}

} // namespace peyvand
