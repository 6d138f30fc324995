# Fails when a file in src/pgstorage includes a SQLite backend header, SQLite itself, or a
# widget/GUI/Qt SQL header: the PostgreSQL backend depends on core only (core's BulkLoader.h is
# core; storage's Bulk* helpers are not).
file(GLOB_RECURSE files ${PG_DIR}/*.h ${PG_DIR}/*.cpp)
set(bad "")
foreach(f ${files})
  file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Sqlite|sqlite3|Migrations\\.h|SchemaV1|SearchGrams|RowColumns|Bulk(Batch|Checks|LoadSettings|Writer)|QtWidgets|QtGui|QtSql|QSql)")
  if(lines)
    list(APPEND bad "${f}: ${lines}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "pgstorage must depend on core only:\n${bad}")
endif()
message(STATUS "pgstorage includes: ok")
