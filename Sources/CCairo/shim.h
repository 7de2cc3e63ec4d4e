#ifndef TALLY_CCAIRO_SHIM_H
#define TALLY_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
/* fontconfig: FontCheck asks it which family names a font answers to (pango names
   only the first: "DejaVu Sans" for DejaVu Sans Condensed). cairo depends on it. */
#include <fontconfig/fontconfig.h>
/* zlib: TallyCairo writes PNG itself (see PNGWriter.swift); it ships with every
   system that has cairo, which links it already. */
#include <zlib.h>
#endif
