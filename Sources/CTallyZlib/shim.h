/* zlib for TallyIO's streaming .gz reader (the same library TallyCairo's PNG writer
 * links; Debian: zlib1g-dev). */
#include <zlib.h>
