#include "ImportMappingPage.h"

#include "Display.h"
#include "ImportPreviewModel.h"
#include "ImportProblemText.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kCombosPerRow = 3;

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Columns and fields"));
    setSubTitle(tr("Choose the field each column of the file fills. Cells the import would refuse are red; "
                   "point at one to read why."));

    m_comboArea = new QWidget;
    m_grid = new QGridLayout(m_comboArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->setWidget(m_comboArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;

    m_mappingProblems = new QLabel(this);
    m_mappingProblems->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_mappingProblems->setWordWrap(true);
    m_mappingProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_rowProblems = new QLabel(this);
    m_rowProblems->setObjectName(QStringLiteral("previewProblemLabel"));
    m_rowProblems->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().height() + 10);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_mappingProblems);
    layout->addWidget(m_rowProblems);
    layout->addWidget(m_table, 1);
}

void ImportMappingPage::initializePage()
{
    buildCombos();
    refresh();
}

void ImportMappingPage::buildCombos()
{
    qDeleteAll(m_combos);
    qDeleteAll(m_labels);
    m_combos.clear();
    m_labels.clear();
    const QStringList &header = m_wizard.preview().header;
    const QList<ImportField> fields = ImportFields::of(m_wizard.kind());
    for (int c = 0; c < header.size(); ++c) {
        auto *label
            = new QLabel(header[c].isEmpty() ? tr("Column %1").arg(Display::number(c + 1)) : header[c], m_comboArea);
        label->setObjectName(QStringLiteral("mapLabel_%1").arg(c));
        auto *combo = new QComboBox(m_comboArea);
        combo->setObjectName(QStringLiteral("mapCombo_%1").arg(c));
        combo->addItem(tr("(not imported)"));
        for (ImportField f : fields)
            combo->addItem(Display::label(f), int(f));
        label->setBuddy(combo);
        const int row = c / kCombosPerRow;
        const int col = (c % kCombosPerRow) * 2;
        m_grid->addWidget(label, row, col);
        m_grid->addWidget(combo, row, col + 1);
        m_labels << label;
        m_combos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { columnChanged(c); });
    }
    for (int col = 0; col < kCombosPerRow * 2; ++col)
        m_grid->setColumnStretch(col, col % 2 ? 2 : 0);
    // Up to four rows of combos without scrolling; the preview takes the rest.
    const int rows = int((header.size() + kCombosPerRow - 1) / kCombosPerRow);
    const int rowHeight = m_combos.isEmpty() ? 0 : m_combos.front()->sizeHint().height() + m_grid->verticalSpacing();
    m_scroll->setFixedHeight(std::min(rows, 4) * rowHeight + 4);
}

void ImportMappingPage::columnChanged(int column)
{
    if (m_filling)
        return;
    const QVariant field = m_combos[column]->currentData();
    if (field.isValid())
        m_wizard.assign(static_cast<ImportField>(field.toInt()), column);
    else
        m_wizard.unassignColumn(column);
    refresh();
}

void ImportMappingPage::refresh()
{
    const ImportMapping &mapping = m_wizard.mapping();
    m_filling = true;
    for (int c = 0; c < m_combos.size(); ++c) {
        const auto field = mapping.fieldAt(c);
        const int index = field ? m_combos[c]->findData(int(*field)) : 0;
        m_combos[c]->setCurrentIndex(std::max(index, 0));
    }
    m_filling = false;

    const ImportProblems fileProblems = mapping.check();
    QStringList lines;
    for (const ImportProblem &p : fileProblems)
        lines << ImportProblemText::reason(p);
    m_mappingProblems->setText(lines.join(u'\n'));
    m_mappingProblems->setVisible(!lines.isEmpty());

    m_model->setPreview(m_wizard.preview());
    if (!fileProblems.isEmpty()) {
        m_rowProblems->setText(QString());
        m_complete = false;
    } else {
        const QList<ImportProblems> problems = m_wizard.previewProblems();
        m_model->setMapping(mapping, problems);
        int bad = 0;
        QStringList first;
        for (const ImportProblems &row : problems) {
            bad += row.isEmpty() ? 0 : 1;
            for (const ImportProblem &p : row)
                if (first.size() < 3)
                    first << ImportProblemText::line(p);
        }
        if (bad == 0)
            m_rowProblems->setText(tr("The %1 rows shown can be imported.").arg(Display::number(problems.size())));
        else
            m_rowProblems->setText(
                tr("%1 of the %2 rows shown have problems:").arg(Display::number(bad), Display::number(problems.size()))
                + u'\n' + first.join(u'\n'));
        m_complete = true;
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_complete;
}

} // namespace peyvand
