/* Access reviews. */
#include "access_review.h"

#define DAY_US (86400LL * 1000000LL)

bool member_inactive(int64_t last_seen_us, int64_t create_us, int64_t now_us, int days)
{
    int64_t last = last_seen_us ? last_seen_us : create_us;
    return last < now_us - (int64_t)days * DAY_US;
}
