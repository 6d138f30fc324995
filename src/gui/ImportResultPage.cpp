#include "ImportResultPage.h"

#include "ImportResultView.h"
#include "ImportWizard.h"

#include <QVBoxLayout>

namespace peyvand {

ImportResultPage::ImportResultPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_view(new ImportResultView(ImportResultView::Source::CsvRows, this))
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Result"));
    setSubTitle(tr("What the import wrote, and every problem it found."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void ImportResultPage::initializePage()
{
    m_view->showResult(m_wizard.result(), m_wizard.failure(), m_wizard.kind());
}

ImportProblemModel *ImportResultPage::problemModel() const
{
    return m_view->problemModel();
}

bool ImportResultPage::saveProblems(const QString &path)
{
    return m_view->saveProblems(path);
}

} // namespace peyvand
