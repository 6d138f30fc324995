#pragma once
// The wizard's fifth page: the import runs on a worker thread; a progress bar
// (bytes of the file read) and rows so far, and a Cancel button that stops it
// with nothing written. Moves on to the result by itself.
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace peyvand {

class ImportWizard;

class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes);

    ImportWizard &m_wizard;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
};

} // namespace peyvand
