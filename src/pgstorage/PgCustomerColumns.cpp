#include "PgCustomerColumns.h"

#include "PersianText.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand::PgCustomerColumns {

const char *const kInsert
    = "INSERT INTO customers(kind, owner_id, lifecycle, source, do_not_call, do_not_sms, name, sort_name, "
      "national_id, phone, city, tags, search_text, company_name, economic_code, registration_no, "
      "registration_date, industry, employees, website, parent_id, first_name, last_name, email, birth_date, "
      "preferences, loyalty_card, household_id, household_role, household_decides, created_at, updated_at) "
      "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,"
      "$27,$28,$29,$30,$31,$32) RETURNING id";

const char *const kUpdate
    = "UPDATE customers SET kind=$1, owner_id=$2, lifecycle=$3, source=$4, do_not_call=$5, do_not_sms=$6, "
      "name=$7, sort_name=$8, national_id=$9, phone=$10, city=$11, tags=$12, search_text=$13, company_name=$14, "
      "economic_code=$15, registration_no=$16, registration_date=$17, industry=$18, employees=$19, website=$20, "
      "parent_id=$21, first_name=$22, last_name=$23, email=$24, birth_date=$25, preferences=$26, "
      "loyalty_card=$27, household_id=$28, household_role=$29, household_decides=$30, created_at=$31, "
      "updated_at=$32, version = version + 1 WHERE id = $33 AND ($34 = 0 OR version = $34) RETURNING version";

const char *const kSelectList
    = "id, kind, owner_id, lifecycle, source, do_not_call, do_not_sms, national_id, tags, company_name, "
      "economic_code, registration_no, registration_date, industry, employees, website, parent_id, first_name, "
      "last_name, email, birth_date, preferences, loyalty_card, household_id, household_role, household_decides, "
      "created_at, updated_at, version";

void bind(PgStatement &q, const Customer &c, const QString &searchText)
{
    const QString name = c.displayName();
    q.bind(1, toCode(c.kind));
    PgValues::bindId(q, 2, c.ownerId);
    q.bind(3, toCode(c.lifecycle)).bind(4, toCode(c.source));
    q.bind(5, c.doNotCall).bind(6, c.doNotSms);
    q.bind(7, name).bind(8, PersianText::sortKey(name));
    PgValues::bindText(q, 9, c.nationalIdentifier());
    PgValues::bindText(q, 10, c.primaryPhone());
    q.bind(11, c.city()).bind(12, c.tags.join(QLatin1Char('\n'))).bind(13, searchText);
    if (c.kind == CustomerKind::Legal) {
        const LegalDetails &d = c.legal;
        PgValues::bindText(q, 14, d.companyName);
        PgValues::bindText(q, 15, d.economicCode);
        PgValues::bindText(q, 16, d.registrationNo);
        PgValues::bindDate(q, 17, d.registrationDate);
        PgValues::bindText(q, 18, d.industry);
        q.bind(19, qint64(d.employees));
        PgValues::bindText(q, 20, d.website);
        PgValues::bindId(q, 21, d.parentId);
        for (int i = 22; i <= 30; ++i)
            q.bindNull(i);
    } else {
        for (int i = 14; i <= 21; ++i)
            q.bindNull(i);
        const IndividualDetails &d = c.individual;
        PgValues::bindText(q, 22, d.firstName);
        PgValues::bindText(q, 23, d.lastName);
        PgValues::bindText(q, 24, d.email);
        PgValues::bindDate(q, 25, d.birthDate);
        PgValues::bindText(q, 26, d.preferences);
        PgValues::bindText(q, 27, d.loyaltyCard);
        PgValues::bindId(q, 28, d.householdId);
        PgValues::bindText(q, 29, d.householdRole);
        PgValues::bindText(q, 30, d.householdDecides);
    }
    PgValues::bindTime(q, 31, c.createdAt);
    PgValues::bindTime(q, 32, c.updatedAt);
}

Customer read(const PgResult &r, int row)
{
    Customer c;
    c.id = r.int64(row, 0);
    c.kind = fromCode<CustomerKind>(r.text(row, 1)).value_or(CustomerKind::Individual);
    c.ownerId = PgValues::optionalInt64(r, row, 2).value_or(0);
    c.lifecycle = fromCode<Lifecycle>(r.text(row, 3)).value_or(Lifecycle::Lead);
    c.source = fromCode<SourceChannel>(r.text(row, 4)).value_or(SourceChannel::Direct);
    c.doNotCall = r.boolean(row, 5);
    c.doNotSms = r.boolean(row, 6);
    const QString nationalId = r.text(row, 7);
    const QString tags = r.text(row, 8);
    c.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
    if (c.kind == CustomerKind::Legal) {
        LegalDetails &d = c.legal;
        d.nationalId = nationalId;
        d.companyName = r.text(row, 9);
        d.economicCode = r.text(row, 10);
        d.registrationNo = r.text(row, 11);
        d.registrationDate = PgValues::date(r, row, 12);
        d.industry = r.text(row, 13);
        d.employees = int(r.int64(row, 14));
        d.website = r.text(row, 15);
        d.parentId = PgValues::optionalInt64(r, row, 16);
    } else {
        IndividualDetails &d = c.individual;
        d.nationalCode = nationalId;
        d.firstName = r.text(row, 17);
        d.lastName = r.text(row, 18);
        d.email = r.text(row, 19);
        d.birthDate = PgValues::date(r, row, 20);
        d.preferences = r.text(row, 21);
        d.loyaltyCard = r.text(row, 22);
        d.householdId = PgValues::optionalInt64(r, row, 23);
        d.householdRole = r.text(row, 24);
        d.householdDecides = r.text(row, 25);
    }
    c.createdAt = PgValues::time(r, row, 26);
    c.updatedAt = PgValues::time(r, row, 27);
    c.version = r.int64(row, 28);
    return c;
}

} // namespace peyvand::PgCustomerColumns
