#pragma once
// The wizard's fourth page: what to do with a row that is a customer already
// known (skip it or update the customer) and with invalid rows (import nothing
// and list them, or import the valid rows). Its Import button starts the run.
#include <QWizardPage>

class QRadioButton;

namespace peyvand {

class ImportWizard;

class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard &wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard &m_wizard;
    QRadioButton *m_skipDuplicates;
    QRadioButton *m_updateDuplicates;
    QRadioButton *m_stopOnInvalid;
    QRadioButton *m_skipInvalid;
};

} // namespace peyvand
