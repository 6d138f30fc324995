#include "CustomerPage.h"

#include "AccessPolicy.h"
#include "ContactTableModel.h"
#include "CustomerDetailsView.h"
#include "CustomerHeader.h"
#include "DatabaseError.h"
#include "DealTableModel.h"
#include "Display.h"
#include "OrderTableModel.h"
#include "RoleGate.h"
#include "TimelineModel.h"
#include "VcardExport.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kOrderLimit = 200;

QPushButton *makeButton(const QString &text, const char *objectName, const QKeySequence &shortcut, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    if (!shortcut.isEmpty()) {
        button->setShortcut(shortcut);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    }
    return button;
}

} // namespace

template<typename F> void CustomerPage::guarded(F &&load)
{
    try {
        load();
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Database error"),
                             tr("The customer's data could not be read:\n%1").arg(QString::fromUtf8(e.what())));
    }
}

CustomerPage::CustomerPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("customerPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *back = makeButton(tr("Back"), "backButton", QKeySequence::Back, this);
    connect(back, &QPushButton::clicked, this, &CustomerPage::backRequested);
    top->addWidget(back, 0, Qt::AlignTop);
    m_header = new CustomerHeader(this);
    m_header->setObjectName(QStringLiteral("customerHeader"));
    top->addWidget(m_header, 1);
    layout->addLayout(top);

    m_actions = buildActions();
    layout->addWidget(m_actions);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_details = new CustomerDetailsView(m_workspace, m_tabs);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(buildContactsTab(), tr("Buying center"));
    m_tabs->addTab(buildDealsTab(), tr("Deals"));
    m_tabs->addTab(buildOrdersTab(), tr("Orders"));
    m_tabs->addTab(buildTimelineTab(), tr("Timeline"));
    m_stack->addWidget(m_tabs);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(&m_workspace, &Workspace::customerChanged, this, [this](qint64 customerId) {
        if (customerId != m_id)
            return;
        if (m_found)
            guarded([this] { loadCustomer(); });
        else
            reload(); // it exists now: load its deals, orders and timeline too
    });
    connect(&m_workspace, &Workspace::dealChanged, this, [this](qint64, qint64 customerId) {
        if (customerId == m_id && m_found)
            guarded([this] {
                loadDeals();
                loadTimeline();
            });
    });
    connect(&m_workspace, &Workspace::activityChanged, this, [this](qint64, qint64 customerId) {
        if (customerId == m_id && m_found)
            guarded([this] { loadTimeline(); });
    });
    connect(&m_workspace, &Workspace::orderChanged, this, [this](qint64, qint64 customerId) {
        if (customerId == m_id && m_found)
            guarded([this] {
                loadOrders();
                loadTimeline();
            });
    });
    connect(&m_workspace, &Workspace::requestChanged, this, [this](qint64, qint64 customerId) {
        if (customerId == m_id && m_found)
            guarded([this] { loadTimeline(); });
    });
    connect(&m_workspace, &Workspace::dataReset, this, [this] {
        if (m_id)
            reload();
    });
    showCustomer(0);
}

QWidget *CustomerPage::buildActions()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("actionsBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &text, const char *name, const QKeySequence &keys, auto signal) {
        auto *button = makeButton(text, name, keys, bar);
        connect(button, &QPushButton::clicked, this, [this, signal] { emit(this->*signal)(m_id); });
        row->addWidget(button);
        return button;
    };
    m_edit = add(tr("Edit"), "editButton", QKeySequence(QStringLiteral("Ctrl+E")), &CustomerPage::editRequested);
    m_logActivity = add(tr("Log activity"), "logActivityButton", QKeySequence() /* Ctrl+L is the window's */,
                        &CustomerPage::logActivityRequested);
    m_newDeal = add(tr("New deal"), "newDealButton", QKeySequence(QStringLiteral("Ctrl+Shift+D")),
                    &CustomerPage::newDealRequested);
    m_newRequest
        = add(tr("New service request"), "newRequestButton", QKeySequence(), &CustomerPage::newRequestRequested);
    m_addContact = add(tr("Add contact"), "addContactButton", QKeySequence(QStringLiteral("Ctrl+Shift+C")),
                       &CustomerPage::addContactRequested);
    row->addStretch(1);
    // Who changed this customer and when; shown to roles that may read the audit trail.
    m_history = add(tr("History…"), "historyButton", QKeySequence(), &CustomerPage::historyRequested);
    m_history->setToolTip(tr("Who changed this customer, when, and what"));
    return bar;
}

QTableView *CustomerPage::makeTable(const char *objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(QLatin1String(objectName));
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

QWidget *CustomerPage::buildContactsTab()
{
    m_contactsTab = new QWidget(this);
    auto *layout = new QVBoxLayout(m_contactsTab);
    m_contactSummary = new QLabel(m_contactsTab);
    m_contactSummary->setObjectName(QStringLiteral("buyingCenterSummary"));
    m_contactSummary->setWordWrap(true);
    QFont bold = m_contactSummary->font();
    bold.setBold(true);
    m_contactSummary->setFont(bold);
    layout->addWidget(m_contactSummary);
    m_contacts = new ContactTableModel(this);
    m_contactsView = makeTable("contactsView");
    m_contactsView->setModel(m_contacts);
    connect(m_contactsView, &QTableView::doubleClicked, this, &CustomerPage::openContact);
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(keys, m_contactsView);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] { openContact(m_contactsView->currentIndex()); });
    }
    layout->addWidget(m_contactsView, 1);

    m_importContacts
        = makeButton(tr("Import contact persons from vCard…"), "importContactsVcardButton", {}, m_contactsTab);
    m_importContacts->setToolTip(tr("Add the people of a vCard file (a phone's or Outlook's contacts) to this "
                                    "company's buying center"));
    connect(m_importContacts, &QPushButton::clicked, this, [this] { emit importContactsRequested(m_id); });
    m_exportContacts
        = makeButton(tr("Export contact persons as vCard…"), "exportContactsVcardButton", {}, m_contactsTab);
    connect(m_exportContacts, &QPushButton::clicked, this, [this] {
        if (!m_vcardExport)
            m_vcardExport = new VcardExport(m_workspace.store().openLocation(), this);
        if (const auto target = m_vcardExport->chooseFile(tr("contact-persons.vcf")))
            exportContactsTo(target->path, target->version);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importContacts);
    buttons->addWidget(m_exportContacts);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return m_contactsTab;
}

bool CustomerPage::isExporting() const
{
    return m_vcardExport && m_vcardExport->isRunning();
}

void CustomerPage::exportContactsTo(const QString &path, VcardVersion version)
{
    if (!m_found || isExporting())
        return;
    if (!m_vcardExport)
        m_vcardExport = new VcardExport(m_workspace.store().openLocation(), this);
    connect(m_vcardExport, &VcardExport::finished, this, &CustomerPage::contactsExported, Qt::SingleShotConnection);
    m_vcardExport->setUser(m_workspace.user());
    m_vcardExport->exportContacts({ path, version }, m_id);
}

QWidget *CustomerPage::buildDealsTab()
{
    m_dealsTab = new QWidget(this);
    auto *layout = new QVBoxLayout(m_dealsTab);
    m_dealSummary = new QLabel(m_dealsTab);
    m_dealSummary->setObjectName(QStringLiteral("dealsSummary"));
    layout->addWidget(m_dealSummary);
    m_deals = new DealTableModel(this);
    m_dealsView = makeTable("dealsView");
    m_dealsView->setModel(m_deals);
    layout->addWidget(m_dealsView, 1);
    m_orderFromDeal = makeButton(tr("New order from this deal…"), "orderFromDealButton", {}, m_dealsTab);
    m_orderFromDeal->setToolTip(tr("Select a won deal to turn it into an order"));
    m_orderFromDeal->setEnabled(false);
    layout->addWidget(m_orderFromDeal, 0, Qt::AlignLeading);
    connect(m_dealsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerPage::updateOrderFromDeal);
    connect(m_orderFromDeal, &QPushButton::clicked, this, [this] {
        if (const qint64 deal = selectedWonDeal())
            emit newOrderFromDealRequested(deal);
    });
    return m_dealsTab;
}

QWidget *CustomerPage::buildOrdersTab()
{
    m_ordersTab = new QWidget(this);
    auto *layout = new QVBoxLayout(m_ordersTab);
    m_orders = new OrderTableModel(this);
    m_ordersView = makeTable("ordersView");
    m_ordersView->setModel(m_orders);
    m_ordersView->setToolTip(tr("Double-click an order to open it"));
    connect(m_ordersView, &QTableView::doubleClicked, this, &CustomerPage::openOrder);
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(keys, m_ordersView);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] { openOrder(m_ordersView->currentIndex()); });
    }
    layout->addWidget(m_ordersView, 1);
    m_newOrder = makeButton(tr("New order…"), "newOrderButton", {}, m_ordersTab);
    connect(m_newOrder, &QPushButton::clicked, this, [this] { emit newOrderRequested(m_id); });
    layout->addWidget(m_newOrder, 0, Qt::AlignLeading);
    return m_ordersTab;
}

QWidget *CustomerPage::buildTimelineTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_timeline = new TimelineModel(m_workspace, this);
    m_timelineView = makeTable("timelineView");
    m_timelineView->setModel(m_timeline);
    m_timelineView->setIconSize(QSize(18, 18));
    layout->addWidget(m_timelineView, 1);
    m_moreTimeline = makeButton(tr("Show more"), "moreTimelineButton", {}, tab);
    connect(m_moreTimeline, &QPushButton::clicked, this, &CustomerPage::showMoreTimeline);
    layout->addWidget(m_moreTimeline, 0, Qt::AlignLeading);
    return tab;
}

void CustomerPage::showCustomer(qint64 id)
{
    m_id = id;
    m_timelineLimit = TimelinePage;
    reload();
}

void CustomerPage::reload()
{
    guarded([this] {
        loadCustomer();
        if (!m_found)
            return;
        loadDeals();
        loadOrders();
        loadTimeline();
    });
}

void CustomerPage::loadCustomer()
{
    const auto customer = m_id > 0 ? m_workspace.store().customers().get(m_id) : std::nullopt;
    m_found = customer.has_value();
    if (!customer) {
        m_header->clear();
        m_details->clear();
        m_contacts->setContacts({});
        m_deals->setDeals({}, {});
        m_orders->setOrders({});
        m_timeline->setEntries({});
        m_actions->setEnabled(false);
        m_actions->hide();
        m_message->setText(m_id > 0 ? tr("There is no customer number %1. It may have been removed, or the "
                                         "number is wrong.")
                                          .arg(Display::digits(QString::number(m_id)))
                                    : tr("No customer is selected."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const bool legal = customer->kind == CustomerKind::Legal;
    m_legal = legal;
    m_ownerId = customer->ownerId;
    m_header->setCustomer(*customer, customer->ownerId ? m_workspace.userName(customer->ownerId) : QString());
    m_details->setCustomer(*customer);
    m_actions->setEnabled(true);
    m_actions->show();
    m_tabs->setTabVisible(m_tabs->indexOf(m_contactsTab), legal);
    m_contacts->setContacts(legal ? m_workspace.contacts().forCustomer(m_id) : QList<ContactPerson>());
    m_contactSummary->setText(m_contacts->rowCount() ? m_contacts->summary()
                                                     : tr("No contacts yet: add the people who take part in "
                                                          "buying."));
    m_contactsView->resizeColumnsToContents();
    setTabTitle(m_contactsTab, tr("Buying center"), m_contacts->rowCount());
    applyRole();
    m_stack->setCurrentWidget(m_tabs);
}

void CustomerPage::applyRole()
{
    const User &user = m_workspace.user();
    RoleGate::gateOn(m_edit, user, Permission::EditCustomers, m_ownerId);
    RoleGate::gate(m_logActivity, user, Permission::LogActivities);
    RoleGate::gate(m_newDeal, user, Permission::EditDeals); // the new deal is the user's own
    RoleGate::gate(m_newRequest, user, Permission::HandleRequests);
    RoleGate::gateOn(m_addContact, user, Permission::EditCustomers, m_ownerId, m_legal);
    RoleGate::gate(m_importContacts, user, Permission::ImportData);
    RoleGate::gate(m_history, user, Permission::ViewAudit);
    RoleGate::gateOn(m_newOrder, user, Permission::EditOrders,
                     m_ownerId); // an order without a deal: the customer's owner's
    const bool editContacts = AccessPolicy::allowsOn(user, Permission::EditCustomers, m_ownerId);
    m_contactsView->setToolTip(editContacts ? tr("Double-click a contact to edit it") : QString());
    const bool amounts = RoleGate::showsDealAmounts(user);
    m_deals->setShowAmounts(amounts);
    m_dealsView->setColumnHidden(DealTableModel::AmountColumn, !amounts);
    updateOrderFromDeal();
    updateExportContacts();
}

void CustomerPage::updateOrderFromDeal()
{
    // The order will be the deal's owner's.
    const qint64 deal = selectedWonDeal();
    qint64 owner = m_ownerId;
    for (const Deal &d : m_deals->deals())
        if (d.id == deal)
            owner = d.ownerId;
    RoleGate::gateOn(m_orderFromDeal, m_workspace.user(), Permission::EditOrders, owner);
    if (m_orderFromDeal->isEnabled())
        m_orderFromDeal->setEnabled(deal != 0);
}

void CustomerPage::updateExportContacts()
{
    RoleGate::gate(m_exportContacts, m_workspace.user(), Permission::ExportData);
    if (m_exportContacts->isEnabled())
        m_exportContacts->setEnabled(m_contacts->rowCount() > 0);
}

void CustomerPage::loadDeals()
{
    QList<Deal> deals = m_workspace.deals().forCustomer(m_id, false);
    QHash<qint64, QString> stageNames;
    qint64 openCount = 0;
    qint64 openAmount = 0;
    for (const Deal &d : deals) {
        if (!stageNames.contains(d.stageId)) {
            const auto stage = m_workspace.store().pipelines().stage(d.stageId);
            stageNames.insert(d.stageId, stage ? stage->name : QString());
        }
        if (d.status == DealStatus::Open) {
            ++openCount;
            openAmount += d.amount;
        }
    }
    const qsizetype total = deals.size();
    m_deals->setDeals(std::move(deals), stageNames);
    updateOrderFromDeal();
    if (total == 0)
        m_dealSummary->setText(tr("No deals yet."));
    else if (RoleGate::showsDealAmounts(m_workspace.user()))
        m_dealSummary->setText(
            tr("Open deals: %1, worth %2").arg(Display::number(openCount), Display::money(openAmount)));
    else
        m_dealSummary->setText(tr("Open deals: %1").arg(Display::number(openCount)));
    m_dealsView->resizeColumnsToContents();
    setTabTitle(m_dealsTab, tr("Deals"), total);
}

void CustomerPage::loadOrders()
{
    m_orders->setOrders(m_workspace.store().orders().forCustomer(m_id, kOrderLimit));
    m_ordersView->resizeColumnsToContents();
    setTabTitle(m_ordersTab, tr("Orders"), m_orders->rowCount());
}

void CustomerPage::loadTimeline()
{
    const int scroll = m_timelineView->verticalScrollBar()->value();
    QList<TimelineEntry> entries = m_workspace.timeline().latest(m_id, m_timelineLimit);
    const bool more = entries.size() >= m_timelineLimit;
    m_timeline->setEntries(std::move(entries));
    m_timelineView->resizeColumnToContents(TimelineModel::WhenColumn);
    m_timelineView->resizeColumnToContents(TimelineModel::WhoColumn);
    m_timelineView->verticalScrollBar()->setValue(scroll);
    m_moreTimeline->setEnabled(more);
}

void CustomerPage::showMoreTimeline()
{
    m_timelineLimit += TimelinePage;
    guarded([this] { loadTimeline(); });
}

void CustomerPage::openContact(const QModelIndex &index)
{
    if (!index.isValid() || !AccessPolicy::allowsOn(m_workspace.user(), Permission::EditCustomers, m_ownerId))
        return;
    if (const qint64 id = m_contacts->contactId(index.row()))
        emit editContactRequested(id);
}

void CustomerPage::openOrder(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const qint64 id = m_orders->orderId(index.row()))
        emit openOrderRequested(id);
}

qint64 CustomerPage::selectedWonDeal() const
{
    const QModelIndex index = m_dealsView->selectionModel()->currentIndex();
    if (!index.isValid() || index.row() >= m_deals->deals().size())
        return 0;
    const Deal &deal = m_deals->deals().at(index.row());
    return deal.status == DealStatus::Won ? deal.id : 0;
}

void CustomerPage::setTabTitle(QWidget *tab, const QString &title, qsizetype count)
{
    const int index = m_tabs->indexOf(tab);
    m_tabs->setTabText(index, count > 0 ? tr("%1 (%2)").arg(title, Display::number(count)) : title);
}

} // namespace peyvand
