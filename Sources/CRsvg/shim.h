#ifndef TALLY_CRSVG_SHIM_H
#define TALLY_CRSVG_SHIM_H
/* librsvg (Debian librsvg2-dev, run time librsvg2-2; LGPL-2.1-or-later): draws a
   style file's SVG logo onto the Cairo context of a chart or a report page, as
   vector paths in PDF and SVG. Only TallyCairo imports it (SVGLogo.swift). */
#include <librsvg/rsvg.h>
#endif
