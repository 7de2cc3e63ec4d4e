/* Intel ISA-L's igzip (Debian: libisal-dev, run time libisal2) for TallyIO's streaming
 * .gz reader: it inflates about three times faster than zlib, which made reading a .gz
 * cost 1.6-2.0x the CPU of the plain file (issue 11 asks for at most 1.5x). */
#include <isa-l/igzip_lib.h>
