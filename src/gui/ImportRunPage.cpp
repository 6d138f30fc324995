#include "ImportRunPage.h"

#include "Display.h"
#include "ImportRunner.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

ImportRunPage::ImportRunPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Nothing is written until the whole file has been checked; a cancelled import leaves the "
                   "database as it was."));

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeading);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard.cancelImport();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_wizard.runner(), &ImportRunner::progress, this, &ImportRunPage::showProgress);
    connect(&m_wizard, &ImportWizard::importFinished, this, [this] {
        emit completeChanged();
        if (m_wizard.currentPage() == this)
            QTimer::singleShot(0, &m_wizard, &QWizard::next);
    });
}

void ImportRunPage::initializePage()
{
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Reading the file…"));
    m_wizard.startImport();
}

void ImportRunPage::showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes)
{
    if (m_wizard.runner()->isCancelling())
        return;
    if (totalBytes > 0)
        m_bar->setValue(int(std::min<qint64>(1000, bytesRead * 1000 / totalBytes)));
    m_status->setText(tr("%1 rows read").arg(Display::number(rows)));
}

bool ImportRunPage::isComplete() const
{
    return m_wizard.result().has_value();
}

} // namespace peyvand
