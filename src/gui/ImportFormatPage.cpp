#include "ImportFormatPage.h"

#include "Display.h"
#include "ImportPreviewModel.h"
#include "ImportProblemText.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

ImportFormatPage::ImportFormatPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Encoding and separator"));
    setSubTitle(tr("Both were detected from the file. If the text below looks wrong, choose another one."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16 (little-endian)"), int(TextEncoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16 (big-endian)"), int(TextEncoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1256 (Arabic Windows)"), int(TextEncoding::Windows1256));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Comma ( , )"), QChar(u','));
    m_separator->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_separator->addItem(tr("Tab"), QChar(u'\t'));
    m_separator->addItem(tr("Persian semicolon ( ؛ )"), QChar(u'\u061B'));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formatProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("formatPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);

    auto *form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_separator);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
}

void ImportFormatPage::initializePage()
{
    showPreview();
}

void ImportFormatPage::reread()
{
    if (m_filling)
        return;
    m_wizard.loadPreview(static_cast<TextEncoding>(m_encoding->currentData().toInt()),
                         m_separator->currentData().value<QChar>());
    showPreview();
}

void ImportFormatPage::showPreview()
{
    const CsvPreview &preview = m_wizard.preview();
    m_filling = true;
    const int encoding = m_encoding->findData(int(preview.format.encoding));
    m_encoding->setCurrentIndex(std::max(encoding, 0));
    m_encoding->setItemText(
        0,
        preview.format.encoding == TextEncoding::Utf8 && preview.format.hasBom ? tr("UTF-8 (with BOM)") : tr("UTF-8"));
    const int separator = m_separator->findData(preview.format.separator);
    m_separator->setCurrentIndex(std::max(separator, 0));
    m_filling = false;
    m_model->setPreview(preview);
    if (preview.problem)
        m_problem->setText(tr("The file cannot be read this way: %1").arg(ImportProblemText::line(*preview.problem)));
    else if (preview.rows.isEmpty())
        m_problem->setText(tr("The file has a header line but no rows."));
    else
        m_problem->setText(tr("%1 columns; the first %2 rows are shown.")
                               .arg(Display::number(preview.header.size()), Display::number(preview.rows.size())));
    m_problem->setStyleSheet(preview.problem || preview.rows.isEmpty() ? QStringLiteral("color: #b00020;") : QString());
    emit completeChanged();
}

bool ImportFormatPage::isComplete() const
{
    const CsvPreview &preview = m_wizard.preview();
    return !preview.problem && !preview.rows.isEmpty();
}

} // namespace peyvand
