#include "AuditView.h"

#include "AuditChangeModel.h"
#include "AuditLabels.h"
#include "AuditListModel.h"
#include "AuditService.h"
#include "Display.h"
#include "JalaliDateEdit.h"
#include "PersianText.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace peyvand {

namespace {

QTableView *makeTable(const char *objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return view;
}

} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditListModel(workspace, this))
    , m_changes(new AuditChangeModel(workspace, this))
    , m_entity(new QComboBox(this))
    , m_recordId(new QLineEdit(this))
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(makeTable("auditTable", this))
    , m_detailTitle(new QLabel(this))
    , m_changesTable(makeTable("auditChangesTable", this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Audit trail"), this);
    title->setObjectName(QStringLiteral("auditTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(buildFilters());

    auto *info = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    info->addWidget(m_count);
    info->addWidget(m_error, 1);
    info->addStretch();
    layout->addLayout(info);

    m_table->setModel(m_model);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    m_table->setColumnWidth(AuditListModel::TimeColumn, 140);
    m_table->setColumnWidth(AuditListModel::UserColumn, 130);
    m_table->setColumnWidth(AuditListModel::ActionColumn, 110);
    m_table->setColumnWidth(AuditListModel::RecordColumn, 260);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, &AuditView::applyFilters);
    for (QComboBox *combo : { m_entity, m_user, m_action })
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    connect(m_recordId, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_recordId, &QLineEdit::returnPressed, this, &AuditView::applyFilters);
    for (JalaliDateEdit *edit : { m_from, m_to }) {
        connect(edit, &JalaliDateEdit::dateChanged, this, &AuditView::applyFilters);
        connect(edit, &JalaliDateEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current.isValid() ? current.row() : -1); });
    connect(m_model, &AuditListModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            showEntry(-1);
    });
    connect(
        m_model, &AuditListModel::failed, this,
        [this] {
            if (!m_model->errorText().isEmpty()) // still failing when the queued signal arrives
                setError(m_model->errorText());
        },
        Qt::QueuedConnection);
    connect(&m_workspace, &Workspace::customerChanged, this, &AuditView::markStale);
    connect(&m_workspace, &Workspace::dealChanged, this, &AuditView::markStale);
    connect(&m_workspace, &Workspace::activityChanged, this, &AuditView::markStale);
    connect(&m_workspace, &Workspace::orderChanged, this, &AuditView::markStale);
    connect(&m_workspace, &Workspace::requestChanged, this, &AuditView::markStale);
    connect(&m_workspace, &Workspace::dataReset, this, [this] {
        fillUsers();
        markStale();
    });
    fillUsers();
    updateCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        showEntry(-1);
}

QWidget *AuditView::buildFilters()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("auditFilters"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto label = [&](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        row->addWidget(l);
    };

    m_entity->setObjectName(QStringLiteral("auditEntityCombo"));
    m_entity->addItem(tr("All records"), QString());
    for (const QString &code : AuditLabels::entities())
        m_entity->addItem(AuditLabels::entity(code), code);
    m_recordId->setObjectName(QStringLiteral("auditRecordIdEdit"));
    m_recordId->setPlaceholderText(tr("Any ID"));
    m_recordId->setClearButtonEnabled(true);
    m_recordId->setMaximumWidth(110);
    m_recordId->setLayoutDirection(Qt::LeftToRight); // a number
    m_recordId->setToolTip(tr("The record's ID (with a record kind)"));
    label(tr("&Record:"), m_entity);
    row->addWidget(m_entity);
    row->addWidget(m_recordId);

    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    label(tr("&User:"), m_user);
    row->addWidget(m_user);

    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &code : AuditLabels::actions())
        m_action->addItem(AuditLabels::action(code), code);
    label(tr("&Action:"), m_action);
    row->addWidget(m_action);

    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    for (JalaliDateEdit *edit : { m_from, m_to }) {
        edit->setMaximumWidth(140);
        edit->lineEdit()->setPlaceholderText(tr("Any date"));
    }
    label(tr("&From:"), m_from->lineEdit());
    row->addWidget(m_from);
    label(tr("&To:"), m_to->lineEdit());
    row->addWidget(m_to);
    row->addStretch(1);
    auto *clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("auditClearButton"));
    connect(clear, &QPushButton::clicked, this, &AuditView::clearFilters);
    row->addWidget(clear);
    return bar;
}

QWidget *AuditView::buildDetail()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("auditDetail"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle->setObjectName(QStringLiteral("auditDetailTitle"));
    m_detailTitle->setWordWrap(true);
    layout->addWidget(m_detailTitle);
    m_changesTable->setModel(m_changes);
    m_changesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_changesTable->setColumnWidth(AuditChangeModel::FieldColumn, 170);
    m_changesTable->setColumnWidth(AuditChangeModel::OldColumn, 380);
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_changesTable, 1);
    return box;
}

void AuditView::fillUsers()
{
    const qint64 current = m_user->currentData().toLongLong();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"), qint64(0));
    // Everyone who ever signed in, the disabled too: their changes stay in the trail.
    QList<User> users = m_workspace.store().users().all();
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) {
        return PersianText::sortKey(a.fullName.isEmpty() ? a.username : a.fullName)
            < PersianText::sortKey(b.fullName.isEmpty() ? b.username : b.fullName);
    });
    for (const User &u : users)
        m_user->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
}

void AuditView::applyFilters()
{
    if (m_applying)
        return;
    m_timer->stop();
    AuditQuery q;
    q.entity = m_entity->currentData().toString();
    q.userId = m_user->currentData().toLongLong();
    q.action = m_action->currentData().toString();
    const QString idText = PersianText::toLatinDigits(m_recordId->text().trimmed());
    if (!idText.isEmpty()) {
        bool ok = false;
        q.entityId = idText.toLongLong(&ok);
        if (!ok || q.entityId <= 0)
            return setError(tr("The record ID must be a whole number."));
        if (q.entity.isEmpty())
            return setError(tr("Choose which kind of record the ID belongs to."));
    }
    const QString dateError = !m_from->errorText().isEmpty() ? m_from->errorText() : m_to->errorText();
    if (!dateError.isEmpty())
        return setError(dateError); // keep the last good list while a date is being typed
    try {
        AuditService::restrictToDays(q, m_from->date(), m_to->date());
    } catch (const ValidationError &e) {
        return setError(Display::error(e));
    }
    setError({});
    m_stale = false;
    m_model->setQuery(q);
    if (!m_model->errorText().isEmpty())
        setError(m_model->errorText());
}

void AuditView::showRecord(const QString &entity, qint64 id)
{
    m_applying = true;
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
    m_recordId->setText(id > 0 ? Display::digits(QString::number(id)) : QString());
    m_user->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_from->setDate({});
    m_to->setDate({});
    m_applying = false;
    applyFilters();
}

void AuditView::clearFilters()
{
    showRecord({}, 0);
}

void AuditView::reload()
{
    m_stale = false;
    m_model->reload();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AuditView::markStale()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void AuditView::showEntry(int row)
{
    const AuditListModel::Row *r = m_model->row(row);
    if (!r) {
        m_changes->clear();
        m_detailTitle->setText(m_model->rowCount() > 0 ? tr("Select an entry to see what changed.") : QString());
        return;
    }
    const QModelIndex first = m_model->index(row, 0);
    const QString user = m_model->data(first.siblingAtColumn(AuditListModel::UserColumn)).toString();
    m_detailTitle->setText(
        tr("%1 — %2, by %3 at %4")
            .arg(AuditLabels::action(r->entry.action), r->record, user, Display::dateTime(r->entry.at)));
    m_changes->setChanges(r->entry.entity, r->changes);
}

void AuditView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total == 0)
        m_count->setText(tr("No entries match."));
    else if (m_model->countIsExact())
        m_count->setText(tr("%1 entries").arg(Display::number(total)));
    else
        m_count->setText(tr("More than %1 entries").arg(Display::number(total)));
    if (!m_model->errorText().isEmpty())
        setError(m_model->errorText());
}

void AuditView::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace peyvand
