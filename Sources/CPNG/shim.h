#include <png.h>
#include <setjmp.h>
#include <stddef.h>
#include <zlib.h>

/* libpng reports errors by longjmp, which Swift cannot catch, so the whole write lives in C behind
   one setjmp: any libpng error (only an allocation failure for valid input) returns 0 instead. */

/* Writes `height` rows of cairo RGB24 pixels (native-endian 32-bit 0xXXRRGGBB words, `stride` bytes
   apart) as an 8-bit RGB PNG through `write`, with the given zlib level and strategy and PNG filters. */
static inline int nbrun_png_write_rgb24(
    const unsigned char *pixels, unsigned width, unsigned height, size_t stride,
    int level, int strategy, int filters, png_rw_ptr write, void *context)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (png == NULL) return 0;
    png_infop info = png_create_info_struct(png);
    if (info == NULL || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return 0;
    }
    png_set_write_fn(png, context, write, NULL);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_write_info(png, info);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (unsigned y = 0; y < height; y++) png_write_row(png, pixels + (size_t)y * stride);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return 1;
}
