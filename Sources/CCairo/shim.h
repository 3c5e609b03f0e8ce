#include <cairo.h>

/* From cairo-ft.h, which would pull FreeType's headers into this module: nbrun hands cairo the FreeType
   face that Plotting's FreeTypeFont opened (the only file that includes FreeType) as an untyped pointer. */
struct FT_FaceRec_;
cairo_public cairo_font_face_t *cairo_ft_font_face_create_for_ft_face(struct FT_FaceRec_ *face, int load_flags);

static inline cairo_font_face_t *nbrun_cairo_ft_font_face_create(void *face, int load_flags) {
    return cairo_ft_font_face_create_for_ft_face((struct FT_FaceRec_ *)face, load_flags);
}
