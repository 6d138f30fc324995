#include "DemoWords.h"

#include "DemoNames.h"

namespace peyvand {

namespace {

std::vector<QString> strings(const std::vector<const char *> &v)
{
    std::vector<QString> out;
    for (const char *s : v)
        out.push_back(QString::fromUtf8(s));
    return out;
}

std::vector<DemoWords::Name> names(const std::vector<std::pair<const char *, const char *>> &v)
{
    std::vector<DemoWords::Name> out;
    for (const auto &[persian, latin] : v)
        out.push_back({ QString::fromUtf8(persian), QString::fromLatin1(latin) });
    return out;
}

std::vector<DemoWords::Product> products(const std::vector<std::pair<const char *, qint64>> &v)
{
    std::vector<DemoWords::Product> out;
    for (const auto &[name, price] : v)
        out.push_back({ QString::fromUtf8(name), price });
    return out;
}

DemoWords make()
{
    DemoWords w;
    w.maleFirstNames = names(DemoNames::maleFirstNames());
    w.femaleFirstNames = names(DemoNames::femaleFirstNames());
    w.lastNames = names(DemoNames::lastNames());
    w.companyWords = strings(DemoNames::companyWords());
    w.companyForms = strings(DemoNames::companyForms());
    w.industries = strings(DemoNames::industries());
    w.streets = strings(DemoNames::streets());
    w.jobTitles = strings(DemoNames::jobTitles());
    w.callOutcomes = strings(DemoNames::callOutcomes());
    w.activityNotes = strings(DemoNames::activityNotes());
    w.tags = strings(DemoNames::tags());
    w.dealTitles = strings(DemoNames::dealTitles());
    w.requestSubjects = strings(DemoNames::requestSubjects());
    for (const DemoNames::City &c : DemoNames::cities())
        w.cities.push_back(
            { QString::fromUtf8(c.name), QString::fromUtf8(c.province), QString::fromLatin1(c.areaCode) });
    w.products = products(DemoNames::products());
    w.industrialProducts = products(DemoNames::industrialProducts());
    return w;
}

} // namespace

const DemoWords &DemoWords::instance()
{
    static const DemoWords words = make();
    return words;
}

} // namespace peyvand
