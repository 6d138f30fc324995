#include "DatabaseChoiceDialog.h"

#include "AppPaths.h"
#include "DataStoreFactory.h"
#include "Display.h"
#include "PgUrl.h"
#include "ValidationError.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace peyvand {

DatabaseChoiceDialog::DatabaseChoiceDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_file(new QRadioButton(tr("A database file on this computer"), this))
    , m_server(new QRadioButton(tr("A team's PostgreSQL server"), this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseChoiceDialog"));
    setWindowTitle(tr("Database"));
    setMinimumWidth(460);

    m_file->setObjectName(QStringLiteral("fileChoice"));
    m_server->setObjectName(QStringLiteral("serverChoice"));
    m_path->setObjectName(QStringLiteral("databasePathEdit"));
    m_path->setLayoutDirection(Qt::LeftToRight); // a path reads left to right
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setLayoutDirection(Qt::LeftToRight);
    m_host->setPlaceholderText(QStringLiteral("crm.example.ir"));
    m_port->setObjectName(QStringLiteral("serverPortBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setLayoutDirection(Qt::LeftToRight);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setLayoutDirection(Qt::LeftToRight);
    m_database->setText(QStringLiteral("peyvand"));
    m_error->setObjectName(QStringLiteral("databaseChoiceError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    if (DataStoreFactory::isServerUrl(current)) {
        m_server->setChecked(true);
        m_path->setText(AppPaths::defaultDatabase());
        try {
            const PgUrl url = PgUrl::parse(current.trimmed());
            m_host->setText(url.host());
            m_port->setValue(url.port());
            m_database->setText(url.database());
        } catch (const ValidationError &) {
        }
    } else {
        m_file->setChecked(true);
        m_path->setText(current.isEmpty() ? AppPaths::defaultDatabase() : current);
    }

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                            tr("Peyvand databases (*.sqlite);;All files (*)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("Server:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Database name:"), m_database);
    auto *serverNote = new QLabel(
        tr("Everyone signs in to the server with their own username and password; the server itself checks "
           "what each role may see and change. Your administrator gives you the server's address."),
        this);
    serverNote->setWordWrap(true);
    serverNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseChoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addLayout(pathRow);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addLayout(serverForm);
    layout->addWidget(serverNote);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_file, &QRadioButton::toggled, this, &DatabaseChoiceDialog::updateEnabled);
    updateEnabled();
}

void DatabaseChoiceDialog::updateEnabled()
{
    const bool file = m_file->isChecked();
    m_path->setEnabled(file);
    m_host->setEnabled(!file);
    m_port->setEnabled(!file);
    m_database->setEnabled(!file);
}

QString DatabaseChoiceDialog::location() const
{
    if (m_file->isChecked())
        return m_path->text().trimmed();
    const QString host = m_host->text().trimmed();
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("postgresql://") + hostPart + QLatin1Char(':') + QString::number(m_port->value())
        + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database->text().trimmed()));
}

void DatabaseChoiceDialog::accept()
{
    QString problem;
    if (m_file->isChecked()) {
        if (m_path->text().trimmed().isEmpty())
            problem = tr("Choose the database file.");
    } else if (m_host->text().trimmed().isEmpty()) {
        problem = tr("Enter the server's address.");
    } else if (m_database->text().trimmed().isEmpty()) {
        problem = tr("Enter the database's name on the server.");
    } else {
        try {
            PgUrl::parse(location());
        } catch (const ValidationError &e) {
            problem = Display::error(e);
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
