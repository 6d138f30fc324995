# ctest bench.app_exercise_smoke: peyvand-app-exercise --smoke on a small seeded
# database, the lists forced onto the background path, so the driver and the
# app's large-list code cannot rot. Checks that it ran, never a timing.
#   cmake -DCLI=... -DEXERCISE=... -DWORK=... -P ExerciseSmoke.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/smoke.sqlite)
execute_process(COMMAND ${CLI} --db ${DB} seed --customers 300 --quiet RESULT_VARIABLE seeded OUTPUT_QUIET)
if(NOT seeded EQUAL 0)
  message(FATAL_ERROR "seeding failed: ${seeded}")
endif()
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
set(ENV{XDG_DATA_HOME} ${WORK}/data)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${EXERCISE} --db ${DB} --smoke --sync-limit 50 --json
                RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "peyvand-app-exercise failed (${ran}):\n${out}\n${err}")
endif()
foreach(expected "large list: yes" "scroll legal" "search individual" "\"vm_hwm_kb\":")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no '${expected}' in:\n${out}")
  endif()
endforeach()
