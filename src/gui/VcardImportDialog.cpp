#include "VcardImportDialog.h"

#include "CustomerPicker.h"
#include "Display.h"
#include "ImportResultView.h"
#include "ImportRunner.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace peyvand {

VcardImportDialog::VcardImportDialog(Workspace &workspace, qint64 companyId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_runner(new ImportRunner(workspace.store().openLocation(), workspace.clock(), this))
{
    setObjectName(QStringLiteral("vcardImportDialog"));
    setWindowTitle(tr("Import vCard"));

    m_choices = buildChoices();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("vcardMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_progressRow = new QWidget(this);
    m_bar = new QProgressBar(m_progressRow);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000);
    m_status = new QLabel(m_progressRow);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_cancel = new QPushButton(tr("Cancel import"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setAutoDefault(false);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_status);
    progress->addWidget(m_cancel);
    m_progressRow->hide();

    m_resultView = new ImportResultView(ImportResultView::Source::VcardCards, this);
    m_resultView->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_import, &QPushButton::clicked, this, &VcardImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &VcardImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_choices);
    layout->addWidget(m_message);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_resultView, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &VcardImportDialog::cancelImport);
    connect(m_runner, &ImportRunner::progress, this, &VcardImportDialog::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &VcardImportDialog::finish);

    setCompany(companyId);
    updateEnabled();
    resize(720, 470);
}

VcardImportDialog::~VcardImportDialog()
{
    m_runner->cancel();
    m_runner->wait();
}

QWidget *VcardImportDialog::buildChoices()
{
    auto *box = new QWidget(this);
    m_file = new QLineEdit(box);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A .vcf file from a phone, Google Contacts or Outlook"));
    auto *browse = new QPushButton(tr("Browse…"), box);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &VcardImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *target = new QGroupBox(tr("Import the people as"), box);
    m_individuals = new QRadioButton(tr("Individual customers"), target);
    m_individuals->setObjectName(QStringLiteral("individualsRadio"));
    m_contacts = new QRadioButton(tr("Contact persons of the company:"), target);
    m_contacts->setObjectName(QStringLiteral("contactsRadio"));
    m_company = new CustomerPicker(m_workspace, target);
    m_company->setObjectName(QStringLiteral("companyPicker"));
    m_company->setKind(CustomerKind::Legal);
    m_company->lineEdit()->setPlaceholderText(tr("Type the company's name or national ID…"));
    auto *contactsRow = new QHBoxLayout;
    contactsRow->addWidget(m_contacts);
    contactsRow->addWidget(m_company, 1);
    auto *t = new QVBoxLayout(target);
    t->addWidget(m_individuals);
    t->addLayout(contactsRow);
    connect(m_individuals, &QRadioButton::toggled, this, &VcardImportDialog::updateEnabled);
    connect(m_company, &CustomerPicker::customerChanged, this, [this](qint64 id) {
        if (id != 0)
            m_contacts->setChecked(true);
        m_message->hide();
    });

    auto *duplicates
        = new QGroupBox(tr("A card that is already a customer or contact (same mobile or national code)"), box);
    m_skipDuplicates = new QRadioButton(tr("Skip it and leave the record as it is"), duplicates);
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicatesRadio"));
    m_skipDuplicates->setChecked(true);
    m_updateDuplicates = new QRadioButton(tr("Update the record with what the card holds"), duplicates);
    m_updateDuplicates->setObjectName(QStringLiteral("updateDuplicatesRadio"));
    auto *d = new QVBoxLayout(duplicates);
    d->addWidget(m_skipDuplicates);
    d->addWidget(m_updateDuplicates);

    auto *invalid = new QGroupBox(tr("When some cards are invalid"), box);
    m_stopOnInvalid = new QRadioButton(tr("Import nothing and list the problems"), invalid);
    m_stopOnInvalid->setObjectName(QStringLiteral("stopOnInvalidRadio"));
    m_stopOnInvalid->setChecked(true);
    m_skipInvalid = new QRadioButton(tr("Import the valid cards and list the others"), invalid);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidRadio"));
    auto *i = new QVBoxLayout(invalid);
    i->addWidget(m_stopOnInvalid);
    i->addWidget(m_skipInvalid);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("vCard file:"), fileRow);
    layout->addLayout(form);
    layout->addWidget(target);
    layout->addWidget(duplicates);
    layout->addWidget(invalid);
    return box;
}

void VcardImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import vCard"), m_file->text(),
                                                      tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void VcardImportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_message->hide();
}

QString VcardImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void VcardImportDialog::setCompany(qint64 companyId)
{
    if (companyId != 0 && m_workspace.store().customers().kindOf(companyId) == CustomerKind::Legal) {
        m_company->setCustomer(companyId);
        m_contacts->setChecked(true);
    } else {
        m_company->setCustomer(0);
        m_individuals->setChecked(true);
    }
    updateEnabled();
}

qint64 VcardImportDialog::companyId() const
{
    return m_contacts->isChecked() ? m_company->customerId() : 0;
}

void VcardImportDialog::updateEnabled()
{
    m_choices->setEnabled(!m_importing);
    m_import->setEnabled(!m_importing);
    m_close->setEnabled(!m_importing);
}

bool VcardImportDialog::startImport()
{
    if (m_importing)
        return false;
    const QString path = filePath();
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose the vCard file to import.");
    else if (!QFileInfo(path).isFile())
        problem = tr("There is no file %1.").arg(Display::isolate(path));
    else if (m_contacts->isChecked() && m_company->customerId() == 0)
        problem = tr("Pick the company whose contact persons the cards are.");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;

    ImportOptions options;
    options.ownerId = m_workspace.user().id;
    options.onDuplicate = m_updateDuplicates->isChecked() ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    options.skipInvalid = m_skipInvalid->isChecked();
    m_importedInto = companyId();
    if (m_importedInto != 0) {
        options.kind = ImportKind::Contact;
        options.companyId = m_importedInto;
    } else {
        options.kind = ImportKind::Individual;
    }
    m_result.reset();
    m_failure.clear();
    m_resultView->hide();
    m_resultView->clear();
    m_bar->setValue(0);
    m_status->setText(tr("Reading the file…"));
    m_cancel->setEnabled(true);
    m_progressRow->show();
    m_importing = true;
    updateEnabled();
    m_runner->setUser(m_workspace.user());
    m_runner->start(path, options, ImportRunner::Format::Vcard);
    return true;
}

void VcardImportDialog::cancelImport()
{
    if (!m_importing)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void VcardImportDialog::showProgress(qint64 cards, qint64 bytesRead, qint64 totalBytes)
{
    if (m_runner->isCancelling())
        return;
    if (totalBytes > 0)
        m_bar->setValue(int(std::min<qint64>(1000, bytesRead * 1000 / totalBytes)));
    m_status->setText(tr("%1 cards read").arg(Display::number(cards)));
}

void VcardImportDialog::finish(const ImportResult &result, const QString &error)
{
    m_importing = false;
    m_failure = error;
    if (error.isEmpty())
        m_result = result;
    else
        m_result.reset(); // the import did not run to an outcome
    m_progressRow->hide();
    m_resultView->showResult(m_result, m_failure, m_importedInto != 0 ? ImportKind::Contact : ImportKind::Individual);
    m_resultView->show();
    if (height() < 640)
        resize(width(), 640); // room for the problems
    updateEnabled();
    if (m_result && m_result->written() && (m_result->counts.imported > 0 || m_result->counts.updated > 0)) {
        if (m_importedInto != 0)
            emit m_workspace.customerChanged(m_importedInto); // its buying center reloads
        else
            emit m_workspace.dataReset(); // many customers at once: every open list reloads
    }
    emit importFinished();
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void VcardImportDialog::reject()
{
    if (m_importing) {
        m_closeWhenStopped = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace peyvand
