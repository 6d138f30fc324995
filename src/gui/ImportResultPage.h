#pragma once
// The wizard's last page: what the import did (imported, updated, skipped as
// duplicates, invalid; or why nothing was written) and every problem, row by
// row, with "Save problems as JSON…" (the same report as peyvand-cli import
// --report).
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand {

class ImportProblemModel;
class ImportWizard;

class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard &wizard);

    void initializePage() override;
    ImportProblemModel *problemModel() const { return m_model; }
    // Writes the problems as JSON to `path`; false (and a message on the page) when it cannot.
    bool saveProblems(const QString &path);

private:
    ImportWizard &m_wizard;
    QLabel *m_summary;
    QLabel *m_importedTitle;
    QLabel *m_imported;
    QLabel *m_updated;
    QLabel *m_skipped;
    QLabel *m_invalid;
    QTableView *m_table;
    ImportProblemModel *m_model;
    QPushButton *m_save;
    QLabel *m_saveStatus;
};

} // namespace peyvand
