#include "PgAccessSetup.h"

#include "PgAccessNames.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"

#include <spdlog/spdlog.h>

namespace peyvand::PgAccessSetup {

namespace {

constexpr int kVersion = 1;
// pg_advisory_xact_lock key: "PEYVACL\0".
constexpr qint64 kAccessLock = 0x5045595641'434c00LL;

// Group roles, created when missing (role names are cluster-wide: another
// database's setup never meets them, see PgAccessNames).
const char *const kGroups = R"sql(
DO $$
DECLARE
  g text;
  r record;
BEGIN
  FOREACH g IN ARRAY ARRAY[{rep_text}, {manager_text}, {support_text}, {admin_text}] LOOP
    SELECT oid, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls INTO r
      FROM pg_catalog.pg_roles WHERE rolname = g;
    IF NOT FOUND THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
      EXECUTE format('COMMENT ON ROLE %I IS %L', g, {group_comment});
    ELSIF r.rolcanlogin OR r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
          OR pg_catalog.shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM {group_comment} THEN
      -- Another database's role (or someone's own) that happens to have the name: never take it over.
      RAISE EXCEPTION 'the server role "%" exists and is not a Peyvand group role of this database', g
        USING ERRCODE = 'duplicate_object';
    END IF;
  END LOOP;
END $$;
)sql";

// Who is connected, and the login role names (as PgAccessNames computes them).
const char *const kFunctions = R"sql(
CREATE OR REPLACE FUNCTION peyvand_fitted(t text, max_bytes integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  head text := '';
  c text;
BEGIN
  IF octet_length(t) <= max_bytes THEN RETURN t; END IF;
  FOREACH c IN ARRAY regexp_split_to_array(t, '') LOOP
    EXIT WHEN octet_length(head) + octet_length(c) > max_bytes - 9;
    head := head || c;
  END LOOP;
  RETURN head || '_' || left(encode(sha256(convert_to(t, 'UTF8')), 'hex'), 8);
END $$;

CREATE OR REPLACE FUNCTION peyvand_login_name(username text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT {prefix} || '_u_' || peyvand_fitted(translate(username, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                                                       'abcdefghijklmnopqrstuvwxyz'),
                                             63 - octet_length({prefix} || '_u_'))
$$;

-- The active user a login role signs in as (NULL for any other role).
CREATE OR REPLACE FUNCTION peyvand_user_id_for(role_name text) RETURNS bigint
LANGUAGE sql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT id FROM users WHERE active AND peyvand_login_name(username) = role_name
$$;

-- The Peyvand user of this session's current role; policies compare owners with it.
CREATE OR REPLACE FUNCTION peyvand_current_user_id() RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT peyvand_user_id_for(current_user::text)
$$;

-- Who owns an order (Ownership, OrderService::ownerOf): its deal's owner,
-- or without a deal its customer's.
CREATE OR REPLACE FUNCTION peyvand_order_owner(deal bigint, customer bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT CASE WHEN EXISTS (SELECT FROM deals d WHERE d.id = deal)
              THEN (SELECT d.owner_id FROM deals d WHERE d.id = deal)
              ELSE (SELECT c.owner_id FROM customers c WHERE c.id = customer) END
$$;

-- True when the session may manage users: a member of the admin group, the
-- functions' owner or a superuser (the bootstrap connection).
CREATE OR REPLACE FUNCTION peyvand_may_manage_users() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT pg_has_role(session_user, {admin_text}, 'USAGE')
      OR pg_has_role(session_user, (SELECT proowner FROM pg_proc
                                     WHERE oid = to_regprocedure('peyvand_sync_login(bigint)')), 'USAGE')
      OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;

-- A user's password hash for UserRepository::credentials: one's own, or
-- every one for whoever may manage users; for anyone else only whether
-- there is one ('*', which verifies no password).
CREATE OR REPLACE FUNCTION peyvand_password_hash(user_id bigint) RETURNS text
LANGUAGE sql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
  SELECT CASE WHEN password_hash IS NULL THEN NULL
              WHEN id = peyvand_user_id_for(session_user::text) OR peyvand_may_manage_users() THEN password_hash
              ELSE '*' END
    FROM users WHERE id = user_id
$$;

-- The login role of a user, refusing a role of that name that is not this
-- database's login (another program's, a superuser).
CREATE OR REPLACE FUNCTION peyvand_checked_login(user_id bigint, may_create boolean) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, {schema}, pg_temp AS $$
DECLARE
  login text;
  r record;
BEGIN
  SELECT peyvand_login_name(username) INTO login FROM users WHERE id = user_id;
  IF login IS NULL THEN
    RAISE EXCEPTION 'no Peyvand user with id %', user_id USING ERRCODE = 'no_data_found';
  END IF;
  SELECT oid, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls INTO r
    FROM pg_roles WHERE rolname = login;
  IF NOT FOUND THEN
    IF NOT may_create THEN
      RAISE EXCEPTION 'user % has no login role on the server', user_id USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN', login);
    EXECUTE format('COMMENT ON ROLE %I IS %L', login, {login_comment});
  ELSIF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
        OR shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM {login_comment} THEN
    RAISE EXCEPTION 'the server role "%" exists and is not a Peyvand login of this database', login
      USING ERRCODE = 'duplicate_object';
  END IF;
  RETURN login;
END $$;

-- Makes a user's login role what the users row says (ServerAccounts): created
-- when missing, a member of its role's group only while active, LOGIN only
-- while active. Only for whoever may manage users.
CREATE OR REPLACE FUNCTION peyvand_sync_login(user_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
DECLARE
  u record;
  login text;
  g text;
  wanted text;
BEGIN
  IF NOT peyvand_may_manage_users() THEN
    RAISE EXCEPTION 'only an administrator may manage users' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT role, active INTO u FROM users WHERE id = user_id;
  login := peyvand_checked_login(user_id, true);
  wanted := CASE WHEN u.active THEN {prefix} || CASE u.role WHEN 'sales_rep' THEN '_rep' ELSE '_' || u.role END END;
  FOREACH g IN ARRAY ARRAY[{rep_text}, {manager_text}, {support_text}, {admin_text}] LOOP
    IF g IS NOT DISTINCT FROM wanted THEN
      IF NOT pg_has_role(login, g, 'MEMBER') THEN EXECUTE format('GRANT %I TO %I', g, login); END IF;
    ELSIF EXISTS (SELECT FROM pg_auth_members m WHERE m.roleid = g::regrole AND m.member = login::regrole) THEN
      EXECUTE format('REVOKE %I FROM %I', g, login);
    END IF;
  END LOOP;
  EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN u.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  RETURN login;
END $$;

-- Sets a login role's password from a SCRAM verifier the client computed
-- (PQencryptPasswordConn), so the password itself never reaches the server's
-- SQL or logs: one's own, or anyone's for whoever may manage users.
CREATE OR REPLACE FUNCTION peyvand_set_login_password(user_id bigint, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
DECLARE
  login text;
BEGIN
  IF NOT (peyvand_may_manage_users() OR user_id = peyvand_user_id_for(session_user::text)) THEN
    RAISE EXCEPTION 'only an administrator may set another user''s password' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
    RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- An administrator setting a password makes a missing login role (a copied
  -- or seeded user) as the users row says; a user changes only their own.
  IF peyvand_may_manage_users() THEN
    login := peyvand_sync_login(user_id);
  ELSE
    login := peyvand_checked_login(user_id, false);
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END $$;

-- The audit trail is append-only, for everyone (the schema's owner too).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The summaries and reached stages are written by triggers with the owner's
-- rights, so users need no privilege on activity_daily / order_daily and a
-- rep's change updates them whoever owns the other rows involved.
ALTER FUNCTION deal_stage_history_reached() SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp;
ALTER FUNCTION activities_daily() SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp;
ALTER FUNCTION orders_daily() SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp;
ALTER FUNCTION customers_order_owner() SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp;
ALTER FUNCTION customers_report_delete() SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp;

REVOKE ALL ON FUNCTION peyvand_user_id_for(text), peyvand_order_owner(bigint, bigint), peyvand_password_hash(bigint),
  peyvand_checked_login(bigint, boolean), peyvand_sync_login(bigint), peyvand_set_login_password(bigint, text),
  deal_stage_history_reached(), activities_daily(), orders_daily(), customers_order_owner(),
  customers_report_delete(), audit_log_append_only() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION peyvand_user_id_for(text), peyvand_order_owner(bigint, bigint),
  peyvand_password_hash(bigint), peyvand_set_login_password(bigint, text) TO {all};
GRANT EXECUTE ON FUNCTION peyvand_sync_login(bigint) TO {admin};
)sql";

// Table and column privileges. Reading: everyone reads what the app shows
// every role (read_customers), except deal amounts (support), password hashes
// (administrators; one's own through peyvand_password_hash) and the audit
// trail (managers, administrators). Writing: what AccessPolicy gives the role,
// narrowed to owned rows by the policies below.
const char *const kGrants = R"sql(
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {all};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {all};
GRANT USAGE ON SCHEMA {schema} TO {all};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {all};

GRANT SELECT ON meta, schema_version, households, customers, customer_phones, customer_addresses, customer_tags,
  contacts, pipelines, stages, deal_contacts, deal_stage_history, activities, orders, order_lines, payments,
  order_status_history, service_requests, request_notes, activity_daily, order_daily TO {all};
GRANT SELECT ON deals TO {rep}, {manager}, {admin};
GRANT SELECT (id, customer_id, pipeline_id, stage_id, title, expected_close, owner_id, status, lost_reason,
  created_at, closed_at, reached_position, version) ON deals TO {support};
GRANT SELECT (id, username, full_name, role, active, created_at, failed_signins, last_failed_at) ON users TO {all};
GRANT SELECT ON users TO {admin};
GRANT SELECT ON audit_log TO {manager}, {admin};

-- Own sign-in data (the policy keeps it to one's own row); administrators manage users.
GRANT UPDATE (password_hash, failed_signins, last_failed_at) ON users TO {all};
GRANT INSERT, UPDATE, DELETE ON users TO {admin};

-- edit_customers (rep: own; the policies), households have no owner.
GRANT INSERT, UPDATE, DELETE ON households, customers, customer_phones, customer_addresses, customer_tags, contacts
  TO {rep}, {manager}, {admin};
-- edit_pipelines.
GRANT INSERT, UPDATE, DELETE ON pipelines, stages TO {manager}, {admin};
-- edit_deals (rep: own).
GRANT INSERT, UPDATE, DELETE ON deals, deal_contacts, deal_stage_history TO {rep}, {manager}, {admin};
-- log_activities (anyone's customer), edit_activities (rep: own).
GRANT INSERT, UPDATE, DELETE ON activities TO {rep}, {manager}, {admin};
-- edit_orders (rep: own orders, their lines and payments; not their status),
-- change_order_status (support: status and tracking code of every order).
GRANT INSERT, DELETE ON orders, order_lines, payments, order_status_history TO {rep}, {manager}, {admin};
GRANT UPDATE ON order_lines, payments, order_status_history TO {rep}, {manager}, {admin};
GRANT UPDATE ON orders TO {manager}, {admin};
GRANT UPDATE (number, customer_id, deal_id, total, created_at, updated_at, version) ON orders TO {rep};
GRANT UPDATE (status, tracking_code, updated_at, version) ON orders TO {support};
GRANT INSERT ON order_status_history TO {support};
-- handle_requests.
GRANT INSERT, UPDATE, DELETE ON service_requests, request_notes TO {support}, {manager}, {admin};
-- The audit trail: every role that writes appends (as itself, the policy); nobody changes it.
GRANT INSERT ON audit_log TO {all};
-- manage_backups (backup settings in meta).
GRANT INSERT, UPDATE, DELETE ON meta TO {admin};
)sql";

struct Policy
{
    const char *table;
    const char *name;
    const char *command; // ALL, SELECT, INSERT, UPDATE
    const char *roles;
    const char *usingExpr; // nullptr: none (INSERT)
    const char *checkExpr; // nullptr: none (SELECT)
};

// {me} is the connected user's id, computed once per statement.
#define OWN_CUSTOMER(t) "EXISTS (SELECT FROM customers c WHERE c.id = " t ".customer_id AND c.owner_id = {me})"
#define OWN_DEAL(t) "EXISTS (SELECT FROM deals d WHERE d.id = " t ".deal_id AND d.owner_id = {me})"
#define OWN_ORDER(t)                                                                                                   \
    "EXISTS (SELECT FROM orders o WHERE o.id = " t ".order_id AND peyvand_order_owner(o.deal_id, o.customer_id) = "    \
    "{me})"

const Policy kPolicies[] = {
    { "users", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "users", "peyvand_admin", "ALL", "{admin}", "true", "true" },
    { "users", "peyvand_own_sign_in", "UPDATE", "{rep}, {manager}, {support}", "id = {me}", "id = {me}" },

    { "customers", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "customers", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "customers", "peyvand_own", "ALL", "{rep}", "owner_id = {me}", "owner_id = {me}" },
    { "customer_phones", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "customer_phones", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "customer_phones", "peyvand_own", "ALL", "{rep}", OWN_CUSTOMER("customer_phones"),
      OWN_CUSTOMER("customer_phones") },
    { "customer_addresses", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "customer_addresses", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "customer_addresses", "peyvand_own", "ALL", "{rep}", OWN_CUSTOMER("customer_addresses"),
      OWN_CUSTOMER("customer_addresses") },
    { "customer_tags", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "customer_tags", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "customer_tags", "peyvand_own", "ALL", "{rep}", OWN_CUSTOMER("customer_tags"), OWN_CUSTOMER("customer_tags") },
    { "contacts", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "contacts", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "contacts", "peyvand_own", "ALL", "{rep}", OWN_CUSTOMER("contacts"), OWN_CUSTOMER("contacts") },

    { "deals", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "deals", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "deals", "peyvand_own", "ALL", "{rep}", "owner_id = {me}", "owner_id = {me}" },
    { "deal_contacts", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "deal_contacts", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "deal_contacts", "peyvand_own", "ALL", "{rep}", OWN_DEAL("deal_contacts"), OWN_DEAL("deal_contacts") },
    { "deal_stage_history", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "deal_stage_history", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "deal_stage_history", "peyvand_own", "ALL", "{rep}", OWN_DEAL("deal_stage_history"),
      OWN_DEAL("deal_stage_history") },

    // A rep logs activities on any customer, as themselves, and changes only their own.
    { "activities", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "activities", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "activities", "peyvand_own", "ALL", "{rep}", "owner_id = {me}", "owner_id = {me}" },

    { "orders", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "orders", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "orders", "peyvand_own", "ALL", "{rep}", "peyvand_order_owner(deal_id, customer_id) = {me}",
      "peyvand_order_owner(deal_id, customer_id) = {me}" },
    { "orders", "peyvand_status", "UPDATE", "{support}", "true", "true" },
    { "order_lines", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "order_lines", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "order_lines", "peyvand_own", "ALL", "{rep}", OWN_ORDER("order_lines"), OWN_ORDER("order_lines") },
    { "payments", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "payments", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "payments", "peyvand_own", "ALL", "{rep}", OWN_ORDER("payments"), OWN_ORDER("payments") },
    { "order_status_history", "peyvand_read", "SELECT", "{all}", "true", nullptr },
    { "order_status_history", "peyvand_all", "ALL", "{manager}, {admin}", "true", "true" },
    { "order_status_history", "peyvand_own", "ALL", "{rep}", OWN_ORDER("order_status_history"),
      OWN_ORDER("order_status_history") },
    { "order_status_history", "peyvand_status", "INSERT", "{support}", nullptr, "true" },

    { "audit_log", "peyvand_read", "SELECT", "{manager}, {admin}", "true", nullptr },
    { "audit_log", "peyvand_append", "INSERT", "{all}", nullptr, "user_id = {me}" },
};

#undef OWN_CUSTOMER
#undef OWN_DEAL
#undef OWN_ORDER

QString literal(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

struct Names
{
    QString database;
    QString schema;
    QString owner;
    QHash<QString, QString> tokens;

    QString fill(QString sql) const
    {
        // Longest tokens first would matter only for prefixes; ours are distinct words in braces.
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
            sql.replace(it.key(), it.value());
        return sql;
    }
};

Names namesOf(PgConnection &db)
{
    const PgResult r = db.prepare(QStringLiteral("SELECT current_database()::text, current_schema()::text, "
                                                 "current_user::text"))
                           .exec();
    Names n;
    n.database = r.text(0, 0);
    n.schema = r.text(0, 1);
    n.owner = r.text(0, 2);
    using PgAccessNames::quoted;
    const QString rep = PgAccessNames::group(n.database, UserRole::SalesRep);
    const QString manager = PgAccessNames::group(n.database, UserRole::Manager);
    const QString support = PgAccessNames::group(n.database, UserRole::Support);
    const QString admin = PgAccessNames::group(n.database, UserRole::Admin);
    n.tokens = {
        { QStringLiteral("{rep}"), quoted(rep) },
        { QStringLiteral("{manager}"), quoted(manager) },
        { QStringLiteral("{support}"), quoted(support) },
        { QStringLiteral("{admin}"), quoted(admin) },
        { QStringLiteral("{all}"),
          QStringList { quoted(rep), quoted(manager), quoted(support), quoted(admin) }.join(QStringLiteral(", ")) },
        { QStringLiteral("{rep_text}"), literal(rep) },
        { QStringLiteral("{manager_text}"), literal(manager) },
        { QStringLiteral("{support_text}"), literal(support) },
        { QStringLiteral("{admin_text}"), literal(admin) },
        { QStringLiteral("{schema}"), quoted(n.schema) },
        { QStringLiteral("{prefix}"), literal(PgAccessNames::prefix(n.database)) },
        { QStringLiteral("{me}"), QStringLiteral("(SELECT peyvand_current_user_id())") },
        { QStringLiteral("{group_comment}"),
          literal(QStringLiteral("Peyvand group role of database %1").arg(n.database)) },
        { QStringLiteral("{login_comment}"), literal(QStringLiteral("Peyvand login of database %1").arg(n.database)) },
    };
    return n;
}

void applyPolicies(PgConnection &db, const Names &names)
{
    QStringList tables;
    for (const Policy &p : kPolicies)
        if (!tables.contains(QLatin1String(p.table)))
            tables << QLatin1String(p.table);
    QString sql;
    for (const QString &table : tables) {
        // Not FORCEd: the schema's owner (migrations, the SECURITY DEFINER
        // triggers and provisioning) is not a Peyvand user and is not restricted.
        sql += QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;\n").arg(table);
        const PgResult existing = db.prepare(QStringLiteral("SELECT policyname::text FROM pg_policies "
                                                            "WHERE schemaname = current_schema() AND tablename = $1"))
                                      .bind(1, table)
                                      .exec();
        for (int i = 0; i < existing.rows(); ++i)
            sql += QStringLiteral("DROP POLICY %1 ON %2;\n").arg(PgAccessNames::quoted(existing.text(i, 0)), table);
    }
    for (const Policy &p : kPolicies) {
        sql += QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4")
                   .arg(QLatin1String(p.name), QLatin1String(p.table), QLatin1String(p.command),
                        QLatin1String(p.roles));
        if (p.usingExpr)
            sql += QStringLiteral(" USING (%1)").arg(QLatin1String(p.usingExpr));
        if (p.checkExpr)
            sql += QStringLiteral(" WITH CHECK (%1)").arg(QLatin1String(p.checkExpr));
        sql += QStringLiteral(";\n");
    }
    db.exec(names.fill(sql));
}

// Only members of the groups (and the owner) may connect, when this role may say so.
void restrictConnect(PgConnection &db, const Names &names)
{
    const bool mayGrant = db.prepare(QStringLiteral("SELECT pg_has_role(current_user, d.datdba, 'USAGE') OR "
                                                    "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                                                    "FROM pg_database d WHERE d.datname = current_database()"))
                              .exec()
                              .boolean(0, 0);
    if (!mayGrant) {
        spdlog::warn("{}: not the database's owner, so CONNECT stays open to every role",
                     db.url().redacted().toStdString());
        return;
    }
    const QString database = PgAccessNames::quoted(names.database);
    db.exec(names.fill(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;\n"
                                      "GRANT CONNECT ON DATABASE %1 TO {all};\n")
                           .arg(database)));
}

void apply(PgConnection &db)
{
    const Names names = namesOf(db);
    db.exec(names.fill(QString::fromUtf8(kGroups)));
    db.exec(names.fill(QString::fromUtf8(kFunctions)));
    db.exec(names.fill(QString::fromUtf8(kGrants)));
    applyPolicies(db, names);
    restrictConnect(db, names);
    // Role names follow the database's name: a copy (CREATE DATABASE … TEMPLATE, a dump restored
    // under another name) is set up again for its own name (currentVersion).
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION peyvand_access_database() RETURNS text "
                           "LANGUAGE sql IMMUTABLE AS $$SELECT %1::text$$")
                .arg(literal(names.database)));
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION peyvand_access_version() RETURNS integer "
                           "LANGUAGE sql IMMUTABLE AS 'SELECT %1'")
                .arg(kVersion));
}

} // namespace

int latestVersion()
{
    return kVersion;
}

int currentVersion(PgConnection &db)
{
    const PgResult exists
        = db.prepare(QStringLiteral("SELECT to_regprocedure('peyvand_access_version()') IS NOT NULL")).exec();
    if (!exists.boolean(0, 0))
        return 0;
    const bool named = db.prepare(QStringLiteral("SELECT to_regprocedure('peyvand_access_database()') IS NOT NULL"))
                           .exec()
                           .boolean(0, 0);
    if (!named
        || !db.prepare(QStringLiteral("SELECT peyvand_access_database() = current_database()::text"))
                .exec()
                .boolean(0, 0))
        return 0; // set up for another database's name: this one is a copy
    return int(db.prepare(QStringLiteral("SELECT peyvand_access_version()")).exec().int64(0, 0));
}

void ensure(PgConnection &db)
{
    if (currentVersion(db) >= kVersion)
        return;
    const bool applied = PgTransaction::run(db, [&] {
        db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock($1)")).bind(1, kAccessLock).exec();
        if (currentVersion(db) >= kVersion)
            return false;
        apply(db);
        return true;
    });
    if (applied)
        spdlog::info("{}: server roles and access rules set up (version {})", db.url().redacted().toStdString(),
                     kVersion);
}

} // namespace peyvand::PgAccessSetup
