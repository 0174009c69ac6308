/* Registration hooks of the jsonld unit test suites (one file per concept). */
#ifndef EDUBADGES_JSONLD_UNIT_H
#define EDUBADGES_JSONLD_UNIT_H

void register_multibase_tests(void);
void register_format_tests(void);
void register_nquads_tests(void);
void register_rdfc10_tests(void);
void register_loader_tests(void);
void register_jsonld_tests(void);
void register_thread_tests(void);
void register_di_tests(void);

#endif
