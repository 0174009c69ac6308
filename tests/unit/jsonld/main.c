/* Runs the jsonld unit test suites. */
#include <CUnit/Basic.h>
#include <sodium.h>

#include "jl_test_support.h"
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
    register_di_tests();
    register_thread_tests();
    return run_registered_tests();
}
