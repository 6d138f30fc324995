#include "ImportResultPage.h"

#include "Display.h"
#include "ImportProblemModel.h"
#include "ImportProblemText.h"
#include "ImportReport.h"
#include "ImportWizard.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

ImportResultPage::ImportResultPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_model(new ImportProblemModel(this))
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Result"));
    setSubTitle(tr("What the import wrote, and every problem it found."));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    const auto count = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        return label;
    };
    m_imported = count("importedCountLabel");
    m_updated = count("updatedCountLabel");
    m_skipped = count("skippedCountLabel");
    m_invalid = count("invalidCountLabel");
    auto *counts = new QFormLayout;
    m_importedTitle = new QLabel(tr("New customers:"), this);
    counts->addRow(m_importedTitle, m_imported);
    counts->addRow(tr("Updated:"), m_updated);
    counts->addRow(tr("Skipped duplicates:"), m_skipped);
    counts->addRow(tr("Invalid rows:"), m_invalid);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("problemTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ImportProblemModel::RowColumn, 70);
    header->resizeSection(ImportProblemModel::ColumnColumn, 130);
    header->resizeSection(ImportProblemModel::ValueColumn, 170);
    header->setStretchLastSection(true);

    m_save = new QPushButton(tr("Save problems as JSON…"), this);
    m_save->setObjectName(QStringLiteral("saveProblemsButton"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatusLabel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *countsRow = new QHBoxLayout;
    countsRow->addLayout(counts);
    countsRow->addStretch(1); // the figures beside their titles, not across the page
    layout->addLayout(countsRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save problems as JSON"), QStringLiteral("import-problems.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            saveProblems(path);
    });
}

void ImportResultPage::initializePage()
{
    const auto &result = m_wizard.result();
    if (!result) {
        m_summary->setText(m_wizard.failure());
        return;
    }
    using Outcome = ImportResult::Outcome;
    QString summary;
    switch (result->outcome) {
    case Outcome::Committed:
        summary = tr("The import is done: %1 rows read.").arg(Display::number(result->counts.rows));
        break;
    case Outcome::Refused:
        summary = tr("%1 rows are invalid, so nothing was written. Correct the file, or import again and "
                     "choose to import the valid rows.")
                      .arg(Display::number(result->counts.invalid));
        break;
    case Outcome::FileRejected:
        summary = tr("The file cannot be imported, so nothing was written: %1")
                      .arg(result->problems.isEmpty() ? QString() : ImportProblemText::line(result->problems.front()));
        break;
    case Outcome::Cancelled:
        summary = tr("The import was cancelled; nothing was written.");
        break;
    case Outcome::DryRun:
        summary = tr("The file was checked; nothing was written.");
        break;
    }
    if (!m_wizard.failure().isEmpty())
        summary = m_wizard.failure();
    m_summary->setText(summary);
    m_summary->setStyleSheet(result->written() && m_wizard.failure().isEmpty() ? QString()
                                                                               : QStringLiteral("color: #b00020;"));
    m_importedTitle->setText(m_wizard.kind() == ImportKind::Contact ? tr("New contact persons:")
                                                                    : tr("New customers:"));
    m_imported->setText(Display::number(result->written() ? result->counts.imported : 0));
    m_updated->setText(Display::number(result->written() ? result->counts.updated : 0));
    m_skipped->setText(Display::number(result->written() ? result->counts.skippedDuplicates : 0));
    m_invalid->setText(Display::number(result->counts.invalid));
    m_model->setProblems(result->problems);
    m_table->setVisible(!result->problems.isEmpty());
    m_save->setEnabled(!result->problems.isEmpty());
    m_saveStatus->clear();
}

bool ImportResultPage::saveProblems(const QString &path)
{
    const auto &result = m_wizard.result();
    QString error;
    if (!result || !ImportReport::write(path, result->problems, &error)) {
        m_saveStatus->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_saveStatus->setText(tr("Saved to %1").arg(Display::isolate(path)));
    return true;
}

} // namespace peyvand
