#include "UsersSection.h"

#include "Display.h"
#include "NewUserDialog.h"
#include "PasswordDialog.h"
#include "RoleDialog.h"
#include "UserService.h"
#include "UserTableModel.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

UsersSection::UsersSection(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Users"), parent)
    , m_workspace(workspace)
    , m_model(new UserTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add user…"), this))
    , m_role(new QPushButton(tr("Change role…"), this))
    , m_password(new QPushButton(tr("Reset password…"), this))
    , m_active(new QPushButton(tr("Disable"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("usersSection"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UserTableModel::UserName, 120);
    m_table->setColumnWidth(UserTableModel::FullName, 160);
    m_table->setColumnWidth(UserTableModel::Role, 110);
    m_table->setColumnWidth(UserTableModel::Status, 80);
    m_table->setColumnWidth(UserTableModel::Password, 70);
    m_table->setMinimumHeight(180);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_password->setObjectName(QStringLiteral("resetPasswordButton"));
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_role, m_password, m_active })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &UsersSection::openAddUser);
    connect(m_role, &QPushButton::clicked, this, &UsersSection::openChangeRole);
    connect(m_password, &QPushButton::clicked, this, &UsersSection::openResetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersSection::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersSection::updateButtons);
    reload();
}

void UsersSection::reload()
{
    try {
        m_model->setAccounts(UserService(m_workspace.store(), m_workspace.clock()).list());
    } catch (const ValidationError &e) { // signed out or demoted meanwhile
        m_model->setAccounts({});
        showError(Display::error(e));
    }
    updateButtons();
}

qint64 UsersSection::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->account(rows.front().row()).user.id;
}

void UsersSection::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    // QTableView::selectRow selects nothing right to left: go through the selection model.
    m_table->selectionModel()->select(m_model->index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
}

void UsersSection::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool any = row >= 0;
    const bool self = any && m_model->account(row).user.id == m_workspace.user().id;
    m_role->setEnabled(any && !self);
    m_password->setEnabled(any);
    m_active->setEnabled(any && !self);
    m_active->setText(any && !m_model->account(row).user.active ? tr("Enable") : tr("Disable"));
}

void UsersSection::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void UsersSection::changed(qint64 userId)
{
    showError({});
    reload();
    selectUser(userId);
    m_workspace.reloadUsers(); // owner pickers and filters
}

NewUserDialog *UsersSection::openAddUser()
{
    auto *dialog = new NewUserDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->added().id); });
    dialog->open();
    return dialog;
}

RoleDialog *UsersSection::openChangeRole()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return nullptr;
    const User user = m_model->account(row).user;
    auto *dialog = new RoleDialog(user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        try {
            UserService(m_workspace.store(), m_workspace.clock()).setRole(user.id, dialog->role());
            changed(user.id);
        } catch (const ValidationError &e) {
            showError(Display::error(e));
        }
    });
    dialog->open();
    return dialog;
}

PasswordDialog *UsersSection::openResetPassword()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return nullptr;
    const qint64 id = m_model->account(row).user.id;
    auto *dialog = new PasswordDialog(m_workspace, m_model->account(row).user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { changed(id); });
    dialog->open();
    return dialog;
}

void UsersSection::toggleActive()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const User user = m_model->account(row).user;
    try {
        UserService(m_workspace.store(), m_workspace.clock()).setActive(user.id, !user.active);
        changed(user.id);
    } catch (const ValidationError &e) {
        showError(Display::error(e));
    }
}

} // namespace peyvand
