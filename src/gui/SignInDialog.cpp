#include "SignInDialog.h"

#include "Authenticator.h"
#include "DatabaseSwitch.h"
#include "Display.h"
#include "SignInError.h"
#include "UiSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <spdlog/spdlog.h>

namespace peyvand {

SignInDialog::SignInDialog(DataStore &store, const Clock &clock, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Peyvand"));
    setMinimumWidth(380);

    auto *intro = new QLabel(tr("Sign in with your username and password."), this);
    intro->setWordWrap(true);
    auto *database = new QLabel(tr("Database: %1").arg(Display::isolate(store.location())), this);
    database->setObjectName(QStringLiteral("signInDatabaseLabel"));
    database->setWordWrap(true);
    database->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setText(userName.isEmpty() ? UiSettings::lastUserName(store.location()) : userName);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&Username:"), this);
    userLabel->setBuddy(m_userName);
    form->addRow(userLabel, m_userName);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton *change = buttons->addButton(tr("Database…"), QDialogButtonBox::ResetRole);
    change->setObjectName(QStringLiteral("changeDatabaseButton"));
    change->setAutoDefault(false);
    connect(change, &QPushButton::clicked, this, [this] {
        if (DatabaseSwitch::choose(m_store.location(), this))
            reject(); // main() starts again on the chosen database
    });
    QPushButton *quit = buttons->addButton(QDialogButtonBox::Cancel);
    quit->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(database);
    layout->addStretch();
    layout->addWidget(buttons);

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &SignInDialog::updateWait);
    connect(m_userName, &QLineEdit::textEdited, this, &SignInDialog::updateWait);
    updateWait(); // someone else's failures on this account may already ask for a wait
    (m_userName->text().isEmpty() ? m_userName : m_password)->setFocus();
}

void SignInDialog::updateWait()
{
    const qint64 ms = Authenticator(m_store, m_clock).waitFor(m_userName->text()).count();
    if (ms <= 0) {
        m_tick->stop();
        m_signIn->setEnabled(true);
        m_signIn->setText(tr("Sign in"));
        return;
    }
    const qint64 seconds = (ms + 999) / 1000;
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Wait %1 s").arg(Display::number(seconds)));
    if (!m_tick->isActive())
        m_tick->start();
}

void SignInDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    Authenticator authenticator(m_store, m_clock);
    if (authenticator.waitFor(m_userName->text()).count() > 0) {
        updateWait();
        return;
    }
    try {
        m_user = authenticator.signIn(m_userName->text(), m_password->text());
    } catch (const SignInError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        m_password->clear();
        (e.field() == QLatin1String("user") ? m_userName : m_password)->setFocus();
        updateWait();
        return;
    }
    UiSettings::setLastUserName(m_store.location(), m_user.username);
    spdlog::info("signed in as {} on {}", m_user.username.toStdString(), m_store.location().toStdString());
    QDialog::accept();
}

} // namespace peyvand
