#ifndef TALLY_CCAIRO_SHIM_H
#define TALLY_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
/* zlib: TallyCairo writes PNG itself (see PNGWriter.swift); it ships with every
   system that has cairo, which links it already. */
#include <zlib.h>
#endif
