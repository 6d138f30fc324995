#include "OrdersView.h"

#include "Display.h"
#include "JalaliDateEdit.h"
#include "OrderListModel.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

OrdersView::OrdersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OrderListModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_count(new QLabel(this))
    , m_dateError(new QLabel(this))
    , m_table(new QTableView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Order number, customer or phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_status->setObjectName(QStringLiteral("orderStatusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (const auto &row : EnumInfo<OrderStatus>::rows)
        m_status->addItem(Display::label(row.value), int(row.value));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setMaximumWidth(150);
    m_to->setMaximumWidth(150);
    // Empty means no bound: say so instead of showing an example date.
    m_from->lineEdit()->setPlaceholderText(tr("Any date"));
    m_to->lineEdit()->setPlaceholderText(tr("Any date"));
    auto *add = new QPushButton(tr("New order…"), this);
    add->setObjectName(QStringLiteral("newOrderButton"));
    RoleGate::gate(add, m_workspace.user(), Permission::EditOrders);
    bar->addWidget(m_search, 2);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from->lineEdit());
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to->lineEdit());
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(add);
    layout->addLayout(bar);

    auto *info = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_dateError->setObjectName(QStringLiteral("dateError"));
    m_dateError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateError->hide();
    info->addWidget(m_count);
    info->addWidget(m_dateError);
    info->addStretch(1);
    layout->addLayout(info);

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OrderListModel::CustomerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setColumnWidth(OrderListModel::NumberColumn, 90);
    m_table->setColumnWidth(OrderListModel::StatusColumn, 100);
    m_table->setColumnWidth(OrderListModel::TotalColumn, 170);
    m_table->setColumnWidth(OrderListModel::CreatedColumn, 100);
    m_table->setColumnWidth(OrderListModel::ChangedColumn, 140);
    m_table->setColumnWidth(OrderListModel::TrackingColumn, 130);
    m_table->setToolTip(tr("Double-click an order to open it"));
    layout->addWidget(m_table, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &OrdersView::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::searchNow);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_model->setStatus(value < 0 ? std::nullopt : std::optional<OrderStatus>(OrderStatus(value)));
    });
    connect(m_from, &JalaliDateEdit::dateChanged, this, &OrdersView::applyDates);
    connect(m_to, &JalaliDateEdit::dateChanged, this, &OrdersView::applyDates);
    connect(m_from, &JalaliDateEdit::textEdited, this, &OrdersView::applyDates);
    connect(m_to, &JalaliDateEdit::textEdited, this, &OrdersView::applyDates);
    connect(add, &QPushButton::clicked, this, &OrdersView::newOrderRequested);
    connect(m_table, &QTableView::doubleClicked, this, &OrdersView::openCurrent);
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(keys, m_table);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &OrdersView::openCurrent);
    }
    connect(m_model, &OrderListModel::modelReset, this, &OrdersView::updateCount);
    connect(
        m_model, &OrderListModel::databaseFailed, this,
        [this](const QString &message) {
            QMessageBox::warning(this, tr("Database error"), tr("The orders could not be read:\n%1").arg(message));
        },
        Qt::QueuedConnection);
    connect(&m_workspace, &Workspace::orderChanged, m_model, [this](qint64 id, qint64) { m_model->refreshOrder(id); });
    connect(&m_workspace, &Workspace::dataReset, this, &OrdersView::reload);
    updateCount();
}

void OrdersView::searchNow()
{
    m_timer->stop();
    m_model->setText(m_search->text());
}

void OrdersView::reload()
{
    m_model->reload();
}

void OrdersView::applyDates()
{
    const QString error = !m_from->errorText().isEmpty() ? m_from->errorText() : m_to->errorText();
    m_dateError->setText(error);
    m_dateError->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return; // keep the last good range while the date is being typed
    m_model->setDateRange(m_from->date(), m_to->date());
}

void OrdersView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (const qint64 id = index.isValid() ? m_model->orderId(index.row()) : 0)
        emit openOrder(id);
}

void OrdersView::updateCount()
{
    m_count->setText(m_model->totalCount() == 0 ? tr("No orders match.")
                                                : tr("%1 orders").arg(Display::number(m_model->totalCount())));
}

} // namespace peyvand
