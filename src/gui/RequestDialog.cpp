#include "RequestDialog.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "RequestStatusFlow.h"
#include "RoleGate.h"
#include "StatusStyle.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand {

RequestDialog::RequestDialog(Workspace &workspace, qint64 requestId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(requestId)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_assignee(new QComboBox(this))
    , m_notes(new QTableWidget(0, 3, this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestDialog"));
    resize(760, 620);

    m_title->setObjectName(QStringLiteral("requestTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("requestStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("requestDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    const auto addStatusButton = [&](RequestStatus status, const QString &text, const char *name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, status] { setStatus(status); });
        m_statusButtons.insert(status, button);
        actions->addWidget(button);
    };
    addStatusButton(RequestStatus::InProgress, tr("Start work"), "startButton");
    addStatusButton(RequestStatus::Resolved, tr("Resolve"), "resolveButton");
    addStatusButton(RequestStatus::Open, tr("Reopen"), "reopenButton");
    actions->addSpacing(16);
    actions->addWidget(new QLabel(tr("Assignee:"), this));
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->addItem(tr("Nobody yet"), 0);
    for (const User &u : m_workspace.users())
        m_assignee->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    actions->addWidget(m_assignee);
    actions->addStretch(1);
    auto *customer = new QPushButton(tr("Open customer"), this);
    customer->setObjectName(QStringLiteral("openCustomerButton"));
    customer->setAutoDefault(false);
    m_openOrder = new QPushButton(tr("Open order"), this);
    m_openOrder->setObjectName(QStringLiteral("openOrderButton"));
    m_openOrder->setAutoDefault(false);
    actions->addWidget(m_openOrder);
    actions->addWidget(customer);

    m_notes->setObjectName(QStringLiteral("notesTable"));
    m_notes->setHorizontalHeaderLabels({ tr("When"), tr("By"), tr("Note") });
    m_notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setWordWrap(false);
    m_notes->verticalHeader()->hide();
    m_notes->horizontalHeader()->setStretchLastSection(true);
    m_notes->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_notes->setColumnWidth(0, 150);
    m_notes->setColumnWidth(1, 140);

    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What was done or said…"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_addNote = new QPushButton(tr("Add note"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    auto *notesBox = new QGroupBox(tr("Notes"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(noteRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_description);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(notesBox, 1);
    layout->addWidget(buttons);

    connect(customer, &QPushButton::clicked, this, [this] {
        if (m_found)
            emit openCustomer(m_request.customerId);
    });
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (m_found && m_request.orderId)
            emit openOrder(*m_request.orderId);
    });
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        if (addNote(m_note->toPlainText()))
            m_note->clear();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    connect(m_assignee, &QComboBox::activated, this,
            [this](int index) { assign(m_assignee->itemData(index).toLongLong()); });
    reload();
}

void RequestDialog::reload()
{
    std::optional<ServiceRequest> r;
    try {
        r = m_workspace.store().serviceRequests().get(m_id);
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Database error"),
                             tr("The request could not be read:\n%1").arg(QString::fromUtf8(e.what())));
    }
    m_found = r.has_value();
    m_request = r.value_or(ServiceRequest {});
    m_addNote->setEnabled(m_found && !m_note->toPlainText().trimmed().isEmpty());
    if (!m_found) {
        setWindowTitle(tr("Service request"));
        m_title->setText(tr("There is no service request number %1.").arg(Display::digits(QString::number(m_id))));
        for (QPushButton *b : std::as_const(m_statusButtons))
            b->setEnabled(false);
        m_assignee->setEnabled(false);
        m_openOrder->setEnabled(false);
        return;
    }
    const ServiceRequest &q = m_request;
    setWindowTitle(tr("Service request %1").arg(Display::digits(QString::number(q.id))));
    m_title->setText(q.subject);
    m_status->setText(Display::label(q.status));
    const QVariant color = StatusStyle::requestColor(q.status);
    m_status->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.value<QColor>().name())
                                            : QString());
    const auto customer = m_workspace.store().customers().get(q.customerId);
    QStringList details;
    details << tr("Customer: %1").arg(customer ? customer->displayName() : QString());
    if (q.orderId) {
        const auto order = m_workspace.store().orders().get(*q.orderId);
        if (order)
            details << tr("Order: %1 (%2)")
                           .arg(Display::isolate(Display::digits(order->number)), Display::label(order->status));
    }
    details << tr("Priority: %1").arg(Display::label(q.priority));
    details << tr("Opened: %1").arg(Display::dateTime(q.createdAt));
    if (q.resolvedAt.isValid())
        details << tr("Resolved: %1").arg(Display::dateTime(q.resolvedAt));
    m_details->setText(details.join(QStringLiteral("    ")));
    m_description->setText(q.description);
    m_description->setVisible(!q.description.isEmpty());
    // Reading is everyone's; working on a request is handle_requests.
    const User &user = m_workspace.user();
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it)
        RoleGate::gate(it.value(), user, Permission::HandleRequests, RequestStatusFlow::canMove(q.status, it.key()));
    RoleGate::apply(m_assignee, RoleGate::decideField(user, Permission::HandleRequests));
    RoleGate::gate(m_note, user, Permission::HandleRequests);
    RoleGate::gate(m_addNote, user, Permission::HandleRequests);
    if (m_addNote->isEnabled())
        m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
    int index = m_assignee->findData(q.assigneeId);
    if (index < 0) { // an inactive user still shows by name
        m_assignee->addItem(m_workspace.userName(q.assigneeId), q.assigneeId);
        index = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(index);
    m_openOrder->setEnabled(q.orderId.has_value());

    m_notes->setRowCount(int(q.notes.size()));
    for (int i = 0; i < q.notes.size(); ++i) {
        const RequestNote &n = q.notes[i];
        m_notes->setItem(i, 0, new QTableWidgetItem(Display::dateTime(n.at)));
        m_notes->setItem(i, 1, new QTableWidgetItem(n.authorId ? m_workspace.userName(n.authorId) : QString()));
        auto *text = new QTableWidgetItem(n.text);
        text->setToolTip(n.text);
        m_notes->setItem(i, 2, text);
    }
    m_notes->scrollToBottom();
}

QString RequestDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RequestDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

template<typename F> bool RequestDialog::change(F &&apply)
{
    if (!m_found)
        return false;
    showError({});
    try {
        apply();
    } catch (const ConcurrentChangeError &e) {
        // Someone else changed the request since it was shown: nothing was
        // written; reload only when the user says so (their note stays otherwise).
        if (ConcurrentChangeBox::ask(e, this) == ConcurrentChangeBox::Choice::Reload) {
            m_note->clear();
            reload();
        }
        showError(Display::error(e));
        return false;
    } catch (const ValidationError &e) {
        reload();
        showError(Display::error(e));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return false;
    }
    reload();
    emit m_workspace.requestChanged(m_id, m_request.customerId);
    return true;
}

bool RequestDialog::setStatus(RequestStatus status)
{
    return change(
        [&] { m_workspace.requests().setStatus(m_id, status, m_workspace.user().id, {}, m_request.version); });
}

bool RequestDialog::addNote(const QString &text)
{
    return change([&] { m_workspace.requests().addNote(m_id, m_workspace.user().id, text, m_request.version); });
}

bool RequestDialog::assign(qint64 userId)
{
    if (m_found && userId == m_request.assigneeId)
        return true;
    return change([&] { m_workspace.requests().assign(m_id, userId, m_request.version); });
}

} // namespace peyvand
