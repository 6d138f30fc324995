#pragma once
// DemoNames' word lists as QStrings, converted once: generated rows share
// them (implicitly) instead of converting UTF-8 for every row.
#include <QString>
#include <vector>

namespace peyvand {

struct DemoWords
{
    struct Name
    {
        QString persian;
        QString latin; // for e-mail addresses
    };
    struct City
    {
        QString name;
        QString province;
        QString areaCode; // landline prefix without the 0
    };
    struct Product
    {
        QString name;
        qint64 unitPrice; // Rials
    };

    std::vector<Name> maleFirstNames, femaleFirstNames, lastNames;
    std::vector<QString> companyWords, companyForms, industries, streets, jobTitles, callOutcomes, activityNotes, tags,
        dealTitles, requestSubjects;
    std::vector<City> cities;
    std::vector<Product> products, industrialProducts; // B2C, B2B

    static const DemoWords &instance();
};

} // namespace peyvand
