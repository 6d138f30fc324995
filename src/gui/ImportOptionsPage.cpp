#include "ImportOptionsPage.h"

#include "ImportWizard.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace peyvand {

ImportOptionsPage::ImportOptionsPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Duplicates and invalid rows"));
    setSubTitle(tr("A row whose national code, national ID or mobile is already a customer's (or an earlier "
                   "row's) is never imported twice."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));

    auto *duplicates = new QGroupBox(tr("A row that is a customer already known"), this);
    m_skipDuplicates = new QRadioButton(tr("Skip it and leave the customer as it is"), duplicates);
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicatesRadio"));
    m_updateDuplicates = new QRadioButton(tr("Update the customer with the row's non-empty cells"), duplicates);
    m_updateDuplicates->setObjectName(QStringLiteral("updateDuplicatesRadio"));
    auto *d = new QVBoxLayout(duplicates);
    d->addWidget(m_skipDuplicates);
    d->addWidget(m_updateDuplicates);

    auto *invalid = new QGroupBox(tr("When some rows are invalid"), this);
    m_stopOnInvalid = new QRadioButton(tr("Import nothing and list the problems"), invalid);
    m_stopOnInvalid->setObjectName(QStringLiteral("stopOnInvalidRadio"));
    m_skipInvalid = new QRadioButton(tr("Import the valid rows and list the others"), invalid);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidRadio"));
    auto *i = new QVBoxLayout(invalid);
    i->addWidget(m_stopOnInvalid);
    i->addWidget(m_skipInvalid);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(duplicates);
    layout->addWidget(invalid);
    layout->addStretch(1);
}

void ImportOptionsPage::initializePage()
{
    const ImportOptions &o = m_wizard.options();
    (o.onDuplicate == DuplicatePolicy::Update ? m_updateDuplicates : m_skipDuplicates)->setChecked(true);
    (o.skipInvalid ? m_skipInvalid : m_stopOnInvalid)->setChecked(true);
}

bool ImportOptionsPage::validatePage()
{
    ImportOptions &o = m_wizard.options();
    o.onDuplicate = m_updateDuplicates->isChecked() ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    o.skipInvalid = m_skipInvalid->isChecked();
    return true;
}

} // namespace peyvand
