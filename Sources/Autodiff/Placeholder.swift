// Placeholder until the Autodiff target lands.
enum AutodiffPlaceholder {}
