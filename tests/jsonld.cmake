# Tests of server/domain/jsonld (included from its CMakeLists.txt).
set(JL_TESTS ${PROJECT_SOURCE_DIR}/tests)

add_library(jl_test_support STATIC ${JL_TESTS}/support/jl_test_support.c)
target_include_directories(jl_test_support PUBLIC ${JL_TESTS}/support)
target_compile_definitions(jl_test_support PRIVATE FIXTURES_DIR="${JL_TESTS}/fixtures")
target_link_libraries(jl_test_support PUBLIC edubadges_jsonld PkgConfig::CUNIT)

# jl_add_test(name source): a CUnit executable registered with CTest.
function(jl_add_test name source)
  add_executable(${name} ${JL_TESTS}/${source})
  target_link_libraries(${name} PRIVATE jl_test_support edubadges_jsonld PkgConfig::CUNIT
                        PkgConfig::SODIUM)
  target_compile_definitions(${name} PRIVATE FIXTURES_DIR="${JL_TESTS}/fixtures")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS unit)
endfunction()

jl_add_test(jsonld_rdf_canon conformance/rdf_canon.c)
jl_add_test(jsonld_to_rdf conformance/jsonld_to_rdf.c)
jl_add_test(jsonld_di_vectors conformance/di_vectors.c)

add_executable(jsonld_unit
  ${JL_TESTS}/unit/jsonld/main.c
  ${JL_TESTS}/unit/jsonld/di_test.c
  ${JL_TESTS}/unit/jsonld/format_test.c
  ${JL_TESTS}/unit/jsonld/jsonld_test.c
  ${JL_TESTS}/unit/jsonld/loader_test.c
  ${JL_TESTS}/unit/jsonld/multibase_test.c
  ${JL_TESTS}/unit/jsonld/nquads_test.c
  ${JL_TESTS}/unit/jsonld/rdfc10_test.c
  ${JL_TESTS}/unit/jsonld/thread_test.c)
# Unit tests may reach internal helpers (number forms, JCS, IRIs).
target_include_directories(jsonld_unit PRIVATE ${PROJECT_SOURCE_DIR}/server/domain/jsonld/src)
target_link_libraries(jsonld_unit PRIVATE jl_test_support edubadges_jsonld PkgConfig::CUNIT PkgConfig::SODIUM
                      Threads::Threads)
target_compile_definitions(jsonld_unit PRIVATE FIXTURES_DIR="${JL_TESTS}/fixtures")
add_test(NAME jsonld_unit COMMAND jsonld_unit)
set_tests_properties(jsonld_unit PROPERTIES LABELS unit)
