#include "RequestQueueView.h"

#include "DatabaseError.h"
#include "Display.h"
#include "RequestTableModel.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

RequestQueueView::RequestQueueView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_assignee(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RequestTableModel(workspace, this))
{
    setObjectName(QStringLiteral("requestQueueView"));
    auto *bar = new QHBoxLayout;
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->addItem(tr("Everyone's"), Anyone);
    m_assignee->addItem(tr("Mine"), Mine);
    m_assignee->addItem(tr("Nobody's yet"), Unassigned);
    for (const User &u : m_workspace.users())
        m_assignee->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    auto *assigneeLabel = new QLabel(tr("&Assignee:"), this);
    assigneeLabel->setBuddy(m_assignee);
    auto *add = new QPushButton(tr("New service request…"), this);
    add->setObjectName(QStringLiteral("newRequestButton"));
    RoleGate::gate(add, m_workspace.user(), Permission::HandleRequests);
    m_count->setObjectName(QStringLiteral("queueCount"));
    bar->addWidget(assigneeLabel);
    bar->addWidget(m_assignee);
    bar->addSpacing(16);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(add);

    m_table->setObjectName(QStringLiteral("requestQueue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setColumnWidth(RequestTableModel::PriorityColumn, 70);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RequestTableModel::CustomerColumn, 190);
    m_table->setColumnWidth(RequestTableModel::OrderColumn, 90);
    m_table->setColumnWidth(RequestTableModel::StatusColumn, 100);
    m_table->setColumnWidth(RequestTableModel::AssigneeColumn, 130);
    m_table->setColumnWidth(RequestTableModel::OpenedColumn, 130);
    m_table->setColumnWidth(RequestTableModel::UpdatedColumn, 130);
    m_table->setToolTip(tr("Double-click a request to open it"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_assignee, &QComboBox::currentIndexChanged, this, &RequestQueueView::reload);
    connect(add, &QPushButton::clicked, this, &RequestQueueView::newRequestRequested);
    connect(m_table, &QTableView::doubleClicked, this, &RequestQueueView::openCurrent);
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(keys, m_table);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &RequestQueueView::openCurrent);
    }
    connect(&m_workspace, &Workspace::requestChanged, this, &RequestQueueView::reload);
    connect(&m_workspace, &Workspace::dataReset, this, &RequestQueueView::reload);
    reload();
}

void RequestQueueView::setAssigneeFilter(qint64 filter)
{
    const int index = m_assignee->findData(filter);
    if (index >= 0)
        m_assignee->setCurrentIndex(index);
}

void RequestQueueView::reload()
{
    qint64 filter = m_assignee->currentData().toLongLong();
    if (filter == Mine)
        filter = m_workspace.user().id;
    QList<ServiceRequest> shown;
    try {
        // The queue is short (requests waiting for someone); filtering here keeps one repository call.
        for (ServiceRequest &r : m_workspace.requests().queue(QueueLimit))
            if (filter == Anyone || r.assigneeId == filter)
                shown << std::move(r);
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Database error"),
                             tr("The queue could not be read:\n%1").arg(QString::fromUtf8(e.what())));
    }
    m_count->setText(tr("Open requests: %1").arg(Display::number(shown.size())));
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() ? m_model->requestId(current.row()) : 0;
    m_model->setRequests(std::move(shown));
    // After a reset (a request came or went) the one that was selected stays selected.
    for (int row = 0; selected && row < m_model->rowCount({}); ++row) {
        if (m_model->requestId(row) == selected) {
            if (m_table->currentIndex().row() != row)
                m_table->selectionModel()->setCurrentIndex(
                    m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
}

void RequestQueueView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (const qint64 id = index.isValid() ? m_model->requestId(index.row()) : 0)
        emit openRequest(id);
}

} // namespace peyvand
