# bench.smoke: seeds a small database with the real peyvand-cli in a fresh
# directory and runs every peyvand-bench case once (--smoke). Fails only when a
# case cannot run or ours and raw give different answers — never on a timing.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(db ${WORK_DIR}/smoke.sqlite)
execute_process(COMMAND ${CLI} --db ${db} seed --customers 2000 --quiet
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "seeding failed (${rc}):\n${out}\n${err}")
endif()
# --writable: the file is our own, so the write case runs too (with its reader process).
execute_process(COMMAND ${BENCH} --db ${db} --smoke --writable
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(err)
  message("${err}")
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "peyvand-bench --smoke failed (${rc})")
endif()
string(FIND "${out}" "smoke:" at)
if(at LESS 0)
  message(FATAL_ERROR "peyvand-bench printed no smoke summary")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
