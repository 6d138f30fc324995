#pragma once
// The wizard's third page: one combo per file column naming the field it
// fills (prefilled from the header, English or Persian), the fields the kind
// cannot do without, and a live preview of the first rows with every cell the
// import would refuse marked and explained.
#include "ImportField.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace peyvand {

class ImportPreviewModel;
class ImportWizard;

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The combo of a file column (0-based), nullptr past the last one.
    QComboBox *comboFor(int column) const { return m_combos.value(column); }
    ImportPreviewModel *previewModel() const { return m_model; }

private:
    void buildCombos();
    void columnChanged(int column);
    void refresh(); // combos from the mapping, problems, preview

    ImportWizard &m_wizard;
    QWidget *m_comboArea;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<QComboBox *> m_combos;
    QList<QLabel *> m_labels;
    QLabel *m_mappingProblems;
    QLabel *m_rowProblems;
    QTableView *m_table;
    ImportPreviewModel *m_model;
    bool m_filling = false;
    bool m_complete = false;
};

} // namespace peyvand
