// OpenBLAS's cblas.h (found through pkg-config `openblas`) also declares openblas_set_num_threads.
#include <cblas.h>
