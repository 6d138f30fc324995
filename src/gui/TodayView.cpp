#include "TodayView.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "FollowUpModel.h"
#include "RescheduleDialog.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kFollowUpLimit = 500;
constexpr int kRecentLimit = 20;
constexpr int kCustomerIdRole = Qt::UserRole + 1;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TodayView::TodayView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new FollowUpModel(this))
    , m_header(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_reschedule(new QPushButton(tr("&Reschedule"), this))
    , m_log(new QPushButton(tr("&Log activity…"), this))
    , m_recent(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_header->setObjectName(QStringLiteral("headerLabel"));
    QFont big = m_header->font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    m_header->setFont(big);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_log->setObjectName(QStringLiteral("logActivityButton"));
    m_log->setToolTip(tr("Log a call, meeting, e-mail… (Ctrl+L)"));
    RoleGate::gate(m_log, m_workspace.user(), Permission::LogActivities);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_done->setToolTip(tr("Mark the selected follow-up done (Ctrl+D)"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleButton"));
    auto *menu = new QMenu(m_reschedule);
    menu->setObjectName(QStringLiteral("rescheduleMenu"));
    menu->addAction(tr("&Tomorrow"), this, [this] { rescheduleSelected(1); })
        ->setObjectName(QStringLiteral("rescheduleTomorrow"));
    menu->addAction(tr("&Next week"), this, [this] { rescheduleSelected(7); })
        ->setObjectName(QStringLiteral("rescheduleNextWeek"));
    menu->addAction(tr("&Pick a date…"), this, &TodayView::pickReschedule)
        ->setObjectName(QStringLiteral("reschedulePick"));
    m_reschedule->setMenu(menu);

    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::ActivityColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FollowUpModel::DueColumn, 150);
    m_table->setColumnWidth(FollowUpModel::CustomerColumn, 180);
    m_table->setColumnWidth(FollowUpModel::StatusColumn, 120);

    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Today"), this);
    title->setFont(big);
    auto *titleLine = new QHBoxLayout;
    titleLine->addWidget(title);
    titleLine->addSpacing(12);
    titleLine->addWidget(m_header); // alone in its label: the date keeps its own direction
    titleLine->addStretch();
    auto *titles = new QVBoxLayout;
    titles->addLayout(titleLine);
    titles->addWidget(m_counts);
    top->addLayout(titles, 1);
    top->addWidget(m_log, 0, Qt::AlignTop);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_reschedule);
    actions->addWidget(m_error);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Follow-ups due"), this));
    layout->addWidget(m_table, 3);
    layout->addLayout(actions);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("My recent activity"), this));
    layout->addWidget(m_recent, 2);

    connect(m_log, &QPushButton::clicked, this, &TodayView::logActivityRequested);
    connect(m_done, &QPushButton::clicked, this, [this] { markDone(currentRow()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCustomer(index.data(FollowUpModel::CustomerIdRole).toLongLong());
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit openCustomer(item->data(kCustomerIdRole).toLongLong()); });
    connect(&m_workspace, &Workspace::activityChanged, this, &TodayView::refresh);
    connect(&m_workspace, &Workspace::customerChanged, this, &TodayView::refresh);
    connect(&m_workspace, &Workspace::dataReset, this, &TodayView::refresh);
    // Catches the day changing (and what other programs logged) while the app runs.
    m_timer->setObjectName(QStringLiteral("refreshTimer"));
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TodayView::refresh);
    m_timer->start();

    refresh();
}

void TodayView::setRefreshInterval(int msec)
{
    m_timer->setInterval(msec);
}

int TodayView::followUpCount() const
{
    return m_model->rowCount();
}

int TodayView::overdueCount() const
{
    return m_model->overdueCount();
}

int TodayView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TodayView::selectRow(int row)
{
    // Not QTableView::selectRow: right to left it looks up the column at the
    // viewport's far edge, finds none and selects nothing.
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TodayView::updateButtons()
{
    const User &user = m_workspace.user();
    const int row = currentRow();
    // The follow-ups listed are the user's own; the owner decides all the same.
    const qint64 owner = row >= 0 ? m_model->row(row).activity.ownerId : user.id;
    for (QPushButton *button : { m_done, m_reschedule }) {
        RoleGate::gateOn(button, user, Permission::EditActivities, owner);
        if (button->isEnabled())
            button->setEnabled(row >= 0);
    }
}

void TodayView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TodayView::customerName(qint64 id)
{
    auto it = m_names.find(id);
    if (it == m_names.end()) {
        const auto customer = m_workspace.store().customers().get(id);
        it = m_names.insert(id, customer ? customer->displayName() : QString());
    }
    return *it;
}

void TodayView::refresh()
{
    m_names.clear();
    try {
        loadFollowUps();
        loadRecent();
    } catch (const DatabaseError &e) {
        showError(QString::fromUtf8(e.what()));
    }
}

void TodayView::loadFollowUps()
{
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    m_header->setText(Display::longDate(today));

    const int selected = currentRow();
    const qint64 selectedId
        = selected >= 0 ? m_model->index(selected, 0).data(FollowUpModel::ActivityIdRole).toLongLong() : 0;
    const QDateTime endOfDay(today, QTime(23, 59, 59));
    QList<FollowUpRow> rows;
    for (const Activity &a : m_workspace.activities().dueFollowUps(m_workspace.user().id, endOfDay, kFollowUpLimit))
        rows << FollowUpRow { a, customerName(a.customerId) };
    // The minute timer mostly finds nothing new: leave the table (and its scroll) alone.
    const auto same = [&] {
        if (today != m_model->today() || rows.size() != m_model->rows().size())
            return false;
        for (int i = 0; i < rows.size(); ++i) {
            const FollowUpRow &old = m_model->rows().at(i);
            if (rows[i].activity.id != old.activity.id || rows[i].activity.followUpAt != old.activity.followUpAt
                || rows[i].customerName != old.customerName)
                return false;
        }
        return true;
    };
    if (same())
        return;
    m_model->setRows(rows, today);

    // Keep the same follow-up selected, or the one that took its place.
    int reselect = -1;
    for (int i = 0; i < rows.size() && selectedId; ++i)
        if (rows[i].activity.id == selectedId)
            reselect = i;
    if (reselect < 0 && selected >= 0 && !rows.isEmpty())
        reselect = std::min<int>(selected, int(rows.size()) - 1);
    if (reselect >= 0)
        selectRow(reselect);
    updateButtons();

    const int overdue = m_model->overdueCount();
    const int dueToday = int(rows.size()) - overdue;
    QString counts = rows.isEmpty() ? tr("Nothing to follow up today.")
                                    : tr("%n follow-up(s) due today", nullptr, dueToday)
            + (overdue ? tr(", %n overdue", nullptr, overdue) : QString());
    if (rows.size() >= kFollowUpLimit)
        counts += tr(" (the oldest %n shown)", nullptr, kFollowUpLimit);
    m_counts->setText(Display::digits(counts));
}

void TodayView::loadRecent()
{
    m_recent->clear();
    for (const Activity &a : m_workspace.activities().recentByOwner(m_workspace.user().id, kRecentLimit)) {
        QString what = Display::label(a.type);
        if (a.direction != Direction::None)
            what += QLatin1Char(' ') + Display::label(a.direction);
        QString text = Display::dateTime(a.at) + QStringLiteral("   ") + customerName(a.customerId)
            + QStringLiteral(" — ") + what;
        if (!a.outcome.isEmpty())
            text += QStringLiteral(": ") + a.outcome;
        if (a.followUpAt.isValid() && !a.followUpDone)
            text += QStringLiteral("   ") + tr("(follow up %1)").arg(Display::dateTime(a.followUpAt));
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(kCustomerIdRole, a.customerId);
        if (!a.notes.isEmpty())
            item->setToolTip(a.notes);
    }
}

bool TodayView::markDone(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Activity a = m_model->row(row).activity;
    try {
        m_workspace.activities().completeFollowUp(a.id, a.version);
    } catch (const ConcurrentChangeError &e) {
        resolveConflict(e);
        return false;
    } catch (const ValidationError &e) {
        showError(Display::error(e));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Could not save"), DatabaseErrorText::whileSaving(e));
        return false;
    }
    showError({});
    emit m_workspace.activityChanged(a.id, a.customerId);
    return true;
}

bool TodayView::reschedule(int row, const QDateTime &when)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Activity a = m_model->row(row).activity;
    try {
        m_workspace.activities().rescheduleFollowUp(a.id, when, a.version);
    } catch (const ConcurrentChangeError &e) {
        resolveConflict(e);
        return false;
    } catch (const ValidationError &e) {
        showError(Display::error(e));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Could not save"), DatabaseErrorText::whileSaving(e));
        return false;
    }
    showError({});
    emit m_workspace.activityChanged(a.id, a.customerId);
    return true;
}

void TodayView::resolveConflict(const ConcurrentChangeError &error)
{
    const auto choice = ConcurrentChangeBox::ask(
        error, this,
        tr("Reload: show the follow-ups as they are saved now.\nKeep editing: the list stays as it is; changing "
           "this follow-up again is refused until you reload."));
    if (choice == ConcurrentChangeBox::Choice::Reload)
        refresh();
    showError(Display::error(error));
}

void TodayView::rescheduleSelected(int days)
{
    const int row = currentRow();
    if (row < 0)
        return;
    // Same time of day, counted from today (an overdue one moves forward too).
    const QTime time = m_model->row(row).activity.followUpAt.toLocalTime().time();
    reschedule(row, QDateTime(m_model->today().addDays(days), time));
}

void TodayView::pickReschedule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->row(row).activity.id;
    RescheduleDialog dialog(m_model->row(row).activity.followUpAt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list may have refreshed while the dialog was open.
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i).activity.id == id)
            reschedule(i, dialog.when());
}

} // namespace peyvand
