#pragma once
// Word lists for realistic Persian demo data: names (with a Latin spelling for
// e-mail addresses), companies, industries, cities, products, notes.
#include <QStringList>
#include <utility>
#include <vector>

namespace peyvand::DemoNames {

struct City
{
    const char *name;
    const char *province;
    const char *areaCode; // landline prefix without the 0
};

const std::vector<std::pair<const char *, const char *>> &maleFirstNames(); // Persian, Latin
const std::vector<std::pair<const char *, const char *>> &femaleFirstNames(); // Persian, Latin
const std::vector<std::pair<const char *, const char *>> &lastNames(); // Persian, Latin
const std::vector<const char *> &companyWords();
const std::vector<const char *> &companyForms(); // سهامی خاص، …
const std::vector<const char *> &industries();
const std::vector<City> &cities();
const std::vector<const char *> &streets();
const std::vector<std::pair<const char *, qint64>> &products(); // name, unit price (Rial) for B2C
const std::vector<std::pair<const char *, qint64>> &industrialProducts(); // for B2B
const std::vector<const char *> &jobTitles(); // buying-center positions
const std::vector<const char *> &callOutcomes();
const std::vector<const char *> &activityNotes();
const std::vector<const char *> &tags();
const std::vector<const char *> &dealTitles();
const std::vector<const char *> &requestSubjects();

} // namespace peyvand::DemoNames
