#include "ImportResultView.h"

#include "Display.h"
#include "ImportProblemModel.h"
#include "ImportProblemText.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

// The texts the CSV wizard had before this view was taken out of its last page
// keep their translation context (peyvand::ImportResultPage); the vCard
// wording is this class's own tr().

namespace peyvand {

ImportResultView::ImportResultView(Source source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new ImportProblemModel(this))
{
    setObjectName(QStringLiteral("importResultView"));
    const bool cards = source == Source::VcardCards;
    m_model->setVcard(cards);
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
    m_importedTitle = new QLabel(QCoreApplication::translate("peyvand::ImportResultPage", "New customers:"), this);
    counts->addRow(m_importedTitle, m_imported);
    counts->addRow(QCoreApplication::translate("peyvand::ImportResultPage", "Updated:"), m_updated);
    counts->addRow(QCoreApplication::translate("peyvand::ImportResultPage", "Skipped duplicates:"), m_skipped);
    counts->addRow(cards ? tr("Invalid cards:")
                         : QCoreApplication::translate("peyvand::ImportResultPage", "Invalid rows:"),
                   m_invalid);

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

    m_save = new QPushButton(QCoreApplication::translate("peyvand::ImportResultPage", "Save problems as JSON…"), this);
    m_save->setObjectName(QStringLiteral("saveProblemsButton"));
    m_save->setAutoDefault(false);
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatusLabel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    auto *countsRow = new QHBoxLayout;
    countsRow->addLayout(counts);
    countsRow->addStretch(1); // the figures beside their titles, not across the page
    layout->addLayout(countsRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, QCoreApplication::translate("peyvand::ImportResultPage", "Save problems as JSON"),
            QStringLiteral("import-problems.json"),
            QCoreApplication::translate("peyvand::ImportResultPage", "JSON files (*.json)"));
        if (!path.isEmpty())
            saveProblems(path);
    });
    clear();
}

void ImportResultView::clear()
{
    m_problems.clear();
    m_hasResult = false;
    m_summary->clear();
    m_summary->setStyleSheet(QString());
    for (QLabel *label : { m_imported, m_updated, m_skipped, m_invalid })
        label->setText(Display::number(0));
    m_model->setProblems({});
    m_table->hide();
    m_save->setEnabled(false);
    m_saveStatus->clear();
}

QString ImportResultView::summary(const ImportResult &result) const
{
    const bool cards = m_source == Source::VcardCards;
    using Outcome = ImportResult::Outcome;
    switch (result.outcome) {
    case Outcome::Committed:
        return cards ? tr("The import is done: %1 cards read.").arg(Display::number(result.counts.rows))
                     : QCoreApplication::translate("peyvand::ImportResultPage", "The import is done: %1 rows read.")
                           .arg(Display::number(result.counts.rows));
    case Outcome::Refused:
        return cards ? tr("%1 cards are invalid, so nothing was written. Correct the file, or import again and "
                          "choose to import the valid cards.")
                           .arg(Display::number(result.counts.invalid))
                     : QCoreApplication::translate("peyvand::ImportResultPage",
                                                   "%1 rows are invalid, so nothing was written. Correct the file, "
                                                   "or import again and choose to import the valid rows.")
                           .arg(Display::number(result.counts.invalid));
    case Outcome::FileRejected:
        return QCoreApplication::translate("peyvand::ImportResultPage",
                                           "The file cannot be imported, so nothing was written: %1")
            .arg(result.problems.isEmpty() ? QString() : ImportProblemText::line(result.problems.front(), cards));
    case Outcome::Cancelled:
        return QCoreApplication::translate("peyvand::ImportResultPage",
                                           "The import was cancelled; nothing was written.");
    case Outcome::DryRun:
        return QCoreApplication::translate("peyvand::ImportResultPage", "The file was checked; nothing was written.");
    }
    return {};
}

void ImportResultView::showResult(const std::optional<ImportResult> &result, const QString &failure, ImportKind kind)
{
    clear();
    if (!result) {
        m_summary->setText(failure);
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_summary->setText(failure.isEmpty() ? summary(*result) : failure);
    m_summary->setStyleSheet(result->written() && failure.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_importedTitle->setText(kind == ImportKind::Contact
                                 ? QCoreApplication::translate("peyvand::ImportResultPage", "New contact persons:")
                                 : QCoreApplication::translate("peyvand::ImportResultPage", "New customers:"));
    m_imported->setText(Display::number(result->written() ? result->counts.imported : 0));
    m_updated->setText(Display::number(result->written() ? result->counts.updated : 0));
    m_skipped->setText(Display::number(result->written() ? result->counts.skippedDuplicates : 0));
    m_invalid->setText(Display::number(result->counts.invalid));
    m_problems = result->problems;
    m_hasResult = true;
    m_model->setProblems(result->problems);
    m_table->setVisible(!result->problems.isEmpty());
    m_save->setEnabled(!result->problems.isEmpty());
}

bool ImportResultView::saveProblems(const QString &path)
{
    QString error;
    if (!m_hasResult || !ImportReport::write(path, m_problems, &error)) {
        m_saveStatus->setText(QCoreApplication::translate("peyvand::ImportResultPage", "Not saved: %1").arg(error));
        return false;
    }
    m_saveStatus->setText(
        QCoreApplication::translate("peyvand::ImportResultPage", "Saved to %1").arg(Display::isolate(path)));
    return true;
}

} // namespace peyvand
