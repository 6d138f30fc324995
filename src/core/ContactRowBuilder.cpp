#include "ContactRowBuilder.h"

#include "ContactService.h"
#include "ImportCells.h"
#include "IranianIds.h"
#include "PhoneNumber.h"

namespace peyvand {

ContactRowBuilder::ContactRowBuilder(const ImportMapping &mapping, TextEncoding encoding)
    : m_mapping(mapping)
    , m_encoding(encoding)
{
}

QString ContactRowBuilder::companyNationalId(const CsvRecord &record, qint64 row, ImportProblems &problems) const
{
    QString id;
    ImportCells::read(record, m_mapping, row, ImportField::CompanyNationalId, problems, [&](const QString &v) {
        id = IranianIds::normaliseLegalNationalId(v, QStringLiteral("company_national_id"));
    });
    if (id.isEmpty() && ImportCells::text(record, m_mapping, ImportField::CompanyNationalId).isEmpty())
        problems << ImportProblem { row,
                                    m_mapping.columnName(ImportField::CompanyNationalId),
                                    QString(),
                                    QStringLiteral("required"),
                                    QStringLiteral("the company's national ID is required"),
                                    QStringLiteral("شناسه ملی شرکت را وارد کنید") };
    return id;
}

ImportProblems ContactRowBuilder::apply(const CsvRecord &record, qint64 row, ContactPerson &c) const
{
    ImportProblems problems = ImportCells::invalidText(record, m_mapping, row, m_encoding);
    auto read = [&](ImportField field, const std::function<void(const QString &)> &parse) {
        ImportCells::read(record, m_mapping, row, field, problems, parse);
    };
    read(ImportField::FullName, [&](const QString &v) {
        const QString name = PersianText::tidy(v);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        c.firstName = space < 0 ? QString() : name.left(space);
        c.lastName = space < 0 ? name : name.mid(space + 1);
    });
    read(ImportField::FirstName, [&](const QString &v) { c.firstName = v; });
    read(ImportField::LastName, [&](const QString &v) { c.lastName = v; });
    read(ImportField::JobTitle, [&](const QString &v) { c.jobTitle = v; });
    read(ImportField::Role,
         [&](const QString &v) { c.role = ImportCells::enumValue<BuyingRole>(v, QStringLiteral("role")); });
    read(ImportField::Influence,
         [&](const QString &v) { c.influence = ImportCells::wholeNumber(v, QStringLiteral("influence")); });
    read(ImportField::Attitude,
         [&](const QString &v) { c.attitude = ImportCells::enumValue<Attitude>(v, QStringLiteral("attitude")); });
    read(ImportField::Mobile,
         [&](const QString &v) { c.mobile = PhoneNumber::normaliseMobile(v, QStringLiteral("mobile")); });
    read(ImportField::Phone, [&](const QString &v) { c.phone = PhoneNumber::normalise(v, QStringLiteral("phone")); });
    read(ImportField::Email,
         [&](const QString &v) { c.email = IranianIds::normaliseEmail(v, QStringLiteral("email")); });
    read(ImportField::Notes, [&](const QString &v) { c.notes = v; });
    if (!problems.isEmpty())
        return problems;
    try {
        ContactService::normalise(c);
    } catch (const ValidationError &e) {
        problems << ImportCells::fromRecordError(record, m_mapping, row, e);
    }
    return problems;
}

} // namespace peyvand
