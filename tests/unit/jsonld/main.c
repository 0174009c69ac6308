/* Runs the jsonld unit test suites. */
#include <CUnit/Basic.h>
#include <sodium.h>

#include "jsonld.h"
#include "unit.h"

int main(void)
{
    if (sodium_init() < 0 || CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    register_multibase_tests();
    register_format_tests();
    register_nquads_tests();
    register_rdfc10_tests();
    register_loader_tests();
    register_jsonld_tests();
    register_thread_tests();
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures();
    CU_cleanup_registry();
    jl_global_cleanup();
    return failed ? 1 : 0;
}
