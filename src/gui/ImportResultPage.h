#pragma once
// The wizard's last page: what the import did and every problem, row by row
// (an ImportResultView, shared with the vCard import dialog).
#include <QWizardPage>

namespace peyvand {

class ImportProblemModel;
class ImportResultView;
class ImportWizard;

class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard &wizard);

    void initializePage() override;
    ImportProblemModel *problemModel() const;
    // Writes the problems as JSON to `path`; false (and a message on the page) when it cannot.
    bool saveProblems(const QString &path);

private:
    ImportWizard &m_wizard;
    ImportResultView *m_view;
};

} // namespace peyvand
