# load.smoke_restart: a server of its own (scripts/pg-server.sh start DIR), 5
# reps for 6 s with the server restarted after 2 s, then the server stopped.
# Fails only on a lost acknowledged write, an unexpected error or a worker
# that could not run (peyvand-load's exit code) — never on a timing.
execute_process(COMMAND ${SCRIPT} start ${DIR} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not start a server in ${DIR}: ${err}")
endif()
execute_process(COMMAND ${LOAD} --server-dir ${DIR} --reps 5 --managers 1 --desk 1 --seconds 6 --think-ms 0-50
                        --customers-per-rep 4 --orders-per-rep 4 --deals-per-rep 2
                        --restart-server-at 2 --down-seconds 1
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
execute_process(COMMAND ${SCRIPT} stop ${DIR})
message("${out}")
if(err)
  message("${err}")
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "peyvand-load with a restart failed (${rc})")
endif()
