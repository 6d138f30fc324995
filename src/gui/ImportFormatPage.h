#pragma once
// The wizard's second page: the encoding and separator detected in the file,
// both changeable; every change reads the first rows again and shows them.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace peyvand {

class ImportPreviewModel;
class ImportWizard;

class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel *previewModel() const { return m_model; }

private:
    void showPreview();
    void reread();

    ImportWizard &m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QLabel *m_problem;
    QTableView *m_table;
    ImportPreviewModel *m_model;
    bool m_filling = false;
};

} // namespace peyvand
